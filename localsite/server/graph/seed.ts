import { createHash, randomUUID } from 'crypto';
import { rrulestr } from 'rrule';
import type { IDateTimeTimeZone, IStoredAttendee, IStoredEvent } from '../store/types';
import { formatWall, parseWall, resolveZone, utcToWall } from './tz';

/** Graph's recurrence object (`pattern` + `range`), accepted as an alternative to an RRULE string. */
export interface IGraphRecurrence {
  pattern: {
    type: 'daily' | 'weekly' | 'absoluteMonthly' | 'relativeMonthly' | 'absoluteYearly' | 'relativeYearly';
    interval?: number; daysOfWeek?: string[]; dayOfMonth?: number; month?: number; firstDayOfWeek?: string;
    index?: 'first' | 'second' | 'third' | 'fourth' | 'last';
  };
  range: { type: 'endDate' | 'noEnd' | 'numbered'; startDate?: string; endDate?: string; numberOfOccurrences?: number; };
}

/**
 * A calendar event to seed. `start`/`end` are Graph's `{dateTime, timeZone}` (Windows or IANA zone) or an ISO
 * instant (`2026-05-14T08:00:00Z`). `recurrence` makes it a series master: an RRULE (`FREQ=WEEKLY;BYDAY=TH;COUNT=10`)
 * or Graph's recurrence object; occurrences keep the wall-clock time of `start` in its zone.
 */
export interface ISeedEvent {
  id?: string;
  subject: string;
  start: IDateTimeTimeZone | string;
  end: IDateTimeTimeZone | string;
  isAllDay?: boolean;
  bodyPreview?: string;
  categories?: string[];
  isCancelled?: boolean;
  location?: string | { displayName: string };
  organizer?: string | { name?: string; address: string };
  showAs?: 'free' | 'tentative' | 'busy' | 'oof' | 'workingElsewhere' | 'unknown';
  importance?: 'low' | 'normal' | 'high';
  recurrence?: string | IGraphRecurrence;
  /** Local dates (YYYY-MM-DD) of occurrences that were deleted from the series. */
  cancelledDates?: string[];
  /** Invitees: an address, or Graph's attendee shape (type and response optional). */
  attendees?: ISeedAttendee[];
  /** A Teams meeting: gets an `onlineMeeting.joinUrl` (as Outlook creates one). */
  isOnlineMeeting?: boolean;
}

/** An invitee to seed: an address, or `{ name, address, type, response }`. */
export type ISeedAttendee = string | { name?: string; address: string; type?: IStoredAttendee['type']; response?: IStoredAttendee['status']['response'] };

function normaliseAttendees(list: ISeedAttendee[], time: string): IStoredAttendee[] {
  return list.map(a => {
    const o = typeof a === 'string' ? { address: a } : a;
    if (!o || typeof o.address !== 'string' || !o.address.includes('@')) throw new Error('An attendee needs an e-mail address.');
    return {
      type: o.type || 'required',
      status: { response: o.response || 'none', time: o.response && o.response !== 'none' ? time : '0001-01-01T00:00:00Z' },
      emailAddress: { name: o.name || o.address, address: o.address }
    };
  });
}

/** A join link of Teams' form, stable for an event id. */
function teamsJoinUrl(id: string): string {
  const thread = createHash('sha1').update(id).digest('hex').slice(0, 32);
  return `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${thread}%40thread.v2/0`;
}

const DAYS: Record<string, string> = { sunday: 'SU', monday: 'MO', tuesday: 'TU', wednesday: 'WE', thursday: 'TH', friday: 'FR', saturday: 'SA' };
const INDEX: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, last: -1 };

/** Converts Graph's recurrence object to an RRULE body. */
export function graphRecurrenceToRRule(r: IGraphRecurrence): string {
  const p = r.pattern;
  const parts: string[] = [];
  const days = (p.daysOfWeek || []).map(d => DAYS[d.toLowerCase()]).filter(Boolean).join(',');
  const freq = { daily: 'DAILY', weekly: 'WEEKLY', absoluteMonthly: 'MONTHLY', relativeMonthly: 'MONTHLY', absoluteYearly: 'YEARLY', relativeYearly: 'YEARLY' }[p.type];
  if (!freq) throw new Error(`Unknown recurrence pattern type '${String(p.type)}'.`);
  parts.push(`FREQ=${freq}`, `INTERVAL=${p.interval || 1}`);
  if (p.type === 'weekly' && days) parts.push(`BYDAY=${days}`);
  if (p.type === 'absoluteMonthly' || p.type === 'absoluteYearly') parts.push(`BYMONTHDAY=${p.dayOfMonth || 1}`);
  if (p.type.endsWith('Yearly')) parts.push(`BYMONTH=${p.month || 1}`);
  if (p.type.startsWith('relative')) parts.push(`BYDAY=${days || 'MO'}`, `BYSETPOS=${INDEX[p.index || 'first']}`);
  if (p.firstDayOfWeek && DAYS[p.firstDayOfWeek.toLowerCase()]) parts.push(`WKST=${DAYS[p.firstDayOfWeek.toLowerCase()]}`);
  if (r.range.type === 'numbered') parts.push(`COUNT=${r.range.numberOfOccurrences || 1}`);
  if (r.range.type === 'endDate' && r.range.endDate) parts.push(`UNTIL=${r.range.endDate.replace(/-/g, '')}T235959Z`);
  return parts.join(';');
}

/** `{dateTime, timeZone}` checked and normalised (whole seconds); an ISO instant becomes UTC wall time. */
function normaliseDateTime(v: IDateTimeTimeZone | string, what: string): IDateTimeTimeZone {
  if (typeof v === 'string') {
    const ms = Date.parse(v);
    if (isNaN(ms)) throw new Error(`Invalid ${what} '${v}'.`);
    const hasZone = /(Z|[+-]\d{2}:?\d{2})$/i.test(v);
    return { dateTime: formatWall(hasZone ? utcToWall(ms, 'UTC') : parseWall(v)), timeZone: 'UTC' };
  }
  const wall = parseWall(v.dateTime);
  if (isNaN(wall)) throw new Error(`Invalid ${what}.dateTime '${v.dateTime}'.`);
  if (!resolveZone(v.timeZone)) throw new Error(`Unknown time zone '${v.timeZone}'.`);
  return { dateTime: formatWall(Math.floor(wall / 1000) * 1000), timeZone: v.timeZone };
}

/** Validates a seed event and gives it its stored form and id. Throws an Error with a clear message when invalid. */
export function normaliseSeedEvent(e: ISeedEvent): { id: string; data: IStoredEvent } {
  if (!e || typeof e.subject !== 'string') throw new Error('An event needs a subject.');
  const start = normaliseDateTime(e.start, 'start');
  const end = normaliseDateTime(e.end, 'end');
  let rrule: string | null = null;
  if (e.recurrence) {
    rrule = typeof e.recurrence === 'string' ? e.recurrence.replace(/^RRULE:/i, '').trim() : graphRecurrenceToRRule(e.recurrence);
    rrulestr(rrule, { dtstart: new Date(parseWall(start.dateTime)) }); // throws on a malformed rule
  }
  const organizer = typeof e.organizer === 'string' ? { name: e.organizer, address: e.organizer }
    : e.organizer ? { name: e.organizer.name || e.organizer.address, address: e.organizer.address } : { name: '', address: '' };
  const id = e.id || `AAMkAD${randomUUID().replace(/-/g, '')}`;
  const created = new Date().toISOString();
  return {
    id,
    data: {
      subject: e.subject, bodyPreview: e.bodyPreview || '', categories: e.categories || [], isAllDay: !!e.isAllDay,
      isCancelled: !!e.isCancelled, start, end,
      location: { displayName: typeof e.location === 'string' ? e.location : e.location?.displayName || '' },
      organizer: { emailAddress: organizer }, showAs: e.showAs || 'busy', importance: e.importance || 'normal', rrule,
      cancelledDates: e.cancelledDates || [], createdDateTime: created,
      attendees: normaliseAttendees(e.attendees ?? [], created),
      onlineMeeting: e.isOnlineMeeting ? { joinUrl: teamsJoinUrl(id), conferenceId: String(parseInt(createHash('sha1').update(id).digest('hex').slice(0, 8), 16)) } : null
    }
  };
}
