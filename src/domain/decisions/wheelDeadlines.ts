/**
 * Putting a decision's preparation deadlines into the Årshjul, planned as a difference between what the wheel holds
 * and what it should hold — as the process steps are — because SharePoint cannot write several items atomically. Each
 * deadline's activity is found by its deterministic key (`beslutning-frist:<id>:<kind>`), so doing it twice stores
 * nothing twice, a half-finished attempt is completed by the next, and a moved meeting moves the activities.
 */
import type { IsoDate } from '../models';
import type { IDecisionDeadline } from './pipeline';

/** An Årshjul activity that already stands for a deadline (found by its key). */
export interface IExistingDeadlineActivity {
  key: string;
  id: number;
  etag: string;
  startDate: IsoDate;
}

/** What to write to the wheel. */
export interface IDeadlineActivityPlan {
  /** Deadlines with no activity yet: add them, with the deadline's key as idempotency key. */
  create: IDecisionDeadline[];
  /** Activities on another day than their deadline now falls (the meeting moved): move them. */
  move: { deadline: IDecisionDeadline; activity: IExistingDeadlineActivity }[];
  /** Deadlines already in the wheel on the right day. */
  unchanged: IDecisionDeadline[];
}

/** The plan for `deadlines` given the activities found by their keys (others in `existing` are ignored). */
export function planDeadlineActivities(
  deadlines: readonly IDecisionDeadline[], existing: readonly IExistingDeadlineActivity[]
): IDeadlineActivityPlan {
  const byKey = new Map(existing.map(a => [a.key, a]));
  const plan: IDeadlineActivityPlan = { create: [], move: [], unchanged: [] };
  for (const deadline of deadlines) {
    const activity = byKey.get(deadline.key);
    if (!activity) plan.create.push(deadline);
    else if (activity.startDate !== deadline.date) plan.move.push({ deadline, activity });
    else plan.unchanged.push(deadline);
  }
  return plan;
}

/** True when the plan has nothing to write. */
export function isPlanDone(plan: IDeadlineActivityPlan): boolean {
  return plan.create.length === 0 && plan.move.length === 0;
}
