import { rrulestr } from 'rrule';
import type { IEventRow } from '../store/types';
import { formatWall, parseWall, resolveZone, utcToWall, wallDate, wallToUtc } from './tz';

const DAY = 86400000;
/** Safety limit on occurrences of one series inside one window. */
const MAX_OCCURRENCES = 5000;

/** One event instance in a window: a single event or an occurrence of a series. */
export interface IInstance { row: IEventRow; startUtc: number; endUtc: number; occurrenceDate?: string; }

/** Start and end of an event as instants. All-day events are floating dates, placed in the zone the caller reads in. */
function span(row: IEventRow, startWall: number, outZone: string): { start: number; end: number } {
  const e = row.data;
  const zone = e.isAllDay ? outZone : resolveZone(e.start.timeZone) || 'UTC';
  const endZone = e.isAllDay ? outZone : resolveZone(e.end.timeZone) || zone;
  const baseStart = parseWall(e.start.dateTime);
  const duration = Math.max(0, wallToUtc(parseWall(e.end.dateTime), endZone) - wallToUtc(baseStart, zone));
  if (e.isAllDay) {
    const wallLength = Math.max(DAY, parseWall(e.end.dateTime) - baseStart);
    return { start: wallToUtc(startWall, zone), end: wallToUtc(startWall + wallLength, zone) };
  }
  const start = wallToUtc(startWall, zone);
  return { start, end: start + duration };
}

/**
 * The instances of a mailbox's events overlapping [from, to). A series is expanded with its RRULE in the wall
 * time of its own zone (floating), and each occurrence is then placed in that zone — so a weekly 10:00
 * Europe/Copenhagen meeting stays at 10:00 local across the DST change (09:00Z in winter, 08:00Z in summer).
 */
export function instancesInWindow(rows: IEventRow[], from: number, to: number, outZone: string): IInstance[] {
  const out: IInstance[] = [];
  for (const row of rows) {
    const e = row.data;
    const startWall = parseWall(e.start.dateTime);
    if (!e.rrule) {
      const s = span(row, startWall, outZone);
      if (s.start < to && s.end > from) out.push({ row, startUtc: s.start, endUtc: s.end });
      continue;
    }
    const zone = e.isAllDay ? outZone : resolveZone(e.start.timeZone) || 'UTC';
    const rule = rrulestr(e.rrule, { dtstart: new Date(startWall) });
    const length = span(row, startWall, outZone);
    // Search a little wider in wall time (zone offsets, long events), then test each occurrence exactly.
    const after = new Date(utcToWall(from, zone) - (length.end - length.start) - 2 * DAY);
    const before = new Date(utcToWall(to, zone) + 2 * DAY);
    let n = 0;
    for (const d of rule.between(after, before, true)) {
      if (++n > MAX_OCCURRENCES) break;
      const date = wallDate(d.getTime());
      if (e.cancelledDates.indexOf(date) >= 0) continue;
      const s = span(row, d.getTime(), outZone);
      if (s.start < to && s.end > from) out.push({ row, startUtc: s.start, endUtc: s.end, occurrenceDate: date });
    }
  }
  return out;
}

/** Graph's event JSON for an instance, with times in `outZone` (labelled `zoneLabel`). */
export function eventJson(i: IInstance, outZone: string, zoneLabel: string, mailboxAddress: string): Record<string, unknown> {
  const e = i.row.data;
  const occurrence = !!i.occurrenceDate;
  const id = occurrence ? `${i.row.id}_${i.occurrenceDate!.replace(/-/g, '')}` : i.row.id;
  return {
    '@odata.etag': `W/"${Buffer.from(`${id}:${e.createdDateTime}`).toString('base64').slice(0, 24)}"`,
    id,
    createdDateTime: e.createdDateTime,
    lastModifiedDateTime: e.createdDateTime,
    categories: e.categories,
    subject: e.subject,
    bodyPreview: e.bodyPreview,
    importance: e.importance,
    isAllDay: e.isAllDay,
    isCancelled: e.isCancelled,
    isOrganizer: e.organizer.emailAddress.address.toLowerCase() === mailboxAddress.toLowerCase(),
    seriesMasterId: occurrence ? i.row.id : null,
    showAs: e.showAs,
    type: occurrence ? 'occurrence' : 'singleInstance',
    webLink: `https://outlook.office.com/calendar/item/${encodeURIComponent(id)}`,
    start: { dateTime: formatWall(utcToWall(i.startUtc, outZone)), timeZone: zoneLabel },
    end: { dateTime: formatWall(utcToWall(i.endUtc, outZone)), timeZone: zoneLabel },
    location: { displayName: e.location.displayName, locationType: 'default', uniqueIdType: 'unknown' },
    organizer: e.organizer,
    attendees: e.attendees ?? [],
    // A Teams meeting: `onlineMeeting` holds the join link; any other event has null there (Graph's default).
    isOnlineMeeting: !!e.onlineMeeting,
    onlineMeetingProvider: e.onlineMeeting ? 'teamsForBusiness' : 'unknown',
    onlineMeeting: e.onlineMeeting ? { joinUrl: e.onlineMeeting.joinUrl, conferenceId: e.onlineMeeting.conferenceId } : null,
    onlineMeetingUrl: null
  };
}
