import type { IsoDate } from '../domain/models';
import type { UiLanguage } from './hosting';
import { toDateParts } from '../domain/dates';
import { formatDanishDate, MONTH_NAMES_EN } from '../domain/danishCalendar';

/**
 * A day written out in words, as a screen reader should read it and a person would write it: `14. maj 2026` in
 * Danish, `14 May 2026` in English. `withYear: false` leaves the year out.
 */
export function formatDay(date: IsoDate, language: UiLanguage, options: { withYear?: boolean } = {}): string {
  if (language === 'da') return formatDanishDate(date, options);
  const { year, month, day } = toDateParts(date);
  const text = `${day} ${MONTH_NAMES_EN[month - 1]}`;
  return options.withYear === false ? text : `${text} ${year}`;
}

/** A range of days: one day as {@link formatDay}; otherwise `1. maj – 10. maj 2026` (the year once when both share it). */
export function formatDayRange(start: IsoDate, end: IsoDate, language: UiLanguage): string {
  if (start === end) return formatDay(start, language);
  const sameYear = toDateParts(start).year === toDateParts(end).year;
  return `${formatDay(start, language, { withYear: !sameYear })} – ${formatDay(end, language)}`;
}
