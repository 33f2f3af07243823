import { activitiesList, tasksList } from '../../schema';
import type { IsoDate } from '../../domain/models';
import { REPEAT_PATTERNS } from '../../domain/models';
import { addDays } from '../../domain/dates';
import { odata } from '../odata';

const A = activitiesList.fields;
const T = tasksList.fields;

/** The repeat patterns the code knows that mean "recurring" (everything but `Ingen`). */
export const RECURRING_PATTERNS: readonly string[] = REPEAT_PATTERNS.filter(p => p !== 'Ingen');

/**
 * One-off activities that can occur in [from, to]: those that start in the range, or up to a year before it, so a
 * long period running into the range is included. One indexed column (`StartDate`) serves the filter, so it stays
 * under the list view threshold on any list size.
 */
export function oneOffFilter(from: IsoDate, to: IsoDate): string {
  return odata.and(odata.ge(A.startDate, addDays(from, -366)), odata.le(A.startDate, to), odata.eq(A.repeat, 'Ingen'));
}

/**
 * Recurring activities, whatever their dates: equality on the indexed `RepeatPattern` for each pattern, rather than
 * `ne 'Ingen'` — SharePoint serves equality from the index, while a negation may scan and hit the threshold.
 */
export function recurringFilter(patterns: readonly string[] = RECURRING_PATTERNS): string {
  return odata.oneOf(A.repeat, patterns);
}

/** Årshjul tasks whose occurrence falls in [from, to] (indexed `OccurrenceDate`). */
export function occurrenceFilter(from: IsoDate, to: IsoDate): string {
  return odata.and(odata.ge(T.occurrenceDate, from), odata.le(T.occurrenceDate, to));
}

/**
 * The idempotency key of "this occurrence of this activity is done": marking the same occurrence done twice (a lost
 * response, a double click, two people at once) finds the first task instead of storing a second.
 */
export function occurrenceKey(activityId: number, occurrenceDate: IsoDate): string {
  return `aarshjul-udfoert:${activityId}:${occurrenceDate}`;
}
