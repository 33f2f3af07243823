import * as React from 'react';
import { ActionButton, DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Link } from '@fluentui/react/lib/Link';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { UiLanguage } from '../../../../common/hosting';
import { format } from '../../../../common/strings';
import { formatDay } from '../../../../common/formatDate';
import { friendlyError } from '../../../../common/errorMessages';
import { useAsync } from '../../../../common/useAsync';
import { ItemLink } from '../../../../common/links';
import type { IDecision, ITask, IsoDate } from '../../../../domain/models';
import { actionsOfDecision, decisionKindOf, isActionOverdue, parseAttendees, suggestDecisionStatus } from '../../../../domain/decisions';
import type { IServices } from '../../../../services';
import { forumName, kindLabel, priorityText, statusLabel, taskStatusLabel } from '../../model/labels';

/** The handlers below report their own failures; a rejected promise has nothing left to say. */
const ignore = (): void => undefined;

/** Props of {@link DecisionDetails}. */
export interface IDecisionDetailsProps {
  strings: IBeslutningerWebPartStrings;
  services: IServices;
  decisionId: number;
  /** The decision as the register loaded it; read by id when the register does not hold it (another year). */
  decision?: IDecision;
  today: IsoDate;
  language: UiLanguage;
  canEdit: boolean;
  canEditTasks: boolean;
  announce: (text: string) => void;
  onDismiss: () => void;
  /** Something was saved: the register reloads. */
  onChanged: () => void;
  onEdit: (decision: IDecision) => void;
}

/** One decision with its meeting, texts and follow-up actions (read by the decision's lookup), and the status suggestion. */
export function DecisionDetails(props: IDecisionDetailsProps): React.ReactElement {
  const { strings, services, language, today } = props;
  const theme = useTheme();
  const [generation, setGeneration] = React.useState(0);
  const [problem, setProblem] = React.useState<string | undefined>();
  const [busy, setBusy] = React.useState(false);
  const [dismissed, setDismissed] = React.useState(false);
  const loaded = useAsync(async signal => {
    const [decision, actions] = await Promise.all([
      generation === 0 && props.decision ? props.decision : services.repositories.decisions.get(props.decisionId, signal),
      services.decisions.actionsOf(props.decisionId, signal)
    ]);
    return { decision, actions: actionsOfDecision(actions, props.decisionId) };
  }, [props.decisionId, generation]);
  const c = React.useMemo(() => ({
    dl: mergeStyles({ display: 'grid', gridTemplateColumns: 'minmax(100px, max-content) 1fr', gap: '4px 12px', margin: '12px 0' }),
    dt: mergeStyles({ fontWeight: 600 }),
    dd: mergeStyles({ margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }),
    h3: mergeStyles({ fontSize: 16, margin: '16px 0 4px' }),
    list: mergeStyles({ listStyle: 'none', margin: 0, padding: 0 }),
    item: mergeStyles({ padding: '6px 0', borderTop: `1px solid ${theme.semanticColors.bodyDivider}`, display: 'flex', gap: 8,
      flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'center' }),
    meta: mergeStyles({ fontSize: 13, color: theme.semanticColors.bodySubtext }),
    alert: mergeStyles({ color: theme.semanticColors.errorText, fontWeight: 600 }),
    buttons: mergeStyles({ display: 'flex', gap: 8, flexWrap: 'wrap', marginTop: 16 })
  }), [theme]);

  const run = async (work: () => Promise<string>): Promise<void> => {
    setBusy(true);
    setProblem(undefined);
    try {
      props.announce(await work());
      setGeneration(g => g + 1);
      props.onChanged();
    } catch (error) {
      setProblem(friendlyError(error, strings).message);
    } finally {
      setBusy(false);
    }
  };
  const complete = (a: ITask): Promise<void> => run(async () => {
    await services.decisionActions.completeAction(a, today);
    return format(strings.ActionCompleted, a.title);
  });

  const value = loaded.value;
  const d = value?.decision;
  const suggestion = d && value && !dismissed ? suggestDecisionStatus(d, value.actions) : undefined;
  let content: React.ReactNode;
  if (!value || !d) {
    content = loaded.status === 'error'
      ? <MessageBar messageBarType={MessageBarType.error}>{friendlyError(loaded.error, strings).message}</MessageBar>
      : <Spinner label={strings.Loading} />;
  } else {
    const present = parseAttendees(d.attendees);
    content = (
      <>
        {problem && <MessageBar messageBarType={MessageBarType.error}>{problem}</MessageBar>}
        {suggestion && props.canEdit && (
          <MessageBar messageBarType={MessageBarType.success} isMultiline
            actions={<div>
              <PrimaryButton text={strings.SuggestAccept} disabled={busy} onClick={() => {
                run(async () => {
                  await services.decisionActions.setStatus(d, 'Gennemført');
                  return format(strings.StatusChanged, d.title, statusLabel('Gennemført', language));
                }).catch(ignore);
              }} />
              <ActionButton text={strings.SuggestDismiss} onClick={() => setDismissed(true)} />
            </div>}>
            <strong>{strings.SuggestTitle}</strong> {format(strings.SuggestText, suggestion.actionCount)}
          </MessageBar>
        )}
        <dl className={c.dl}>
          <dt className={c.dt}>{strings.FieldStatus}</dt><dd className={c.dd}>{statusLabel(d.status, language)}</dd>
          <dt className={c.dt}>{strings.DetailsKind}</dt><dd className={c.dd}>{kindLabel(decisionKindOf(d), language)}</dd>
          <dt className={c.dt}>{strings.DetailsMeeting}</dt>
          <dd className={c.dd}>
            {forumName(d.forum, language)}, {formatDay(d.meetingDate, language)}
            {d.meetingUrl?.url && <> · <Link underline href={d.meetingUrl.url} target="_blank" rel="noopener noreferrer">{strings.OpenInOutlook}</Link></>}
            {d.joinUrl?.url && <> · <Link underline href={d.joinUrl.url} target="_blank" rel="noopener noreferrer">{strings.JoinTeams}</Link></>}
          </dd>
          <dt className={c.dt}>{strings.DetailsDecisionText}</dt><dd className={c.dd}>{d.decisionText}</dd>
          {d.rationale && <><dt className={c.dt}>{strings.DetailsRationale}</dt><dd className={c.dd}>{d.rationale}</dd></>}
          <dt className={c.dt}>{strings.FieldResponsible}</dt><dd className={c.dd}>{d.responsible?.title ?? strings.NoResponsible}</dd>
          {d.followUpDate && <><dt className={c.dt}>{strings.FieldFollowUp}</dt><dd className={c.dd}>{formatDay(d.followUpDate, language)}</dd></>}
          <dt className={c.dt}>{strings.FilterPriority}</dt><dd className={c.dd}>{priorityText(d.priority, language)}</dd>
          {d.caseReference && <><dt className={c.dt}>{strings.LabelCase}</dt><dd className={c.dd}>{d.caseReference}</dd></>}
          {d.process && <><dt className={c.dt}>{strings.DetailsProcess}</dt>
            <dd className={c.dd}><ItemLink link={{ kind: 'proces', id: d.process.id }}>{d.process.title}</ItemLink></dd></>}
          {present.length > 0 && <><dt className={c.dt}>{strings.DetailsAttendees}</dt>
            <dd className={c.dd}>{present.map(p => p.name).join(', ')}</dd></>}
        </dl>
        <h3 className={c.h3}>{strings.DetailsActions}</h3>
        {value.actions.length === 0 ? <p data-testid="decision-actions">{strings.DetailsNoActions}</p> : (
          <ul className={c.list} data-testid="decision-actions">
            {value.actions.map(a => {
              const late = isActionOverdue(a, today);
              return (
                <li key={a.id} className={c.item}>
                  <div>
                    <div><ItemLink link={{ kind: 'opgave', id: a.id }}>{a.title}</ItemLink></div>
                    <div className={c.meta}>
                      {late && <span className={c.alert}>{strings.Overdue}: </span>}
                      {a.assignedTo?.title ?? strings.NoResponsible} · {a.dueDate ? format(strings.ActionDue, formatDay(a.dueDate, language)) : strings.ActionNoDue}
                      {' · '}{taskStatusLabel(a.status, language)}
                    </div>
                  </div>
                  {props.canEditTasks && a.status !== 'Færdig' && (
                    <DefaultButton text={strings.ActionComplete} ariaLabel={format(strings.ActionCompleteLabel, a.title)} disabled={busy}
                      onClick={() => { complete(a).catch(ignore); }} />
                  )}
                </li>
              );
            })}
          </ul>
        )}
        {props.canEdit && (
          <div className={c.buttons}>
            <PrimaryButton iconProps={{ iconName: 'Edit' }} text={strings.Edit} onClick={() => props.onEdit(d)} />
          </div>
        )}
      </>
    );
  }
  return (
    <Panel isOpen type={PanelType.medium} headerText={d?.title ?? strings.Loading} closeButtonAriaLabel={strings.Close}
      onDismiss={props.onDismiss} isLightDismiss>
      {content}
    </Panel>
  );
}
