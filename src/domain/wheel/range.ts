/**
 * The period an annual wheel shows. A wheel year need not be a calendar year: an organisation whose work follows the
 * school or budget year can start its wheel in August, so the wheel year 2026/27 runs 1 August 2026 – 31 July 2027.
 * Quarters and months of a zoomed wheel are counted from that start month, not from January.
 */
import type { IsoDate } from '../models/common';
import { addDays, addMonths, formatIsoDate, toDateParts } from '../dates';

/** How much of the wheel year is shown: all of it, one of its quarters or one of its months. */
export type WheelZoom =
  | { kind: 'year' }
  /** Quarter 1 is the first three months of the wheel year (August–October for a wheel year starting in August). */
  | { kind: 'quarter'; quarter: 1 | 2 | 3 | 4 }
  /** Month 1 is the wheel year's start month (August for a wheel year starting in August), month 12 the last. */
  | { kind: 'month'; month: number };

/** A range of calendar days, both ends included. */
export interface IDayRange {
  from: IsoDate;
  /** The last day shown (inclusive). */
  to: IsoDate;
}

/**
 * The days the wheel shows for wheel year `year` (the calendar year the wheel year starts in) starting in
 * `startMonth` (1–12), zoomed to the whole year, a quarter or a month. `to` is inclusive.
 *
 * `wheelRange(2026, 8, { kind: 'quarter', quarter: 1 })` → `{ from: '2026-08-01', to: '2026-10-31' }`.
 */
export function wheelRange(year: number, startMonth: number, zoom: WheelZoom): IDayRange {
  const yearStart = wheelYearStart(year, startMonth);
  switch (zoom.kind) {
    case 'year':
      return monthsFrom(yearStart, 12);
    case 'quarter':
      assertWithin(zoom.quarter, 1, 4, 'Kvartal');
      return monthsFrom(addMonths(yearStart, (zoom.quarter - 1) * 3), 3);
    case 'month':
      assertWithin(zoom.month, 1, 12, 'Måned');
      return monthsFrom(addMonths(yearStart, zoom.month - 1), 1);
    default:
      throw new RangeError('Ukendt zoomniveau.');
  }
}

/** The wheel year's label: `2026` when it is a calendar year, `2026/27` when it starts in another month. */
export function wheelYearLabel(year: number, startMonth: number): string {
  assertWithin(startMonth, 1, 12, 'Startmåned');
  if (startMonth === 1) {
    return String(year);
  }
  return `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
}

/**
 * The wheel year a day falls in: the calendar year of the wheel year's first day. With a wheel year starting in
 * August, `wheelYearOf('2027-03-15', 8) === 2026` (it belongs to 2026/27). Use it to open the wheel on "this year".
 */
export function wheelYearOf(date: IsoDate, startMonth: number): number {
  assertWithin(startMonth, 1, 12, 'Startmåned');
  const { year, month } = toDateParts(date);
  return month >= startMonth ? year : year - 1;
}

/**
 * The wheel-year month number (1–12, as {@link WheelZoom} counts them) of calendar month `calendarMonth` (1–12):
 * with a wheel year starting in August, August is 1 and July is 12.
 */
export function wheelMonthOf(calendarMonth: number, startMonth: number): number {
  assertWithin(calendarMonth, 1, 12, 'Måned');
  assertWithin(startMonth, 1, 12, 'Startmåned');
  return ((calendarMonth - startMonth + 12) % 12) + 1;
}

/** The wheel-year quarter (1–4) that wheel-year month `wheelMonth` (1–12) belongs to. */
export function wheelQuarterOf(wheelMonth: number): 1 | 2 | 3 | 4 {
  assertWithin(wheelMonth, 1, 12, 'Måned');
  return (Math.floor((wheelMonth - 1) / 3) + 1) as 1 | 2 | 3 | 4;
}

function wheelYearStart(year: number, startMonth: number): IsoDate {
  assertWithin(startMonth, 1, 12, 'Startmåned');
  return formatIsoDate(year, startMonth, 1);
}

function monthsFrom(first: IsoDate, months: number): IDayRange {
  return { from: first, to: addDays(addMonths(first, months), -1) };
}

function assertWithin(value: number, min: number, max: number, what: string): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${what} skal være et helt tal fra ${min} til ${max}, ikke ${value}.`);
  }
}
