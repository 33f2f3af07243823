import type { SPFI } from '@pnp/sp';
import {
  activitiesList, decisionsList, inquiriesList, processesList, processStepsList, tasksList
} from '../../schema';
import type {
  IActivity, IActivityFields, IDecisionFields, IInquiryFields, IProcessFields, IProcessStepFields, ITask, ITaskFields,
  IsoDate
} from '../../domain/models';
import { REPEAT_PATTERNS } from '../../domain/models';
import {
  validateActivity, validateDecision, validateInquiry, validateProcess, validateProcessStep, validateTask
} from '../../domain/validation';
import { nextReviewDate } from '../../domain/review';
import { addDays } from '../../domain/dates';
import { todayInCopenhagen } from '../../domain/timeZone';
import { odata } from '../odata';
import { ListRepository, type IListPermissions, type IRepository } from './ListRepository';

const A = activitiesList.fields;
const T = tasksList.fields;

/** The annual wheel's activities. */
export class ActivityRepository extends ListRepository<IActivityFields> {
  public constructor(sp: SPFI, webUrl: string) {
    super(sp, webUrl, activitiesList, validateActivity);
  }

  /** A one-off activity never carries a rule; a recurring one keeps what the picker wrote. */
  protected prepare(fields: IActivityFields): IActivityFields {
    return fields.repeat === 'Ingen' ? { ...fields, recurrence: undefined } : fields;
  }

  /**
   * Queries whose union is every activity that can occur in [from, to]: one-offs that start in the range (or up to
   * a year before it, so a long period running into the range is included) and every recurring activity. Each
   * filter uses one indexed column, so the queries stay under the list view threshold on any list size.
   */
  public rangeQueries(from: IsoDate, to: IsoDate): { oneOff: string; recurring: string } {
    return {
      oneOff: odata.and(odata.ge(A.startDate, addDays(from, -366)), odata.le(A.startDate, to), odata.eq(A.repeat, 'Ingen')),
      // Equality on the indexed column for each recurring pattern, rather than `ne 'Ingen'`: SharePoint can serve
      // equality from the index, while a negation may have to scan and hit the threshold on a large list.
      recurring: odata.oneOf(A.repeat, REPEAT_PATTERNS.filter(p => p !== 'Ingen'))
    };
  }
}

/** Tasks, including decision follow-ups and årshjul occurrences marked done. */
export class TaskRepository extends ListRepository<ITaskFields> {
  public constructor(sp: SPFI, webUrl: string) {
    super(sp, webUrl, tasksList, validateTask);
  }

  /** Filter for the årshjul tasks whose occurrence falls in [from, to] (indexed `OccurrenceDate`). */
  public occurrenceFilter(from: IsoDate, to: IsoDate): string {
    return odata.and(odata.ge(T.occurrenceDate, from), odata.le(T.occurrenceDate, to));
  }

  /** Records an occurrence of an activity as done: a finished task linked to the activity and the day. */
  public markOccurrenceDone(activity: IActivity, occurrenceDate: IsoDate, today: IsoDate): Promise<ITask> {
    return this.add({
      title: activity.title,
      description: activity.description,
      priority: activity.priority,
      status: 'Færdig',
      assignedTo: activity.responsible,
      dueDate: occurrenceDate,
      area: 'Årshjul og mødeforum',
      source: 'Årshjul',
      wheelActivity: { id: activity.id, title: activity.title },
      process: activity.process,
      occurrenceDate,
      completedDate: today
    });
  }
}

/** Documented processes; `nextReview` is derived on every write. */
export class ProcessRepository extends ListRepository<IProcessFields> {
  public constructor(sp: SPFI, webUrl: string) {
    // "Senest revideret" may not lie in the future: the rule needs today's date.
    super(sp, webUrl, processesList, f => validateProcess(f, todayInCopenhagen(new Date())));
  }

  protected prepare(fields: IProcessFields): IProcessFields {
    const valid = Number.isInteger(fields.reviewIntervalMonths) && fields.reviewIntervalMonths >= 1 && fields.reviewIntervalMonths <= 60;
    return fields.lastReviewed && valid
      ? { ...fields, nextReview: nextReviewDate(fields.lastReviewed, fields.reviewIntervalMonths) }
      : fields;
  }
}

/** The data services of the solution, one repository per list. */
export interface IRepositories {
  activities: ActivityRepository;
  processes: IRepository<IProcessFields>;
  processSteps: IRepository<IProcessStepFields>;
  decisions: IRepository<IDecisionFields>;
  inquiries: IRepository<IInquiryFields>;
  tasks: TaskRepository;
}

/** Builds every repository on one PnPjs instance for the web at `webUrl`. */
export function createRepositories(sp: SPFI, webUrl: string): IRepositories {
  return {
    activities: new ActivityRepository(sp, webUrl),
    processes: new ProcessRepository(sp, webUrl),
    processSteps: new ListRepository<IProcessStepFields>(sp, webUrl, processStepsList, validateProcessStep),
    decisions: new ListRepository<IDecisionFields>(sp, webUrl, decisionsList, validateDecision),
    inquiries: new ListRepository<IInquiryFields>(sp, webUrl, inquiriesList, validateInquiry),
    tasks: new TaskRepository(sp, webUrl)
  };
}

export type { IListPermissions };
