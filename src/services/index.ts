import type { SPFI } from '@pnp/sp';
import { createRepositories, type IRepositories } from './repositories/repositories';
import { WheelDataService, type IWheelDataService } from './wheel/WheelDataService';
import { WheelActions, type IWheelActions } from './wheel/WheelActions';
import { PnPBatchReader, type IBatchReader } from './batch/BatchReader';
import { GraphCalendarService, type ICalendarService } from './calendar/CalendarService';
import type { IProvisioningService } from './provisioning/ProvisioningService';
import type { IPeopleService } from './people/PeopleService';
import {
  OnDemandDecisionActions, OnDemandInquiryActions, OnDemandMailboxService, OnDemandPeopleService, OnDemandProcessActions, OnDemandProvisioningService,
  onDemandDecisionData, onDemandInquiryData, onDemandProcessData, onDemandTaskBoard
} from './lazyServices';
import type { IInquiryDataService } from './inquiries/InquiryDataService';
import type { IInquiryActions } from './inquiries/InquiryActions';
import type { IMailboxService } from './inquiries/MailboxService';
import type { IGraphClient } from './config/graph';
import type { IProcessDataService } from './processes/ProcessDataService';
import type { IProcessActions } from './processes/processTypes';
import type { IDecisionDataService } from './decisions/DecisionDataService';
import type { IDecisionActions } from './decisions/decisionTypes';
import type { ITaskBoardService } from './tasks/TaskBoardService';
import { LinkService, type ILinkService } from './links/LinkService';

/** Every data service, built once per web part from one PnPjs instance and one Graph client. */
export interface IServices {
  repositories: IRepositories;
  /** Several reads from several lists in one request (a web part's first render). */
  batch: IBatchReader;
  wheel: IWheelDataService;
  wheelActions: IWheelActions;
  calendar: ICalendarService;
  provisioning: IProvisioningService;
  people: IPeopleService;
  /** The Henvendelser web part's reads (the queue in one request). */
  inquiries: IInquiryDataService;
  /** Its writes: intake with a unique reference, partial changes, tasks and board cases (loaded on first use). */
  inquiryActions: IInquiryActions;
  /** Its shared-mailbox pull through Graph (loaded on first use). */
  mailbox: IMailboxService;
  /** The Processer web part's reads (catalogue, process page). */
  processData: IProcessDataService;
  /** The Processer web part's multi-item writes (process with steps, lifecycle, review and onboarding tasks). */
  processActions: IProcessActions;
  /** The decision register's reads (Beslutninger). */
  decisions: IDecisionDataService;
  /** The decision register's use cases across Beslutninger and Opgaver. */
  decisionActions: IDecisionActions;
  /** The Prioritering board's reads and writes on Opgaver (loaded on first use). */
  taskBoard: ITaskBoardService;
  /** Links between the web parts: where an item opens (its web part's page, or SharePoint's display form). */
  links: ILinkService;
}

/**
 * Builds the services. The web part passes `getSP(context)` and `getGraph(context)`; the local page and tests pass
 * `getSPForUrl(url)` and `getGraphForUrl(url)`. Nothing below this point knows which.
 */
export function createServices(sp: SPFI, graph: IGraphClient, webUrl: string): IServices {
  const repositories = createRepositories(sp, webUrl);
  const batch = new PnPBatchReader(sp, webUrl);
  const inquiryActions = new OnDemandInquiryActions(sp, webUrl, repositories);
  return {
    repositories,
    batch,
    wheel: new WheelDataService(batch, repositories),
    wheelActions: new WheelActions(repositories),
    calendar: new GraphCalendarService(graph),
    // Loaded on first use: their PnPjs modules (fields, views, profiles, site users) stay out of the first load.
    provisioning: new OnDemandProvisioningService(sp, webUrl),
    people: new OnDemandPeopleService(sp),
    inquiries: onDemandInquiryData(batch, repositories),
    inquiryActions,
    mailbox: new OnDemandMailboxService(graph, repositories, inquiryActions),
    processData: onDemandProcessData(batch, repositories),
    processActions: new OnDemandProcessActions(repositories),
    decisions: onDemandDecisionData(batch, repositories),
    decisionActions: new OnDemandDecisionActions(repositories),
    taskBoard: onDemandTaskBoard(batch, repositories),
    links: new LinkService(repositories.pageLinks, webUrl)
  };
}

export { getSP, getSPForUrl } from './config/sp';
export { getGraph, getGraphForUrl } from './config/graph';
export type { IGraphClient } from './config/graph';
export * from './errors';
export type { IRepositories } from './repositories/repositories';
export type { IRepository, IListPermissions, IListQuery, ICreateOptions } from './repositories/ListRepository';
export { newIdempotencyKey } from './repositories/writes';
export type { IBatchReader, IReadBatch, BatchResults } from './batch/BatchReader';
export { settle } from './batch/BatchReader';
export type { IWheelData, IWheelDataService } from './wheel/WheelDataService';
export type { IWheelActions } from './wheel/WheelActions';
export { occurrenceKey } from './wheel/wheelQueries';
export type { ICalendarService, CalendarSource, IMeetingFilter, IMeetingPageOptions } from './calendar/CalendarService';
export { filterMeetings } from './calendar/CalendarService';
export type { IProvisioningService, IProvisioningAction, IProvisioningStatus } from './provisioning/ProvisioningService';
export type { IPeopleService, IPersonCandidate } from './people/PeopleService';
export type { IInquiryDataService, IInquiryQueueData } from './inquiries/InquiryDataService';
export type { IInquiryActions, IInquiryChange, IIntake, IBulkResult, ITimelineEntry } from './inquiries/InquiryActions';
export type { IMailboxService, IMailPullResult, IGraphMessage } from './inquiries/MailboxService';
export type { IProcessDataService, IProcessCatalogueData, IProcessPageData, IStepText } from './processes/ProcessDataService';
export type { IProcessActions, IProcessDraft } from './processes/processTypes';
export { StepSaveError, ProcessRuleError } from './processes/processErrors';
export type { IDecisionDataService, IDecisionFollowUpData, IDecisionRegisterData } from './decisions/DecisionDataService';
export type { ILinkService, LinkPages } from './links/LinkService';
export type { IDecisionActions, IDecisionSaveInput, IDecisionSaveResult, IWheelDeadlinesResult } from './decisions/decisionTypes';
export { DecisionSaveError } from './decisions/decisionTypes';
export type { ICockpitData, ICockpitDataService } from './cockpit/CockpitDataService';
export type { ITaskBoardService, ITaskBoardData, IBoardWindow, IQuickAddTask } from './tasks/TaskBoardService';
