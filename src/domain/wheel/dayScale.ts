/**
 * Maps calendar days onto the circle. Everything is counted in whole calendar days, never in hours or instants, so
 * the 23- and 25-hour days of daylight saving time cannot move anything: every day of the range gets exactly the
 * same angle.
 *
 * Why day numbers here rather than `daysBetween`/`addDays` from `dates.ts`: those build time-zone-aware dates on every
 * call (tens of microseconds each), and a wheel of 5,000 activities with its month, week and day bands must lay out
 * in a few milliseconds. Day numbers use the very representation `dates.ts` documents — a day is 00:00 UTC of that
 * day — so they agree with it by construction; anything that is not a well-formed day is handed to `dates.ts` to be
 * rejected with its usual message.
 */
import type { IsoDate } from '../models/common';
import { fromFloatingDate, toDateParts } from '../dates';

/** A range of days laid around the full circle. */
export interface IDayScale {
  from: IsoDate;
  to: IsoDate;
  /** Days in the range, both ends included. */
  days: number;
  /** Days from `from` to `date` (negative before the range): 0 for `from`, `days - 1` for `to`. */
  offset(date: IsoDate): number;
  /** The day `offset` days after `from` (the inverse of {@link IDayScale.offset}). */
  dayAt(offset: number): IsoDate;
  /** The angle (radians, 0 at 12 o'clock, clockwise) of a position measured in days from the start of `from`. */
  angle(dayPosition: number): number;
}

const FULL_CIRCLE = 2 * Math.PI;
const MS_PER_DAY = 86400000;
const ISO_DATE: RegExp = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a calendar day; throws a `RangeError` (from `dates.ts`) for anything else. */
export function dayNumber(date: IsoDate): number {
  const match = ISO_DATE.exec(date);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    const time = Date.UTC(year, month - 1, day);
    const check = new Date(time);
    // Date.UTC rolls 2026-02-30 over into March; a real day comes back unchanged.
    if (year >= 100 && check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day) {
      return time / MS_PER_DAY;
    }
  }
  // Not a plain, real day (or a year below 100, which Date.UTC misreads): let dates.ts decide and explain.
  const parts = toDateParts(date);
  const floating = new Date(Date.UTC(2000, parts.month - 1, parts.day));
  floating.setUTCFullYear(parts.year);
  return Math.round(floating.getTime() / MS_PER_DAY);
}

/** The calendar day of a day number (see {@link dayNumber}). */
export function fromDayNumber(value: number): IsoDate {
  return fromFloatingDate(new Date(value * MS_PER_DAY));
}

/**
 * A scale from days to angles for `from`–`to` (inclusive). Offsets are memoised per day: a wheel of thousands of
 * activities uses only a few hundred distinct days.
 */
export function createDayScale(from: IsoDate, to: IsoDate): IDayScale {
  const first = dayNumber(from);
  const days = dayNumber(to) - first + 1;
  if (!(days >= 1)) {
    throw new RangeError(`Perioden skal slutte samme dag eller senere end den begynder (${from} – ${to}).`);
  }
  const memo = new Map<IsoDate, number>();
  return {
    from,
    to,
    days,
    offset(date: IsoDate): number {
      let value = memo.get(date);
      if (value === undefined) {
        value = dayNumber(date) - first;
        memo.set(date, value);
      }
      return value;
    },
    dayAt(offset: number): IsoDate {
      return fromDayNumber(first + offset);
    },
    angle(dayPosition: number): number {
      return (dayPosition / days) * FULL_CIRCLE;
    }
  };
}
