/**
 * Review cycles of documented processes: each approved process is reviewed every `reviewIntervalMonths` months, and
 * the overview shows which are overdue or due soon.
 */
import type { IsoDate } from './models/common';
import { DEFAULT_REVIEW_INTERVAL_MONTHS } from './models/process';
import type { ProcessStatus } from './models/process';
import { addMonths, daysBetween, isIsoDate } from './dates';

/** The allowed review interval in whole months. Five years is the longest sensible cycle. */
export const MIN_REVIEW_INTERVAL_MONTHS = 1;
/** See {@link MIN_REVIEW_INTERVAL_MONTHS}. */
export const MAX_REVIEW_INTERVAL_MONTHS = 60;
/** How many days ahead a review counts as "due soon" unless told otherwise. */
export const DEFAULT_REVIEW_SOON_DAYS = 30;

/**
 * Where a process is in its review cycle:
 * `overdue` (due date passed), `dueSoon` (due within the warning window, today included), `ok`,
 * `notReviewed` (never reviewed and no due date set), `retired` (status Udfaset — no reviews any more).
 */
export type ReviewState = 'overdue' | 'dueSoon' | 'ok' | 'notReviewed' | 'retired';

/** Danish labels of the review states. */
export const REVIEW_STATE_LABELS_DA: Readonly<Record<ReviewState, string>> = {
  overdue: 'Revision overskredet',
  dueSoon: 'Revision snart',
  ok: 'I orden',
  notReviewed: 'Ikke revideret',
  retired: 'Udfaset'
};

/** The fields a review calculation needs; an `IProcessFields` fits. */
export interface IReviewable {
  lastReviewed?: IsoDate;
  reviewIntervalMonths: number;
  nextReview?: IsoDate;
  status: ProcessStatus;
}

/** A review state with its due date and the days left (negative when overdue). */
export interface IReviewStatus {
  state: ReviewState;
  dueDate?: IsoDate;
  daysUntilDue?: number;
}

/** True for a whole number of months from 1 to 60. */
export function isValidReviewInterval(months: number): boolean {
  return Number.isInteger(months) && months >= MIN_REVIEW_INTERVAL_MONTHS && months <= MAX_REVIEW_INTERVAL_MONTHS;
}

/**
 * The day the next review is due: `lastReviewed` plus `intervalMonths`, clamped to the month end
 * (reviewed 2023-08-31 every 6 months → due 2024-02-29). Throws a `RangeError` for an interval outside 1–60.
 */
export function nextReviewDate(lastReviewed: IsoDate, intervalMonths: number): IsoDate {
  if (!isValidReviewInterval(intervalMonths)) {
    throw new RangeError(
      `Revisionsintervallet skal være et helt antal måneder mellem ${MIN_REVIEW_INTERVAL_MONTHS} og ${MAX_REVIEW_INTERVAL_MONTHS}.`
    );
  }
  return addMonths(lastReviewed, intervalMonths);
}

/** One review period of a process: from its start to the day the next review is due. */
export interface IReviewPeriod {
  /** The last review, or — for a process never reviewed but with a stored due date — one interval before that date. */
  start: IsoDate;
  /** The day the next review is due. */
  due: IsoDate;
  /** The interval the period was computed with (see {@link effectiveReviewInterval}). */
  intervalMonths: number;
}

/**
 * The interval a calculation uses: the process's own when it is a whole number of months from 1 to 60, otherwise the
 * default of 12 — bad data typed into the list should not fail a whole overview over one item.
 */
export function effectiveReviewInterval(months: number): number {
  return isValidReviewInterval(months) ? months : DEFAULT_REVIEW_INTERVAL_MONTHS;
}

/**
 * The current review period of a process, or `undefined` when it has none: retired (Udfaset), or never reviewed and
 * without a stored due date. The due date is computed from `lastReviewed` when there is one (the stored `nextReview`
 * is only derived from it and may be stale); without `lastReviewed` a stored `nextReview` is used, e.g. one set by
 * hand for a new process, and the period is taken to have started one interval before it.
 */
export function reviewPeriod(process: IReviewable): IReviewPeriod | undefined {
  if (process.status === 'Udfaset') {
    return undefined;
  }
  const intervalMonths = effectiveReviewInterval(process.reviewIntervalMonths);
  if (isIsoDate(process.lastReviewed)) {
    return { start: process.lastReviewed, due: nextReviewDate(process.lastReviewed, intervalMonths), intervalMonths };
  }
  if (isIsoDate(process.nextReview)) {
    return { start: addMonths(process.nextReview, -intervalMonths), due: process.nextReview, intervalMonths };
  }
  return undefined;
}

/**
 * The review state of a process on `today`, with due date and days left. The due date is that of
 * {@link reviewPeriod}; see there for which stored value wins.
 */
export function reviewStatus(process: IReviewable, today: IsoDate, soonDays: number = DEFAULT_REVIEW_SOON_DAYS): IReviewStatus {
  if (process.status === 'Udfaset') {
    return { state: 'retired' };
  }
  const period = reviewPeriod(process);
  if (period === undefined) {
    return { state: 'notReviewed' };
  }
  const dueDate = period.due;
  const daysUntilDue = daysBetween(today, dueDate);
  const state: ReviewState = daysUntilDue < 0 ? 'overdue' : daysUntilDue <= soonDays ? 'dueSoon' : 'ok';
  return { state, dueDate, daysUntilDue };
}

/** Just the {@link ReviewState} of a process on `today`. */
export function reviewState(process: IReviewable, today: IsoDate, soonDays: number = DEFAULT_REVIEW_SOON_DAYS): ReviewState {
  return reviewStatus(process, today, soonDays).state;
}
