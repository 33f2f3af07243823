/**
 * Calendar-day arithmetic on {@link IsoDate} values (`YYYY-MM-DD`).
 *
 * Why "floating" dates: an IsoDate is a day on the wall calendar in Copenhagen, not an instant. A day can be
 * represented as a `Date` at 00:00 UTC ({@link toFloatingDate}), so neither the browser's own time zone nor a
 * daylight-saving change can ever move a value to the neighbouring day. Conversions to and from real instants live in
 * `timeZone.ts`.
 *
 * The arithmetic itself needs no `Date` at all: a day is a count of days since 1970-01-01 in the proleptic Gregorian
 * calendar ({@link dayNumber}, {@link fromDayNumber}), so whole-day steps, differences, weekdays and month steps are
 * integer arithmetic. They run thousands of times per render (a wheel of 6,000 items, business-day loops, recurrence
 * expansion): a `Date` per call was a measurable share of a first render, and date-fns in a UTC context goes through
 * `Intl` on every call (about 50 times slower still). The results are the same as the `Date`-based ones, which the
 * tests check day by day for 2000–2100.
 */
import type { IsoDate } from './models/common';

const DAY_MS = 86400000;
const MONTH_LENGTHS: readonly number[] = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Beyond this many days (≈ 27,000 years) {@link addDays} takes the `Date` path. */
const MAX_DAY_STEP = 10000000;

/** A calendar day split into numbers; `month` is 1–12 (not JavaScript's 0–11). */
export interface IDateParts {
  year: number;
  /** 1 = January … 12 = December. */
  month: number;
  day: number;
}

/**
 * Splits `YYYY-MM-DD` into numbers, or returns `undefined` when the text is not a real calendar day
 * (`2026-02-30`, `2026-13-01`, `2026-5-4` and `2026-05-14T00:00` are all rejected).
 */
export function parseIsoDate(value: string): IDateParts | undefined {
  if (!hasIsoDateShape(value)) {
    return undefined;
  }
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 7);
  const day = digitsAt(value, 8, 10);
  // Year 0000 is not a Gregorian year, and Date.UTC maps two-digit years to the 1900s.
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return undefined;
  }
  return { year, month, day };
}

/** True when `value` is a string holding a real calendar day as `YYYY-MM-DD`. */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && !Number.isNaN(validDayNumber(value));
}

/**
 * Like {@link parseIsoDate} but throws a `RangeError` (Danish message) for an invalid day. For code paths where an
 * invalid date is a programming error, not user input.
 */
export function toDateParts(date: IsoDate): IDateParts {
  const parts = parseIsoDate(date);
  if (!parts) {
    throw new RangeError(`Ugyldig dato: "${date}". Datoer skrives som ÅÅÅÅ-MM-DD.`);
  }
  return parts;
}

/** Formats a year, month (1–12) and day as `YYYY-MM-DD`; throws a `RangeError` if that day does not exist. */
export function formatIsoDate(year: number, month: number, day: number): IsoDate {
  const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  toDateParts(text);
  return text;
}

/** The number of days in a month (1–12) of a year, leap years included. A month outside 1–12 counts on from the year. */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(year) || !Number.isInteger(month)) {
    // Day 0 of the next month is the last day of this one (NaN for what is not a month).
    const date = new Date(0);
    date.setUTCFullYear(year, month, 0);
    return date.getUTCDate();
  }
  const zeroBased = month - 1;
  const y = year + Math.floor(zeroBased / 12);
  const m = zeroBased - Math.floor(zeroBased / 12) * 12 + 1;
  return m === 2 && isLeapYear(y) ? 29 : MONTH_LENGTHS[m];
}

/** True for a Gregorian leap year: divisible by 4, except centuries not divisible by 400 (2000 is, 2100 is not). */
export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/**
 * The day's number: days since 1970-01-01 (negative before it), in the proleptic Gregorian calendar — the same count
 * as `toFloatingDate(date).getTime() / 86400000`, without a `Date`. Throws a `RangeError` for an invalid day.
 */
export function dayNumber(date: IsoDate): number {
  const days = validDayNumber(date);
  if (Number.isNaN(days)) {
    toDateParts(date); // throws the Danish RangeError
  }
  return days;
}

/** The calendar day of a {@link dayNumber} (the inverse). */
export function fromDayNumber(days: number): IsoDate {
  assertInteger(days, 'Dagnummer');
  // Howard Hinnant's civil_from_days: eras of 400 years (146,097 days), counted from 0000-03-01.
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The floating `Date` for a calendar day: 00:00 UTC of that day. See the module comment for why. */
export function toFloatingDate(date: IsoDate): Date {
  const { year, month, day } = toDateParts(date);
  const result = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC treats years 0–99 as 1900–1999; put the real year back.
  result.setUTCFullYear(year);
  return result;
}

/** The calendar day of a floating `Date` (its UTC year, month and day; the time of day is ignored). */
export function fromFloatingDate(date: Date): IsoDate {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/**
 * Orders two days: negative when `a` is earlier, 0 when equal, positive when later. Usable with `Array.sort`.
 * `YYYY-MM-DD` sorts as text in date order, so no parsing is needed; the format is still checked so that a stray
 * date-time or empty value fails loudly instead of sorting somewhere arbitrary.
 */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  if (!hasIsoDateShape(a) || !hasIsoDateShape(b)) {
    throw new RangeError(`Ugyldig dato: "${hasIsoDateShape(a) ? b : a}". Datoer skrives som ÅÅÅÅ-MM-DD.`);
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Orders two days that may be missing (empty or `undefined`): earlier first, a missing day after every real one,
 * two missing days equal. For sorting lists by an optional date column (due date, follow-up date).
 */
export function compareOptionalIsoDates(a: IsoDate | undefined, b: IsoDate | undefined): number {
  if (!a || !b) {
    return a ? -1 : b ? 1 : 0;
  }
  return compareIsoDates(a, b);
}

/** The earlier of two days. */
export function minIsoDate(a: IsoDate, b: IsoDate): IsoDate {
  return compareIsoDates(a, b) <= 0 ? a : b;
}

/** The later of two days. */
export function maxIsoDate(a: IsoDate, b: IsoDate): IsoDate {
  return compareIsoDates(a, b) >= 0 ? a : b;
}

/** The day `days` calendar days after `date` (negative goes back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  assertInteger(days, 'Antal dage');
  if (Math.abs(days) > MAX_DAY_STEP) {
    // Beyond any calendar a person uses: keep exactly what a Date makes of it (up to its limit of ±100,000,000 days).
    return fromFloatingDate(new Date(toFloatingDate(date).getTime() + days * DAY_MS));
  }
  return fromDayNumber(dayNumber(date) + days);
}

/**
 * The same day `months` months later (negative goes back). When the target month is shorter the result is clamped
 * to its last day: 2024-01-31 + 1 month = 2024-02-29, 2025-01-31 + 1 month = 2025-02-28.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  assertInteger(months, 'Antal måneder');
  const { year, month, day } = toDateParts(date);
  const target = month - 1 + months;
  const targetYear = year + Math.floor(target / 12);
  const targetMonth = target - Math.floor(target / 12) * 12 + 1;
  return `${pad(targetYear, 4)}-${pad(targetMonth, 2)}-${pad(Math.min(day, daysInMonth(targetYear, targetMonth)), 2)}`;
}

/** Calendar days from `from` to `to`: `daysBetween('2026-03-28', '2026-03-30') === 2`; negative when `to` is earlier. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** ISO weekday of a day: 1 = Monday … 7 = Sunday (Danish weeks start on Monday). */
export function isoWeekday(date: IsoDate): number {
  // 1970-01-01 was a Thursday (ISO weekday 4).
  const weekday = (dayNumber(date) + 3) % 7;
  return (weekday < 0 ? weekday + 7 : weekday) + 1;
}

/** True for Saturday and Sunday. */
export function isWeekend(date: IsoDate): boolean {
  return isoWeekday(date) >= 6;
}

/** True when `date` lies within `from`–`to`, both ends included. */
export function isWithin(date: IsoDate, from: IsoDate, to: IsoDate): boolean {
  return compareIsoDates(date, from) >= 0 && compareIsoDates(date, to) <= 0;
}

/** How many texts {@link validDayNumber} remembers before it starts over (decades of days). */
const MAX_REMEMBERED_DAYS = 20000;
const dayNumbers = new Map<string, number>();

/**
 * {@link dayNumber} without allocating, or NaN for what is not a real calendar day. Remembered by text: a first render
 * reads the same few hundred days 10,000 times (validation, occurrences, the wheel's scale), mostly before the engine
 * has optimised the parse, and a look-up costs a fraction of it (issue 9).
 */
function validDayNumber(value: string): number {
  let days = dayNumbers.get(value);
  if (days === undefined) {
    days = parseDayNumber(value);
    if (dayNumbers.size >= MAX_REMEMBERED_DAYS) dayNumbers.clear();
    dayNumbers.set(value, days);
  }
  return days;
}

function parseDayNumber(value: string): number {
  if (!hasIsoDateShape(value)) {
    return NaN;
  }
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 7);
  const day = digitsAt(value, 8, 10);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return NaN;
  }
  return daysFromCivil(year, month, day);
}

/** Days since 1970-01-01 of a valid year, month (1–12) and day (Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const shiftedMonth = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * shiftedMonth + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * True when `value` is a string of the form `DDDD-DD-DD` (ASCII digits), as `/^\d{4}-\d{2}-\d{2}$/` would test: checked
 * character by character, because it runs for every comparison of every sort.
 */
function hasIsoDateShape(value: unknown): value is string {
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) {
    return false;
  }
  // Unrolled: called for every date of every item and in sorts; a loop over the positions cost the first render
  // milliseconds (issue 9).
  return isDigit(value.charCodeAt(0)) && isDigit(value.charCodeAt(1)) && isDigit(value.charCodeAt(2)) && isDigit(value.charCodeAt(3))
    && isDigit(value.charCodeAt(5)) && isDigit(value.charCodeAt(6)) && isDigit(value.charCodeAt(8)) && isDigit(value.charCodeAt(9));
}

/** The number written by the ASCII digits from `start` to `end` (already checked to be digits). */
function digitsAt(value: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    n = n * 10 + value.charCodeAt(i) - 48;
  }
  return n;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function assertInteger(value: number, what: string): void {
  if (!Number.isInteger(value)) {
    throw new RangeError(`${what} skal være et helt tal, ikke ${value}.`);
  }
}
