import { activitiesList, type IFieldDefinition } from '../../schema';
import type { IActivity, ITask, IsoDate } from '../../domain/models';
import type { IBatchReader } from '../batch/BatchReader';
import type { IListPermissions } from '../repositories/ListRepository';
import type { IRepositories } from '../repositories/repositories';
import { occurrenceFilter, oneOffFilters, RECURRING_PATTERNS, recurringFilter } from './wheelQueries';

/** Everything the annual wheel needs from SharePoint for a range. */
export interface IWheelData {
  /** Every activity that can occur in the range (recurring ones still to be expanded). */
  activities: IActivity[];
  /** Årshjul occurrences marked done in the range (tasks with `OccurrenceDate`). */
  doneOccurrences: ITask[];
  /** What the current user may do in the Årshjul list. */
  permissions: IListPermissions;
  /** What the current user may do in the Opgaver list (»Markér som udført« writes there). */
  taskPermissions: IListPermissions;
  /**
   * The choices of the Årshjul list's columns as SharePoint has them now — the built-in values plus any an owner
   * added in SharePoint, which the web part treats as valid.
   */
  choices: { category: readonly string[]; repeat: readonly string[] };
}

/** Loads the annual wheel's SharePoint data. */
export interface IWheelDataService {
  /** One HTTP request (a `$batch`) unless a query returns more than 5,000 items or an owner added repeat values. */
  load(from: IsoDate, to: IsoDate, signal?: AbortSignal): Promise<IWheelData>;
}

const BY_START: [IFieldDefinition, boolean][] = [[activitiesList.fields.startDate, true]];

/** One item per id (a recurring activity that starts in the range is found by two queries). */
function uniqueById<T extends { id: number }>(items: T[]): T[] {
  const seen = new Set<number>();
  return items.filter(i => {
    if (seen.has(i.id)) return false;
    seen.add(i.id);
    return true;
  });
}

/**
 * Batches the wheel's reads — one-off activities overlapping the range (in slices, see `oneOffFilters`), recurring
 * activities, done occurrences, both lists' permissions and the choices — into one request.
 */
export class WheelDataService implements IWheelDataService {
  public constructor(private readonly batch: IBatchReader, private readonly repositories: IRepositories) {}

  public async load(from: IsoDate, to: IsoDate, signal?: AbortSignal): Promise<IWheelData> {
    const { activities, tasks } = this.repositories;
    const r = await this.batch.read(b => ({
      oneOff: Promise.all(oneOffFilters(from, to).map(filter => b.query(activities, { filter, orderBy: BY_START, pageSize: 5000 }))),
      recurring: b.query(activities, { filter: recurringFilter(), orderBy: BY_START, pageSize: 5000 }),
      done: b.query(tasks, { filter: occurrenceFilter(from, to), pageSize: 5000 }),
      permissions: b.permissions(activities),
      taskPermissions: b.permissions(tasks),
      category: b.choices(activities, 'category'),
      repeat: b.choices(activities, 'repeat')
    }), signal);
    // Repeat values an owner added in SharePoint: their activities are recurring too (the RRULE decides), fetched
    // by equality like the built-in ones — a second request only on a site that has such values.
    const extra = r.repeat.filter(p => p !== 'Ingen' && RECURRING_PATTERNS.indexOf(p) < 0);
    const more = extra.length > 0 ? await activities.query({ filter: recurringFilter(extra), orderBy: BY_START, pageSize: 5000 }, signal) : [];
    return {
      activities: uniqueById([...r.recurring, ...more, ...r.oneOff.flat()]),
      doneOccurrences: r.done,
      permissions: r.permissions,
      taskPermissions: r.taskPermissions,
      choices: { category: r.category, repeat: r.repeat }
    };
  }
}
