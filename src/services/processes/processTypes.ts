import type { IPersonRef, IProcess, IProcessFields, ITask, IsoDate, ProcessStatus } from '../../domain/models';
import type { EditedStep, IOnboardingOptions, IProcessActor } from '../../domain/processes';

/** A process as the form saves it: new (with the form's idempotency key) or edited (with the id and ETag read). */
export interface IProcessDraft {
  /** Set once the process exists — also after a save that stored the process but not all of its steps. */
  id?: number;
  etag?: string;
  /** The form's key for creating the process: a second attempt of the same create stores it once. */
  key: string;
  fields: IProcessFields;
  /** The fields as read when the form opened (edits write only what differs). */
  original?: IProcessFields;
  /** The steps in the order shown. New ones carry a client key, stored with the step. */
  steps: EditedStep[];
}

/** The Processer web part's use cases that write to several items or lists. */
export interface IProcessActions {
  /** Creates or updates a process and brings its steps in line with the form (see {@link StepSaveError}). */
  saveProcess(draft: IProcessDraft): Promise<IProcess>;
  /** A lifecycle move (approval bumps the version and records who and when). */
  transition(process: IProcess, to: ProcessStatus, actor: IProcessActor, user: IPersonRef, today: IsoDate): Promise<IProcess>;
  /** »Markér som revideret«: last reviewed = today, next review = today + the interval; its open review tasks are done. */
  markReviewed(process: IProcess, actor: IProcessActor, today: IsoDate): Promise<IProcess>;
  /**
   * Creates the review tasks that are due and not yet created (by key: once, however often it runs). Asks Opgaver
   * only for the keys of the reviews due (index seeks on the unique key column), so it scales with the due reviews,
   * not with the years of review tasks stored.
   */
  ensureReviewTasks(processes: readonly IProcess[], today: IsoDate): Promise<ITask[]>;
  /**
   * Writes a new colleague's onboarding checklist as tasks assigned to them (once per person and process: the keys in
   * `existingKeys` are skipped, and a key stored meanwhile is found by the repository instead of stored twice).
   */
  onboard(person: IPersonRef, startDate: IsoDate, processes: readonly IProcess[], options?: IOnboardingOptions, existingKeys?: readonly string[]): Promise<ITask[]>;
  /** An improvement proposal: a task for the owner, linked to the process; `formKey` makes it exactly-once. */
  propose(process: IProcess, text: string, formKey: string): Promise<ITask>;
}
