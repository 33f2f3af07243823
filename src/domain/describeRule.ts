/**
 * Human sentences for recurrence rules: "Hvert år den 14. maj", "Hvert kvartal den 1.", "Hver måned den sidste dag",
 * "Hver 2. uge om mandagen". Danish is written here for the shapes the picker and the default rules produce (and a
 * few more); anything else is shown as "Tilpasset gentagelse" with its rule text, because rrule's own `toText()` only
 * speaks English. English descriptions always come from `toText()`.
 */
import type { IsoDate } from './models/common';
import { isoWeekday, toDateParts } from './dates';
import { formatDanishDate, MONTH_NAMES_DA, WEEKDAY_NAMES_DA } from './danishCalendar';
import { formatRule, parseRule, RuleError, WEEKDAY_CODES } from './recurrenceRule';
import type { IRuleParts, IRuleWeekday } from './recurrenceRule';
import { dayFromMonthDayParts } from './recurrence';
import { toRRule } from './rruleAdapter';
// This module loads on demand (a form, the details, an export): it brings rrule along (see rruleLibrary.ts).
import './rruleStatic';

const ORDINALS_DA: Record<number, string> = { 1: 'første', 2: 'anden', 3: 'tredje', 4: 'fjerde', 5: 'femte', [-1]: 'sidste', [-2]: 'næstsidste' };

/**
 * A sentence describing `rule` (RRULE text or parsed parts) for an activity starting on `startDate`; parts the rule
 * leaves out (the day, the month) are taken from the start date as rrule does. `undefined` means a one-off activity
 * ("Gentages ikke"). Invalid text gives "Ugyldig gentagelsesregel" rather than an exception, so a list can render.
 */
export function describeRule(rule: string | IRuleParts | undefined, startDate: IsoDate, lang: 'da' | 'en' = 'da'): string {
  if (rule === undefined || rule === '') {
    return lang === 'da' ? 'Gentages ikke' : 'Does not repeat';
  }
  let parts: IRuleParts;
  try {
    parts = typeof rule === 'string' ? parseRule(rule) : rule;
  } catch (error) {
    if (error instanceof RuleError) {
      return lang === 'da' ? 'Ugyldig gentagelsesregel' : 'Invalid recurrence rule';
    }
    throw error;
  }
  if (lang === 'en') {
    return describeEn(parts, startDate);
  }
  const core = describeCoreDa(parts, startDate);
  return core === undefined ? `Tilpasset gentagelse (${formatRule(parts)})` : `${core}${limitDa(parts)}`;
}

/**
 * English via rrule's `toText()`, with three repairs: the month-end clamp (`28,29,30;BYSETPOS=-1`) would read
 * "on the 28th, 29th and 30th", `BYMONTHDAY=-1` reads "on the last", and COUNT reads "for 4 times".
 */
function describeEn(parts: IRuleParts, startDate: IsoDate): string {
  const clampedDay = parts.bySetPos ? dayFromMonthDayParts(parts) : undefined;
  const simple = clampedDay === undefined ? parts : { ...parts, byMonthDay: [clampedDay], bySetPos: undefined };
  let text = toRRule(simple, startDate).toText()
    .replace(/\bon the last\b(?! (Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)/, 'on the last day')
    .replace(/ for 1 times?$/, ' once')
    .replace(/ for (\d+) times$/, ', $1 times');
  if (clampedDay !== undefined) {
    text = text.replace(/(on the \d+(st|nd|rd|th))/, '$1 (or the last day of shorter months)');
  }
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Hvert år den 14. maj" and friends, without COUNT/UNTIL; `undefined` for shapes not worded in Danish. */
function describeCoreDa(parts: IRuleParts, startDate: IsoDate): string | undefined {
  if (parts.byWeekNo || parts.byYearDay || (parts.wkst && parts.wkst !== 'MO')) {
    return undefined;
  }
  switch (parts.freq) {
    case 'YEARLY':
      return joinWords(everyDa(parts.interval, 'år', 'Hvert', 'år'), yearlyDayDa(parts, startDate));
    case 'MONTHLY':
      return parts.byMonth ? undefined : joinWords(monthlyEveryDa(parts.interval), monthDayDa(parts, startDate));
    case 'WEEKLY':
      return parts.byMonth || parts.bySetPos ? undefined : joinWords(everyDa(parts.interval, 'uge', 'Hver', 'uge'), weekdaysDa(parts, startDate));
    case 'DAILY':
      return parts.byMonth || parts.byMonthDay || parts.byDay ? undefined : everyDa(parts.interval, 'dag', 'Hver', 'dag');
  }
}

/** `Hvert år` / `Hvert 2. år`, `Hver uge` / `Hver 3. uge`. */
function everyDa(interval: number, unit: string, every: string, one: string): string {
  return interval === 1 ? `${every} ${one}` : `${every} ${interval}. ${unit}`;
}

function monthlyEveryDa(interval: number): string {
  if (interval === 3) return 'Hvert kvartal';
  if (interval === 6) return 'Hvert halve år';
  if (interval === 12) return 'Hvert år';
  return everyDa(interval, 'måned', 'Hver', 'måned');
}

/** `den 14. maj`, `den sidste dag i februar`, `den første mandag i februar`, `den 1. i januar og juli`. */
function yearlyDayDa(parts: IRuleParts, startDate: IsoDate): string | undefined {
  const start = toDateParts(startDate);
  const months = parts.byMonth ?? [start.month];
  const monthNames = listDa(months.map((m) => MONTH_NAMES_DA[m - 1]));
  if (parts.byDay) {
    const nth = nthWeekdayDa(parts);
    return nth === undefined || !parts.byMonth ? undefined : `den ${nth} i ${monthNames}`;
  }
  if (parts.byMonthDay && !parts.byMonth) {
    // BYMONTHDAY without BYMONTH repeats in every month; not a yearly sentence.
    return undefined;
  }
  const single = parts.byMonthDay?.length === 1 && !parts.bySetPos ? parts.byMonthDay[0] : undefined;
  const day = !parts.byMonthDay ? start.day : single ?? dayFromMonthDayParts(parts);
  if (day === undefined || day < -1) {
    return undefined;
  }
  if (day === -1) {
    return `den sidste dag i ${monthNames}`;
  }
  const clamp = parts.bySetPos ? ' (eller sidste dag i måneden)' : '';
  return months.length === 1 ? `den ${day}. ${monthNames}${clamp}` : `den ${day}. i ${monthNames}${clamp}`;
}

/** `den 14.`, `den sidste dag`, `den 30. (eller sidste dag i måneden)`, `den første mandag`, `den 1. og 15.`. */
function monthDayDa(parts: IRuleParts, startDate: IsoDate): string | undefined {
  if (parts.byDay) {
    const nth = nthWeekdayDa(parts);
    return nth === undefined ? undefined : `den ${nth}`;
  }
  if (!parts.byMonthDay) {
    return `den ${toDateParts(startDate).day}.`;
  }
  const day = dayFromMonthDayParts(parts);
  if (day === -1) {
    return 'den sidste dag';
  }
  if (day !== undefined) {
    return parts.bySetPos ? `den ${day}. (eller sidste dag i måneden)` : `den ${day}.`;
  }
  const plain = !parts.bySetPos && parts.byMonthDay.every((d) => d > 0);
  return plain ? `den ${listDa(parts.byMonthDay.map((d) => `${d}.`))}` : undefined;
}

/** `første mandag`, `sidste fredag` for a single numbered BYDAY without BYSETPOS/BYMONTHDAY. */
function nthWeekdayDa(parts: IRuleParts): string | undefined {
  const days = parts.byDay ?? [];
  if (days.length !== 1 || parts.bySetPos || parts.byMonthDay) {
    return undefined;
  }
  const { weekday, n } = days[0];
  const ordinal = n === undefined ? undefined : ORDINALS_DA[n];
  return ordinal === undefined ? undefined : `${ordinal} ${WEEKDAY_NAMES_DA[WEEKDAY_CODES.indexOf(weekday)]}`;
}

/** `om mandagen`, `om mandagen og torsdagen`; the start's weekday when the rule has no BYDAY. */
function weekdaysDa(parts: IRuleParts, startDate: IsoDate): string | undefined {
  const days: IRuleWeekday[] = parts.byDay ?? [{ weekday: WEEKDAY_CODES[isoWeekday(startDate) - 1] }];
  if (days.some((d) => d.n !== undefined)) {
    return undefined;
  }
  const ordered = days.map((d) => WEEKDAY_CODES.indexOf(d.weekday)).sort((a, b) => a - b);
  // Danish uses the definite form for a habitual weekday: "om mandagen".
  return `om ${listDa(ordered.map((i) => `${WEEKDAY_NAMES_DA[i]}en`))}`;
}

/** `, 5 gange` or `, til og med 31. december 2027`. */
function limitDa(parts: IRuleParts): string {
  if (parts.count !== undefined) {
    return parts.count === 1 ? ', 1 gang' : `, ${parts.count} gange`;
  }
  return parts.until ? `, til og med ${formatDanishDate(parts.until)}` : '';
}

/** `a`, `a og b`, `a, b og c`. */
function listDa(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`;
}

function joinWords(head: string, tail: string | undefined): string | undefined {
  return tail === undefined ? undefined : tail === '' ? head : `${head} ${tail}`;
}
