import * as React from 'react';
import { ActionButton } from '@fluentui/react/lib/Button';
import { Link } from '@fluentui/react/lib/Link';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { UiLanguage } from '../../../../common/hosting';
import { format } from '../../../../common/strings';
import { formatDay } from '../../../../common/formatDate';
import type { IDecision, IsoDate } from '../../../../domain/models';
import { decisionKindOf, isDecisionClosed, type IActionSummary, type IMeetingGroup } from '../../../../domain/decisions';
import { forumName, kindLabel, statusLabel } from '../../model/labels';

/** Decisions the register shows at first (whole meetings), and about how many more »Vis flere møder« adds. */
const DECISIONS_PAGE = 100;

/** Props of {@link MeetingList}. */
export interface IMeetingListProps {
  groups: readonly IMeetingGroup<IDecision>[];
  summaries: ReadonlyMap<number, IActionSummary>;
  today: IsoDate;
  language: UiLanguage;
  strings: IBeslutningerWebPartStrings;
  onOpen: (decision: IDecision) => void;
  /** Opens the meeting's decision minutes. */
  onProtocol: (group: IMeetingGroup<IDecision>) => void;
}

function actionText(summary: IActionSummary | undefined, strings: IBeslutningerWebPartStrings): string {
  if (!summary || summary.open === 0) return '';
  return summary.open === 1 ? strings.ActionsOpenOne : format(strings.ActionsOpen, summary.open);
}

/** The register: one section per meeting (forum and day, newest first), its decisions as a list. */
export function MeetingList(props: IMeetingListProps): React.ReactElement {
  const { strings, language, today } = props;
  const theme = useTheme();
  const c = React.useMemo(() => ({
    group: mergeStyles({ borderTop: `1px solid ${theme.semanticColors.bodyDivider}`, paddingTop: 8 }),
    headRow: mergeStyles({ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: '12px' }),
    heading: mergeStyles({ margin: 0, fontSize: 16, fontWeight: 600, display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'baseline' }),
    count: mergeStyles({ fontSize: 13, fontWeight: 400, color: theme.semanticColors.bodySubtext }),
    list: mergeStyles({ listStyle: 'none', margin: 0, padding: 0 }),
    item: mergeStyles({ padding: '6px 0', display: 'flex', flexDirection: 'column', gap: 2 }),
    top: mergeStyles({ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'baseline' }),
    title: mergeStyles({ fontSize: 14, fontWeight: 600, textAlign: 'left' }),
    pill: mergeStyles({ fontSize: 12, padding: '0 6px', borderRadius: 8, border: `1px solid ${theme.semanticColors.bodyDivider}`,
      color: theme.semanticColors.bodyText }),
    meta: mergeStyles({ fontSize: 13, color: theme.semanticColors.bodySubtext, display: 'flex', gap: 12, flexWrap: 'wrap' }),
    alert: mergeStyles({ color: theme.semanticColors.errorText, fontWeight: 600 })
  }), [theme]);

  // A long register (a year of »Aktive« on a big site holds over a thousand decisions) shows whole meetings up to
  // about 100 decisions, then »Vis flere møder«: thousands of list items take seconds to draw.
  const [limit, setLimit] = React.useState(DECISIONS_PAGE);
  React.useEffect(() => setLimit(DECISIONS_PAGE), [props.groups]);
  const shown = React.useMemo(() => {
    const out: IMeetingGroup<IDecision>[] = [];
    let count = 0;
    for (const g of props.groups) {
      if (count >= limit) break;
      out.push(g);
      count += g.decisions.length;
    }
    return { groups: out, hidden: props.groups.reduce((n, g) => n + g.decisions.length, 0) - count };
  }, [props.groups, limit]);

  return (
    <div>
      {shown.groups.map(g => (
        <section key={g.key} className={c.group} aria-label={format(strings.MeetingHeading, forumName(g.forum, language), formatDay(g.meetingDate, language))}>
          <div className={c.headRow}>
          <h3 className={c.heading}>
            <span>{format(strings.MeetingHeading, forumName(g.forum, language), formatDay(g.meetingDate, language))}</span>
            <span className={c.count}>{g.decisions.length === 1 ? strings.DecisionCountOne : format(strings.DecisionCount, g.decisions.length)}</span>
          </h3>
          <ActionButton iconProps={{ iconName: 'TextDocument' }} text={strings.Protocol} styles={{ root: { height: 28, padding: 0 } }}
            ariaLabel={format(strings.ProtocolLabel, format(strings.MeetingHeading, forumName(g.forum, language), formatDay(g.meetingDate, language)))}
            onClick={() => props.onProtocol(g)} />
          </div>
          <ul className={c.list}>
            {g.decisions.map(d => {
              const summary = props.summaries.get(d.id);
              const followUpPassed = !isDecisionClosed(d.status) && !!d.followUpDate && d.followUpDate < today;
              return (
                <li key={d.id} className={c.item} data-decision-id={d.id}>
                  <div className={c.top}>
                    <Link className={c.title} onClick={() => props.onOpen(d)}>{d.title}</Link>
                    <span className={c.pill}>{statusLabel(d.status, language)}</span>
                    {decisionKindOf(d) === 'Aftale' && <span className={c.pill}>{kindLabel('Aftale', language)}</span>}
                  </div>
                  <div className={c.meta}>
                    <span>{strings.LabelResponsible}: {d.responsible?.title ?? strings.NoResponsible}</span>
                    {d.followUpDate && (
                      <span className={followUpPassed ? c.alert : undefined}>
                        {strings.LabelFollowUp}: {formatDay(d.followUpDate, language)}{followUpPassed ? ` (${strings.FollowUpPassed})` : ''}
                      </span>
                    )}
                    {d.caseReference && <span>{strings.LabelCase}: {d.caseReference}</span>}
                    {summary && summary.open > 0 && (
                      <span>
                        {actionText(summary, strings)}
                        {summary.overdue > 0 && <span className={c.alert}>{`, ${format(strings.ActionsOverdue, summary.overdue)}`}</span>}
                      </span>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      {shown.hidden > 0 && (
        <ActionButton iconProps={{ iconName: 'ChevronDown' }} data-show-more="" onClick={() => setLimit(n => n + DECISIONS_PAGE)}
          text={format(strings.ShowMoreMeetings, shown.hidden)} />
      )}
    </div>
  );
}
