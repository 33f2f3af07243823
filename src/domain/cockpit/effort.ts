/**
 * The MoSCoW effort balance of a set of tasks, after DSDM's guidance: Must Have effort above about 60 % of the total
 * puts delivery at risk, and a pool of Could Haves of about 20 % is the contingency. The total is the effort of
 * MUST, SHOULD and COULD tasks; WON'T tasks are reported but not part of it (they are not planned for this period),
 * and tasks with an unknown priority are counted apart.
 *
 * Tasks without an estimate (no `effort`, or a negative or non-numeric one) are counted by a documented rule, by
 * default `average`: each counts as the mean estimate of the estimated MUST/SHOULD/COULD tasks — so a few missing
 * estimates do not tilt the balance — and, when nothing is estimated at all, as 1, so the shares become shares of
 * the number of tasks (flagged with `noEstimates`). `ignore` counts them as 0; a number counts each as that many
 * hours.
 */
import type { Priority } from '../models/common';
import { isPriority } from '../moscow';

/** The priorities that make up the total. */
export type PlannedPriority = 'MUST' | 'SHOULD' | 'COULD';
const PLANNED: readonly PlannedPriority[] = ['MUST', 'SHOULD', 'COULD'];

/** How a task without an estimate counts. */
export type UnestimatedRule = 'average' | 'ignore' | number;

/** Thresholds and the rule for unestimated tasks. */
export interface IEffortBalanceOptions {
  /** Warn when MUST's share is above this. Default 0.6. */
  mustWarningShare?: number;
  /** Note when COULD's share is below this. Default 0.2. */
  couldNoteShare?: number;
  /** Default `average`. */
  unestimated?: UnestimatedRule;
}

/** A code the UI turns into text: `mustOverThreshold` is a warning, the others are notes. */
export type EffortBalanceCode = 'mustOverThreshold' | 'couldUnderContingency' | 'noEstimates' | 'someUnestimated';

/** One priority's part. */
export interface IPriorityEffort {
  /** Effort in hours, estimated plus counted by the rule. */
  effort: number;
  /** Share of the total, 0–1 (0 when the total is 0). */
  share: number;
  estimatedCount: number;
  unestimatedCount: number;
}

/** The balance. */
export interface IEffortBalance {
  total: number;
  byPriority: Record<PlannedPriority, IPriorityEffort>;
  /** WON'T tasks: not in the total. */
  wont: { effort: number; count: number };
  /** Tasks with no or an unknown priority: not in the total. */
  unprioritisedCount: number;
  /** The effort each unestimated MUST/SHOULD/COULD task was counted with. */
  effortPerUnestimatedTask: number;
  codes: EffortBalanceCode[];
}

const EPSILON = 1e-9;

/** A valid estimate: a finite number ≥ 0. */
export function hasEstimate(effort: number | undefined): effort is number {
  return typeof effort === 'number' && Number.isFinite(effort) && effort >= 0;
}

/** The effort balance of `tasks` (pass the tasks of the period looked at, e.g. the open ones in the horizon). */
export function effortBalance(
  tasks: readonly { priority?: Priority | string; effort?: number }[],
  options: IEffortBalanceOptions = {}
): IEffortBalance {
  const planned = tasks.filter((t) => isPriority(t.priority) && t.priority !== "WON'T");
  const estimates = planned.map((t) => t.effort).filter(hasEstimate);
  const rule = options.unestimated ?? 'average';
  const perUnestimated = rule === 'ignore' ? 0 : typeof rule === 'number' ? (hasEstimate(rule) ? rule : 0)
    : estimates.length > 0 ? estimates.reduce((a, b) => a + b, 0) / estimates.length : 1;
  const byPriority = {} as Record<PlannedPriority, IPriorityEffort>;
  for (const priority of PLANNED) {
    const of = planned.filter((t) => t.priority === priority);
    const estimated = of.filter((t) => hasEstimate(t.effort));
    const unestimatedCount = of.length - estimated.length;
    const effort = estimated.reduce((sum, t) => sum + (t.effort as number), 0) + unestimatedCount * perUnestimated;
    byPriority[priority] = { effort, share: 0, estimatedCount: estimated.length, unestimatedCount };
  }
  const total = PLANNED.reduce((sum, p) => sum + byPriority[p].effort, 0);
  for (const priority of PLANNED) {
    byPriority[priority].share = total > 0 ? byPriority[priority].effort / total : 0;
  }
  const wontTasks = tasks.filter((t) => t.priority === "WON'T");
  const codes: EffortBalanceCode[] = [];
  if (total > 0 && byPriority.MUST.effort > (options.mustWarningShare ?? 0.6) * total + EPSILON) {
    codes.push('mustOverThreshold');
  }
  if (total > 0 && byPriority.COULD.effort < (options.couldNoteShare ?? 0.2) * total - EPSILON) {
    codes.push('couldUnderContingency');
  }
  if (planned.length > 0 && estimates.length === 0) {
    codes.push('noEstimates');
  } else if (estimates.length < planned.length) {
    codes.push('someUnestimated');
  }
  return {
    total,
    byPriority,
    wont: { effort: wontTasks.map((t) => t.effort).filter(hasEstimate).reduce((a, b) => a + b, 0), count: wontTasks.length },
    unprioritisedCount: tasks.filter((t) => !isPriority(t.priority)).length,
    effortPerUnestimatedTask: perUnestimated,
    codes
  };
}
