/**
 * Ordering the steps of a process in the editor: move up or down, move to an index, apply a drag result, and
 * renumber to 1..n. Every function returns a new array and leaves its input alone; a move that cannot happen (the
 * first step up, an index outside the list, a cancelled drag) returns the same order, so the UI never has to guard.
 */

/** Anything with a step number. */
export interface INumberedStep {
  stepNumber: number;
}

/** Where a drag ended: `destinationIndex` is absent when the step was dropped outside the list or the drag cancelled. */
export interface IStepDragResult {
  sourceIndex: number;
  destinationIndex?: number;
}

/** The steps in their stored order: by step number, then by id, so duplicate or missing numbers still sort stably. */
export function sortSteps<T extends INumberedStep & { id?: number }>(steps: readonly T[]): T[] {
  return steps
    .map((step, index) => ({ step, index }))
    .sort((a, b) => numberOrLast(a.step.stepNumber) - numberOrLast(b.step.stepNumber) ||
      (a.step.id ?? Infinity) - (b.step.id ?? Infinity) || a.index - b.index)
    .map((entry) => entry.step);
}

/** A copy with the step at `from` moved to `to` (clamped to the list). Out-of-range or fractional `from`: unchanged. */
export function moveStepTo<T>(steps: readonly T[], from: number, to: number): T[] {
  const result = steps.slice();
  if (!isIndex(from, steps.length) || Number.isNaN(to)) {
    return result;
  }
  const target = Math.min(Math.max(Math.trunc(to), 0), steps.length - 1);
  const [moved] = result.splice(from, 1);
  result.splice(target, 0, moved);
  return result;
}

/** A copy with the step at `index` moved one place up (towards step 1) or down. At the edge: unchanged. */
export function moveStep<T>(steps: readonly T[], index: number, direction: 'up' | 'down'): T[] {
  return moveStepTo(steps, index, direction === 'up' ? index - 1 : index + 1);
}

/** A copy reordered by a drag-and-drop result; a cancelled drag leaves the order as it was. */
export function applyDragResult<T>(steps: readonly T[], result: IStepDragResult): T[] {
  return result.destinationIndex === undefined ? steps.slice() : moveStepTo(steps, result.sourceIndex, result.destinationIndex);
}

/** Copies of the steps numbered 1..n in their array order. */
export function renumberSteps<T extends INumberedStep>(steps: readonly T[]): T[] {
  return steps.map((step, index) => ({ ...step, stepNumber: index + 1 }));
}

function isIndex(value: number, length: number): boolean {
  return Number.isInteger(value) && value >= 0 && value < length;
}

function numberOrLast(value: number): number {
  return Number.isFinite(value) ? value : Infinity;
}
