/**
 * Conversions between instants (UTC) and the Copenhagen wall calendar.
 *
 * SharePoint stores a date-only column as the UTC instant of midnight in the site's time zone, so 14 May 2026 comes
 * back as `2026-05-13T22:00:00Z` (summer time) and 14 January as `2026-01-13T23:00:00Z`. Graph events carry a local
 * wall-clock time plus a (often Windows) time-zone name. Offsets come from the runtime's time-zone database through
 * `@date-fns/tz`, so the last Sundays of March and October are handled by the same rules the OS uses.
 *
 * Asking `Intl` for an offset costs microseconds, and a wheel of 5,000 activities and 1,000 meetings asked about
 * 20,000 times per render. So offsets are asked once per zone and UTC day (see {@link zoneOffset}): a day without a
 * change has one offset; on the two days a year with a change, the instant of the change is found once. And the
 * conversion SharePoint's date-only columns need most (`utcToCopenhagenDate`) is remembered per value: a year's
 * thousands of items have a few hundred distinct days.
 */
import { tzOffset } from '@date-fns/tz';
import type { IsoDate, IsoDateTime } from './models/common';
import { fromDayNumber, fromFloatingDate, isIsoDate } from './dates';

/** The time zone every calendar day in the solution belongs to. */
export const COPENHAGEN_TIME_ZONE = 'Europe/Copenhagen';

/**
 * Windows time-zone names Outlook and Graph use, mapped to IANA zones. Only the ones a Danish tenant meets; any IANA
 * name is accepted as well. Romance Standard Time (Brussels, Copenhagen, Madrid, Paris) has followed the same rules
 * as Europe/Copenhagen since 1980.
 */
export const WINDOWS_TIME_ZONES: Readonly<Record<string, string>> = {
  'Romance Standard Time': COPENHAGEN_TIME_ZONE,
  'W. Europe Standard Time': 'Europe/Berlin',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Central European Standard Time': 'Europe/Warsaw',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'FLE Standard Time': 'Europe/Helsinki',
  'Greenland Standard Time': 'America/Nuuk',
  'UTC': 'UTC',
  'Coordinated Universal Time': 'UTC'
};

/** A wall-clock moment in Copenhagen. */
export interface ICopenhagenDateTime {
  /** The calendar day in Copenhagen. */
  date: IsoDate;
  /** `HH:mm`, 24-hour clock. */
  time: string;
  hour: number;
  minute: number;
  second: number;
  /** The offset from UTC in effect at that instant: 60 in winter (CET), 120 in summer (CEST). */
  utcOffsetMinutes: number;
}

/** Graph's `dateTimeTimeZone` resource, as on an event's `start` and `end`. */
export interface IGraphDateTimeTimeZone {
  /** Local wall-clock time without offset, e.g. `2026-05-14T10:00:00.0000000`. */
  dateTime: string;
  /** `Romance Standard Time`, `Europe/Copenhagen`, `UTC`, … */
  timeZone: string;
}

// Date, optional time with any number of fraction digits (Graph sends seven), optional Z or ±HH:mm / ±HHmm offset.
const INSTANT_PATTERN: RegExp =
  /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

const DAY_MS = 86400000;
/** How many values {@link utcToCopenhagenDate} remembers before it starts over (a few years of days, many times over). */
const MAX_REMEMBERED = 20000;
const copenhagenDates = new Map<string, IsoDate>();
const knownZones = new Set<string>();

interface IParsedInstant {
  date: IsoDate;
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** Minutes east of UTC, or undefined when the text carried no offset. */
  offsetMinutes: number | undefined;
  hasTime: boolean;
}

/** Years whose Copenhagen offsets follow the EU's summer-time rule as in force since 1996 (checked against the runtime's database in the tests). */
const EU_RULE_FROM = 1996;
const EU_RULE_TO = 2099;

/**
 * Copenhagen's offset in minutes at `instant` by the EU rule (Directive 2000/84/EC, in force since 1996): summer time
 * from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October; `undefined` outside
 * {@link EU_RULE_FROM}–{@link EU_RULE_TO}.
 */
function euRuleOffset(instant: number): number | undefined {
  const year = new Date(instant).getUTCFullYear();
  if (year < EU_RULE_FROM || year > EU_RULE_TO) return undefined;
  const lastSundayAtOne = (month: number): number => {
    const lastDay = Date.UTC(year, month + 1, 0);
    return lastDay - new Date(lastDay).getUTCDay() * DAY_MS + 3600000;
  };
  return instant >= lastSundayAtOne(2) && instant < lastSundayAtOne(9) ? 120 : 60;
}

/** The Copenhagen calendar day at instant `now`. Pass the clock in, so rules stay testable. */
export function todayInCopenhagen(now: Date): IsoDate {
  return utcToCopenhagenDateTime(now.toISOString()).date;
}

/**
 * The UTC instant SharePoint stores for a date-only column holding `date`: 00:00 in Copenhagen.
 * `copenhagenMidnightUtc('2026-05-14') === '2026-05-13T22:00:00Z'`.
 */
export function copenhagenMidnightUtc(date: IsoDate): IsoDateTime {
  return copenhagenDateTimeToUtc(date, '00:00');
}

/**
 * The Copenhagen calendar day of an instant: the inverse of {@link copenhagenMidnightUtc}. Accepts `Z` and explicit
 * offsets (`2026-05-14T00:00:00+02:00`); text without an offset is taken as UTC, which is what SharePoint and Graph
 * mean by it. A bare `YYYY-MM-DD` is already a calendar day and is returned unchanged.
 */
export function utcToCopenhagenDate(value: IsoDateTime): IsoDate {
  let date = copenhagenDates.get(value);
  if (date === undefined) {
    const parsed = parseInstant(value);
    date = parsed.hasTime || parsed.offsetMinutes !== undefined ? wallClock(instantMillis(parsed)).date : parsed.date;
    if (copenhagenDates.size >= MAX_REMEMBERED) copenhagenDates.clear();
    copenhagenDates.set(value, date);
  }
  return date;
}

/**
 * The Copenhagen calendar day of epoch milliseconds: `utcToCopenhagenDate(formatInstant(millis))` without writing and
 * parsing the text (working-time sums ask it once per day of a span).
 */
export function copenhagenDateOfMillis(millis: number): IsoDate {
  return fromDayNumber(Math.floor((millis + zoneOffset(COPENHAGEN_TIME_ZONE, millis) * 60000) / DAY_MS));
}

/** The Copenhagen wall-clock date and time of an instant (see {@link utcToCopenhagenDate} for accepted input). */
export function utcToCopenhagenDateTime(value: IsoDateTime): ICopenhagenDateTime {
  return wallClock(instantMillis(parseInstant(value)));
}

/** The Copenhagen wall clock at epoch milliseconds `instant`. */
function wallClock(instant: number): ICopenhagenDateTime {
  const offset = zoneOffset(COPENHAGEN_TIME_ZONE, instant);
  // Shift the instant by the offset and read it as UTC: that reading is the local wall clock.
  const wall = new Date(instant + offset * 60000);
  const hour = wall.getUTCHours();
  const minute = wall.getUTCMinutes();
  return {
    date: fromFloatingDate(wall),
    time: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`,
    hour,
    minute,
    second: wall.getUTCSeconds(),
    utcOffsetMinutes: offset
  };
}

/**
 * The UTC instant of a Copenhagen wall-clock time (`HH:mm` or `HH:mm:ss`). See {@link zonedTimeToUtc} for the
 * hour that does not exist in March and the hour that happens twice in October.
 */
export function copenhagenDateTimeToUtc(date: IsoDate, time: string): IsoDateTime {
  const match = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(time);
  if (!match) {
    throw new RangeError(`Ugyldigt klokkeslæt: "${time}". Skriv det som TT:MM.`);
  }
  return zonedTimeToUtc(`${date}T${time}`, COPENHAGEN_TIME_ZONE);
}

/** The UTC instant of a Graph event time, e.g. `{ dateTime: '2026-05-14T10:00:00.0000000', timeZone: 'Romance Standard Time' }`. */
export function graphDateTimeToUtc(value: IGraphDateTimeTimeZone): IsoDateTime {
  return zonedTimeToUtc(value.dateTime, ianaTimeZone(value.timeZone));
}

/** The IANA zone for a Windows or IANA time-zone name; throws a `RangeError` for a zone the runtime does not know. */
export function ianaTimeZone(name: string): string {
  const zone = WINDOWS_TIME_ZONES[name] ?? name;
  if (!knownZones.has(zone)) {
    if (Number.isNaN(tzOffset(zone, new Date(0)))) {
      throw new RangeError(`Ukendt tidszone: "${name}".`);
    }
    knownZones.add(zone);
  }
  return zone;
}

/**
 * The UTC instant of a wall-clock time in `timeZone` (an IANA name). An offset in the text wins over the zone.
 * Daylight-saving transitions follow what Outlook does: a time inside the skipped hour (02:30 on the last Sunday of
 * March) is moved forward by the gap (03:30 summer time); a time in the repeated hour (02:30 on the last Sunday of
 * October) is taken as the first of the two, i.e. still summer time.
 */
export function zonedTimeToUtc(wallTime: string, timeZone: string): IsoDateTime {
  const parsed = parseInstant(wallTime);
  if (parsed.offsetMinutes !== undefined) {
    return formatInstant(instantMillis(parsed));
  }
  const wallAsUtc = instantMillis({ ...parsed, offsetMinutes: 0 });
  // The offsets a day either side cover both sides of any transition near this wall time.
  const before = zoneOffset(timeZone, wallAsUtc - DAY_MS);
  const after = zoneOffset(timeZone, wallAsUtc + DAY_MS);
  if (before === after) {
    // No change within a day either side (all but two days a year): the wall time has exactly this offset.
    const instant = wallAsUtc - before * 60000;
    if (zoneOffset(timeZone, instant) === before) {
      return formatInstant(instant);
    }
  }
  const candidates = [before, after]
    .map((offset) => wallAsUtc - offset * 60000)
    .filter((instant) => wallAsUtc - zoneOffset(timeZone, instant) * 60000 === instant)
    .sort((a, b) => a - b);
  // No candidate means the wall time fell in the gap: reading it with the pre-gap offset lands just after the gap.
  return formatInstant(candidates.length > 0 ? candidates[0] : wallAsUtc - before * 60000);
}

/** Formats epoch milliseconds as `YYYY-MM-DDTHH:mm:ssZ` (milliseconds only when not zero). */
export function formatInstant(millis: number): IsoDateTime {
  return new Date(millis).toISOString().replace('.000Z', 'Z');
}


/**
 * A zone's offsets during one span of UTC days: `start` from its first millisecond; from `changeAt` (when set) on, `end`.
 * `changeAt` undefined: one offset all through.
 */
interface ISpanOffsets {
  start: number;
  end: number;
  changeAt: number | undefined;
}

/** Per zone, per span of {@link SPAN_DAYS} UTC days (numbered from the epoch): the offsets asked of the runtime so far. */
const spanOffsets = new Map<string, Map<number, ISpanOffsets>>();
/** Spans remembered per zone before that zone's memory starts over (over 130 years). */
const MAX_SPANS_PER_ZONE = 7000;
/**
 * The span one question to the runtime covers. A year of SharePoint dates touches about 365 days; asked per day, that
 * was 730 `Intl` look-ups in the first render (≈ 15 ms, issue 9); per week it is about 105.
 */
const SPAN_DAYS = 7;
const SPAN_MS = SPAN_DAYS * DAY_MS;

/**
 * The offset (minutes east of UTC) of `timeZone` at epoch milliseconds `millis`, exactly as `tzOffset` gives it, but
 * asked of the runtime once per zone and week (a span of seven UTC days): the offsets at the span's first and last
 * millisecond; when they differ, the first millisecond of the new offset is found by bisection, once. This relies on a
 * zone changing its offset at most once within a week — true of every zone this solution meets (Europe changes on the
 * last Sundays of March and October, Greenland likewise), and the tests compare it with `tzOffset` for every day and
 * around every change across 2000–2100.
 */
function zoneOffset(timeZone: string, millis: number): number {
  let days = spanOffsets.get(timeZone);
  if (!days) {
    days = new Map();
    spanOffsets.set(timeZone, days);
  }
  const span = Math.floor(millis / SPAN_MS);
  let offsets = days.get(span);
  if (!offsets) {
    offsets = offsetsOfSpan(timeZone, span);
    if (days.size >= MAX_SPANS_PER_ZONE) days.clear();
    days.set(span, offsets);
  }
  return offsets.changeAt === undefined || millis < offsets.changeAt ? offsets.start : offsets.end;
}

function offsetsOfSpan(timeZone: string, span: number): ISpanOffsets {
  const first = span * SPAN_MS;
  const last = first + SPAN_MS - 1;
  const start = runtimeOffset(timeZone, first);
  const end = runtimeOffset(timeZone, last);
  if (start === end) {
    return { start, end, changeAt: undefined };
  }
  // The first millisecond with the new offset: `low` always has the old one, `high` the new one.
  let low = first;
  let high = last;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (runtimeOffset(timeZone, middle) === start) low = middle;
    else high = middle;
  }
  return { start, end, changeAt: high };
}

/**
 * The offset of `timeZone` at `millis` from the runtime's time-zone database — for Copenhagen in
 * {@link EU_RULE_FROM}–{@link EU_RULE_TO} by the EU rule instead, which gives the same (tested): the runtime's first
 * `Intl.DateTimeFormat` costs 20–70 ms of locale and zone data, and a first load converts today, its queries' bounds
 * and its rows' dates in the tasks around its request (issue 9).
 */
function runtimeOffset(timeZone: string, millis: number): number {
  if (timeZone === COPENHAGEN_TIME_ZONE) {
    const rule = euRuleOffset(millis);
    if (rule !== undefined) return rule;
  }
  const offset = tzOffset(timeZone, new Date(millis));
  if (Number.isNaN(offset)) {
    throw new RangeError(`Ukendt tidszone: "${timeZone}".`);
  }
  return offset;
}

function parseInstant(value: string): IParsedInstant {
  const match = INSTANT_PATTERN.exec(value.trim());
  if (!match || !isIsoDate(match[1])) {
    throw new RangeError(match ? `Ugyldig dato: "${match[1]}". Datoer skrives som ÅÅÅÅ-MM-DD.` : `Ugyldigt tidspunkt: "${value}".`);
  }
  const date = match[1];
  const hour = match[2] === undefined ? 0 : Number(match[2]);
  const minute = match[3] === undefined ? 0 : Number(match[3]);
  const second = match[4] === undefined ? 0 : Number(match[4]);
  if (hour > 24 || minute > 59 || second > 59 || (hour === 24 && (minute > 0 || second > 0))) {
    throw new RangeError(`Ugyldigt tidspunkt: "${value}".`);
  }
  // Keep milliseconds only; Graph's seven fraction digits are 100-nanosecond ticks.
  const millisecond = match[5] === undefined ? 0 : Math.floor(Number(`0.${match[5]}`) * 1000);
  return {
    date,
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    day: Number(date.slice(8, 10)),
    hour,
    minute,
    second,
    millisecond,
    offsetMinutes: parseOffset(match[6]),
    hasTime: match[2] !== undefined
  };
}

function parseOffset(text: string | undefined): number | undefined {
  if (text === undefined) {
    return undefined;
  }
  if (text.toUpperCase() === 'Z') {
    return 0;
  }
  const digits = text.replace(':', '');
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
  return digits[0] === '-' ? -minutes : minutes;
}

function instantMillis(parsed: IParsedInstant): number {
  const { year, month, day } = parsed;
  const local = Date.UTC(year, month - 1, day, parsed.hour, parsed.minute, parsed.second, parsed.millisecond);
  return local - (parsed.offsetMinutes ?? 0) * 60000;
}
