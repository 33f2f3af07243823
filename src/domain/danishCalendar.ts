/**
 * Danish names for months and weekdays, and Danish date formatting. Kept here rather than taken from `Intl` because
 * rule descriptions must read the same in every browser and in Node, whatever locale data the runtime ships.
 */
import type { IsoDate } from './models/common';
import { isoWeekday, toDateParts } from './dates';

/** Danish month names, lowercase as Danish writes them; index 0 = januar. */
export const MONTH_NAMES_DA: readonly string[] = [
  'januar', 'februar', 'marts', 'april', 'maj', 'juni',
  'juli', 'august', 'september', 'oktober', 'november', 'december'
];

/** English month names; index 0 = January. */
export const MONTH_NAMES_EN: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December'
];

/** Danish weekday names, lowercase, Monday first (index 0 = mandag), as Danish weeks start on Monday. */
export const WEEKDAY_NAMES_DA: readonly string[] = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'];

/** English weekday names, Monday first. */
export const WEEKDAY_NAMES_EN: readonly string[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * A day the Danish way: `14. maj 2026`; with `withWeekday`, `torsdag den 14. maj 2026`; with `withYear: false`,
 * `14. maj`.
 */
export function formatDanishDate(date: IsoDate, options: { withWeekday?: boolean; withYear?: boolean } = {}): string {
  const { year, month, day } = toDateParts(date);
  const dayMonth = `${day}. ${MONTH_NAMES_DA[month - 1]}`;
  const text = options.withYear === false ? dayMonth : `${dayMonth} ${year}`;
  return options.withWeekday ? `${WEEKDAY_NAMES_DA[isoWeekday(date) - 1]} den ${text}` : text;
}

/** The text with its first letter upper-cased: Danish month and weekday names are lower case mid-sentence. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
