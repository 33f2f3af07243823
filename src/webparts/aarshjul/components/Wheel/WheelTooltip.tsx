import * as React from 'react';
import { mergeStyleSets, useTheme } from '@fluentui/react';
import type { IAgendaEntry } from '../../../../domain/meetings';
import type { IPlacedItem } from '../../../../domain/wheel';
import type { UiLanguage } from '../../../../common/hosting';
import { BREAK_ANYWHERE, clampLines } from '../../../../common/longText';
import { entryDateText, meetingTime, ringLabel } from '../../model/labels';

/** Props of {@link WheelTooltip}. */
export interface IWheelTooltipProps {
  entry: IAgendaEntry;
  item: IPlacedItem;
  /** The layout's viewBox side, to place the tooltip over the item at any rendered size. */
  size: number;
  strings: IAarshjulWebPartStrings;
  language: UiLanguage;
  id: string;
}

/**
 * The hover/focus tooltip: title, date(s), ring, responsible (or the meeting's time and place). Positioned in percent
 * of the wheel, so it follows the item whatever size the wheel is rendered at. Not interactive and not read out:
 * the focused item's accessible name carries the same facts.
 */
export function WheelTooltip(props: IWheelTooltipProps): React.ReactElement {
  const theme = useTheme();
  const { entry, item, strings, language } = props;
  const classes = React.useMemo(() => mergeStyleSets({
    root: {
      position: 'absolute', transform: 'translate(-50%, calc(-100% - 14px))', pointerEvents: 'none', zIndex: 2,
      background: theme.semanticColors.bodyBackground, color: theme.semanticColors.bodyText,
      border: `1px solid ${theme.semanticColors.variantBorder}`, boxShadow: theme.effects.elevation8,
      borderRadius: 2, padding: '6px 10px', maxWidth: 280, fontSize: 13, lineHeight: '18px', ...BREAK_ANYWHERE
    },
    title: { fontWeight: 600, ...clampLines(4) }
  }), [theme]);
  const time = meetingTime(entry);
  const who = entry.activity?.responsible?.title ?? entry.meeting?.organizer;
  return (
    <div id={props.id} className={classes.root} role="tooltip" aria-hidden="true" data-export="skip"
      style={{ left: `${(item.x / props.size) * 100}%`, top: `${(item.y / props.size) * 100}%` }}>
      <span className={classes.title}>{entry.title}</span>
      <span>{entryDateText(entry, language)}{time ? `, ${time}` : ''}</span><br />
      <span>{ringLabel(entry.ring, strings)}{who ? ` · ${who}` : ''}{entry.done ? ` · ${strings.DoneLabel}` : ''}</span>
    </div>
  );
}
