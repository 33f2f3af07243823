/**
 * Working time of the secretariat: opening hours on Copenhagen wall time (by default 08:30–15:30 Monday to Thursday
 * and 08:30–14:00 on Friday), no hours on Danish public holidays and — by default — on the closing days Grundlovsdag,
 * juleaftensdag and nytårsaftensdag. Instants are UTC ISO strings; each day's window is turned into UTC through
 * `timeZone.ts`, so a window is 7 hours on the day summer time starts or ends like on any other day.
 */
import type { IsoDate, IsoDateTime } from '../models/common';
import { addDays, isoWeekday } from '../dates';
import { isHoliday } from '../holidays';
import { copenhagenDateOfMillis, copenhagenDateTimeToUtc, formatInstant, utcToCopenhagenDate, zonedTimeToUtc } from '../timeZone';

/** One day's opening hours, `HH:mm` wall time in Copenhagen; `close` after `open`. */
export interface IDayHours {
  open: string;
  close: string;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Opening hours per ISO weekday; a missing weekday is closed. */
export type OpeningHours = Readonly<Partial<Record<IsoWeekday, IDayHours>>>;

/** The default: 08:30–15:30 Monday–Thursday, 08:30–14:00 Friday. */
export const DEFAULT_OPENING_HOURS: OpeningHours = {
  1: { open: '08:30', close: '15:30' },
  2: { open: '08:30', close: '15:30' },
  3: { open: '08:30', close: '15:30' },
  4: { open: '08:30', close: '15:30' },
  5: { open: '08:30', close: '14:00' }
};

/** Options for working-time arithmetic. */
export interface IWorkingTimeOptions {
  /** Default {@link DEFAULT_OPENING_HOURS}. */
  hours?: OpeningHours;
  /** Closed on Grundlovsdag, juleaftensdag and nytårsaftensdag. Default `true`. */
  includeClosingDays?: boolean;
}

/** A day's window as epoch milliseconds, `start` inclusive, `end` exclusive. */
export interface IWindow {
  start: number;
  end: number;
}

const MINUTE_MS = 60000;
/** Ten years of days without a single open hour means the hours are misconfigured, not that the clock should spin. */
const MAX_DAYS_SEARCHED = 3660;
const windowCache: Map<string, IWindow | undefined> = new Map();

const instants: Map<string, number> = new Map();

/**
 * Epoch milliseconds of an instant; text without offset is UTC (as in `timeZone.ts`). Throws a `RangeError` for
 * garbage. Remembered: an inquiry's SLA reads its few instants (received, the status changes, now) many times.
 */
export function instantMillis(value: IsoDateTime): number {
  let millis = instants.get(value);
  if (millis === undefined) {
    millis = Date.parse(zonedTimeToUtc(value, 'UTC'));
    if (instants.size > 20000) instants.clear();
    instants.set(value, millis);
  }
  return millis;
}

/**
 * The working window of a Copenhagen day, or `undefined` when the secretariat is closed that day. Remembered per day
 * and opening hours, holidays included: an SLA clock over months asks it for every day of the span, for every inquiry.
 */
export function workingWindow(date: IsoDate, options: IWorkingTimeOptions = {}): IWindow | undefined {
  const hours = (options.hours ?? DEFAULT_OPENING_HOURS)[isoWeekday(date) as IsoWeekday];
  if (hours === undefined) {
    return undefined;
  }
  const closingDays = options.includeClosingDays !== false;
  const key = `${date}|${hours.open}|${hours.close}|${closingDays ? 1 : 0}`;
  const known = windowCache.get(key);
  if (known !== undefined || windowCache.has(key)) {
    return known;
  }
  if (windowCache.size > 20000) {
    windowCache.clear();
  }
  if (isHoliday(date, { includeClosingDays: closingDays })) {
    windowCache.set(key, undefined);
    return undefined;
  }
  const start = Date.parse(copenhagenDateTimeToUtc(date, hours.open));
  const end = Date.parse(copenhagenDateTimeToUtc(date, hours.close));
  if (!(end > start)) {
    throw new RangeError(`Åbningstiden ${hours.open}–${hours.close} slutter ikke efter den begynder.`);
  }
  const window = { start, end };
  windowCache.set(key, window);
  return window;
}

/** True when the secretariat has opening hours on `date`. */
export function isWorkingDay(date: IsoDate, options: IWorkingTimeOptions = {}): boolean {
  return workingWindow(date, options) !== undefined;
}

/** The day `days` working days after `date` (0: `date` itself), counting only days with opening hours. */
export function addWorkingDays(date: IsoDate, days: number, options: IWorkingTimeOptions = {}): IsoDate {
  if (!Number.isInteger(days) || days < 0) {
    throw new RangeError(`Antal arbejdsdage skal være et helt tal fra 0, ikke ${days}.`);
  }
  let day = date;
  for (let remaining = days, searched = 0; remaining > 0; searched++) {
    assertSearch(searched);
    day = addDays(day, 1);
    if (isWorkingDay(day, options)) {
      remaining--;
    }
  }
  return day;
}

/** True when `at` lies inside a working window. */
export function isWithinWorkingHours(at: IsoDateTime, options: IWorkingTimeOptions = {}): boolean {
  const t = instantMillis(at);
  const window = workingWindow(utcToCopenhagenDate(formatInstant(t)), options);
  return window !== undefined && t >= window.start && t < window.end;
}

/** The first working instant at or after `at`: `at` itself inside opening hours, else the next opening. */
export function nextWorkingInstant(at: IsoDateTime, options: IWorkingTimeOptions = {}): IsoDateTime {
  return formatInstant(addWorkingMillis(instantMillis(at), 0, options, true));
}

/** Working minutes from `from` to `to` (negative when `to` is earlier); fractions of a minute are kept. */
export function workingMinutesBetween(from: IsoDateTime, to: IsoDateTime, options: IWorkingTimeOptions = {}): number {
  return workingMillisBetween(instantMillis(from), instantMillis(to), options) / MINUTE_MS;
}

/**
 * The instant `minutes` working minutes after `from`. Time outside opening hours does not count: Friday 13:30 + 60
 * minutes is Monday 09:00. The result is the moment the last minute is used, so it can be a closing time (Friday
 * 13:00 + 60 is Friday 14:00). Adding 0 returns `from` unchanged, even outside opening hours.
 */
export function addWorkingMinutes(from: IsoDateTime, minutes: number, options: IWorkingTimeOptions = {}): IsoDateTime {
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new RangeError(`Antal arbejdsminutter skal være 0 eller flere, ikke ${minutes}.`);
  }
  return formatInstant(addWorkingMillis(instantMillis(from), minutes * MINUTE_MS, options));
}

/** {@link workingMinutesBetween} on epoch milliseconds. */
export function workingMillisBetween(from: number, to: number, options: IWorkingTimeOptions = {}): number {
  if (to < from) {
    return -workingMillisBetween(to, from, options);
  }
  let total = 0;
  const last = dayOf(to);
  for (let day = dayOf(from); day <= last; day = addDays(day, 1)) {
    const window = workingWindow(day, options);
    if (window !== undefined) {
      total += Math.max(0, Math.min(window.end, to) - Math.max(window.start, from));
    }
  }
  return total;
}

/**
 * {@link addWorkingMinutes} on epoch milliseconds. With `snapToWorking`, a zero amount still moves an instant outside
 * opening hours to the next opening (what {@link nextWorkingInstant} needs).
 */
export function addWorkingMillis(from: number, millis: number, options: IWorkingTimeOptions = {}, snapToWorking: boolean = false): number {
  if (millis === 0 && !snapToWorking) {
    return from;
  }
  let remaining = millis;
  let day = dayOf(from);
  for (let searched = 0; ; searched++) {
    assertSearch(searched);
    const window = workingWindow(day, options);
    if (window !== undefined && from < window.end) {
      const start = Math.max(window.start, from);
      // Using up exactly what is left of a window ends at its closing time, not at the next opening.
      if (remaining <= window.end - start) {
        return start + remaining;
      }
      remaining -= window.end - start;
    }
    day = addDays(day, 1);
  }
}

function dayOf(millis: number): IsoDate {
  return copenhagenDateOfMillis(millis);
}

function assertSearch(searched: number): void {
  if (searched > MAX_DAYS_SEARCHED) {
    throw new RangeError('Åbningstiderne har ingen åbne timer: tjek indstillingen.');
  }
}
