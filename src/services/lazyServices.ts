import type { SPFI } from '@pnp/sp';
import type { IDecision, IInquiry, IPersonRef, IProcess, ITask, IsoDate, ProcessStatus } from '../domain/models';
import type { IGraphClient } from './config/graph';
import type { IRepositories } from './repositories/repositories';
import type { IBulkResult, IInquiryActions, ITimelineEntry } from './inquiries/InquiryActions';
import type { IMailboxService, IMailPullResult } from './inquiries/MailboxService';
import type { IPeopleService, IPersonCandidate } from './people/PeopleService';
import type { IProvisioningAction, IProvisioningService, IProvisioningStatus } from './provisioning/ProvisioningService';
import type { IOnboardingOptions, IProcessActor } from '../domain/processes';
import type { IProcessActions, IProcessDraft } from './processes/processTypes';
import type { IDecisionActions } from './decisions/decisionTypes';
import type { IDecisionDataService } from './decisions/DecisionDataService';
import type { IInquiryDataService } from './inquiries/InquiryDataService';
import type { IProcessDataService } from './processes/ProcessDataService';
import type { IBatchReader } from './batch/BatchReader';
import type { ITaskBoardService } from './tasks/TaskBoardService';

/** A value made on first use by an asynchronous factory (a dynamic `import()`); a failed load is tried again next time. */
function onDemand<T>(make: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending = pending ?? make().catch((e: unknown) => { pending = undefined; throw e; });
    return pending;
  };
}

/**
 * Provisioning, loaded when it is first needed (a site without the lists, or »Reparér lister»): its PnPjs field and
 * view modules are not part of a web part's first-load bundle.
 */
export class OnDemandProvisioningService implements IProvisioningService {
  private readonly real: () => Promise<IProvisioningService>;

  public constructor(sp: SPFI, webUrl: string) {
    this.real = onDemand(() => import(/* webpackChunkName: 'provisioning' */ './provisioning/ProvisioningService')
      .then(m => new m.ProvisioningService(sp, webUrl)));
  }

  public async status(): Promise<IProvisioningStatus> { return (await this.real()).status(); }
  public async canProvision(): Promise<boolean> { return (await this.real()).canProvision(); }
  public async provision(onProgress?: (action: IProvisioningAction) => void): Promise<IProvisioningAction[]> {
    return (await this.real()).provision(onProgress);
  }
}

/** The people search and `ensureUser`, loaded when a form first needs them (its PnPjs modules with it). */
export class OnDemandPeopleService implements IPeopleService {
  private readonly real: () => Promise<IPeopleService>;

  public constructor(sp: SPFI) {
    this.real = onDemand(() => import(/* webpackChunkName: 'people' */ './people/PeopleService').then(m => new m.PeopleService(sp)));
  }

  public async current(): Promise<IPersonRef> { return (await this.real()).current(); }
  public async search(text: string, max?: number): Promise<IPersonCandidate[]> { return (await this.real()).search(text, max); }
  public async ensure(loginOrEmail: string): Promise<IPersonRef> { return (await this.real()).ensure(loginOrEmail); }
}

/** The Henvendelser web part's writes, loaded with its first write (the queue's first render only reads). */
export class OnDemandInquiryActions implements IInquiryActions {
  private readonly real: () => Promise<IInquiryActions>;

  public constructor(sp: SPFI, webUrl: string, repositories: IRepositories) {
    this.real = onDemand(() => import(/* webpackChunkName: 'inquiry-actions' */ './inquiries/InquiryActions')
      .then(m => new m.InquiryActions(repositories, m.pnpVersionReader(sp, webUrl))));
  }

  public async submit(...args: Parameters<IInquiryActions['submit']>): Promise<IInquiry> { return (await this.real()).submit(...args); }
  public async change(...args: Parameters<IInquiryActions['change']>): Promise<IInquiry> { return (await this.real()).change(...args); }
  public async changeMany(...args: Parameters<IInquiryActions['changeMany']>): Promise<IBulkResult> { return (await this.real()).changeMany(...args); }
  public async createTask(...args: Parameters<IInquiryActions['createTask']>): Promise<ITask> { return (await this.real()).createTask(...args); }
  public async createBoardCase(...args: Parameters<IInquiryActions['createBoardCase']>): Promise<IDecision> { return (await this.real()).createBoardCase(...args); }
  public async timeline(...args: Parameters<IInquiryActions['timeline']>): Promise<ITimelineEntry[]> { return (await this.real()).timeline(...args); }
}

/** The shared-mailbox pull, loaded when »Hent nye e-mails« is first used. */
export class OnDemandMailboxService implements IMailboxService {
  private readonly real: () => Promise<IMailboxService>;

  public constructor(graph: IGraphClient, repositories: IRepositories, actions: IInquiryActions) {
    this.real = onDemand(() => import(/* webpackChunkName: 'inquiry-mailbox' */ './inquiries/MailboxService')
      .then(m => new m.MailboxService(graph, repositories, actions)));
  }

  public async pull(...args: Parameters<IMailboxService['pull']>): Promise<IMailPullResult> { return (await this.real()).pull(...args); }
}

/**
 * The Processer's writes, loaded with the first one (the lifecycle, step-plan and onboarding rules with them): no web
 * part's first load carries them.
 */
export class OnDemandProcessActions implements IProcessActions {
  private readonly real: () => Promise<IProcessActions>;

  public constructor(repositories: IRepositories) {
    this.real = onDemand(() => import(/* webpackChunkName: 'process-actions' */ './processes/ProcessActions')
      .then(m => new m.ProcessActions(repositories)));
  }

  public async saveProcess(draft: IProcessDraft): Promise<IProcess> { return (await this.real()).saveProcess(draft); }
  public async transition(process: IProcess, to: ProcessStatus, actor: IProcessActor, user: IPersonRef, today: IsoDate): Promise<IProcess> {
    return (await this.real()).transition(process, to, actor, user, today);
  }
  public async markReviewed(process: IProcess, actor: IProcessActor, today: IsoDate): Promise<IProcess> {
    return (await this.real()).markReviewed(process, actor, today);
  }
  public async ensureReviewTasks(processes: readonly IProcess[], today: IsoDate): Promise<ITask[]> {
    return (await this.real()).ensureReviewTasks(processes, today);
  }
  public async onboard(person: IPersonRef, startDate: IsoDate, processes: readonly IProcess[], options?: IOnboardingOptions, existingKeys?: readonly string[]): Promise<ITask[]> {
    return (await this.real()).onboard(person, startDate, processes, options, existingKeys);
  }
  public async propose(process: IProcess, text: string, formKey: string): Promise<ITask> { return (await this.real()).propose(process, text, formKey); }
}

/** The decision register's writes (Beslutninger with their actions in Opgaver), loaded with the first one. */
export class OnDemandDecisionActions implements IDecisionActions {
  private readonly real: () => Promise<IDecisionActions>;

  public constructor(repositories: IRepositories) {
    this.real = onDemand(() => import(/* webpackChunkName: 'decision-actions' */ './decisions/DecisionActions')
      .then(m => new m.DecisionActions(repositories)));
  }

  public async saveDecision(...args: Parameters<IDecisionActions['saveDecision']>): ReturnType<IDecisionActions['saveDecision']> {
    return (await this.real()).saveDecision(...args);
  }
  public async completeAction(...args: Parameters<IDecisionActions['completeAction']>): ReturnType<IDecisionActions['completeAction']> {
    return (await this.real()).completeAction(...args);
  }
  public async setStatus(...args: Parameters<IDecisionActions['setStatus']>): ReturnType<IDecisionActions['setStatus']> {
    return (await this.real()).setStatus(...args);
  }
  public async putDeadlinesInWheel(...args: Parameters<IDecisionActions['putDeadlinesInWheel']>): ReturnType<IDecisionActions['putDeadlinesInWheel']> {
    return (await this.real()).putDeadlinesInWheel(...args);
  }
}

/**
 * An object whose `methods` call the same methods of a service made on first use: a web part's read service loads
 * with that web part's first read, so the other web parts' first loads do not carry it.
 */
function onDemandService<T extends object>(make: () => Promise<T>, methods: readonly (keyof T & string)[]): T {
  const real = onDemand(make);
  const proxy: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const m of methods) {
    proxy[m] = async (...args: unknown[]) => {
      const service = await real();
      return (service[m] as unknown as (...a: unknown[]) => Promise<unknown>).apply(service, args);
    };
  }
  return proxy as unknown as T;
}

/** The Processer's reads, loaded with its first read. */
export const onDemandProcessData = (batch: IBatchReader, repositories: IRepositories): IProcessDataService => onDemandService(
  () => import(/* webpackChunkName: 'process-data' */ './processes/ProcessDataService').then(m => new m.ProcessDataService(batch, repositories)),
  ['loadCatalogue', 'loadProcess', 'loadStepTexts', 'loadOnboardingTasks']);

/** The Henvendelser queue's reads, loaded with its first read. */
export const onDemandInquiryData = (batch: IBatchReader, repositories: IRepositories): IInquiryDataService => onDemandService(
  () => import(/* webpackChunkName: 'inquiry-data' */ './inquiries/InquiryDataService').then(m => new m.InquiryDataService(batch, repositories)),
  ['loadQueue', 'loadClosed', 'loadReceived', 'loadTemplates', 'loadProcesses']);

/** The decision register's reads, loaded with its first read. */
export const onDemandDecisionData = (batch: IBatchReader, repositories: IRepositories): IDecisionDataService => onDemandService(
  () => import(/* webpackChunkName: 'decision-data' */ './decisions/DecisionDataService').then(m => new m.DecisionDataService(batch, repositories)),
  ['load', 'actionsOf', 'followUp']);

/** The Prioritering board's reads and writes, loaded with its first read. */
export const onDemandTaskBoard = (batch: IBatchReader, repositories: IRepositories): ITaskBoardService => onDemandService(
  () => import(/* webpackChunkName: 'task-board' */ './tasks/TaskBoardService').then(m => new m.TaskBoardService(batch, repositories)),
  ['load', 'move', 'setEffort', 'quickAdd']);
