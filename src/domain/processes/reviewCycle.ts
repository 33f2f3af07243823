/**
 * The review light of a process and what happens when a review is due: the light (green / yellow / red) follows
 * Nintex Process Manager's review notifications — red when the review is due or overdue, yellow within the last 10 %
 * of the review period, green otherwise — on top of the review period of `../review.ts`. "Markér som revideret"
 * starts a new period, and a due review asks for exactly one task, found again by its key.
 */
import type { IsoDate } from '../models/common';
import type { IProcessFields, ProcessStatus } from '../models/process';
import { daysBetween, isIsoDate } from '../dates';
import { effectiveReviewInterval, nextReviewDate, reviewPeriod, reviewStatus } from '../review';
import type { IReviewable } from '../review';
import type { IProcessActor } from './lifecycle';

/** The share of the review period, in percent, at the end of which the light turns yellow (Nintex: 10 %). */
export const DEFAULT_REVIEW_WARNING_PERCENT = 10;

/**
 * The review light: `red` (due today or overdue), `yellow` (inside the last part of the period), `green`, and, as
 * `../review.ts` has them, `notReviewed` (no review and no due date) and `retired` (Udfaset).
 */
export type ReviewLight = 'green' | 'yellow' | 'red' | 'notReviewed' | 'retired';

/** A review light with the numbers behind it (absent for `notReviewed` and `retired`). */
export interface IReviewLight {
  light: ReviewLight;
  dueDate?: IsoDate;
  /** Calendar days from today to the due date; 0 on the day, negative when overdue. */
  daysUntilDue?: number;
  /** Calendar days in the current review period. */
  periodDays?: number;
}

/**
 * The review light of a process on `today`. Red from the due date on (`today ≥ due`; Nintex: "due immediately or
 * overdue"); yellow while the days left are at most `warningPercent` % of the period's days — a 12-month period of
 * 365 days is yellow for its last 36 days, a 1-month period of 28 days for its last 2 —; green before that.
 * Note the difference from `reviewStatus`, whose `dueSoon` includes the due day itself: the light is red then.
 */
export function reviewLight(process: IReviewable, today: IsoDate, warningPercent: number = DEFAULT_REVIEW_WARNING_PERCENT): IReviewLight {
  const status = reviewStatus(process, today);
  const period = reviewPeriod(process);
  if (status.state === 'retired' || status.state === 'notReviewed' || period === undefined) {
    return { light: status.state === 'retired' ? 'retired' : 'notReviewed' };
  }
  const daysUntilDue = status.daysUntilDue as number;
  const periodDays = daysBetween(period.start, period.due);
  // Compared as integers times 100, so 10 % of 30 days is exactly 3 and not 3.0000000000000004.
  const light: ReviewLight = daysUntilDue <= 0 ? 'red' : daysUntilDue * 100 <= periodDays * warningPercent ? 'yellow' : 'green';
  return { light, dueDate: status.dueDate, daysUntilDue, periodDays };
}

/** Why "Markér som revideret" is refused: a reader, neither owner nor approver, a retired or an unpublished process. */
export type MarkReviewedDenial = 'readOnly' | 'notPermitted' | 'retired' | 'notPublished' | 'inRevision';

/** The outcome of "Markér som revideret": the fields to write, or why not. */
export type MarkReviewedResult =
  | { ok: true; changes: Pick<IProcessFields, 'lastReviewed' | 'nextReview'> }
  | { ok: false; reason: MarkReviewedDenial };

const REVIEW_DENIAL_BY_STATUS: Readonly<Record<ProcessStatus, MarkReviewedDenial | undefined>> = {
  Kladde: 'notPublished',
  'Til godkendelse': 'notPublished',
  Godkendt: undefined,
  'Til revision': 'inRevision',
  Udfaset: 'retired'
};

/**
 * "Markér som revideret" — the process was reviewed on `today` and needs no changes: last reviewed = today, next
 * review = today + the interval (month ends clamp: reviewed 31 January with a 1-month interval → due 28/29 February).
 * Only the owner or an approver, and only for a published process (Godkendt): a draft has nothing published to
 * review, and a process `Til revision` finishes its review by being approved, which records the review itself.
 */
export function markReviewed(process: IReviewable, today: IsoDate, actor: IProcessActor): MarkReviewedResult {
  if (!actor.canEdit) {
    return { ok: false, reason: 'readOnly' };
  }
  if (!actor.isOwner && !actor.canApprove) {
    return { ok: false, reason: 'notPermitted' };
  }
  const denial = REVIEW_DENIAL_BY_STATUS[process.status];
  if (denial !== undefined) {
    return { ok: false, reason: denial };
  }
  return { ok: true, changes: reviewedOn(today, process.reviewIntervalMonths) };
}

/** The review fields for a review done on `today` (also what an approval writes). An invalid interval counts as 12. */
export function reviewedOn(today: IsoDate, intervalMonths: number): Pick<IProcessFields, 'lastReviewed' | 'nextReview'> {
  return { lastReviewed: today, nextReview: nextReviewDate(today, effectiveReviewInterval(intervalMonths)) };
}

/** The statuses whose processes take part in the review cycle and get review tasks. */
export const REVIEW_CYCLE_STATUSES: readonly ProcessStatus[] = ['Godkendt', 'Til revision'];

const REVIEW_TASK_PREFIX = 'proces-revision';
const REVIEW_TASK_PATTERN: RegExp = /^proces-revision:(\d{1,10}):(\d{4}-\d{2}-\d{2})$/;

/**
 * The idempotency key of "the review task for process `processId` due on `dueDate`": `proces-revision:12:2026-05-14`.
 * The due date is part of the key, so each review period asks for one task and the next period for a new one.
 * Throws a `RangeError` for an id that is not a positive integer or a date that is not a real day.
 */
export function reviewTaskKey(processId: number, dueDate: IsoDate): string {
  if (!Number.isInteger(processId) || processId <= 0 || !isIsoDate(dueDate)) {
    throw new RangeError(`Ugyldig revisionsopgave: proces ${processId}, dato ${dueDate}.`);
  }
  return `${REVIEW_TASK_PREFIX}:${processId}:${dueDate}`;
}

/** The process id and due date in a {@link reviewTaskKey}, or `undefined` for any other text. */
export function parseReviewTaskKey(key: string): { processId: number; dueDate: IsoDate } | undefined {
  const match = REVIEW_TASK_PATTERN.exec(key);
  if (!match || !isIsoDate(match[2]) || Number(match[1]) <= 0) {
    return undefined;
  }
  return { processId: Number(match[1]), dueDate: match[2] };
}

/** A process and the fields the review-task rule reads. */
export interface IReviewTaskCandidate extends IReviewable {
  id: number;
}

/** A review task that should exist. */
export interface IReviewTaskNeed {
  processId: number;
  dueDate: IsoDate;
  key: string;
  /** The review was due before today. */
  overdue: boolean;
}

/**
 * The review tasks to create on `today`: one for each process in the review cycle (Godkendt or Til revision) whose
 * review is due within `leadDays` days (0: due today or overdue, i.e. its light is red) and whose key is not among
 * `existingKeys` (the keys of the tasks already stored). Running it again after the tasks are created yields nothing;
 * a process listed twice is counted once. Sorted by due date, then process id.
 */
export function reviewTasksToCreate(
  processes: readonly IReviewTaskCandidate[],
  today: IsoDate,
  existingKeys: Iterable<string>,
  leadDays: number = 0
): IReviewTaskNeed[] {
  const seen = new Set<string>(existingKeys);
  const needs: IReviewTaskNeed[] = [];
  for (const process of processes) {
    const period = REVIEW_CYCLE_STATUSES.indexOf(process.status) >= 0 ? reviewPeriod(process) : undefined;
    if (period === undefined || daysBetween(today, period.due) > leadDays) {
      continue;
    }
    const key = reviewTaskKey(process.id, period.due);
    if (!seen.has(key)) {
      seen.add(key);
      needs.push({ processId: process.id, dueDate: period.due, key, overdue: period.due < today });
    }
  }
  return needs.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.processId - b.processId));
}
