/**
 * Calendar-day arithmetic on {@link IsoDate} values (`YYYY-MM-DD`).
 *
 * Why "floating" dates: an IsoDate is a day on the wall calendar in Copenhagen, not an instant. Internally a day is
 * represented as a `Date` at 00:00 UTC and all arithmetic runs in the UTC context, so neither the browser's own time
 * zone nor a daylight-saving change can ever move a value to the neighbouring day. Conversions to and from real
 * instants live in `timeZone.ts`.
 *
 * Whole-day steps, differences and comparisons use the native UTC methods of `Date`: UTC has no DST, so a day is
 * always 86,400,000 ms and the arithmetic is exact. They run thousands of times in business-day loops and recurrence
 * expansion, and date-fns in a UTC context goes through `Intl` on every call (about 50 times slower). date-fns is
 * used where its logic matters: month arithmetic with month-end clamping, and ISO weeks.
 */
import { addMonths as fnsAddMonths } from 'date-fns';
import { tz } from '@date-fns/tz';
import type { IsoDate } from './models/common';

/** date-fns context that makes every calculation happen in UTC, whatever the runtime's own zone is. */
const IN_UTC = { in: tz('UTC') };

const ISO_DATE_PATTERN: RegExp = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86400000;

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
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) {
    return undefined;
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  // Year 0000 is not a Gregorian year, and Date.UTC maps two-digit years to the 1900s.
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return undefined;
  }
  return { year, month, day };
}

/** True when `value` is a string holding a real calendar day as `YYYY-MM-DD`. */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && parseIsoDate(value) !== undefined;
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

/** The number of days in a month (1–12) of a year, leap years included. */
export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
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
  if (!ISO_DATE_PATTERN.test(a) || !ISO_DATE_PATTERN.test(b)) {
    throw new RangeError(`Ugyldig dato: "${ISO_DATE_PATTERN.test(a) ? b : a}". Datoer skrives som ÅÅÅÅ-MM-DD.`);
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
  return fromFloatingDate(new Date(toFloatingDate(date).getTime() + days * DAY_MS));
}

/**
 * The same day `months` months later (negative goes back). When the target month is shorter the result is clamped
 * to its last day: 2024-01-31 + 1 month = 2024-02-29, 2025-01-31 + 1 month = 2025-02-28.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  assertInteger(months, 'Antal måneder');
  return fromFloatingDate(fnsAddMonths(toFloatingDate(date), months, IN_UTC));
}

/** Calendar days from `from` to `to`: `daysBetween('2026-03-28', '2026-03-30') === 2`; negative when `to` is earlier. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toFloatingDate(to).getTime() - toFloatingDate(from).getTime()) / DAY_MS);
}

/** ISO weekday of a day: 1 = Monday … 7 = Sunday (Danish weeks start on Monday). */
export function isoWeekday(date: IsoDate): number {
  const weekday = toFloatingDate(date).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** True for Saturday and Sunday. */
export function isWeekend(date: IsoDate): boolean {
  return isoWeekday(date) >= 6;
}

/** True when `date` lies within `from`–`to`, both ends included. */
export function isWithin(date: IsoDate, from: IsoDate, to: IsoDate): boolean {
  return compareIsoDates(date, from) >= 0 && compareIsoDates(date, to) <= 0;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function assertInteger(value: number, what: string): void {
  if (!Number.isInteger(value)) {
    throw new RangeError(`${what} skal være et helt tal, ikke ${value}.`);
  }
}
