import * as React from 'react';
import { FocusZone, FocusZoneDirection, getId, mergeStyleSets, useTheme } from '@fluentui/react';
import type { IAgendaEntry } from '../../../../domain/meetings';
import type { IsoDate } from '../../../../domain/models';
import { daysBetween } from '../../../../domain/dates';
import type { UiLanguage } from '../../../../common/hosting';
import { formatDay } from '../../../../common/formatDate';
import { clampLines } from '../../../../common/longText';
import { format } from '../../../../common/strings';
import { shapeOf } from '../../model/entries';
import { forumLabel, meetingTime } from '../../model/labels';
import type { INextSummary } from '../../model/next';
import type { IRingColors } from '../../model/ringColors';
import { ShapeIcon } from '../ShapeIcon';

/** Props of {@link NextSummary}. */
export interface INextSummaryProps {
  next: INextSummary;
  today: IsoDate;
  colors: ReadonlyMap<string, IRingColors>;
  strings: IAarshjulWebPartStrings;
  language: UiLanguage;
  onOpen: (key: string) => void;
}

/** `i dag`, `i morgen`, `om 9 dage`. */
export function relativeDay(day: IsoDate, today: IsoDate, strings: IAarshjulWebPartStrings): string {
  const days = daysBetween(today, day);
  if (days <= 0) return strings.NextToday;
  if (days === 1) return strings.NextTomorrow;
  return format(strings.NextInDays, days);
}

/**
 * »Næste«: the next few deadlines and milestones, and the next meeting of each forum, above the wheel and the agenda —
 * so a board member sees the next board meeting and what must be ready before it without looking for it. Each line
 * opens the details. One tab stop (arrow keys inside), like the agenda.
 */
function NextSummaryImpl(props: INextSummaryProps): React.ReactElement {
  const { next, today, strings, language, colors, onOpen } = props;
  const theme = useTheme();
  const [ids] = React.useState(() => ({ heading: getId('next'), deadlines: getId('next-deadlines'), meetings: getId('next-meetings') }));
  const classes = React.useMemo(() => mergeStyleSets({
    root: {
      border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 4, padding: '8px 12px', margin: '0 0 12px',
      background: theme.semanticColors.bodyBackground, selectors: { '@media print': { display: 'none' } }
    },
    heading: { fontSize: 16, fontWeight: 600, margin: '0 0 4px' },
    columns: { display: 'flex', flexWrap: 'wrap', gap: '4px 32px' },
    column: { flex: '1 1 18em', minWidth: 0 },
    subheading: { fontSize: 13, fontWeight: 600, margin: '4px 0', color: theme.semanticColors.bodySubtext },
    list: { listStyle: 'none', margin: 0, padding: 0 },
    item: {
      display: 'flex', alignItems: 'center', gap: 8, width: '100%', minHeight: 32, padding: '4px 6px', border: 'none',
      background: 'transparent', color: theme.semanticColors.bodyText, font: 'inherit', textAlign: 'left', cursor: 'pointer',
      selectors: {
        ':hover': { background: theme.palette.neutralLighter },
        ':focus': { outline: `2px solid ${theme.semanticColors.focusBorder}`, outlineOffset: -2 }
      }
    },
    when: { flex: '0 0 auto', fontWeight: 600, minWidth: '6.5em' },
    what: { flex: '1 1 auto', display: 'flex', flexDirection: 'column', minWidth: 0 },
    label: clampLines(2),
    meta: { color: theme.semanticColors.bodySubtext, fontSize: 12 }
  }), [theme]);

  const line = (entry: IAgendaEntry, label: string): React.ReactElement => {
    const time = meetingTime(entry);
    return (
      <li key={entry.key}>
        <button type="button" className={classes.item} data-next-key={entry.key} onClick={() => onOpen(entry.key)}>
          <ShapeIcon shape={shapeOf(entry)} color={colors.get(entry.ring)?.item ?? theme.semanticColors.bodyText}
            background={theme.semanticColors.bodyBackground} />
          <time className={classes.when} dateTime={entry.day}>{relativeDay(entry.day, today, strings)}</time>
          <span className={classes.what}>
            <span className={classes.label}>{label}</span>
            <span className={classes.meta}>{formatDay(entry.day, language)}{time ? `, ${time}` : ''}</span>
          </span>
        </button>
      </li>
    );
  };

  return (
    <section className={classes.root} aria-labelledby={ids.heading} data-testid="next-summary">
      <h3 className={classes.heading} id={ids.heading}>{strings.NextHeading}</h3>
      <FocusZone direction={FocusZoneDirection.bidirectional} className={classes.columns}>
        {next.meetings.length > 0 && (
          <div className={classes.column}>
            <h4 className={classes.subheading} id={ids.meetings}>{strings.NextMeetings}</h4>
            <ul className={classes.list} aria-labelledby={ids.meetings}>
              {next.meetings.map(e => line(e, `${forumLabel(e.activity?.forum ?? '', strings)}: ${e.title}`))}
            </ul>
          </div>
        )}
        {next.deadlines.length > 0 && (
          <div className={classes.column}>
            <h4 className={classes.subheading} id={ids.deadlines}>{strings.NextDeadlines}</h4>
            <ul className={classes.list} aria-labelledby={ids.deadlines}>
              {next.deadlines.map(e => line(e, e.title))}
            </ul>
          </div>
        )}
      </FocusZone>
    </section>
  );
}

/** See {@link NextSummaryImpl}; memoised so hovering the wheel never re-renders it. */
export const NextSummary = React.memo(NextSummaryImpl);
