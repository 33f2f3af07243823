import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Link } from '@fluentui/react/lib/Link';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { UiLanguage } from '../../../../common/hosting';
import { format } from '../../../../common/strings';
import { formatDay } from '../../../../common/formatDate';
import type { IDecision, IsoDate } from '../../../../domain/models';
import { decisionPipeline, type IPreparationDeadline, type IPreparationRule } from '../../../../domain/decisions';
import { priorityText } from '../../model/labels';

/** Props of {@link PipelineView}. */
export interface IPipelineViewProps {
  /** Decisions »Til behandling« (the register's pipeline read); the board's from today are shown. */
  decisions: readonly IDecision[];
  rules: readonly IPreparationRule[];
  today: IsoDate;
  language: UiLanguage;
  strings: IBeslutningerWebPartStrings;
  /** Whether the user may add to the Årshjul: »Sæt i årshjulet« is offered only then. */
  canPutInWheel: boolean;
  /** The decision whose deadlines are being written, if any. */
  busyId?: number;
  onPutInWheel: (decision: IDecision) => void;
  onOpen: (decisionId: number) => void;
}

/** The name of a deadline kind (a rule's code) in the UI language. */
export function deadlineName(kind: string, strings: IBeslutningerWebPartStrings): string {
  return kind === 'indstillingKlar' ? strings.DeadlineIndstillingKlar : kind === 'dagsordenUdsendt' ? strings.DeadlineDagsordenUdsendt : kind;
}

/** »overskredet« / »i dag« / »om 3 dage«. */
function stateText(d: IPreparationDeadline, strings: IBeslutningerWebPartStrings): string {
  return d.state === 'passed' ? strings.DeadlinePassed : d.state === 'today' ? strings.DeadlineToday : format(strings.DeadlineInDays, d.daysUntil);
}

/**
 * The board pipeline: each coming board meeting with decisions »Til behandling«, its preparation deadlines counted
 * back in Danish working days, and per decision »Sæt i årshjulet« (through the application service). Loaded on demand.
 */
export function PipelineView(props: IPipelineViewProps): React.ReactElement {
  const { strings, language, today } = props;
  const theme = useTheme();
  const c = React.useMemo(() => ({
    meeting: mergeStyles({ borderTop: `1px solid ${theme.semanticColors.bodyDivider}`, padding: '8px 0' }),
    h3: mergeStyles({ fontSize: 16, fontWeight: 600, margin: '4px 0' }),
    deadlines: mergeStyles({ margin: '4px 0 8px', paddingLeft: 20 }),
    passed: mergeStyles({ color: theme.semanticColors.errorText, fontWeight: 600 }),
    list: mergeStyles({ listStyle: 'none', margin: 0, padding: 0 }),
    item: mergeStyles({ padding: '6px 0', display: 'flex', gap: 12, flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between' }),
    text: mergeStyles({ display: 'flex', flexDirection: 'column', gap: 2, minWidth: 0, flex: '1 1 240px' }),
    meta: mergeStyles({ fontSize: 13, color: theme.semanticColors.bodySubtext })
  }), [theme]);
  const meetings = React.useMemo(() => decisionPipeline(props.decisions, today, 'Bestyrelse', props.rules),
    [props.decisions, today, props.rules]);

  return (
    <div>
      <p>{strings.PipelineIntro}</p>
      {meetings.length === 0 && <p>{strings.PipelineEmpty}</p>}
      {meetings.map(m => (
        <section key={m.meetingDate} className={c.meeting} aria-label={format(strings.PipelineMeeting, formatDay(m.meetingDate, language))}>
          <h3 className={c.h3}>{format(strings.PipelineMeeting, formatDay(m.meetingDate, language))}</h3>
          <ul className={c.deadlines} aria-label={strings.PipelineDeadlines}>
            {m.deadlines.map(d => (
              <li key={d.kind}>
                {format(strings.DeadlineLine, deadlineName(d.kind, strings), formatDay(d.date, language), d.workingDaysBefore)}
                {' – '}<span className={d.state === 'passed' ? c.passed : undefined}>{stateText(d, strings)}</span>
              </li>
            ))}
          </ul>
          <ul className={c.list}>
            {m.decisions.map(({ decision }) => (
              <li key={decision.id} className={c.item}>
                <div className={c.text}>
                  <Link onClick={() => props.onOpen(decision.id)}>{decision.title}</Link>
                  <span className={c.meta}>
                    {decision.responsible?.title ?? strings.NoResponsible} · {priorityText(decision.priority, language)}
                    {decision.caseReference ? ` · ${strings.LabelCase} ${decision.caseReference}` : ''}
                  </span>
                </div>
                {props.canPutInWheel && (
                  <DefaultButton iconProps={{ iconName: 'Calendar' }} text={strings.PutInWheel}
                    ariaLabel={format(strings.PutInWheelLabel, decision.title)} disabled={props.busyId !== undefined}
                    onClick={() => props.onPutInWheel(decision)} />
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
