/**
 * The friendly recurrence picker's model and its translation to and from RRULE text.
 *
 * The picker offers: every year (on a day of a month, or the n-th weekday of a month), every half year, quarter or
 * month (on a day, or the n-th weekday), and `Tilpasset` (every n days, weeks, months or years). Translating a picker
 * to a rule and back gives the same picker for canonical input (days 31 and 29 February read back as -1, "last day",
 * which is what they mean). Rules the picker cannot show give `undefined`; the UI then shows the raw rule text.
 */
import type { RepeatPattern } from './models/activity';
import type { IsoDate } from './models/common';
import { daysInMonth } from './dates';
import { formatRule, parseRule, RuleError } from './recurrenceRule';
import type { IRuleParts, RuleFrequency, WeekdayCode } from './recurrenceRule';
import { dayFromMonthDayParts, monthDayParts } from './recurrence';

/** The unit a custom (`Tilpasset`) interval counts in. */
export type PickerUnit = 'day' | 'week' | 'month' | 'year';

/** The picker's state. Fields not relevant to the pattern are left out. */
export interface IRecurrencePicker {
  pattern: RepeatPattern;
  /** `Tilpasset` only: what `interval` counts. Default `week`. */
  unit?: PickerUnit;
  /** `Tilpasset` only: every n units. Default 1. */
  interval?: number;
  /** Yearly: the month, 1–12. Left out, the start date's month is used. */
  month?: number;
  /** Day of the month, 1–31, or -1 for the last day. Days 29–31 are clamped to the end of shorter months. */
  dayOfMonth?: number;
  /** Weekly: the weekday. With `nthWeekday`: the weekday within the month (e.g. the first Monday). */
  weekday?: WeekdayCode;
  /** 1–5 for the first … fifth, -1 for the last `weekday` of the month. */
  nthWeekday?: number;
  /** Last day an occurrence may fall on. */
  until?: IsoDate;
  /** Number of occurrences. Not together with `until`. */
  count?: number;
}

const FIXED_MONTHLY: Partial<Record<RepeatPattern, number>> = { Halvårligt: 6, Kvartalsvis: 3, Månedligt: 1 };
const UNIT_FREQUENCIES: Record<PickerUnit, RuleFrequency> = { day: 'DAILY', week: 'WEEKLY', month: 'MONTHLY', year: 'YEARLY' };

/**
 * The RRULE text for a picker state, or `undefined` for `Ingen`. Throws a `RuleError` (with a problem code) for a state
 * the picker should not allow, e.g. `until` together with `count`.
 * "The first Monday of February every year": `{ pattern: 'Årligt', month: 2, weekday: 'MO', nthWeekday: 1 }` →
 * `FREQ=YEARLY;BYMONTH=2;BYDAY=1MO`.
 */
export function ruleFromPicker(picker: IRecurrencePicker): string | undefined {
  if (picker.pattern === 'Ingen') {
    return undefined;
  }
  const freq = frequencyOf(picker);
  const parts: IRuleParts = { freq, interval: intervalOf(picker) };
  if (freq === 'YEARLY' && picker.month !== undefined) {
    parts.byMonth = [picker.month];
  }
  if (freq === 'YEARLY' || freq === 'MONTHLY') {
    Object.assign(parts, dayParts(picker, freq));
  } else if (freq === 'WEEKLY' && picker.weekday) {
    parts.byDay = [{ weekday: picker.weekday }];
  }
  if (picker.count !== undefined && picker.until !== undefined) {
    throw new RuleError('pickerCountAndUntil');
  }
  parts.count = picker.count;
  parts.until = picker.until;
  const text = formatRule(parts);
  // Let the parser's range checks speak for values the picker should not have allowed (month 13, interval 0, …).
  parseRule(text);
  return text;
}

/**
 * The picker state for RRULE text, or `undefined` when the text is invalid or beyond the picker (several weekdays,
 * BYWEEKNO, BYSETPOS other than month-end clamping, …). Yearly rules with an interval, and monthly rules every
 * 2, 4, 5, 7+ months, come back as `Tilpasset`.
 */
export function pickerFromRule(rule: string): IRecurrencePicker | undefined {
  let parts: IRuleParts;
  try {
    parts = parseRule(rule);
  } catch (error) {
    if (error instanceof RuleError) {
      return undefined;
    }
    throw error;
  }
  if (parts.byWeekNo || parts.byYearDay || (parts.wkst && parts.wkst !== 'MO')) {
    return undefined;
  }
  const picker = patternOf(parts);
  if (!picker || !readDays(parts, picker)) {
    return undefined;
  }
  if (parts.count !== undefined) picker.count = parts.count;
  if (parts.until !== undefined) picker.until = parts.until;
  return picker;
}

function frequencyOf(picker: IRecurrencePicker): RuleFrequency {
  if (picker.pattern === 'Årligt') {
    return 'YEARLY';
  }
  if (picker.pattern === 'Tilpasset') {
    return UNIT_FREQUENCIES[picker.unit ?? 'week'];
  }
  return 'MONTHLY';
}

function intervalOf(picker: IRecurrencePicker): number {
  return picker.pattern === 'Tilpasset' ? picker.interval ?? 1 : FIXED_MONTHLY[picker.pattern] ?? 1;
}

function dayParts(picker: IRecurrencePicker, freq: RuleFrequency): Partial<IRuleParts> {
  const needsMonth = picker.nthWeekday !== undefined || picker.weekday !== undefined || picker.dayOfMonth !== undefined;
  if (freq === 'YEARLY' && needsMonth && picker.month === undefined) {
    // BYMONTHDAY or BYDAY without BYMONTH would repeat in every month of the year.
    throw new RuleError('pickerMonth');
  }
  if (picker.nthWeekday !== undefined || (picker.weekday && picker.dayOfMonth === undefined)) {
    if (!picker.weekday || picker.nthWeekday === undefined) {
      throw new RuleError('pickerNthWeekday');
    }
    return { byDay: [{ weekday: picker.weekday, n: picker.nthWeekday }] };
  }
  const day = picker.dayOfMonth;
  if (day === undefined) {
    return {};
  }
  if (freq === 'YEARLY') {
    // A day the month has in every year stays as it is; 29 February (and a day the month never has) means its
    // last day, so the activity also happens in shorter years.
    return { byMonthDay: [day > 0 && day <= lastDayEveryYear(picker.month ?? 0) ? day : -1] };
  }
  return monthDayParts(day);
}

function patternOf(parts: IRuleParts): IRecurrencePicker | undefined {
  const custom = (unit: PickerUnit): IRecurrencePicker => ({ pattern: 'Tilpasset', unit, interval: parts.interval });
  switch (parts.freq) {
    case 'YEARLY':
      return parts.interval === 1 ? { pattern: 'Årligt' } : custom('year');
    case 'MONTHLY': {
      const fixed = (Object.keys(FIXED_MONTHLY) as RepeatPattern[]).find((p) => FIXED_MONTHLY[p] === parts.interval);
      return parts.byMonth ? undefined : fixed ? { pattern: fixed } : custom('month');
    }
    case 'WEEKLY':
      return custom('week');
    default:
      return custom('day');
  }
}

/** Copies the day parts of a rule into the picker; false when the picker cannot express them. */
function readDays(parts: IRuleParts, picker: IRecurrencePicker): boolean {
  if (parts.freq === 'DAILY') {
    return !parts.byMonth && !parts.byMonthDay && !parts.byDay && !parts.bySetPos;
  }
  if (parts.freq === 'WEEKLY') {
    if (parts.byMonth || parts.bySetPos || (parts.byDay && (parts.byDay.length !== 1 || parts.byDay[0].n !== undefined))) {
      return false;
    }
    if (parts.byDay) picker.weekday = parts.byDay[0].weekday;
    return true;
  }
  if (parts.byMonth) {
    if (parts.byMonth.length !== 1) return false;
    picker.month = parts.byMonth[0];
  } else if (parts.freq === 'YEARLY' && (parts.byMonthDay || parts.byDay)) {
    // Without BYMONTH these repeat in every month of the year, which the picker cannot show.
    return false;
  }
  if (parts.byDay) {
    const [day] = parts.byDay;
    const n = day.n ?? 0;
    if (parts.byDay.length !== 1 || !(n === -1 || (n >= 1 && n <= 5)) || parts.byMonthDay || parts.bySetPos) {
      return false;
    }
    picker.weekday = day.weekday;
    picker.nthWeekday = n;
    return true;
  }
  if (parts.byMonthDay) {
    const day = picker.month !== undefined ? yearlyDay(parts, picker.month) : dayFromMonthDayParts(parts);
    if (day === undefined) return false;
    picker.dayOfMonth = day;
  }
  return !parts.bySetPos || parts.byMonthDay !== undefined;
}

/** A yearly rule's day in `month`: a day the month has every year, or -1 for its last day. */
function yearlyDay(parts: IRuleParts, month: number): number | undefined {
  const days = parts.byMonthDay ?? [];
  if (days.length !== 1 || parts.bySetPos) {
    return undefined;
  }
  return days[0] === -1 || (days[0] >= 1 && days[0] <= lastDayEveryYear(month)) ? days[0] : undefined;
}

/** The last day `month` has in every year: 28 for February. */
function lastDayEveryYear(month: number): number {
  return month === 2 ? 28 : daysInMonth(2023, month);
}
