/**
 * Occurrences of årshjul activities, built on `rrule` in floating dates (see `rruleAdapter.ts`): a day is 00:00 UTC
 * internally, so a rule expanded across the DST weeks of March and October still lands on the right calendar days.
 *
 * Decisions, so the wheel never loses an activity:
 * - A monthly-type rule (Månedligt, Kvartalsvis, Halvårligt) started on the 29th–31st is clamped to the month end:
 *   the 31st becomes `BYMONTHDAY=-1` (the last day), the 29th/30th become `BYMONTHDAY=28,29(,30);BYSETPOS=-1`
 *   (that day, or the last day of a shorter month). Plain RFC 5545 would skip months without that day.
 * - A yearly rule started on 29 February becomes `BYMONTH=2;BYMONTHDAY=-1`: the last day of February, so 2025 gets
 *   28 February. A hand-written `BYMONTH=2;BYMONTHDAY=29` keeps RFC semantics and occurs in leap years only.
 * - Occurrences are what the rule yields from the start date on; a custom rule that does not match the start date
 *   itself (e.g. "first Monday of February" starting 5 January) does not add the start date as an extra occurrence.
 * - An activity whose rule cannot be used (invalid text, or a rule that never yields a day) is shown once, on its
 *   start date, rather than disappearing; `validateActivity` reports the rule.
 */
import type { IActivityFields, RepeatPattern } from './models/activity';
import type { IsoDate } from './models/common';
import { addDays, compareIsoDates, daysBetween, fromFloatingDate, isIsoDate, toDateParts } from './dates';
import { formatRule, parseRule, RuleError } from './recurrenceRule';
import type { IRuleParts } from './recurrenceRule';
import { occurrenceProblem, toRRule } from './rruleAdapter';

/** The most occurrences one activity contributes to one expansion, so a daily rule cannot flood a view. */
export const MAX_OCCURRENCES = 1000;
/** The most rule dates looked at per expansion (counting from the start), bounding the time any expansion takes. */
export const MAX_SCANNED_OCCURRENCES = 20000;

/** One occurrence of an activity. */
export interface IOccurrence {
  /** First day of this occurrence. */
  start: IsoDate;
  /** Last day (equals `start` for single-day activities). */
  end: IsoDate;
  /** Position in the series, 0 for the first occurrence; stable whichever window is expanded. */
  index: number;
}

/** What recurrence needs of an activity; `IActivityFields` fits. */
export type IRecurringActivity = Pick<IActivityFields, 'startDate' | 'endDate' | 'repeat' | 'recurrence'>;

/** The rule parts that put an occurrence on day `day` (1–31, or -1 for the last day) of each month, clamped. */
export function monthDayParts(day: number): Pick<IRuleParts, 'byMonthDay' | 'bySetPos'> {
  if (day === -1 || day === 31) {
    return { byMonthDay: [-1] };
  }
  if (day === 29 || day === 30) {
    const candidates = day === 29 ? [28, 29] : [28, 29, 30];
    return { byMonthDay: candidates, bySetPos: [-1] };
  }
  return { byMonthDay: [day] };
}

/**
 * The day of month that monthly parts made by {@link monthDayParts} stand for: 1–28, 29 or 30 (clamped), or -1 for
 * the last day. `undefined` for other shapes — including a plain `BYMONTHDAY=29`/`30`/`31`, which by RFC 5545 skips
 * the months that lack the day and so means something else.
 */
export function dayFromMonthDayParts(parts: Pick<IRuleParts, 'byMonthDay' | 'bySetPos'>): number | undefined {
  const days = parts.byMonthDay ?? [];
  const text = `${days.join(',')}|${(parts.bySetPos ?? []).join(',')}`;
  if (text === '28,29|-1') return 29;
  if (text === '28,29,30|-1') return 30;
  if (days.length === 1 && !parts.bySetPos && (days[0] === -1 || (days[0] >= 1 && days[0] <= 28))) {
    return days[0];
  }
  return undefined;
}

/**
 * The rule a picker pattern gets when no RRULE is stored, derived from the start date; `undefined` for `Ingen` and
 * `Tilpasset` (which has no default). Årligt from 14 May: `FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=14`; Kvartalsvis from
 * 1 February: `FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=1` (February, May, August, November).
 */
export function defaultRule(pattern: RepeatPattern, startDate: IsoDate): string | undefined {
  const { month, day } = toDateParts(startDate);
  switch (pattern) {
    case 'Årligt':
      // 29 February → the last day of February, so non-leap years keep the activity.
      return formatRule({ freq: 'YEARLY', interval: 1, byMonth: [month], byMonthDay: [month === 2 && day === 29 ? -1 : day] });
    case 'Halvårligt':
      return formatRule({ freq: 'MONTHLY', interval: 6, ...monthDayParts(day) });
    case 'Kvartalsvis':
      return formatRule({ freq: 'MONTHLY', interval: 3, ...monthDayParts(day) });
    case 'Månedligt':
      return formatRule({ freq: 'MONTHLY', interval: 1, ...monthDayParts(day) });
    default:
      return undefined;
  }
}

/**
 * The RRULE an activity follows: `undefined` for one-off activities (`Ingen`, whatever is in `recurrence`); the stored
 * rule when there is one (without an `RRULE:` prefix); otherwise the pattern's {@link defaultRule}. `Tilpasset`
 * without a rule has none and is treated as one-off.
 */
export function effectiveRule(activity: IRecurringActivity): string | undefined {
  if (activity.repeat === 'Ingen') {
    return undefined;
  }
  const stored = activity.recurrence?.trim().replace(/^RRULE:/i, '');
  if (stored) {
    return stored;
  }
  return isIsoDate(activity.startDate) ? defaultRule(activity.repeat, activity.startDate) : undefined;
}

/**
 * The occurrences of an activity that overlap `from`–`to` (both included), in order. Each keeps the activity's
 * length, so a ten-day period recurs as ten-day periods, and one that began before `from` but is still running is
 * included. One-off activities give their single occurrence when it overlaps. At most {@link MAX_OCCURRENCES}.
 */
export function expandOccurrences(activity: IRecurringActivity, from: IsoDate, to: IsoDate): IOccurrence[] {
  if (compareIsoDates(from, to) > 0) {
    return [];
  }
  if (activity.repeat === 'Ingen') {
    // A one-off activity — most of a year — has its one occurrence: no rule, no callbacks.
    const start = activity.startDate;
    if (!isIsoDate(start) || compareIsoDates(start, to) > 0) return [];
    const end = oneOffEnd(activity);
    return compareIsoDates(end, from) >= 0 ? [{ start, end, index: 0 }] : [];
  }
  const length = occurrenceLength(activity);
  // Anything starting before this day ends before `from`. (Most activities are one day long: no date arithmetic.)
  const earliestStart = length === 0 ? from : addDays(from, -length);
  const result: IOccurrence[] = [];
  forEachOccurrence(activity, (start, index) => {
    if (compareIsoDates(start, to) > 0) {
      return false;
    }
    if (compareIsoDates(start, earliestStart) >= 0) {
      result.push({ start, end: length === 0 ? start : addDays(start, length), index });
    }
    return result.length < MAX_OCCURRENCES;
  });
  return result;
}

/**
 * The first `count` occurrences that start on or after `from` (today included, which is what "next time" means in
 * the wheel). An occurrence already running on `from` is not included — use {@link expandOccurrences} for that.
 */
export function nextOccurrences(activity: IRecurringActivity, from: IsoDate, count: number): IOccurrence[] {
  const result: IOccurrence[] = [];
  if (count < 1) {
    return result;
  }
  if (activity.repeat === 'Ingen') {
    const start = activity.startDate;
    return isIsoDate(start) && compareIsoDates(start, from) >= 0 ? [{ start, end: oneOffEnd(activity), index: 0 }] : [];
  }
  const length = occurrenceLength(activity);
  forEachOccurrence(activity, (start, index) => {
    if (compareIsoDates(start, from) >= 0) {
      result.push({ start, end: addDays(start, length), index });
    }
    return result.length < Math.min(count, MAX_OCCURRENCES);
  });
  return result;
}

/**
 * The last day of a one-off activity's occurrence: its end date when that is a date after its start, else its start
 * (the same as `addDays(start, occurrenceLength(activity))`, without parsing the dates of a one-day activity).
 */
function oneOffEnd(activity: IRecurringActivity): IsoDate {
  const end = activity.endDate;
  return end && end !== activity.startDate && isIsoDate(end) && compareIsoDates(end, activity.startDate) > 0 ? end : activity.startDate;
}

/** Days from the first to the last day of one occurrence: 0 for a single day; a reversed period counts as one day. */
function occurrenceLength(activity: IRecurringActivity): number {
  if (!activity.endDate || !isIsoDate(activity.endDate)) {
    return 0;
  }
  return Math.max(0, daysBetween(activity.startDate, activity.endDate));
}

/**
 * Calls `visit` with each occurrence start and its index, in order, until it returns false, the series ends or
 * {@link MAX_SCANNED_OCCURRENCES} dates have been looked at.
 */
function forEachOccurrence(activity: IRecurringActivity, visit: (start: IsoDate, index: number) => boolean): void {
  if (!isIsoDate(activity.startDate)) {
    return;
  }
  const parts = usableRule(activity);
  if (!parts) {
    visit(activity.startDate, 0);
    return;
  }
  let index = 0;
  toRRule(parts, activity.startDate).all((date) => {
    const keepGoing = visit(fromFloatingDate(date), index);
    index++;
    return keepGoing && index < MAX_SCANNED_OCCURRENCES;
  });
}

/**
 * The parsed rule of an activity, or `undefined` when it is a one-off or its rule cannot be used (such an activity
 * occurs once, on its start date). Exported so an export (ICS) repeats exactly what the wheel shows.
 */
export function usableRule(activity: IRecurringActivity): IRuleParts | undefined {
  const text = effectiveRule(activity);
  if (text === undefined) {
    return undefined;
  }
  try {
    const parts = parseRule(text);
    // A rule that never yields a day would make rrule search until year 9999.
    return occurrenceProblem(parts, activity.startDate) === undefined ? parts : undefined;
  } catch (error) {
    if (error instanceof RuleError) {
      return undefined;
    }
    throw error;
  }
}
