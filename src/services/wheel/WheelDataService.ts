import type { SPFI } from '@pnp/sp';
import { activitiesList, type IFieldDefinition } from '../../schema';
import type { IActivity, ITask, IsoDate } from '../../domain/models';
import type { ActivityRepository, IListPermissions, TaskRepository } from '../repositories/repositories';

/** Everything the annual wheel needs from SharePoint for a range. */
export interface IWheelData {
  /** Every activity that can occur in the range (recurring ones still to be expanded). */
  activities: IActivity[];
  /** Årshjul occurrences marked done in the range (tasks with `OccurrenceDate`). */
  doneOccurrences: ITask[];
  /** What the current user may do in the Årshjul list. */
  permissions: IListPermissions;
}

/** Loads the annual wheel's SharePoint data. */
export interface IWheelDataService {
  /** One HTTP request (a `$batch`) unless a query returns more than 5,000 items. */
  load(from: IsoDate, to: IsoDate): Promise<IWheelData>;
}

/** Batches the wheel's four reads — one-off and recurring activities, done occurrences, permissions — into one request. */
export class WheelDataService implements IWheelDataService {
  public constructor(
    private readonly sp: SPFI,
    private readonly activities: ActivityRepository,
    private readonly tasks: TaskRepository
  ) {}

  public async load(from: IsoDate, to: IsoDate): Promise<IWheelData> {
    const [batched, execute] = this.sp.batched();
    const queries = this.activities.rangeQueries(from, to);
    const byStart: [IFieldDefinition, boolean][] = [[activitiesList.fields.startDate, true]];
    const all = Promise.all([
      this.activities.queryIn(batched, { filter: queries.oneOff, orderBy: byStart, pageSize: 5000 }),
      this.activities.queryIn(batched, { filter: queries.recurring, orderBy: byStart, pageSize: 5000 }),
      this.tasks.queryIn(batched, { filter: this.tasks.occurrenceFilter(from, to), pageSize: 5000 }),
      this.activities.permissions(batched)
    ]);
    // Keep a rejected batch part from surfacing as unhandled while execute() is pending; `all` is awaited below.
    all.catch(() => undefined);
    await execute();
    const [oneOff, recurring, doneOccurrences, permissions] = await all;
    return { activities: [...oneOff, ...recurring], doneOccurrences, permissions };
  }
}
