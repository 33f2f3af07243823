import * as React from 'react';
import { ActionButton, DefaultButton, IconButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import type { IRootProps } from '../../../../common/hosting';
import { lazyComponent, lazyFunction } from '../../../../common/lazy';
import { format } from '../../../../common/strings';
import { friendlyError } from '../../../../common/errorMessages';
import { EmptyView } from '../../../../common/StateViews';
import { useDeepLink } from '../../../../common/links';
import type { IDecision, IPersonRef, ITask, IsoDate } from '../../../../domain/models';
import { DECISION_VIEWS, NO_REGISTER_FILTER, suggestDecisionStatus, type IRegisterFilter } from '../../../../domain/decisions';
import type { IDecisionRegisterData } from '../../../../services';
import type { IBeslutningerWebPartProps } from '../../IBeslutningerWebPartProps';
import { registerModel, searchTextsOf, type RegisterTab } from '../../model/registerModel';
import { statusLabel } from '../../model/labels';
import { meetingSourceOf } from '../../model/meetingSource';
import { MeetingList } from '../MeetingList';
import { MyActions } from '../MyActions';
import { RegisterFilters } from '../RegisterFilters';
import type { IDecisionDetailsProps } from '../DecisionDetails/DecisionDetails';
import type { IDecisionFormPanelProps } from '../DecisionForm/DecisionFormPanel';
import type { DocumentRequest, IDocumentPanelProps } from '../Documents/DocumentPanel';
import type { IPipelineViewProps } from '../Pipeline/PipelineView';
import { preparationRules } from '../../model/pipelineRules';

/** The handlers below report their own failures; a rejected promise has nothing left to say. */
const ignore = (): void => undefined;

const DecisionDetails = lazyComponent<IDecisionDetailsProps>(
  () => import(/* webpackChunkName: 'beslutninger-details' */ '../DecisionDetails/DecisionDetails').then(m => m.DecisionDetails));
const DecisionFormPanel = lazyComponent<IDecisionFormPanelProps>(
  () => import(/* webpackChunkName: 'beslutninger-form' */ '../DecisionForm/DecisionFormPanel').then(m => m.DecisionFormPanel));
const DocumentPanel = lazyComponent<IDocumentPanelProps>(
  () => import(/* webpackChunkName: 'beslutninger-documents' */ '../Documents/DocumentPanel').then(m => m.DocumentPanel));
const PipelineView = lazyComponent<IPipelineViewProps>(
  () => import(/* webpackChunkName: 'beslutninger-pipeline' */ '../Pipeline/PipelineView').then(m => m.PipelineView));
const exportCsv = lazyFunction(
  () => import(/* webpackChunkName: 'beslutninger-export' */ '../../export/csvExport').then(m => m.exportDecisionsCsv));

/** Props of {@link RegisterContent}. */
export interface IRegisterContentProps extends IRootProps<IBeslutningerWebPartProps, IBeslutningerWebPartStrings> {
  data: IDecisionRegisterData;
  reloading: boolean;
  reloadError?: unknown;
  onReload: () => void;
  year: number;
  onYear: (year: number) => void;
  today: IsoDate;
  followUpWindowDays: number;
  announce: (text: string) => void;
}

const c = {
  toolbar: mergeStyles({ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', justifyContent: 'space-between' }),
  views: mergeStyles({ display: 'flex', flexWrap: 'wrap', gap: 4 }),
  year: mergeStyles({ display: 'flex', alignItems: 'center', gap: 4 }),
  yearText: mergeStyles({ fontSize: 16, fontWeight: 600, minWidth: 48, textAlign: 'center' }),
  count: mergeStyles({ margin: 0, fontSize: 13 })
};

const TAB_LABEL: Record<RegisterTab, keyof IBeslutningerOwnStrings> = {
  mineActive: 'ViewMineActive', active: 'ViewActive', followUp: 'ViewFollowUp', archive: 'ViewArchive', all: 'ViewAll', myActions: 'ViewMyActions',
  pipeline: 'ViewPipeline'
};
const TABS: readonly RegisterTab[] = [...DECISION_VIEWS, 'myActions', 'pipeline'];
/** The tabs that are not a view of the year's decisions (no filters, no CSV). */
const isOwnTab = (t: RegisterTab): t is 'myActions' | 'pipeline' => t === 'myActions' || t === 'pipeline';

/** The people responsible for the loaded decisions, by name: the responsible filter's options. */
function responsiblePeople(decisions: readonly IDecision[]): IPersonRef[] {
  const byId = new Map<number, IPersonRef>();
  decisions.forEach(d => { if (d.responsible) byId.set(d.responsible.id, d.responsible); });
  return [...byId.values()].sort((a, b) => a.title.localeCompare(b.title, 'da'));
}

/** A decision whose actions are all done, offered »Gennemført«. */
interface ISuggestion { decision: IDecision; count: number }

/** The register itself: views, year, filters, the meetings with their decisions, »Mine handlinger«, details and form. */
export function RegisterContent(props: IRegisterContentProps): React.ReactElement {
  const { data, strings, host, services, today, announce } = props;
  const language = host.language;
  const [tab, setTab] = React.useState<RegisterTab>('active');
  const [filter, setFilter] = React.useState<IRegisterFilter>(NO_REGISTER_FILTER);
  // The open decision is the page's deep link (?koordinator=beslutning:N): a link from another web part opens it.
  const [openId, setOpenId] = useDeepLink('beslutning');
  const [form, setForm] = React.useState<{ decision?: IDecision } | undefined>();
  const [busyId, setBusyId] = React.useState<number | undefined>();
  const [problem, setProblem] = React.useState<string | undefined>();
  const [suggestion, setSuggestion] = React.useState<ISuggestion | undefined>();
  const [doc, setDoc] = React.useState<DocumentRequest | undefined>();
  const [notice, setNotice] = React.useState<string | undefined>();
  const { recommendationDaysBefore, agendaDaysBefore } = props.properties;
  const rules = React.useMemo(() => preparationRules({ recommendationDaysBefore, agendaDaysBefore }), [recommendationDaysBefore, agendaDaysBefore]);

  const searchTexts = React.useMemo(() => searchTextsOf(data.decisions), [data.decisions]);
  const model = React.useMemo(() => registerModel(data.decisions, data.actions, isOwnTab(tab) ? 'all' : tab, filter,
    { today, userId: data.currentUser.id, followUpWindowDays: props.followUpWindowDays, year: data.year }, searchTexts),
  [data, tab, filter, today, props.followUpWindowDays, searchTexts]);
  const people = React.useMemo(() => responsiblePeople(data.decisions), [data.decisions]);
  const canAdd = data.permissions.canAdd;
  const canEditTasks = data.taskPermissions.canEdit;

  const openDecision = data.decisions.find(d => d.id === openId) ?? data.pipeline.find(d => d.id === openId);

  const complete = async (action: ITask): Promise<void> => {
    setBusyId(action.id);
    setProblem(undefined);
    try {
      await services.decisionActions.completeAction(action, today);
      announce(format(strings.ActionCompleted, action.title));
      const decisionId = action.decision?.id;
      const decision = decisionId !== undefined
        ? data.decisions.find(d => d.id === decisionId) ?? await services.repositories.decisions.get(decisionId) : undefined;
      if (decision) {
        const all = await services.decisions.actionsOf(decision.id);
        const s = suggestDecisionStatus(decision, all);
        if (s) setSuggestion({ decision, count: s.actionCount });
      }
      props.onReload();
    } catch (error) {
      setProblem(friendlyError(error, strings).message);
    } finally {
      setBusyId(undefined);
    }
  };

  const acceptSuggestion = async (s: ISuggestion): Promise<void> => {
    setProblem(undefined);
    try {
      // The decision as stored now: the ETag in the register may be older than the last change.
      const current = await services.repositories.decisions.get(s.decision.id);
      await services.decisionActions.setStatus(current, 'Gennemført');
      setSuggestion(undefined);
      announce(format(strings.StatusChanged, s.decision.title, statusLabel('Gennemført', language)));
      props.onReload();
    } catch (error) {
      setProblem(friendlyError(error, strings).message);
    }
  };

  const putInWheel = async (decision: IDecision): Promise<void> => {
    setBusyId(decision.id);
    setProblem(undefined);
    setNotice(undefined);
    try {
      const r = await services.decisionActions.putDeadlinesInWheel(decision, rules, today);
      const text = r.created + r.moved === 0
        ? format(strings.PutInWheelUnchanged, decision.title) : format(strings.PutInWheelDone, decision.title, r.created, r.moved);
      setNotice(text);
      announce(text);
    } catch (error) {
      setProblem(format(strings.PutInWheelFailed, friendlyError(error, strings).message));
    } finally {
      setBusyId(undefined);
    }
  };

  const yearLabel = String(props.year);
  let body: React.ReactNode;
  if (tab === 'myActions') {
    body = <MyActions actions={model.myActions} today={today} language={language} strings={strings} canEdit={canEditTasks}
      busyId={busyId} onComplete={a => { complete(a).catch(ignore); }} onOpenDecision={setOpenId} />;
  } else if (tab === 'pipeline') {
    body = <PipelineView decisions={data.pipeline} rules={rules} today={today} language={language} strings={strings}
      canPutInWheel={data.wheelPermissions.canAdd} busyId={busyId} onOpen={setOpenId}
      onPutInWheel={d => { putInWheel(d).catch(ignore); }} />;
  } else if (data.decisions.length === 0) {
    body = <EmptyView title={format(strings.EmptyTitle, yearLabel)} message={canAdd ? strings.EmptyText : strings.EmptyReaderText}
      action={canAdd ? { text: strings.NewDecisions, onClick: () => setForm({}) } : undefined} />;
  } else if (model.shown === 0) {
    body = <EmptyView title={strings.EmptyFilteredTitle} message={strings.EmptyFilteredText} />;
  } else {
    body = (
      <>
        <p className={c.count}>{format(strings.ShownCount, model.shown, model.inView, tab === 'followUp' ? strings.ViewFollowUp : yearLabel)}</p>
        <MeetingList groups={model.groups} summaries={model.summaries} today={today} language={language} strings={strings}
          onOpen={d => setOpenId(d.id)} onProtocol={group => setDoc({ kind: 'protocol', group })} />
      </>
    );
  }

  return (
    <>
      <div className={c.toolbar}>
        <div className={c.views} role="group" aria-label={strings.Views}>
          {TABS.map(t => (
            <DefaultButton key={t} text={strings[TAB_LABEL[t]]} toggle checked={tab === t}
              primary={tab === t} onClick={() => setTab(t)} />
          ))}
        </div>
        <div className={c.year}>
          <IconButton iconProps={{ iconName: 'ChevronLeft' }} title={strings.PrevYear} ariaLabel={strings.PrevYear}
            onClick={() => props.onYear(props.year - 1)} />
          <span className={c.yearText} aria-live="polite">{yearLabel}</span>
          <IconButton iconProps={{ iconName: 'ChevronRight' }} title={strings.NextYear} ariaLabel={strings.NextYear}
            onClick={() => props.onYear(props.year + 1)} />
          {canAdd && <PrimaryButton iconProps={{ iconName: 'Add' }} text={strings.NewDecisions}
            onMouseEnter={() => DecisionFormPanel.preload()} onFocus={() => DecisionFormPanel.preload()} onClick={() => setForm({})} />}
        </div>
      </div>
      <div className={c.views}>
        <ActionButton iconProps={{ iconName: 'CheckList' }} text={strings.FollowUpButton} onClick={() => setDoc({ kind: 'followUp' })} />
        <ActionButton iconProps={{ iconName: 'ExcelDocument' }} text={strings.ExportCsv} disabled={model.shown === 0 || isOwnTab(tab)}
          onClick={() => {
            const shown = model.groups.flatMap(g => g.decisions);
            exportCsv(shown, data.year, strings, language).then(
              () => announce(format(strings.Exported, shown.length)),
              (error: unknown) => setProblem(friendlyError(error, strings).message));
          }} />
      </div>
      {!isOwnTab(tab) && <RegisterFilters filter={filter} onChange={setFilter} people={people} strings={strings} language={language} />}
      {props.reloading && <ProgressIndicator label={strings.Reloading} />}
      {props.reloadError !== undefined && (
        <MessageBar messageBarType={MessageBarType.error}
          actions={<DefaultButton text={strings.Retry} onClick={props.onReload} />}>
          {format(strings.ReloadFailed, friendlyError(props.reloadError, strings).message)}
        </MessageBar>
      )}
      {problem && <MessageBar messageBarType={MessageBarType.error} onDismiss={() => setProblem(undefined)}
        dismissButtonAriaLabel={strings.Close}>{problem}</MessageBar>}
      {notice && <MessageBar messageBarType={MessageBarType.success} onDismiss={() => setNotice(undefined)}
        dismissButtonAriaLabel={strings.Close}>{notice}</MessageBar>}
      {suggestion && (
        <MessageBar messageBarType={MessageBarType.success} isMultiline
          actions={<div>
            <PrimaryButton text={strings.SuggestAccept} onClick={() => { acceptSuggestion(suggestion).catch(ignore); }} />
            <ActionButton text={strings.SuggestDismiss} onClick={() => setSuggestion(undefined)} />
          </div>}>
          <strong>{strings.SuggestTitle}</strong>{' '}{suggestion.decision.title}: {format(strings.SuggestText, suggestion.count)}
        </MessageBar>
      )}
      {body}
      {openId !== undefined && (
        <DecisionDetails strings={strings} services={services} decisionId={openId} decision={openDecision} today={today}
          language={language} canEdit={data.permissions.canEdit} canEditTasks={canEditTasks} announce={announce}
          onDismiss={() => setOpenId(undefined)} onChanged={props.onReload}
          onEdit={d => { setOpenId(undefined); setForm({ decision: d }); }} />
      )}
      {doc && (
        <DocumentPanel strings={strings} services={services} request={doc} decisions={data.decisions} actions={data.actions} today={today}
          language={language} announce={announce} onDismiss={() => setDoc(undefined)} />
      )}
      {form && (
        <DecisionFormPanel strings={strings} services={services} decision={form.decision} today={today} language={language}
          announce={announce} meetingSource={meetingSourceOf(props.properties)} onDismiss={() => setForm(undefined)} onSaved={props.onReload} />
      )}
    </>
  );
}
