/**
 * The plan that turns the stored steps of a process into the edited ones: which to add, which to update (only the
 * fields that changed) and which to delete.
 *
 * SharePoint's `$batch` is not transactional and PnPjs may repeat a create whose response was lost, so a save can land
 * partly, or twice. The plan is therefore computed from what is stored *now*, and is safe to compute again after any
 * partial save: re-reading the steps and planning again finishes the job and never duplicates a step. To make that
 * work, a step that is new in the form carries a client key (a random id the form gives it) which the add stores with
 * the step; a stored step with that key counts as already added. Two stored steps with the same key (a create that
 * landed twice) are one step: the one with the lowest id is kept, the others are deleted.
 */
import type { IProcessStepFields } from '../models/process';

/** The fields of a step the editor edits. */
export type StepContent = Pick<IProcessStepFields, 'title' | 'responsibleRole' | 'description' | 'deliverable'>;

/** The text fields compared by the plan, in the order they are written. */
export const STEP_CONTENT_FIELDS: readonly (keyof StepContent)[] = ['title', 'responsibleRole', 'description', 'deliverable'];

/** A stored step as the plan sees it. `clientKey` is set on steps Koordinator added. */
export interface IStoredStep extends StepContent {
  id: number;
  stepNumber: number;
  clientKey?: string;
}

/** A step in the form, in the order shown: a stored step (with `id`), or a new one (with a `clientKey`). */
export type EditedStep = StepContent & ({ id: number; clientKey?: string } | { id?: undefined; clientKey: string });

/** The fields a step is written with. */
export type StepWrite = StepContent & { stepNumber: number };

/** What to do. The three parts are independent: carry them out in any order, in one batch or several. */
export interface IStepPlan {
  /** New steps, each with the client key to store with it. */
  add: { clientKey: string; fields: StepWrite }[];
  /** Changed steps and only their changed fields; a field set to `undefined` is cleared. */
  update: { id: number; changes: Partial<StepWrite> }[];
  /** Ids of stored steps to delete, ascending. */
  remove: number[];
  /** For each edited step (same index): the stored id it already has, or `undefined` while it waits to be added. */
  storedIds: (number | undefined)[];
}

/** The client key given to a step re-added because someone deleted it while it was open in the form. */
export function restoredStepKey(id: number): string {
  return `restored:${id}`;
}

/**
 * The plan from `stored` (the process's steps as read just now) to `edited` (the form's steps, in order; they are
 * numbered 1..n). An edited step is matched to a stored one by id, else by client key; an edited step whose id no
 * longer exists is added again under {@link restoredStepKey} so that a second save does not add it twice. Stored steps
 * nothing matches are deleted. Text is compared with empty and missing treated alike; nothing is trimmed.
 * Throws a `RangeError` when the form holds the same id twice, or two new steps with the same client key — a bug in
 * the form, not user input.
 */
export function planStepChanges(stored: readonly IStoredStep[], edited: readonly EditedStep[]): IStepPlan {
  assertUnique(edited);
  const byId = new Map<number, IStoredStep>();
  const byKey = new Map<string, IStoredStep>();
  for (const step of [...stored].sort((a, b) => a.id - b.id)) {
    byId.set(step.id, step);
    if (step.clientKey && !byKey.has(step.clientKey)) {
      byKey.set(step.clientKey, step);
    }
  }
  const plan: IStepPlan = { add: [], update: [], remove: [], storedIds: [] };
  const kept = new Set<number>();
  edited.forEach((step, index) => {
    const key = step.id !== undefined && !byId.has(step.id) ? step.clientKey ?? restoredStepKey(step.id) : step.clientKey;
    const match = (step.id !== undefined ? byId.get(step.id) : undefined) ?? (key !== undefined ? byKey.get(key) : undefined);
    const fields = writeOf(step, index + 1);
    if (match === undefined) {
      plan.add.push({ clientKey: key as string, fields });
      plan.storedIds.push(undefined);
      return;
    }
    kept.add(match.id);
    plan.storedIds.push(match.id);
    const changes = changedFields(match, fields);
    if (Object.keys(changes).length > 0) {
      plan.update.push({ id: match.id, changes });
    }
  });
  plan.remove = stored.map((s) => s.id).filter((id) => !kept.has(id)).sort((a, b) => a - b);
  return plan;
}

/**
 * The stored steps without the extra copies of a create that landed twice (same client key; the lowest id stays),
 * in step order: what the form should show when it opens. The plan deletes the copies on the next save.
 */
export function withoutDuplicateSteps<T extends IStoredStep>(stored: readonly T[]): T[] {
  const keys = new Set<string>();
  return [...stored]
    .sort((a, b) => a.id - b.id)
    .filter((step) => {
      if (!step.clientKey) {
        return true;
      }
      const fresh = !keys.has(step.clientKey);
      keys.add(step.clientKey);
      return fresh;
    })
    .sort((a, b) => a.stepNumber - b.stepNumber || a.id - b.id);
}

/** True when the plan has nothing to do: the stored steps already are the edited ones. */
export function isEmptyPlan(plan: IStepPlan): boolean {
  return plan.add.length === 0 && plan.update.length === 0 && plan.remove.length === 0;
}

function writeOf(step: StepContent, stepNumber: number): StepWrite {
  const fields: StepWrite = { title: step.title, stepNumber };
  for (const name of STEP_CONTENT_FIELDS) {
    if (name !== 'title' && !isEmpty(step[name])) {
      fields[name] = step[name];
    }
  }
  return fields;
}

function changedFields(stored: IStoredStep, wanted: StepWrite): Partial<StepWrite> {
  const changes: Partial<StepWrite> = {};
  if (stored.stepNumber !== wanted.stepNumber) {
    changes.stepNumber = wanted.stepNumber;
  }
  for (const name of STEP_CONTENT_FIELDS) {
    const before = stored[name];
    const after = wanted[name];
    if ((isEmpty(before) ? '' : before) !== (isEmpty(after) ? '' : after)) {
      // A present key with an undefined value is how the mapping layer knows to clear a column.
      changes[name] = isEmpty(after) ? undefined : after;
    }
  }
  return changes;
}

function isEmpty(value: string | undefined): boolean {
  return value === undefined || value === '';
}

function assertUnique(edited: readonly EditedStep[]): void {
  const ids = new Set<number>();
  const keys = new Set<string>();
  for (const step of edited) {
    if (step.id !== undefined) {
      if (ids.has(step.id)) {
        throw new RangeError(`Trin ${step.id} står to gange i formularen.`);
      }
      ids.add(step.id);
    }
    if (step.id === undefined) {
      if (keys.has(step.clientKey)) {
        throw new RangeError(`Nøglen ${step.clientKey} står to gange i formularen.`);
      }
      keys.add(step.clientKey);
    }
  }
}
