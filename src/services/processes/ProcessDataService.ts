import { activitiesList, decisionsList, processStepsList, tasksList } from '../../schema';
import { ONBOARDING_KEY_PREFIX } from '../../domain/processes/taskKeys';
import type {
  IActivity, IDecision, IItemVersion, IPageLink, IPersonRef, IProcess, IProcessFields, IProcessStep, ITask
} from '../../domain/models';
import type { IBatchReader } from '../batch/BatchReader';
import { odata } from '../odata';
import type { IListPermissions } from '../repositories/ListRepository';
import type { IRepositories } from '../repositories/repositories';

/** The process columns the catalogue shows, filters and searches on: no rich text, no steps. */
export const CATALOGUE_FIELDS: readonly (keyof IProcessFields & string)[] = [
  'title', 'purpose', 'area', 'owner', 'deputyOwner', 'status', 'version', 'lastReviewed', 'nextReview',
  'reviewIntervalMonths', 'priority', 'onboarding', 'onboardingWeek'
];

/** What the catalogue's first render needs: one `$batch`. */
export interface IProcessCatalogueData {
  /** Every process with the {@link CATALOGUE_FIELDS} (readers are shown the published ones only). */
  processes: IProcess[];
  /** The signed-in user as a site user (»Mine processer«, owner and approver checks). */
  currentUser: IPersonRef;
  permissions: IListPermissions;
  stepPermissions: IListPermissions;
  taskPermissions: IListPermissions;
  /** The areas as the list's choice column has them now (owners may have added some). */
  areas: readonly string[];
}

/** A process page: the process with every field and what belongs to it — one more `$batch`. */
export interface IProcessPageData {
  process: IProcess;
  /** The steps in step order, with their idempotency keys (`key`: how a re-save recognises a step it added). */
  steps: IProcessStep[];
  /** Årshjul activities whose `Process` lookup is this process. */
  activities: IActivity[];
  decisions: IDecision[];
  /** Tasks linked to the process that are not done (review tasks, proposals, onboarding, follow-ups). */
  openTasks: ITask[];
  /** The process item's stored versions, newest first. */
  versions: IItemVersion<IProcessFields>[];
  /**
   * The site's page settings (`Koordinator-sider`) when asked for ({@link ILoadProcessOptions.pageLinks}): the page's
   * links to activities, decisions and tasks then find their pages without a request of their own. Empty when the
   * settings list cannot be read (links then open display forms).
   */
  pageLinks?: IPageLink[];
}

/** Options of {@link IProcessDataService.loadProcess}. */
export interface ILoadProcessOptions {
  /** Read the site's page settings in the same `$batch` (when the link service does not know them yet). */
  pageLinks?: boolean;
}

/** A step's searchable text with the process it belongs to. */
export type IStepText = Pick<IProcessStep, 'id' | 'title' | 'description' | 'deliverable' | 'responsibleRole' | 'process' | 'stepNumber'>;

/** Loads the Processer web part's SharePoint data. */
export interface IProcessDataService {
  /**
   * The catalogue: one request (processes, permissions of the three lists, the current user, the area choices). The
   * review tasks are not read here: all of them (a task per process and period, for years) would outgrow the list
   * view threshold; `ensureReviewTasks` asks for the due ones by key.
   */
  loadCatalogue(signal?: AbortSignal): Promise<IProcessCatalogueData>;
  /** One process with its steps, links and versions (and, when asked, the site's page settings): one request. */
  loadProcess(id: number, signal?: AbortSignal, options?: ILoadProcessOptions): Promise<IProcessPageData>;
  /** Every step's text, for searching the catalogue by step text (loaded when the user first searches). */
  loadStepTexts(signal?: AbortSignal): Promise<IStepText[]>;
  /** The onboarding tasks (keys `onboarding:<person>:<process>`), for the progress per new colleague. */
  loadOnboardingTasks(signal?: AbortSignal): Promise<ITask[]>;
}

const BY_STEP = (a: IProcessStep, b: IProcessStep): number => a.stepNumber - b.stepNumber || a.id - b.id;

/** {@link IProcessDataService} on the batch reader: every read filters on an indexed column first. */
export class ProcessDataService implements IProcessDataService {
  public constructor(private readonly batch: IBatchReader, private readonly repositories: IRepositories) {}

  public async loadCatalogue(signal?: AbortSignal): Promise<IProcessCatalogueData> {
    const { processes, processSteps, tasks } = this.repositories;
    // Unfiltered: SharePoint pages a list by ID without a scan, so 2,000 (or 30,000) processes never throttle.
    return this.batch.read(b => ({
      processes: b.query(processes, { fields: CATALOGUE_FIELDS, pageSize: 5000 }),
      currentUser: b.currentUser(),
      permissions: b.permissions(processes),
      stepPermissions: b.permissions(processSteps),
      taskPermissions: b.permissions(tasks),
      areas: b.choices(processes, 'area')
    }), signal);
  }

  public async loadProcess(id: number, signal?: AbortSignal, options: ILoadProcessOptions = {}): Promise<IProcessPageData> {
    const { processes, processSteps, activities, decisions, tasks, pageLinks } = this.repositories;
    const r = await this.batch.read(b => ({
      process: b.item(processes, id),
      steps: b.query(processSteps, { filter: odata.eq(processStepsList.fields.process, id), withKeys: true, pageSize: 5000 }),
      activities: b.query(activities, { filter: odata.eq(activitiesList.fields.process, id), pageSize: 500 }),
      decisions: b.query(decisions, { filter: odata.eq(decisionsList.fields.process, id), pageSize: 500 }),
      openTasks: b.query(tasks, {
        filter: odata.and(odata.eq(tasksList.fields.process, id), odata.ne(tasksList.fields.status, 'Færdig')), withKeys: true, pageSize: 500
      }),
      versions: b.versions(processes, id),
      // A settings list that is missing or unreadable must not break the process page: no pages, display forms.
      pageLinks: options.pageLinks ? b.query(pageLinks, { pageSize: 100, maxItems: 100 }).catch((): IPageLink[] => []) : Promise.resolve(undefined)
    }), signal);
    // The filters are SharePoint's; the checks below keep a fake or a stale cache from mixing processes.
    const mine = <T extends { process?: { id: number } }>(items: T[]): T[] => items.filter(i => i.process?.id === id);
    return {
      process: r.process,
      steps: mine(r.steps).sort(BY_STEP),
      activities: mine(r.activities),
      decisions: mine(r.decisions).sort((a, b) => b.meetingDate.localeCompare(a.meetingDate)),
      openTasks: mine(r.openTasks).filter(t => t.status !== 'Færdig'),
      versions: r.versions,
      ...(r.pageLinks ? { pageLinks: r.pageLinks } : {})
    };
  }

  public async loadStepTexts(signal?: AbortSignal): Promise<IStepText[]> {
    return this.repositories.processSteps.query({
      fields: ['title', 'description', 'deliverable', 'responsibleRole', 'process', 'stepNumber'], pageSize: 5000
    }, signal);
  }

  public async loadOnboardingTasks(signal?: AbortSignal): Promise<ITask[]> {
    const tasks = await this.repositories.tasks.query({
      filter: odata.startsWith(tasksList.idempotencyKey, ONBOARDING_KEY_PREFIX), fields: ['title', 'assignedTo', 'status', 'dueDate', 'process'],
      withKeys: true, pageSize: 5000
    }, signal);
    return tasks.filter(t => (t.key ?? '').startsWith(ONBOARDING_KEY_PREFIX));
  }
}
