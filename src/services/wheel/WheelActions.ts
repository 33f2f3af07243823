import type { IActivity, ITask, IsoDate } from '../../domain/models';
import type { IRepositories } from '../repositories/repositories';
import { occurrenceKey } from './wheelQueries';

/** The Årshjul's use cases that go beyond one form's save: they touch the Opgaver list or several items. */
export interface IWheelActions {
  /**
   * Records an occurrence of an activity as done: a finished task in Opgaver linked to the activity and the day.
   * Exactly once per (activity, day): a second attempt — a lost response, a double click, a colleague at the same
   * moment — returns the first task.
   */
  markOccurrenceDone(activity: IActivity, occurrenceDate: IsoDate, today: IsoDate): Promise<ITask>;
  /** Undoes {@link markOccurrenceDone}: deletes that task (already gone counts as undone). */
  undoOccurrenceDone(task: ITask): Promise<void>;
  /** Deletes an activity with the ETag read (`ConcurrencyError` when someone changed it meanwhile). */
  deleteActivity(activity: IActivity, etag?: string): Promise<void>;
}

/** {@link IWheelActions} on the repositories. */
export class WheelActions implements IWheelActions {
  public constructor(private readonly repositories: IRepositories) {}

  public markOccurrenceDone(activity: IActivity, occurrenceDate: IsoDate, today: IsoDate): Promise<ITask> {
    return this.repositories.tasks.add({
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
    }, { key: occurrenceKey(activity.id, occurrenceDate) });
  }

  public undoOccurrenceDone(task: ITask): Promise<void> {
    return this.repositories.tasks.delete(task.id, task.etag);
  }

  public deleteActivity(activity: IActivity, etag: string = activity.etag): Promise<void> {
    return this.repositories.activities.delete(activity.id, etag);
  }
}
