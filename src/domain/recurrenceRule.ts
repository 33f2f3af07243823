/**
 * Reading, checking and writing RFC 5545 RRULE text (without the `RRULE:` prefix) for date-only activities.
 *
 * rrule's own parser is lenient (`FREQ=FOO` parses to an empty rule, `INTERVAL=abc` to a string), and a rule that can
 * never match (30 February) makes rrule iterate day by day up to year 9999. So rule text is checked here, strictly,
 * before rrule ever sees it (see `rruleAdapter.ts`), and only the date-level parts are accepted: activities have
 * days, not times.
 */
import type { IsoDate } from './models/common';
import { toDateParts } from './dates';
import { utcToCopenhagenDate } from './timeZone';

/** The frequencies allowed for activities (nothing more often than daily). */
export const RULE_FREQUENCIES = ['YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY'] as const;
/** A recurrence frequency. */
export type RuleFrequency = typeof RULE_FREQUENCIES[number];

/** RFC 5545 weekday codes, Monday first. */
export const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
/** A weekday code. */
export type WeekdayCode = typeof WEEKDAY_CODES[number];

/** A BYDAY entry: a weekday, optionally numbered within the month or year (`1MO` first Monday, `-1FR` last Friday). */
export interface IRuleWeekday {
  weekday: WeekdayCode;
  n?: number;
}

/** A parsed rule. Lists are never empty when present. */
export interface IRuleParts {
  freq: RuleFrequency;
  /** 1 or more; 1 when the text has no INTERVAL. */
  interval: number;
  count?: number;
  /** The last day an occurrence may fall on (inclusive), as a Copenhagen calendar day. */
  until?: IsoDate;
  byMonth?: number[];
  byWeekNo?: number[];
  byYearDay?: number[];
  byMonthDay?: number[];
  byDay?: IRuleWeekday[];
  bySetPos?: number[];
  wkst?: WeekdayCode;
}

/**
 * What is wrong with a recurrence rule, as a code the UI turns into text in the user's language (the domain holds
 * no user-facing text). Parameters name the offending part or value.
 */
export type RuleProblem =
  | 'empty' | 'dtstart' | 'multiline' | 'notKeyValue' | 'repeatedPart' | 'freqMissing' | 'freqTooOften' | 'freqUnknown'
  | 'zero' | 'timeParts' | 'unknownPart' | 'countAndUntil' | 'byWeekNoYearly' | 'byYearDayYearly' | 'byMonthDayWeekly'
  | 'bySetPosAlone' | 'numberedWeekdayFreq' | 'numberedWeekdayRange' | 'notInteger' | 'outOfRange' | 'weekdayInvalid'
  | 'weekdayZero' | 'untilInvalid' | 'untilBeforeStart' | 'neverMonthDay' | 'neverOccurs' | 'untilBeforeFirst'
  | 'pickerCountAndUntil' | 'pickerMonth' | 'pickerNthWeekday';

/** A rule problem with its parameters. */
export interface IRuleIssue {
  readonly problem: RuleProblem;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** Thrown by {@link parseRule} (and the picker) with a {@link RuleProblem}; the message is for logs only. */
export class RuleError extends Error implements IRuleIssue {
  public constructor(public readonly problem: RuleProblem, public readonly params?: Readonly<Record<string, string | number>>) {
    super(`Invalid recurrence rule: ${problem}${params ? ` ${JSON.stringify(params)}` : ''}`);
    this.name = 'RuleError';
    // Keeps `instanceof` working when the code is compiled to ES5 by a consumer.
    Object.setPrototypeOf(this, RuleError.prototype);
  }
}

const TIME_PARTS = ['BYHOUR', 'BYMINUTE', 'BYSECOND'];
const SUB_DAILY = ['HOURLY', 'MINUTELY', 'SECONDLY'];
const NUMBER_LIST_PARTS: Record<string, [number, number, keyof IRuleParts]> = {
  BYMONTH: [1, 12, 'byMonth'],
  BYWEEKNO: [1, 53, 'byWeekNo'],
  BYYEARDAY: [1, 366, 'byYearDay'],
  BYMONTHDAY: [1, 31, 'byMonthDay'],
  BYSETPOS: [1, 366, 'bySetPos']
};

/**
 * Parses RRULE text (an optional `RRULE:` prefix is allowed, names are case-insensitive) into {@link IRuleParts}.
 * Throws a {@link RuleError} with a {@link RuleProblem} for anything it cannot use: DTSTART in the text (the start
 * comes from the activity), times of day, sub-daily frequencies, malformed or out-of-range values, COUNT with UNTIL.
 * Infinite rules (no COUNT/UNTIL) are allowed; expansion is capped instead.
 */
export function parseRule(text: string): IRuleParts {
  const body = text.trim().replace(/^RRULE:/i, '');
  if (body === '') {
    throw new RuleError('empty');
  }
  if (/DTSTART/i.test(body)) {
    throw new RuleError('dtstart');
  }
  if (/[\r\n]/.test(body)) {
    throw new RuleError('multiline');
  }
  const values = new Map<string, string>();
  for (const part of body.split(';').filter((p) => p.trim() !== '')) {
    const eq = part.indexOf('=');
    if (eq <= 0) {
      throw new RuleError('notKeyValue', { part });
    }
    const key = part.slice(0, eq).trim().toUpperCase();
    if (values.has(key)) {
      throw new RuleError('repeatedPart', { key });
    }
    values.set(key, part.slice(eq + 1).trim().toUpperCase());
  }
  return buildParts(values);
}

/**
 * Writes parts as canonical RRULE text: FREQ, INTERVAL (left out when 1), BYMONTH, BYWEEKNO, BYYEARDAY, BYMONTHDAY,
 * BYDAY, BYSETPOS, WKST, COUNT, UNTIL (as a date, `YYYYMMDD`). Canonical text makes rules comparable as strings.
 */
export function formatRule(parts: IRuleParts): string {
  const out: string[] = [`FREQ=${parts.freq}`];
  if (parts.interval !== 1) out.push(`INTERVAL=${parts.interval}`);
  if (parts.byMonth) out.push(`BYMONTH=${parts.byMonth.join(',')}`);
  if (parts.byWeekNo) out.push(`BYWEEKNO=${parts.byWeekNo.join(',')}`);
  if (parts.byYearDay) out.push(`BYYEARDAY=${parts.byYearDay.join(',')}`);
  if (parts.byMonthDay) out.push(`BYMONTHDAY=${parts.byMonthDay.join(',')}`);
  if (parts.byDay) out.push(`BYDAY=${parts.byDay.map((d) => `${d.n ?? ''}${d.weekday}`).join(',')}`);
  if (parts.bySetPos) out.push(`BYSETPOS=${parts.bySetPos.join(',')}`);
  if (parts.wkst) out.push(`WKST=${parts.wkst}`);
  if (parts.count !== undefined) out.push(`COUNT=${parts.count}`);
  if (parts.until) out.push(`UNTIL=${parts.until.replace(/-/g, '')}`);
  return out.join(';');
}

function buildParts(values: Map<string, string>): IRuleParts {
  const freqText = values.get('FREQ');
  if (freqText === undefined) {
    throw new RuleError('freqMissing');
  }
  if (SUB_DAILY.indexOf(freqText) >= 0) {
    throw new RuleError('freqTooOften', { freq: freqText });
  }
  if ((RULE_FREQUENCIES as readonly string[]).indexOf(freqText) < 0) {
    throw new RuleError('freqUnknown', { freq: freqText });
  }
  const parts: IRuleParts = { freq: freqText as RuleFrequency, interval: 1 };
  values.forEach((value, key) => {
    if (key === 'FREQ') {
      return;
    } else if (key === 'INTERVAL') {
      parts.interval = integer(key, value, 1, 1000);
    } else if (key === 'COUNT') {
      parts.count = integer(key, value, 1, 10000);
    } else if (key === 'UNTIL') {
      parts.until = untilDate(value);
    } else if (key === 'BYDAY') {
      parts.byDay = value.split(',').map((entry) => weekday(entry));
    } else if (key === 'WKST') {
      parts.wkst = weekdayCode(key, value);
    } else if (NUMBER_LIST_PARTS[key]) {
      const [min, max, field] = NUMBER_LIST_PARTS[key];
      // BYMONTH counts forward only; the others may count from the end with a minus sign.
      const list = value.split(',').map((entry) => integer(key, entry, key === 'BYMONTH' ? min : -max, max));
      if (list.indexOf(0) >= 0) {
        throw new RuleError('zero', { key });
      }
      (parts as unknown as Record<string, number[]>)[field] = list;
    } else if (TIME_PARTS.indexOf(key) >= 0) {
      throw new RuleError('timeParts', { key });
    } else {
      throw new RuleError('unknownPart', { key });
    }
  });
  checkCombinations(parts);
  return parts;
}

/** The RFC 5545 rules on which parts go with which frequency, so rrule never has to guess. */
function checkCombinations(parts: IRuleParts): void {
  if (parts.count !== undefined && parts.until !== undefined) {
    throw new RuleError('countAndUntil');
  }
  if (parts.byWeekNo && parts.freq !== 'YEARLY') {
    throw new RuleError('byWeekNoYearly');
  }
  if (parts.byYearDay && parts.freq !== 'YEARLY') {
    throw new RuleError('byYearDayYearly');
  }
  if (parts.byMonthDay && parts.freq === 'WEEKLY') {
    throw new RuleError('byMonthDayWeekly');
  }
  const hasOtherBy = parts.byMonth || parts.byWeekNo || parts.byYearDay || parts.byMonthDay || parts.byDay;
  if (parts.bySetPos && !hasOtherBy) {
    throw new RuleError('bySetPosAlone');
  }
  for (const day of parts.byDay ?? []) {
    if (day.n === undefined) {
      continue;
    }
    if (parts.freq !== 'MONTHLY' && parts.freq !== 'YEARLY') {
      throw new RuleError('numberedWeekdayFreq', { value: `${day.n}${day.weekday}` });
    }
    // Within a month there are at most five of a weekday; within a whole year 53.
    const max = parts.freq === 'MONTHLY' || parts.byMonth ? 5 : 53;
    if (Math.abs(day.n) > max) {
      throw new RuleError('numberedWeekdayRange', { value: `${day.n}${day.weekday}`, max });
    }
  }
}

function integer(key: string, text: string, min: number, max: number): number {
  if (!/^[+-]?\d+$/.test(text)) {
    throw new RuleError('notInteger', { key, value: text });
  }
  const value = Number(text);
  if (value < min || value > max) {
    throw new RuleError('outOfRange', { key, min, max, value });
  }
  return value;
}

function weekday(entry: string): IRuleWeekday {
  const match = /^([+-]?\d{1,2})?([A-Z]{2})$/.exec(entry.trim());
  if (!match) {
    throw new RuleError('weekdayInvalid', { key: 'BYDAY', value: entry });
  }
  const code = weekdayCode('BYDAY', match[2]);
  if (match[1] === undefined) {
    return { weekday: code };
  }
  const n = Number(match[1]);
  if (n === 0) {
    throw new RuleError('weekdayZero', { value: entry });
  }
  return { weekday: code, n };
}

function weekdayCode(key: string, text: string): WeekdayCode {
  if ((WEEKDAY_CODES as readonly string[]).indexOf(text) < 0) {
    throw new RuleError('weekdayInvalid', { key, value: text });
  }
  return text as WeekdayCode;
}

/**
 * UNTIL as a calendar day. `YYYYMMDD` is the day itself; a UTC time (`20271231T225959Z`, as Outlook writes it) is
 * turned into its Copenhagen day; a floating time (`20271231T120000`) keeps its date.
 */
function untilDate(text: string): IsoDate {
  const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/.exec(text);
  const date = match ? `${match[1]}-${match[2]}-${match[3]}` : '';
  try {
    toDateParts(date);
  } catch {
    throw new RuleError('untilInvalid', { value: text });
  }
  if (match && match[7] === 'Z') {
    return utcToCopenhagenDate(`${date}T${match[4]}:${match[5]}:${match[6]}Z`);
  }
  return date;
}

