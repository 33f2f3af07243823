import * as React from 'react';
import { FocusZone, FocusZoneDirection, getId, mergeStyleSets, useTheme } from '@fluentui/react';
import { groupByMonth, type IAgendaEntry } from '../../../../domain/meetings';
import type { IsoDate } from '../../../../domain/models';
import type { UiLanguage } from '../../../../common/hosting';
import { format } from '../../../../common/strings';
import { formatDay } from '../../../../common/formatDate';
import { ensureContrast } from '../../../../common/HostThemeProvider';
import { BREAK_ANYWHERE, clampLines } from '../../../../common/longText';
import { shapeOf } from '../../model/entries';
import { entryDateText, meetingTime, ringLabel } from '../../model/labels';
import type { IRingColors } from '../../model/ringColors';
import { ShapeIcon } from '../ShapeIcon';

/** Props of {@link Agenda}. */
export interface IAgendaProps {
  /** The same (filtered) entries the wheel draws. */
  entries: readonly IAgendaEntry[];
  /** The first day shown: a period already running is listed under this month. */
  from: IsoDate;
  colors: ReadonlyMap<string, IRingColors>;
  yearLabel: string;
  strings: IAarshjulWebPartStrings;
  language: UiLanguage;
  onOpen: (key: string) => void;
  /** Today: marked in the list, which opens scrolled to it (when the list holds today or later). */
  today?: IsoDate;
}

/**
 * The agenda: the wheel's entries grouped by month — an equal view, not a fallback. Month headings (h3) and lists
 * give screen readers structure to jump through; dates are written out in words ("14. maj 2026"); the entries are
 * one tab stop (a FocusZone: arrow keys, Home, End) and each opens its details with Enter, Space or a click.
 */
function AgendaImpl(props: IAgendaProps): React.ReactElement {
  const { strings, language, colors, onOpen } = props;
  const theme = useTheme();
  // Unique per instance: two Årshjul web parts on one page must not label each other's month lists.
  const [idPrefix] = React.useState(() => getId('agenda'));
  const groups = React.useMemo(() => groupByMonth(props.entries, language, props.from), [props.entries, language, props.from]);
  const today = props.today;
  // The first entry still running or to come: the "I dag" marker goes before it, and the list opens there.
  const firstUpcoming = React.useMemo(() => {
    if (!today) return undefined;
    for (const group of groups) for (const entry of group.entries) if (entry.endDay >= today) return entry.key;
    return undefined;
  }, [groups, today]);
  const scrollRef = React.useRef<HTMLDivElement>(null);
  const markerId = `${idPrefix}-today`;
  React.useLayoutEffect(() => {
    const container = scrollRef.current;
    const marker = container?.querySelector<HTMLElement>(`[id="${markerId}"]`);
    // Scrolls the list, not the page: the web part may sit anywhere on a SharePoint page.
    if (container && marker) container.scrollTop = Math.max(0, marker.offsetTop - 48);
  }, [firstUpcoming, markerId]);
  const todayColor = ensureContrast(theme.palette.redDark, theme.semanticColors.bodyBackground, 4.5);
  const classes = React.useMemo(() => mergeStyleSets({
    heading: { fontSize: 16, fontWeight: 600, margin: '16px 0 4px', textTransform: 'capitalize' },
    // The year in a box of its own, opened at today; printed in full.
    scroller: {
      position: 'relative', maxHeight: 'max(360px, 70vh)', overflowY: 'auto', overscrollBehavior: 'contain',
      selectors: { '@media print': { maxHeight: 'none', overflow: 'visible' } }
    },
    // The wheel's today colour, lightened on dark pages to stay readable (4.5:1 for its text).
    today: {
      display: 'flex', alignItems: 'center', gap: 8, margin: '6px 0', color: todayColor, fontWeight: 600, fontSize: 13,
      selectors: { '::after': { content: '""', flex: '1 1 auto', borderTop: `2px dashed ${todayColor}` } }
    },
    list: { listStyle: 'none', margin: 0, padding: 0 },
    item: {
      display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '4px 10px', width: '100%', textAlign: 'left', minHeight: 44,
      padding: '6px 8px', border: 'none', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`,
      background: 'transparent', color: theme.semanticColors.bodyText, font: 'inherit', cursor: 'pointer',
      selectors: {
        ':hover': { background: theme.palette.neutralLighter },
        ':focus': { outline: `2px solid ${theme.semanticColors.focusBorder}`, outlineOffset: -2 }
      }
    },
    // On a phone the date goes above the title instead of squeezing it.
    date: { flex: '0 1 11em', color: theme.semanticColors.bodyText },
    text: { display: 'flex', flexDirection: 'column', minWidth: 0, flex: '1 1 14em' },
    // Titles typed without limits (one unbroken word of thousands of characters) wrap and stop after three lines.
    title: { fontWeight: 600, ...clampLines(3) },
    meta: { color: theme.semanticColors.bodySubtext, fontSize: 12, ...BREAK_ANYWHERE },
    done: { textDecoration: 'line-through' }
  }), [theme]);

  return (
    <section aria-label={format(strings.AgendaLabel, props.yearLabel)}>
      <div ref={scrollRef} className={classes.scroller}>
      <FocusZone direction={FocusZoneDirection.vertical} isCircularNavigation={false}
        defaultTabbableElement={firstUpcoming ? (root: HTMLElement) => root.querySelector<HTMLElement>(`[id="${markerId}"] + li button`) ?? root : undefined}>
        {groups.map(group => (
          <div key={group.key}>
            <h3 className={classes.heading} id={`${idPrefix}-${group.key}`}>{group.label}</h3>
            <ul className={classes.list} aria-labelledby={`${idPrefix}-${group.key}`}>
              {group.entries.map(entry => {
                const time = meetingTime(entry);
                const who = entry.activity?.responsible?.title ?? entry.meeting?.organizer;
                const meta = [ringLabel(entry.ring, strings), entry.activity?.priority, who, entry.done ? strings.DoneLabel : undefined]
                  .filter(Boolean).join(' · ');
                return (
                  <React.Fragment key={entry.key}>
                  {entry.key === firstUpcoming && today && (
                    <li id={markerId} className={classes.today} data-testid="agenda-today">{format(strings.AgendaTodayMarker, formatDay(today, language))}</li>
                  )}
                  <li>
                    <button type="button" className={classes.item} data-key={entry.key} onClick={() => onOpen(entry.key)}>
                      <ShapeIcon shape={shapeOf(entry)} color={colors.get(entry.ring)?.item ?? theme.semanticColors.bodyText}
                        done={entry.done} background={theme.semanticColors.bodyBackground} />
                      <time className={classes.date} dateTime={entry.day}>
                        {entryDateText(entry, language)}{time ? `, ${time}` : ''}
                      </time>
                      <span className={classes.text}>
                        <span className={entry.done ? `${classes.title} ${classes.done}` : classes.title}>{entry.title}</span>
                        <span className={classes.meta}>{meta}</span>
                      </span>
                    </button>
                  </li>
                  </React.Fragment>
                );
              })}
            </ul>
          </div>
        ))}
      </FocusZone>
      </div>
    </section>
  );
}

/** See {@link AgendaImpl}; memoised so the wheel's hover never re-renders the list. */
export const Agenda = React.memo(AgendaImpl);
