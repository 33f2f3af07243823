/**
 * The bridge to the `rrule` library (provided through `rruleLibrary.ts`, so it can load on demand): builds an `RRule` from checked {@link IRuleParts} and answers whether a rule
 * yields any day at all, without ever letting rrule iterate unbounded.
 */
import type { Options, RRule } from 'rrule';
import type { IsoDate } from './models/common';
import { compareIsoDates, daysInMonth, formatIsoDate, toDateParts, toFloatingDate } from './dates';
import { parseRule, RuleError, WEEKDAY_CODES, type IRuleIssue, type RuleProblem } from './recurrenceRule';
import type { IRuleParts } from './recurrenceRule';
import { rruleLibrary } from './rruleLibrary';

/**
 * An rrule `RRule` for parts anchored at `startDate`. Floating dates: the start is 00:00 UTC of the day and no TZID
 * is set, so every occurrence is 00:00 UTC of its calendar day and DST never moves one (read them back with
 * `fromFloatingDate`). UNTIL becomes 00:00 UTC of its day, which keeps it inclusive.
 */
export function toRRule(parts: IRuleParts, startDate: IsoDate, options: { ignoreLimits?: boolean } = {}): RRule {
  // Provided by `loadRRule()` or `./rruleStatic` (see rruleLibrary.ts): not in the first-load bundle.
  const { Frequency, RRule, Weekday } = rruleLibrary();
  const rruleOptions: Partial<Options> = {
    freq: Frequency[parts.freq],
    interval: parts.interval,
    dtstart: toFloatingDate(startDate),
    bymonth: parts.byMonth,
    byweekno: parts.byWeekNo,
    byyearday: parts.byYearDay,
    bymonthday: parts.byMonthDay,
    byweekday: parts.byDay?.map((d) => new Weekday(WEEKDAY_CODES.indexOf(d.weekday), d.n)),
    bysetpos: parts.bySetPos,
    wkst: parts.wkst ? WEEKDAY_CODES.indexOf(parts.wkst) : undefined
  };
  if (!options.ignoreLimits) {
    rruleOptions.count = parts.count;
    rruleOptions.until = parts.until ? toFloatingDate(parts.until) : undefined;
  }
  // noCache: rules are built per call and thrown away.
  return new RRule(rruleOptions, true);
}

/**
 * Why a valid rule gives no day from `startDate`, in Danish, or `undefined` when it does.
 * The calendar repeats exactly every 400 Gregorian years (146,097 days, a whole number of weeks), so the series from
 * the same start moved into the years 9200–9599 is the real series shifted by whole 400-year cycles. Probing that one
 * searches at least the first 400 years of the real series but stops at rrule's limit of year 9999, instead of
 * running there from today (seconds for a daily rule). A rule with no day in 400 years is useless for an activity;
 * without an INTERVAL, or with one that divides the cycle, it truly never matches.
 */
export function occurrenceProblem(parts: IRuleParts, startDate: IsoDate): RuleProblem | undefined {
  if (parts.until !== undefined && compareIsoDates(parts.until, startDate) < 0) {
    return 'untilBeforeStart';
  }
  if (monthDaysNeverMeet(parts)) {
    return 'neverMonthDay';
  }
  const { year, month, day } = toDateParts(startDate);
  const probeYear = 9200 + (((year - 9200) % 400) + 400) % 400;
  const probe = toRRule(parts, formatIsoDate(probeYear, month, day), { ignoreLimits: true });
  if (probe.after(toFloatingDate(formatIsoDate(probeYear, month, day)), true) === null) {
    return 'neverOccurs';
  }
  if (parts.until !== undefined && !hasOccurrenceBetween(parts, startDate, parts.until)) {
    return 'untilBeforeFirst';
  }
  return undefined;
}

/** The common impossible rule, 30 February or 31 April, recognised without asking rrule. */
function monthDaysNeverMeet(parts: IRuleParts): boolean {
  const days = parts.byMonthDay;
  if (!days) {
    return false;
  }
  const months = parts.byMonth ?? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  // 2024 is a leap year, so February counts with its 29th.
  return !months.some((month) => days.some((day) => Math.abs(day) <= daysInMonth(2024, month)));
}

function hasOccurrenceBetween(parts: IRuleParts, from: IsoDate, to: IsoDate): boolean {
  const rule = toRRule(parts, from);
  return rule.between(toFloatingDate(from), toFloatingDate(to), true, (_date, index) => index < 1).length > 0;
}

/**
 * Checks rule text; returns `undefined` when it is usable, otherwise what is wrong (a code). With `startDate` it also
 * checks that the rule yields at least one day from that start (not `BYMONTH=2;BYMONTHDAY=30`, not an UNTIL before the
 * start).
 */
export function validateRule(text: string, startDate?: IsoDate): IRuleIssue | undefined {
  try {
    const parts = parseRule(text);
    const problem = startDate !== undefined ? occurrenceProblem(parts, startDate) : undefined;
    return problem ? { problem } : undefined;
  } catch (error) {
    if (error instanceof RuleError) {
      return { problem: error.problem, params: error.params };
    }
    throw error;
  }
}
