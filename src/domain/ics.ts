/**
 * The annual wheel as an iCalendar file (RFC 5545) that Outlook, Google Calendar and Apple Calendar import.
 *
 * Written here rather than with the `ics` package: that package has no PRIORITY property, which carries the MoSCoW
 * priority, and it would bring its validation library into the web part bundle. RFC 5545 for all-day events is small.
 *
 * Every activity is one all-day VEVENT (activities are days, not times): `DTSTART;VALUE=DATE` and an exclusive
 * `DTEND` the day after the last day. A recurring activity starts on its first occurrence and carries its RRULE when
 * every calendar expands that rule as the wheel does ({@link isPortableRule}: plain frequencies, one month day up to
 * the 28th, an n-th weekday, …). A rule calendars read differently — `BYSETPOS` ("the 30th, or the month's last day if
 * shorter", which ical.js expands to three days a month), month days past the 28th (RFC 5545 skips short months,
 * Outlook moves to the last day), several month days — is written out instead: its occurrences as `RDATE`s up to a
 * horizon, computed by `recurrence.ts` like the wheel's. An activity whose rule cannot be used is exported as the
 * single day the wheel shows. The UID is stable per activity, so importing again updates the
 * events instead of duplicating them. Events are marked free (TRANSP:TRANSPARENT): a deadline must not block the
 * day in anyone's calendar.
 */
import type { IActivity } from './models/activity';
import type { IsoDate, Priority } from './models/common';
import { addDays } from './dates';
import { priorityLabel } from './moscow';
import { formatRule, type IRuleParts } from './recurrenceRule';
import { expandOccurrences, nextOccurrences, usableRule } from './recurrence';
// This module loads on demand (a form, the details, an export): it brings rrule along (see rruleLibrary.ts).
import './rruleStatic';
import { sanitizeText } from './text';

/** Options for {@link toIcs}. */
export interface IIcsOptions {
  /** Shown by calendar apps as the calendar's name (`X-WR-CALNAME`). */
  calendarName: string;
  /** The time of export (`DTSTAMP`); passed in so the output is reproducible. */
  now: Date;
  /** A link back to the activity, written as `URL` and at the end of the description. */
  url?: (activity: IActivity) => string;
  /** The language of the labels in descriptions. Default Danish. */
  language?: 'da' | 'en';
  /**
   * The last day a rule written out as `RDATE`s is expanded to. Default: 31 December five years after `now`'s year.
   */
  horizon?: IsoDate;
}

/** Ordinals of BYDAY every calendar understands: first to fourth, and last. */
const PORTABLE_ORDINALS = [1, 2, 3, 4, -1];
/** The shortest length of each month (February in a common year). */
const MIN_MONTH_LENGTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * True when Outlook, Google Calendar, Apple Calendar and ical.js all expand `parts`, started on `start`, to the days
 * the `rrule` library — and so the wheel — gives. Deliberately narrow: what is not listed is exported as dates.
 */
export function isPortableRule(parts: IRuleParts, start: IsoDate): boolean {
  if (parts.bySetPos || parts.byWeekNo || parts.byYearDay) return false;
  const days = parts.byMonthDay;
  const weekdays = parts.byDay;
  const months = parts.byMonth;
  if ((days && days.length !== 1) || (months && months.length !== 1) || (days && weekdays)) return false;
  const startDay = Number(start.slice(8, 10));
  const oneNthWeekday = (): boolean =>
    !!weekdays && weekdays.length === 1 && weekdays[0].n !== undefined && PORTABLE_ORDINALS.indexOf(weekdays[0].n) >= 0;
  switch (parts.freq) {
    case 'DAILY':
      return !days && !weekdays && !months;
    case 'WEEKLY':
      return !days && !months && (weekdays ?? []).every(d => d.n === undefined);
    case 'MONTHLY':
      if (months) return false;
      if (weekdays) return oneNthWeekday();
      return (days ? days[0] : startDay) >= 1 && (days ? days[0] : startDay) <= 28;
    default: {
      // YEARLY: on one month's fixed day that every year has, or its n-th weekday.
      const month = months ? months[0] : Number(start.slice(5, 7));
      if (weekdays) return !!months && oneNthWeekday();
      const day = days ? days[0] : startDay;
      return day >= 1 && day <= MIN_MONTH_LENGTH[month - 1];
    }
  }
}

/** RFC 5545 PRIORITY: 1 is highest, 9 lowest, 0 undefined. Outlook reads 1–4 as high, 5 normal, 6–9 low. */
export const ICS_PRIORITY: Readonly<Record<Priority, number>> = {
  MUST: 1,
  SHOULD: 5,
  COULD: 7,
  "WON'T": 9
};

const CRLF = '\r\n';
/** Lines are at most 75 octets, excluding the line break (RFC 5545, 3.1). */
const MAX_LINE_OCTETS = 75;

/** The stable UID of an activity's event. */
export function icsUid(activity: Pick<IActivity, 'id'>): string {
  return `aarshjul-${activity.id}@os2koordinator`;
}

/** An iCalendar file with one all-day event per activity (see the module comment), CRLF line endings, folded lines. */
export function toIcs(activities: readonly IActivity[], options: IIcsOptions): string {
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//OS2//OS2 Koordinator//DA',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.calendarName)}`
  ];
  const ordered = [...activities].sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : a.id - b.id));
  for (const activity of ordered) {
    lines.push(...eventLines(activity, options));
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

function eventLines(activity: IActivity, options: IIcsOptions): string[] {
  // The first occurrence is the start date unless a custom rule does not match it; a bad date yields none.
  const first = nextOccurrences(activity, activity.startDate, 1)[0];
  if (!first) {
    return [];
  }
  const rule = usableRule(activity);
  const url = options.url?.(activity);
  const lines = [
    'BEGIN:VEVENT',
    `UID:${icsUid(activity)}`,
    `DTSTAMP:${formatUtc(options.now)}`,
    `DTSTART;VALUE=DATE:${formatDate(first.start)}`,
    `DTEND;VALUE=DATE:${formatDate(addDays(first.end, 1))}`
  ];
  if (rule && isPortableRule(rule, first.start)) {
    // Weeks start on Monday in Denmark; Outlook in other locales assumes Sunday, which moves INTERVAL>1 weeks.
    const written = rule.freq === 'WEEKLY' && rule.interval > 1 && !rule.wkst ? { ...rule, wkst: 'MO' as const } : rule;
    lines.push(`RRULE:${formatRule(written)}`);
  } else if (rule) {
    const horizon = options.horizon ?? `${options.now.getUTCFullYear() + 5}-12-31`;
    const later = expandOccurrences(activity, first.start, horizon).filter(o => o.start !== first.start);
    if (later.length > 0) {
      // The set is DTSTART plus the RDATEs. A one-instance rule states DTSTART's part explicitly: some readers
      // (ical.js among them) leave DTSTART out of a set made only of RDATEs, and every reader knows COUNT=1.
      lines.push('RRULE:FREQ=DAILY;COUNT=1', `RDATE;VALUE=DATE:${later.map(o => formatDate(o.start)).join(',')}`);
    }
  }
  lines.push(`SUMMARY:${escapeText(activity.title)}`);
  const description = describe(activity, url, options.language ?? 'da');
  if (description) {
    lines.push(`DESCRIPTION:${escapeText(description)}`);
  }
  lines.push(`CATEGORIES:${escapeText(activity.category)}`);
  lines.push(`PRIORITY:${ICS_PRIORITY[activity.priority] ?? 0}`);
  if (url) {
    lines.push(`URL:${sanitizeText(url).replace(/[\r\n]/g, '')}`);
  }
  const modified = activity.modified ? new Date(activity.modified) : undefined;
  if (modified && !isNaN(modified.getTime())) {
    lines.push(`LAST-MODIFIED:${formatUtc(modified)}`);
  }
  lines.push('TRANSP:TRANSPARENT', 'X-MICROSOFT-CDO-BUSYSTATUS:FREE', 'END:VEVENT');
  return lines;
}

/** The description, followed by what a calendar has no field for: priority, responsible, forum, process, link. */
function describe(activity: IActivity, url: string | undefined, language: 'da' | 'en'): string {
  const labels = language === 'da'
    ? { priority: 'Prioritet', responsible: 'Ansvarlig', forum: 'Forum', process: 'Proces', link: 'Åbn i OS2 Koordinator' }
    : { priority: 'Priority', responsible: 'Responsible', forum: 'Forum', process: 'Process', link: 'Open in OS2 Koordinator' };
  const facts = [
    `${labels.priority}: ${priorityLabel(activity.priority, language)}`,
    activity.responsible ? `${labels.responsible}: ${activity.responsible.title}` : '',
    activity.forum ? `${labels.forum}: ${activity.forum}` : '',
    activity.process ? `${labels.process}: ${activity.process.title}` : '',
    url ? `${labels.link}: ${url}` : ''
  ].filter((line) => line !== '');
  const text = activity.description?.trim();
  return [text, facts.join('\n')].filter((part) => !!part).join('\n\n');
}

/**
 * Escapes a TEXT value: backslash, semicolon, comma, and line breaks as `\n` (RFC 5545, 3.3.11). Control characters,
 * which RFC 5545 forbids (a pasted Word line break, NUL, ESC …), are removed or made line breaks first.
 */
export function escapeText(value: string): string {
  return sanitizeText(value)
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line into lines of at most 75 octets of UTF-8, each continuation starting with a space (RFC 5545,
 * 3.1). Splits only between characters, never inside a multi-byte one such as `æ`, `ø` or `å`.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = utf8Length(character);
    // Continuation lines begin with a space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

function utf8Length(character: string): number {
  const code = character.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** `2026-05-14` → `20260514`. */
function formatDate(day: IsoDate): string {
  return day.replace(/-/g, '');
}

/** An instant as a UTC DATE-TIME: `20261128T093000Z`. */
function formatUtc(instant: Date): string {
  return instant.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}
