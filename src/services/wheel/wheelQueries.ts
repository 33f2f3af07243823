import { activitiesList, tasksList } from '../../schema';
import type { IsoDate } from '../../domain/models';
import { REPEAT_PATTERNS } from '../../domain/models';
import { addDays, daysBetween } from '../../domain/dates';
import { odata } from '../odata';

const A = activitiesList.fields;
const T = tasksList.fields;

/** The repeat patterns the code knows that mean "recurring" (everything but `Ingen`). */
export const RECURRING_PATTERNS: readonly string[] = REPEAT_PATTERNS.filter(p => p !== 'Ingen');

/** How many slices a year's one-off query is cut into: each must return at most 5,000 items from its index. */
export const ONE_OFF_SLICES = 4;

/** [from, to] cut into `n` consecutive day ranges of (nearly) equal length. */
export function splitRange(from: IsoDate, to: IsoDate, n: number): [IsoDate, IsoDate][] {
  const days = daysBetween(from, to) + 1;
  const size = Math.ceil(days / Math.max(1, n));
  const slices: [IsoDate, IsoDate][] = [];
  for (let start = 0; start < days; start += size) {
    slices.push([addDays(from, start), addDays(from, Math.min(start + size, days) - 1)]);
  }
  return slices;
}

/**
 * The filters whose union is every one-off activity that overlaps [from, to], each served by an index with at most
 * a slice of the range behind it, so the list can grow past 5,000 (and a year past 5,000 activities) without
 * hitting the list view threshold:
 * - one per slice of the range: starts in the slice (a range on the indexed `StartDate`, the first term: SharePoint
 *   seeks the first indexed term of a filter);
 * - one for the periods that began before the range and still run into it (the indexed `EndDate`, empty for the
 *   single-day items that are most of the list).
 * They do not filter on `RepeatPattern`: an item typed into the list with an empty or unknown pattern must still
 * reach the wheel (which reads it as one-off, or as custom when it has a rule). Recurring items starting in the range
 * come twice (here and from {@link recurringFilter}); the caller keeps one per id.
 */
export function oneOffFilters(from: IsoDate, to: IsoDate, slices: number = ONE_OFF_SLICES): string[] {
  return [
    odata.and(odata.ge(A.endDate, from), odata.lt(A.startDate, from)),
    ...splitRange(from, to, slices).map(([a, b]) => odata.and(odata.ge(A.startDate, a), odata.le(A.startDate, b)))
  ];
}

/**
 * Recurring activities, whatever their dates: equality on the indexed `RepeatPattern` for each pattern, rather than
 * `ne 'Ingen'` — SharePoint serves equality from the index, while a negation may scan and hit the threshold.
 */
export function recurringFilter(patterns: readonly string[] = RECURRING_PATTERNS): string {
  return odata.oneOf(A.repeat, patterns);
}

/**
 * Årshjul tasks for the occurrences shown in [from, to] (indexed `OccurrenceDate`). An occurrence is keyed by its
 * first day, and a period that runs into the range began before it — at most a year before (an occurrence never
 * lasts longer than the time to the next), so the range reaches back 366 days.
 */
export function occurrenceFilter(from: IsoDate, to: IsoDate): string {
  return odata.and(odata.ge(T.occurrenceDate, addDays(from, -366)), odata.le(T.occurrenceDate, to));
}

/**
 * The idempotency key of "this occurrence of this activity is done": marking the same occurrence done twice (a lost
 * response, a double click, two people at once) finds the first task instead of storing a second.
 */
export function occurrenceKey(activityId: number, occurrenceDate: IsoDate): string {
  return `aarshjul-udfoert:${activityId}:${occurrenceDate}`;
}
