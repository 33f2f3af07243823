/**
 * Working days (hverdage) of the secretariat: Monday–Friday except public holidays and, by default, the closing days
 * (Grundlovsdag, juleaftensdag, nytårsaftensdag) — the secretariat is closed then, so an SLA must not count them.
 */
import type { IsoDate } from './models/common';
import { addDays, compareIsoDates, isWeekend } from './dates';
import { isHoliday } from './holidays';

/** Options for business-day arithmetic. */
export interface IBusinessDayOptions {
  /** Treat Grundlovsdag, juleaftensdag and nytårsaftensdag as days off. Default `true`. */
  includeClosingDays?: boolean;
}

/** True when the secretariat works on `date`: a weekday that is neither a holiday nor (by default) a closing day. */
export function isBusinessDay(date: IsoDate, options: IBusinessDayOptions = {}): boolean {
  return !isWeekend(date) && !isHoliday(date, { includeClosingDays: options.includeClosingDays !== false });
}

/** The first business day on or after `date`. */
export function nextBusinessDay(date: IsoDate, options: IBusinessDayOptions = {}): IsoDate {
  let day = date;
  while (!isBusinessDay(day, options)) {
    day = addDays(day, 1);
  }
  return day;
}

/**
 * The day `businessDays` business days after `date` (before it when negative). Each step moves to the next business
 * day, so the start day itself never counts: Friday + 1 = Monday, and Saturday + 1 = Monday too. Adding 0 returns
 * `date` unchanged, even on a weekend.
 */
export function addBusinessDays(date: IsoDate, businessDays: number, options: IBusinessDayOptions = {}): IsoDate {
  if (!Number.isInteger(businessDays)) {
    throw new RangeError(`Antal arbejdsdage skal være et helt tal, ikke ${businessDays}.`);
  }
  const step = businessDays < 0 ? -1 : 1;
  let day = date;
  for (let remaining = Math.abs(businessDays); remaining > 0; ) {
    day = addDays(day, step);
    if (isBusinessDay(day, options)) {
      remaining--;
    }
  }
  return day;
}

/**
 * Business days from `from` to `to`: the business days after `from` up to and including `to`, so that
 * `businessDaysBetween(d, addBusinessDays(d, n)) === n`. Negative when `to` is before `from`; 0 for the same day.
 */
export function businessDaysBetween(from: IsoDate, to: IsoDate, options: IBusinessDayOptions = {}): number {
  const order = compareIsoDates(from, to);
  if (order > 0) {
    return -businessDaysBetween(to, from, options);
  }
  let count = 0;
  for (let day = from; compareIsoDates(day, to) < 0; ) {
    day = addDays(day, 1);
    if (isBusinessDay(day, options)) {
      count++;
    }
  }
  return count;
}

/**
 * The due date of an inquiry answered within `businessDays` business days. An inquiry that arrives on a day off
 * (weekend, holiday, closing day) counts as received on the next business day — the usual rule for service targets —
 * and the deadline is that many business days later. So Friday + 2 is Tuesday, Saturday + 2 is Wednesday, and
 * 0 business days means "the day it is received (or the next business day)".
 */
export function slaDueDate(received: IsoDate, businessDays: number, options: IBusinessDayOptions = {}): IsoDate {
  if (!Number.isInteger(businessDays) || businessDays < 0) {
    throw new RangeError(`Svarfristen skal være et helt antal arbejdsdage (0 eller flere), ikke ${businessDays}.`);
  }
  return addBusinessDays(nextBusinessDay(received, options), businessDays, options);
}
