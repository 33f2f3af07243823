/**
 * ISO 8601 weeks, as Danish calendars number them: weeks start on Monday and week 1 is the week holding the year's
 * first Thursday. So the days around New Year can belong to the neighbouring week-year: 2027-01-01 is in week 53 of
 * 2026 and 2024-12-30 is in week 1 of 2025.
 */
import type { IsoDate } from './models/common';
import { addDays, dayNumber, formatIsoDate, fromDayNumber, isLeapYear, isoWeekday } from './dates';

/*
 * Worked out on day numbers, not with date-fns: its time-zone context made every call a `Date` and an `Intl` offset
 * look-up, and the wheel's first layout paid the creation of a formatter for it (tens of milliseconds on a cold page).
 * The rule is the standard's: a week belongs to the week-year of its Thursday.
 */

/** The day number of the Thursday of a day's ISO week. */
function thursdayOf(date: IsoDate): number {
  return dayNumber(date) + 4 - isoWeekday(date);
}

const yearOf = (days: number): number => Number(fromDayNumber(days).slice(0, 4));

/** A week identified by its ISO week-year and number. */
export interface IIsoWeekId {
  /** The ISO week-year, which differs from the calendar year for some days around New Year. */
  year: number;
  /** 1–53. */
  week: number;
}

/** An ISO week with its days. */
export interface IIsoWeek extends IIsoWeekId {
  /** The Monday. */
  start: IsoDate;
  /** The Sunday. */
  end: IsoDate;
  /** `Uge 14`. */
  label: string;
}

/** The ISO week number (1–53) of a day. */
export function isoWeek(date: IsoDate): number {
  const thursday = thursdayOf(date);
  return Math.floor((thursday - dayNumber(formatIsoDate(yearOf(thursday), 1, 1))) / 7) + 1;
}

/** The ISO week-year of a day: `isoWeekYear('2024-12-30') === 2025`. */
export function isoWeekYear(date: IsoDate): number {
  return yearOf(thursdayOf(date));
}

/** The week-year and week number of a day. */
export function isoWeekOf(date: IsoDate): IIsoWeekId {
  return { year: isoWeekYear(date), week: isoWeek(date) };
}

/** 52 or 53: how many ISO weeks the week-year has (53 when it starts or, in leap years, ends on a Thursday). */
export function weeksInIsoYear(year: number): number {
  const newYear = isoWeekday(formatIsoDate(year, 1, 1));
  return newYear === 4 || (newYear === 3 && isLeapYear(year)) ? 53 : 52;
}

/** The Monday a day's week starts on. */
export function startOfIsoWeek(date: IsoDate): IsoDate {
  return addDays(date, 1 - isoWeekday(date));
}

/** The Monday of week `week` in ISO week-year `year`; throws a `RangeError` when the year has no such week. */
export function mondayOfIsoWeek(year: number, week: number): IsoDate {
  if (!Number.isInteger(week) || week < 1 || week > weeksInIsoYear(year)) {
    throw new RangeError(`${year} har ingen uge ${week}.`);
  }
  // 4 January is always in week 1, so its Monday plus (week - 1) weeks is the answer.
  return addDays(startOfIsoWeek(formatIsoDate(year, 1, 4)), (week - 1) * 7);
}

/** The label of a week: `Uge 14` in Danish, `Week 14` in English. */
export function weekLabel(week: number, lang: 'da' | 'en' = 'da'): string {
  return `${lang === 'da' ? 'Uge' : 'Week'} ${week}`;
}

/** The week a day belongs to, with its Monday, Sunday and label. */
export function isoWeekContaining(date: IsoDate, lang: 'da' | 'en' = 'da'): IIsoWeek {
  const id = isoWeekOf(date);
  const start = startOfIsoWeek(date);
  return { ...id, start, end: addDays(start, 6), label: weekLabel(id.week, lang) };
}

/** All weeks of ISO week-year `year` (52 or 53), in order, each with its Monday–Sunday range and label. */
export function isoWeeksOfYear(year: number, lang: 'da' | 'en' = 'da'): IIsoWeek[] {
  const first = mondayOfIsoWeek(year, 1);
  const count = weeksInIsoYear(year);
  const weeks: IIsoWeek[] = [];
  for (let week = 1; week <= count; week++) {
    const start = addDays(first, (week - 1) * 7);
    weeks.push({ year, week, start, end: addDays(start, 6), label: weekLabel(week, lang) });
  }
  return weeks;
}
