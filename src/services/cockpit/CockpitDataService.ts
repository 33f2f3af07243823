import type { IActivity, IDecision, IInquiry, IPageLink, IPersonRef, IProcess, ITask, IsoDate } from '../../domain/models';
import type { IBatchReader } from '../batch/BatchReader';
import type { IRepositories } from '../repositories/repositories';
import { occurrenceFilter, oneOffFilters, recurringFilter } from '../wheel/wheelQueries';
import { boardPipelineFilter, openInquiryFilter, openTaskFilters, pastFollowUpFilter, reviewCycleFilter } from './cockpitQueries';

/** What the cockpit's first render needs from SharePoint. */
export interface ICockpitData {
  /** Activities that can occur in the horizon (recurring ones still to be expanded). */
  activities: IActivity[];
  /** Årshjul occurrences marked done (tasks with `OccurrenceDate`) around the horizon. */
  doneOccurrences: ITask[];
  /** Open tasks due from a year back to the end of the horizon. */
  openTasks: ITask[];
  /** Every open inquiry. */
  openInquiries: IInquiry[];
  /** Processes in the review cycle. */
  reviewProcesses: IProcess[];
  /** Open decisions whose follow-up day passed in the last year. */
  pastFollowUp: IDecision[];
  /** Board decisions »Til behandling« for meetings in the coming year. */
  boardPipeline: IDecision[];
  /** The signed-in user as a site user (»Mine«). */
  currentUser: IPersonRef;
  /**
   * The site's page settings (`Koordinator-sider`): where each web part sits, for the links. Empty when the list is
   * missing or unreadable — links then open SharePoint's display forms; they never break the cockpit.
   */
  pageLinks: IPageLink[];
}

/** Reads the cockpit's SharePoint data. */
export interface ICockpitDataService {
  /**
   * One HTTP request — a `$batch` of indexed queries across Årshjul, Opgaver, Henvendelser, Processer and Beslutninger,
   * the current user and the site's page settings — for the horizon `from`–`to` seen on `today`.
   */
  load(today: IsoDate, from: IsoDate, to: IsoDate, signal?: AbortSignal): Promise<ICockpitData>;
}

/** Only the columns the cockpit reads: a first render of thousands of open tasks need not carry every description. */
const TASK_FIELDS = ['title', 'status', 'priority', 'dueDate', 'assignedTo', 'source', 'decision', 'inquiry', 'process', 'wheelActivity', 'occurrenceDate'];
const ACTIVITY_FIELDS = ['title', 'category', 'activityType', 'startDate', 'endDate', 'repeat', 'recurrence', 'forum', 'responsible', 'priority', 'process', 'decision'];
const INQUIRY_FIELDS = ['title', 'status', 'priority', 'category', 'assignedTo', 'receivedDate', 'receivedAt', 'dueDate', 'dueAt', 'firstResponseAt',
  'statusHistory', 'closedDate', 'reference', 'requesterName', 'organisation'];
const PROCESS_FIELDS = ['title', 'area', 'owner', 'status', 'lastReviewed', 'reviewIntervalMonths', 'nextReview', 'priority'];
const DECISION_FIELDS = ['title', 'kind', 'forum', 'meetingDate', 'status', 'responsible', 'followUpDate', 'priority', 'caseReference'];
const PAGE = 5000;

function uniqueById<T extends { id: number }>(items: readonly T[]): T[] {
  const seen = new Set<number>();
  return items.filter(i => (seen.has(i.id) ? false : (seen.add(i.id), true)));
}

/**
 * {@link ICockpitDataService} on the batch reader. Not a member of `IServices`: every web part's entry carries
 * `createServices`, and the Overblik's reads are of no use to the others (the Årshjul is at its first-load budget), so
 * the Overblik makes its own from the shared batch reader and repositories ({@link cockpitDataOf}).
 *
 * The reads: the wheel's own queries for the horizon (one-off activities in one
 * slice — a few weeks hold far fewer than 5,000 — recurring ones, done occurrences) and the cockpit's filters.
 */
export class CockpitDataService implements ICockpitDataService {
  public constructor(private readonly batch: IBatchReader, private readonly repositories: IRepositories) {}

  public async load(today: IsoDate, from: IsoDate, to: IsoDate, signal?: AbortSignal): Promise<ICockpitData> {
    const { activities, tasks, inquiries, processes, decisions, pageLinks } = this.repositories;
    const r = await this.batch.read(b => ({
      oneOff: Promise.all(oneOffFilters(from, to, 1).map(filter => b.query(activities, { filter, pageSize: PAGE, fields: ACTIVITY_FIELDS }))),
      recurring: b.query(activities, { filter: recurringFilter(), pageSize: PAGE, fields: ACTIVITY_FIELDS }),
      done: b.query(tasks, { filter: occurrenceFilter(from, to), pageSize: PAGE, fields: TASK_FIELDS }),
      open: Promise.all(openTaskFilters(today, to).map(filter => b.query(tasks, { filter, pageSize: PAGE, fields: TASK_FIELDS }))),
      inquiries: b.query(inquiries, { filter: openInquiryFilter(), pageSize: PAGE, fields: INQUIRY_FIELDS }),
      processes: b.query(processes, { filter: reviewCycleFilter(), pageSize: PAGE, fields: PROCESS_FIELDS }),
      pastFollowUp: b.query(decisions, { filter: pastFollowUpFilter(today), pageSize: PAGE, fields: DECISION_FIELDS }),
      board: b.query(decisions, { filter: boardPipelineFilter(today), pageSize: PAGE, fields: DECISION_FIELDS }),
      currentUser: b.currentUser(),
      // The links on the first screen need the pages; read here, they cost no request of their own. A site that has not
      // got the settings list yet still shows the cockpit (with display-form links).
      pageLinks: b.query(pageLinks, { pageSize: 100, maxItems: 100 }).catch(() => [])
    }), signal);
    return {
      activities: uniqueById([...r.recurring, ...r.oneOff.flat()]),
      doneOccurrences: r.done,
      openTasks: uniqueById(r.open.flat()),
      openInquiries: r.inquiries,
      reviewProcesses: r.processes,
      pastFollowUp: r.pastFollowUp,
      boardPipeline: r.board,
      currentUser: r.currentUser,
      pageLinks: r.pageLinks
    };
  }
}

/** The cockpit's data service on a web part's services (the same batch reader and repositories as the rest). */
export function cockpitDataOf(services: { batch: IBatchReader; repositories: IRepositories }): ICockpitDataService {
  return new CockpitDataService(services.batch, services.repositories);
}
