/**
 * Danish public holidays (helligdage) and the customary closing days (lukkedage) of Danish public administration.
 *
 * The movable feasts all hang off Easter Sunday, which is computed with the Gregorian computus. Store bededag was
 * abolished as a public holiday by a law passed in February 2023, with effect from 2024, so it appears only up to 2023.
 * Grundlovsdag, juleaftensdag and nytårsaftensdag are not public holidays by law, but public offices — and the
 * secretariat — close on them by agreement, so they are listed with `kind: 'lukkedag'`. The Friday after Kristi
 * himmelfartsdag is an ordinary working day and is deliberately not listed.
 */
import type { IsoDate } from './models/common';
import { addDays, formatIsoDate, toDateParts } from './dates';

/** `helligdag`: public holiday by law. `lukkedag`: a customary closing day in public administration. */
export type HolidayKind = 'helligdag' | 'lukkedag';

/** A holiday or closing day. */
export interface IHoliday {
  date: IsoDate;
  /** Danish name, e.g. `Kristi himmelfartsdag`. */
  name: string;
  kind: HolidayKind;
}

/** Options for holiday look-ups. */
export interface IHolidayOptions {
  /** Count the closing days (Grundlovsdag, juleaftensdag, nytårsaftensdag) too. Default `false`: public holidays only. */
  includeClosingDays?: boolean;
}

/** The last year Store bededag was a public holiday. */
export const LAST_YEAR_WITH_STORE_BEDEDAG = 2023;

/** The computus below is the Gregorian one, so years before the Gregorian reform are refused. */
const FIRST_YEAR = 1583;
const LAST_YEAR = 9999;

/** Holiday lists are pure functions of the year, so they are computed once per year and reused. */
const cache: Map<number, readonly IHoliday[]> = new Map();

/**
 * Easter Sunday of a Gregorian year, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). Integer arithmetic
 * only, so it is exact for every year 1583–9999.
 */
export function easterSunday(year: number): IsoDate {
  assertYear(year);
  const a = year % 19; // position in the 19-year Metonic cycle of the moon
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3); // the lunar correction
  const h = (19 * a + b - d - g + 15) % 30; // days from 21 March to the paschal full moon, roughly
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7; // days from the full moon to the following Sunday
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return formatIsoDate(year, month, day);
}

/**
 * All holidays and closing days of a year, in date order (a public holiday before a closing day on the same date,
 * which happens when Grundlovsdag falls on 2. pinsedag or Pinsedag).
 */
export function danishHolidays(year: number): readonly IHoliday[] {
  const cached = cache.get(year);
  if (cached) {
    return cached;
  }
  const easter = easterSunday(year);
  const fromEaster = (days: number, name: string): IHoliday => ({ date: addDays(easter, days), name, kind: 'helligdag' });
  const fixed = (month: number, day: number, name: string, kind: HolidayKind): IHoliday =>
    ({ date: formatIsoDate(year, month, day), name, kind });

  const holidays: IHoliday[] = [
    fixed(1, 1, 'Nytårsdag', 'helligdag'),
    fromEaster(-3, 'Skærtorsdag'),
    fromEaster(-2, 'Langfredag'),
    fromEaster(0, 'Påskedag'),
    fromEaster(1, '2. påskedag'),
    fromEaster(39, 'Kristi himmelfartsdag'),
    fromEaster(49, 'Pinsedag'),
    fromEaster(50, '2. pinsedag'),
    fixed(6, 5, 'Grundlovsdag', 'lukkedag'),
    fixed(12, 24, 'Juleaftensdag', 'lukkedag'),
    fixed(12, 25, 'Juledag', 'helligdag'),
    fixed(12, 26, '2. juledag', 'helligdag'),
    fixed(12, 31, 'Nytårsaftensdag', 'lukkedag')
  ];
  if (year <= LAST_YEAR_WITH_STORE_BEDEDAG) {
    // The fourth Friday after Easter.
    holidays.push(fromEaster(26, 'Store bededag'));
  }
  // ISO dates sort as text; on a tie the public holiday comes first.
  holidays.sort((x, y) => x.date.localeCompare(y.date) || (x.kind === y.kind ? 0 : x.kind === 'helligdag' ? -1 : 1));
  const frozen = Object.freeze(holidays.map((holiday) => Object.freeze(holiday)));
  cache.set(year, frozen);
  return frozen;
}

/** The holidays between two days, both included, in date order. Spans any number of years. */
export function holidaysBetween(from: IsoDate, to: IsoDate, options: IHolidayOptions = {}): IHoliday[] {
  const result: IHoliday[] = [];
  for (let year = toDateParts(from).year; year <= toDateParts(to).year; year++) {
    for (const holiday of danishHolidays(year)) {
      if (holiday.date >= from && holiday.date <= to && (options.includeClosingDays || holiday.kind === 'helligdag')) {
        result.push(holiday);
      }
    }
  }
  return result;
}

/** The holiday on a day (the public holiday when a closing day shares its date), or `undefined` on an ordinary day. */
export function holidayOn(date: IsoDate, options: IHolidayOptions = {}): IHoliday | undefined {
  const year = toDateParts(date).year;
  if (year < FIRST_YEAR || year > LAST_YEAR) {
    return undefined;
  }
  return danishHolidays(year).find(
    (holiday) => holiday.date === date && (options.includeClosingDays || holiday.kind === 'helligdag')
  );
}

/**
 * True on a Danish public holiday; with `includeClosingDays: true` also on Grundlovsdag, juleaftensdag and
 * nytårsaftensdag. Weekends are not holidays here — see `isBusinessDay` for that.
 */
export function isHoliday(date: IsoDate, options: IHolidayOptions = {}): boolean {
  return holidayOn(date, options) !== undefined;
}

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw new RangeError(`Helligdage kan kun beregnes for årene ${FIRST_YEAR}–${LAST_YEAR}, ikke ${year}.`);
  }
}
