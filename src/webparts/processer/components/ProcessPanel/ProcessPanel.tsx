import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { TextField } from '@fluentui/react/lib/TextField';
import type { UiLanguage } from '../../../../common/hosting';
import { ErrorView, LoadingView } from '../../../../common/StateViews';
import { friendlyError } from '../../../../common/errorMessages';
import { format } from '../../../../common/strings';
import { formatDay } from '../../../../common/formatDate';
import { sanitizeHtml } from '../../../../common/sanitizeHtml';
import { useAsync } from '../../../../common/useAsync';
import type { IPersonRef, IsoDate, ProcessStatus } from '../../../../domain/models';
import { priorityLabel } from '../../../../domain/moscow';
import {
  allowedTransitions, markReviewed, processActor, processTaskKind, reviewLight, type ProcessAction
} from '../../../../domain/processes';
import { newIdempotencyKey, type IListPermissions, type IProcessPageData, type IServices } from '../../../../services';
import { areaLabel, statusLabel } from '../../model/labels';
import { ReviewLightBadge } from '../ReviewLightBadge';
import { HistoryView } from './HistoryView';
import { StepsView } from './StepsView';
import { printProcess } from '../../model/print';
import { ItemLink } from '../../../../common/links/ItemLink';
import type { DeepLinkKind } from '../../../../domain/cockpit/deepLinks';

/** Props of {@link ProcessPanel}. */
export interface IProcessPanelProps {
  id: number;
  services: IServices;
  strings: IProcesserWebPartStrings;
  language: UiLanguage;
  isEditMode: boolean;
  today: IsoDate;
  user: IPersonRef;
  permissions: IListPermissions;
  taskPermissions: IListPermissions;
  /** The approver capability (the coordinator: manages the lists). */
  canApprove: boolean;
  warningPercent: number;
  showSwimLanes: boolean;
  onClose(): void;
  onEdit(): void;
  /** A lifecycle move, review or proposal was stored: the catalogue reloads; `message` is announced. */
  onChanged(message: string): void;
}

const ACTION_KEYS: Record<ProcessAction, keyof IProcesserOwnStrings> = {
  submit: 'ActionSubmit', approve: 'ActionApprove', returnToDraft: 'ActionReturnToDraft',
  startRevision: 'ActionStartRevision', retire: 'ActionRetire', reactivate: 'ActionReactivate'
};

/**
 * The process page in a panel: purpose, trigger, outcome, owner and deputy, version, status, reviews; the steps as
 * a list and as swim lanes; what links to it; the history; and for editors the lifecycle, review and edit actions.
 * One request (`processData.loadProcess`: item, steps, links, versions and — the first time — the site's page settings in one
 * `$batch`).
 */
export function ProcessPanel(props: IProcessPanelProps): React.ReactElement {
  const { services, strings, language, id } = props;
  const page = useAsync<IProcessPageData>(async signal => {
    // The page's links (activities, decisions, tasks) need the site's page settings: read in the same `$batch` the
    // first time, so opening a process stays one request; the link service remembers them for every later page.
    const data = await services.processData.loadProcess(id, signal, { pageLinks: !services.links.known() });
    if (data.pageLinks) services.links.prime(data.pageLinks);
    return data;
  }, [services, id]);
  const [busy, setBusy] = React.useState(false);
  const [problem, setProblem] = React.useState<string>();
  const data = page.value;

  /** Runs a write; true when it was stored. A failure keeps what was typed and says why. */
  const run = async (work: () => Promise<unknown>, done: string): Promise<boolean> => {
    setBusy(true);
    setProblem(undefined);
    try {
      await work();
      props.onChanged(done);
      page.reload();
      return true;
    } catch (error) {
      const friendly = friendlyError(error, strings);
      setProblem(friendly.kind === 'unknown' && error instanceof Error && error.name === 'ProcessRuleError' ? strings.NotAllowed : friendly.message);
      if (friendly.kind === 'conflict') page.reload();
      return false;
    } finally {
      setBusy(false);
    }
  };

  let body: React.ReactNode;
  if (page.status === 'error' && !data) {
    body = <ErrorView error={page.error} strings={strings} isEditMode={props.isEditMode} onRetry={page.reload} />;
  } else if (!data) {
    body = <LoadingView label={strings.LoadingProcess} />;
  } else {
    const p = data.process;
    const actor = processActor(p, { id: props.user.id, canEdit: props.permissions.canEdit, canApprove: props.canApprove });
    const moves = allowedTransitions(p.status, actor);
    const canReview = markReviewed(p, props.today, actor).ok;
    const proposals = data.openTasks.filter(t => processTaskKind(t.key) === 'proposal');
    const otherTasks = data.openTasks.filter(t => processTaskKind(t.key) !== 'proposal');
    const dd = (label: string, value: React.ReactNode): React.ReactNode => (
      <><dt style={{ fontWeight: 600 }}>{label}</dt><dd style={{ margin: 0 }}>{value || '–'}</dd></>
    );
    body = (
      <div>
        {page.status === 'loading' && <Spinner label={strings.Loading} labelPosition="right" />}
        {problem && <MessageBar messageBarType={MessageBarType.error} isMultiline={true} onDismiss={() => setProblem(undefined)}>{problem}</MessageBar>}
        <div role="toolbar" aria-label={strings.ProcessActions} style={{ display: 'flex', flexWrap: 'wrap', gap: 8, margin: '8px 0 12px' }}>
          {actor.canEdit && <PrimaryButton text={strings.Edit} iconProps={{ iconName: 'Edit' }} onClick={props.onEdit} disabled={busy} />}
          {moves.map(m => (
            <DefaultButton key={m.to} text={strings[ACTION_KEYS[m.action]]} disabled={busy}
              onClick={() => { run(() => services.processActions.transition(p, m.to as ProcessStatus, actor, props.user, props.today),
                format(strings.MovedTo, statusLabel(m.to, strings))).catch(() => undefined); }} />
          ))}
          {canReview && (
            <DefaultButton text={strings.MarkReviewed} iconProps={{ iconName: 'CheckMark' }} disabled={busy}
              onClick={() => { run(() => services.processActions.markReviewed(p, actor, props.today), strings.MarkedReviewed).catch(() => undefined); }} />
          )}
          <DefaultButton text={strings.Print} iconProps={{ iconName: 'Print' }} onClick={() => { if (!printProcess(data, strings, language)) setProblem(strings.PrintBlocked); }} />
        </div>
        <dl style={{ margin: 0, display: 'grid', gridTemplateColumns: 'minmax(120px, max-content) 1fr', gap: '4px 16px' }}>
          {dd(strings.LabelStatus, statusLabel(p.status, strings))}
          {dd(strings.FieldArea, areaLabel(p.area, strings))}
          {dd(strings.LabelOwner, p.owner?.title)}
          {dd(strings.LabelDeputy, p.deputyOwner?.title)}
          {dd(strings.LabelVersion, p.version)}
          {dd(strings.LabelPriority, priorityLabel(p.priority, language))}
          {dd(strings.LabelLastReviewed, p.lastReviewed && formatDay(p.lastReviewed, language))}
          {dd(strings.LabelNextReview, <ReviewLightBadge light={reviewLight(p, props.today, props.warningPercent)} strings={strings} language={language} />)}
          {p.approvedBy && dd(strings.LabelApprovedBy, `${p.approvedBy.title}${p.approvedDate ? `, ${formatDay(p.approvedDate, language)}` : ''}`)}
          {dd(strings.LabelPurpose, p.purpose)}
          {dd(strings.LabelTrigger, p.trigger)}
          {dd(strings.LabelOutcome, p.outcome)}
        </dl>
        {p.description && (
          <section aria-labelledby="proc-desc">
            <h3 id="proc-desc">{strings.LabelDescription}</h3>
            {/* Sanitised with DOMPurify: never the list's raw HTML. */}
            <div data-testid="process-description" dangerouslySetInnerHTML={{ __html: sanitizeHtml(p.description) }} />
          </section>
        )}
        <section aria-labelledby="proc-steps">
          <h3 id="proc-steps">{format(strings.StepsHeading, data.steps.length)}</h3>
          <StepsView steps={data.steps} strings={strings} showSwimLanes={props.showSwimLanes} />
        </section>
        <section aria-labelledby="proc-links">
          <h3 id="proc-links">{strings.LinksHeading}</h3>
          <LinkList title={strings.LinkedActivities} empty={strings.NoneLinked} kind="aktivitet"
            items={data.activities.map(a => ({ id: a.id, text: a.title, detail: formatDay(a.startDate, language) }))} />
          <LinkList title={strings.LinkedDecisions} empty={strings.NoneLinked} kind="beslutning"
            items={data.decisions.map(d => ({ id: d.id, text: d.title, detail: formatDay(d.meetingDate, language) }))} />
          <LinkList title={strings.LinkedTasks} empty={strings.NoneLinked} kind="opgave"
            items={otherTasks.map(t => ({ id: t.id, text: t.title,
              detail: [t.assignedTo?.title, t.dueDate && formatDay(t.dueDate, language)].filter(Boolean).join(', ') }))} />
        </section>
        <section aria-labelledby="proc-proposals">
          <h3 id="proc-proposals">{strings.ProposalsHeading}</h3>
          <LinkList title="" empty={strings.NoProposals}
            items={proposals.map(t => ({ id: t.id, text: `${t.description ?? t.title}${t.assignedTo ? ` – ${t.assignedTo.title}` : ''}` }))} />
          {props.taskPermissions.canAdd && <ProposalForm {...props} onPropose={(text, key) => run(() => services.processActions.propose(p, text, key), strings.ProposalSaved)} busy={busy} />}
        </section>
        <section aria-labelledby="proc-history">
          <h3 id="proc-history">{strings.HistoryHeading}</h3>
          <HistoryView versions={data.versions} strings={strings} language={language} />
        </section>
      </div>
    );
  }
  return (
    <Panel isOpen={true} type={PanelType.large} onDismiss={props.onClose} isLightDismiss={true}
      headerText={data?.process.title ?? strings.LoadingProcess} closeButtonAriaLabel={strings.Close}>
      {body}
    </Panel>
  );
}

/**
 * A list of what links to the process. With `kind`, each entry is an `<ItemLink>`: it opens the item in the web part
 * that owns it (the Årshjul, Beslutninger, the task board), or SharePoint's display form when the site names no page.
 */
function LinkList(props: { title: string; empty: string; kind?: DeepLinkKind; items: { id: number; text: string; detail?: string }[] }): React.ReactElement {
  const { kind } = props;
  return (
    <div style={{ marginBottom: 8 }}>
      {props.title && <h4 style={{ margin: '4px 0' }}>{props.title}</h4>}
      {props.items.length === 0 ? <p style={{ margin: 0 }}>{props.empty}</p> : (
        <ul style={{ margin: 0, paddingLeft: 18 }}>{props.items.map(i => (
          <li key={i.id}>
            {kind ? <ItemLink link={{ kind, id: i.id }}>{i.text}</ItemLink> : i.text}
            {i.detail ? ` (${i.detail})` : ''}
          </li>
        ))}</ul>
      )}
    </div>
  );
}

/** »Foreslå en forbedring«: the text and one key per intended proposal (a second click stores it once). */
function ProposalForm(props: IProcessPanelProps & { busy: boolean; onPropose(text: string, key: string): Promise<boolean> }): React.ReactElement {
  const { strings } = props;
  const [text, setText] = React.useState('');
  const [key, setKey] = React.useState(newIdempotencyKey);
  const [error, setError] = React.useState<string>();
  const submit = async (): Promise<void> => {
    if (!text.trim()) {
      setError(format(strings.ValidationRequired, strings.ProposalLabel));
      return;
    }
    setError(undefined);
    if (await props.onPropose(text.trim(), key)) {
      setText('');
      setKey(newIdempotencyKey());
    }
  };
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'flex-end' }}>
      <TextField label={strings.ProposalLabel} multiline={true} rows={2} value={text} errorMessage={error}
        onChange={(_, v) => setText(v ?? '')} styles={{ root: { flex: '1 1 260px' } }} maxLength={4000} />
      <DefaultButton text={strings.ProposalSubmit} onClick={() => { submit().catch(() => undefined); }} disabled={props.busy} />
    </div>
  );
}
