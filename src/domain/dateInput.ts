/**
 * Reading a date a person typed. Pure, with codes instead of messages: the UI turns a {@link DateInputProblem} into a
 * sentence in the user's language.
 *
 * Day first, as Danes (and the British) write dates, in both UI languages — never month first: `5/12/2027` is
 * 5 December whatever the UI language, so a date never silently means something else when the language changes.
 * Accepted:
 * - numbers: `14.5.2027`, `14-05-2027`, `14/5/2027`, `14. 5. 2027`, and with a two-digit year `14.5.27` (→ 2027);
 * - ISO: `2027-05-14` (also `2027-5-14`);
 * - words, Danish or English, full or abbreviated (at least three letters): `14. maj 2027`, `14 maj 27`,
 *   `3. dec. 2026`, `14 May 2027`, `14th May 2027`, `May 14, 2027`, `May 14th 2027`.
 *
 * A year outside {@link MIN_DATE_YEAR}–{@link MAX_DATE_YEAR} is refused: an activity in year 1, 1900 or 9999 is
 * always a typing slip, and SharePoint and calendar apps handle such dates badly.
 */
import type { IsoDate } from './models/common';
import { MONTH_NAMES_DA, MONTH_NAMES_EN } from './danishCalendar';
import { daysInMonth } from './dates';

/** The earliest year a typed or picked date may have. */
export const MIN_DATE_YEAR = 2000;
/** The latest year a typed or picked date may have. */
export const MAX_DATE_YEAR = 2100;

/**
 * Why typed text is not a usable date:
 * - `format`: not recognisable as a date at all (`i morgen`, `14.5`, `14. ma 2027`);
 * - `notADay`: looks like a date, but the day does not exist (`31.2.2027`, `14.13.2027`);
 * - `outOfRange`: a real day outside {@link MIN_DATE_YEAR}–{@link MAX_DATE_YEAR} (`1.1.1900`, `1.1.0001`).
 */
export type DateInputProblem = 'format' | 'notADay' | 'outOfRange';

/** The outcome of reading typed text: nothing typed, a day, or why it is not one. */
export type DateInputResult =
  | { kind: 'empty' }
  | { kind: 'date'; date: IsoDate }
  | { kind: 'invalid'; problem: DateInputProblem };

/** Short forms people write that are not a prefix of the full name. */
const EXTRA_MONTH_NAMES: Readonly<Record<string, number>> = { sept: 9 };

/** The month (1–12) a Danish or English month name or abbreviation (≥ 3 letters) names, or undefined. */
export function monthFromName(name: string): number | undefined {
  const word = name.toLowerCase().replace(/\.$/, '');
  if (EXTRA_MONTH_NAMES[word] !== undefined) return EXTRA_MONTH_NAMES[word];
  if (word.length < 3) return undefined;
  const names = [...MONTH_NAMES_DA, ...MONTH_NAMES_EN].map((n) => n.toLowerCase());
  const index = names.findIndex((n) => n.startsWith(word));
  return index < 0 ? undefined : (index % 12) + 1;
}

const NUMERIC = /^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{2}|\d{4})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DAY_FIRST_WORDS = /^(\d{1,2})(?:\.|st|nd|rd|th)?\s*(?:of\s+)?([a-zæøå]+\.?)\s*,?\s*(\d{2}|\d{4})$/;
const MONTH_FIRST_WORDS = /^([a-zæøå]+\.?)\s*(\d{1,2})(?:st|nd|rd|th)?(?:\s*,\s*|\s+)(\d{2}|\d{4})$/;

/** Reads typed text as a day (see the module comment for what is accepted). Never throws. */
export function parseDateInput(text: string): DateInputResult {
  const trimmed = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (trimmed === '') return { kind: 'empty' };
  let match: RegExpExecArray | null;
  if ((match = ISO.exec(trimmed))) return fromParts(match[1], Number(match[2]), match[3]);
  if ((match = NUMERIC.exec(trimmed))) return fromParts(match[3], Number(match[2]), match[1]);
  if ((match = DAY_FIRST_WORDS.exec(trimmed))) {
    const month = monthFromName(match[2]);
    return month === undefined ? invalid('format') : fromParts(match[3], month, match[1]);
  }
  if ((match = MONTH_FIRST_WORDS.exec(trimmed))) {
    const month = monthFromName(match[1]);
    return month === undefined ? invalid('format') : fromParts(match[3], month, match[2]);
  }
  return invalid('format');
}

/** True when a day lies in the years a date field accepts. */
export function isPlausibleYear(year: number): boolean {
  return year >= MIN_DATE_YEAR && year <= MAX_DATE_YEAR;
}

function fromParts(yearText: string, month: number, dayText: string): DateInputResult {
  // Two digits are this century: nobody plans activities for 1927.
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  const day = Number(dayText);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return invalid('notADay');
  if (!isPlausibleYear(year)) return invalid('outOfRange');
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return { kind: 'date', date: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` };
}

function invalid(problem: DateInputProblem): DateInputResult {
  return { kind: 'invalid', problem };
}
