import type { Area, ILookupRef, IPersonRef, IsoDate, Priority, Stored } from './common';

/** Task states. */
export const TASK_STATUSES = ['Ikke startet', 'I gang', 'Venter', 'Færdig'] as const;
/** A task status. */
export type TaskStatus = typeof TASK_STATUSES[number];

/** Where a task comes from. */
export const TASK_SOURCES = ['Årshjul', 'Beslutning', 'Henvendelse', 'Proces', 'Andet'] as const;
/** A task source. */
export type TaskSource = typeof TASK_SOURCES[number];

/** The fields of a task (list `Opgaver`): decision follow-ups, årshjul occurrences and everything else. */
export interface ITaskFields {
  title: string;
  description?: string;
  priority: Priority;
  status: TaskStatus;
  assignedTo?: IPersonRef;
  dueDate?: IsoDate;
  area?: Area;
  source: TaskSource;
  wheelActivity?: ILookupRef;
  decision?: ILookupRef;
  inquiry?: ILookupRef;
  process?: ILookupRef;
  /** For årshjul tasks: the day of the occurrence the task belongs to. */
  occurrenceDate?: IsoDate;
  completedDate?: IsoDate;
  /**
   * The estimated effort in hours (0–1000, one decimal), for the MoSCoW effort balance. Empty means "not estimated",
   * which the balance counts by its own documented rule — not as zero.
   */
  effort?: number;
}

/** A stored task. */
export type ITask = Stored<ITaskFields>;
