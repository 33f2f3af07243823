import type { Area, IPersonRef, ITask, IsoDate, Priority } from '../../domain/models';
import { dueSlices, isOpenTask, planMove } from '../../domain/cockpit';
import type { IBatchReader } from '../batch/BatchReader';
import type { IListPermissions } from '../repositories/ListRepository';
import type { IRepositories } from '../repositories/repositories';
import { openDueFilter, openUndatedFilter } from './taskBoardQueries';

/** The due-date window the board loads: months before and after today (tasks without a due date always). */
export interface IBoardWindow {
  monthsBack: number;
  monthsAhead: number;
}

/** Everything the board's first render needs. */
export interface ITaskBoardData {
  /** The open tasks due in the window, and those without a due date. */
  tasks: ITask[];
  /** First and last day of the window. */
  from: IsoDate;
  to: IsoDate;
  permissions: IListPermissions;
  currentUser: IPersonRef;
}

/** A task added straight into a column (»Tilføj opgave«). */
export interface IQuickAddTask {
  title: string;
  priority: Priority;
  assignedTo?: IPersonRef;
  dueDate?: IsoDate;
  area?: Area;
  effort?: number;
}

/** The Prioritering board's reads and writes on `Opgaver`. */
export interface ITaskBoardService {
  /** The board: one HTTP request (a `$batch` of indexed due-date slices, the permissions and the current user). */
  load(today: IsoDate, window: IBoardWindow, signal?: AbortSignal): Promise<ITaskBoardData>;
  /**
   * Moves a card: a partial update of `Priority` alone with the ETag given (the one read, or a newer one after a
   * conflict). A stale ETag raises `ConcurrencyError` with the current task.
   */
  move(task: ITask, to: Priority, etag?: string): Promise<ITask>;
  /** Sets or clears the effort estimate: a partial update of `Effort` alone with the ETag. */
  setEffort(task: ITask, effort: number | undefined, etag?: string): Promise<ITask>;
  /** Creates an open task (source »Andet«) exactly once per `key`: a repeated attempt returns the first task. */
  quickAdd(input: IQuickAddTask, key: string): Promise<ITask>;
}

/** {@link ITaskBoardService} on the batch reader and the repositories. */
export class TaskBoardService implements ITaskBoardService {
  public constructor(private readonly batch: IBatchReader, private readonly repositories: IRepositories) {}

  public async load(today: IsoDate, window: IBoardWindow, signal?: AbortSignal): Promise<ITaskBoardData> {
    const { tasks } = this.repositories;
    const slices = dueSlices(today, window.monthsBack, window.monthsAhead);
    const r = await this.batch.read(b => ({
      dated: Promise.all(slices.map(([from, to]) => b.query(tasks, { filter: openDueFilter(from, to), pageSize: 5000 }))),
      undated: b.query(tasks, { filter: openUndatedFilter(), pageSize: 5000 }),
      permissions: b.permissions(tasks),
      currentUser: b.currentUser()
    }), signal);
    // The slices do not overlap; the map keeps a task once even if a host's reader ignored a filter.
    const byId = new Map<number, ITask>();
    for (const t of [...r.dated.flat(), ...r.undated]) if (isOpenTask(t)) byId.set(t.id, t);
    return {
      tasks: [...byId.values()],
      from: slices[0][0],
      to: slices[slices.length - 1][1],
      permissions: r.permissions,
      currentUser: r.currentUser
    };
  }

  public async move(task: ITask, to: Priority, etag: string = task.etag): Promise<ITask> {
    const plan = planMove(task, to);
    if ('refused' in plan) return task;
    return this.repositories.tasks.patch(task.id, plan.changes, etag);
  }

  public setEffort(task: ITask, effort: number | undefined, etag: string = task.etag): Promise<ITask> {
    return this.repositories.tasks.patch(task.id, { effort }, etag);
  }

  public quickAdd(input: IQuickAddTask, key: string): Promise<ITask> {
    return this.repositories.tasks.add({
      title: input.title.trim(),
      priority: input.priority,
      status: 'Ikke startet',
      source: 'Andet',
      assignedTo: input.assignedTo,
      dueDate: input.dueDate,
      area: input.area,
      effort: input.effort
    }, { key });
  }
}
