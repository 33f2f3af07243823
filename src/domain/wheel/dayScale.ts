/**
 * Maps calendar days onto the circle. Everything is counted in whole calendar days (see `dates.ts`), never in hours
 * or instants, so the 23- and 25-hour days of daylight saving time cannot move anything: every day of the range gets
 * exactly the same angle.
 */
import type { IsoDate } from '../models/common';
import { addDays, daysBetween } from '../dates';

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

/**
 * A scale from days to angles for `from`–`to` (inclusive). Offsets are memoised per day: a wheel of thousands of
 * activities uses only a few hundred distinct days, so most look-ups skip date parsing altogether.
 */
export function createDayScale(from: IsoDate, to: IsoDate): IDayScale {
  const days = daysBetween(from, to) + 1;
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
        value = daysBetween(from, date);
        memo.set(date, value);
      }
      return value;
    },
    dayAt(offset: number): IsoDate {
      return addDays(from, offset);
    },
    angle(dayPosition: number): number {
      return (dayPosition / days) * FULL_CIRCLE;
    }
  };
}
