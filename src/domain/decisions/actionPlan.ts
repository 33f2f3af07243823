/**
 * How saving a decision with its follow-up actions is planned: a diff between the actions as stored and as edited,
 * where every new action carries its own idempotency key. SharePoint does not write several items atomically, so a
 * save can stop half-way; planning again from what was saved meanwhile, with the same keys, completes the job
 * without creating anything twice. Pure.
 */
import type { IPersonRef, IsoDate, ITaskFields, Priority, TaskStatus } from '../models';

/** The columns of an action the decision form edits. */
export interface IActionEdit {
  title: string;
  assignedTo?: IPersonRef;
  dueDate?: IsoDate;
  status: TaskStatus;
  priority: Priority;
}

/** An action in the form: stored (`id`) or new (`key`, made once when the row is added and kept across saves). */
export interface IActionDraft extends IActionEdit {
  key: string;
  id?: number;
}

/** An action as stored, as far as the plan reads it. */
export interface IStoredAction extends IActionEdit {
  id: number;
  etag: string;
  completedDate?: IsoDate;
}

/** What to write. */
export interface IActionPlan {
  creates: IActionDraft[];
  patches: { id: number; etag: string; changes: Partial<ITaskFields> }[];
  deletes: { id: number; etag: string }[];
}

const same = (a: IPersonRef | undefined, b: IPersonRef | undefined): boolean => (a?.id ?? 0) === (b?.id ?? 0);

/**
 * The writes that make `stored` what `drafts` say. A stored action no draft names is deleted; a draft with an id is
 * patched with only the columns that differ (a completion sets or clears `completedDate` with its status); a draft
 * without one is created. `today` is the completion day of an action marked Færdig here.
 */
export function planActionChanges(stored: readonly IStoredAction[], drafts: readonly IActionDraft[], today: IsoDate): IActionPlan {
  const byId = new Map(stored.map(s => [s.id, s]));
  const kept = new Set(drafts.filter(d => d.id !== undefined).map(d => d.id as number));
  const plan: IActionPlan = { creates: [], patches: [], deletes: [] };
  for (const d of drafts) {
    const s = d.id !== undefined ? byId.get(d.id) : undefined;
    if (!s) {
      plan.creates.push(d);
      continue;
    }
    const changes: Partial<ITaskFields> = {};
    if (d.title !== s.title) changes.title = d.title;
    if (!same(d.assignedTo, s.assignedTo)) changes.assignedTo = d.assignedTo;
    if ((d.dueDate ?? '') !== (s.dueDate ?? '')) changes.dueDate = d.dueDate;
    if (d.priority !== s.priority) changes.priority = d.priority;
    if (d.status !== s.status) {
      changes.status = d.status;
      changes.completedDate = d.status === 'Færdig' ? today : undefined;
    }
    if (Object.keys(changes).length > 0) plan.patches.push({ id: s.id, etag: s.etag, changes });
  }
  for (const s of stored) {
    if (!kept.has(s.id)) plan.deletes.push({ id: s.id, etag: s.etag });
  }
  return plan;
}

/** True when the plan writes nothing. */
export function isActionPlanEmpty(plan: IActionPlan): boolean {
  return plan.creates.length === 0 && plan.patches.length === 0 && plan.deletes.length === 0;
}
