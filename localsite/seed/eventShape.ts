import { createHash } from 'crypto';
import type { IsoDate } from '../../src/domain/models';
import { addDays } from '../../src/domain';
import type { ISeedEvent } from '../server/store';

/** Who sends the demo invitations. */
const ORGANIZERS = {
  lars: { name: 'Lars Holm', address: 'lars.holm@os2.eu' },
  mette: { name: 'Mette Kjær', address: 'mette.kjaer@os2.eu' },
  board: { name: 'OS2 Bestyrelse', address: 'bestyrelse@os2.eu' },
  shared: { name: 'OS2 Sekretariat', address: 'sekretariat@os2.eu' }
} as const;

/** An organizer of demo events. */
export type Organizer = keyof typeof ORGANIZERS;

/** A calendar event as the demo describes it: a Copenhagen day with local times, or whole days. */
export interface IDemoEvent {
  subject: string;
  /** The (first) day. */
  day: IsoDate;
  /** Start and end, Copenhagen wall clock (`HH:mm`); an all-day event when left out. */
  time?: [string, string];
  /** All-day events: how many days (default 1). */
  days?: number;
  categories: string[];
  location: string;
  organizer: Organizer;
  body: string;
  cancelled?: boolean;
  /** A recurring series: its RRULE (the first occurrence is `day`). */
  rrule?: string;
  /** Occurrences removed from the series. */
  cancelledDates?: IsoDate[];
  /** Who is invited, and how they answered (the organizer is not listed: Graph gives them as `organizer`). */
  attendees?: readonly IDemoAttendee[];
  /** A Teams meeting (the local Graph gives it an `onlineMeeting.joinUrl`). */
  online?: boolean;
}

/** An invitee of a demo meeting. */
export interface IDemoAttendee {
  name: string;
  address: string;
  response?: 'accepted' | 'tentativelyAccepted' | 'declined' | 'none';
  type?: 'required' | 'optional' | 'resource';
}

/** The board as invited: the chair organises in his own calendar; Karen Mikkelsen takes the minutes. */
export const BOARD_INVITEES: readonly IDemoAttendee[] = [
  { name: 'Lars Holm', address: 'lars.holm@os2.eu', response: 'accepted' },
  { name: 'Anne Sørensen', address: 'anne.sorensen@os2.eu', response: 'accepted' },
  { name: 'Henrik Nørgaard', address: 'henrik.norgaard@os2.eu', response: 'accepted' },
  { name: 'Birgitte Skov', address: 'birgitte.skov@os2.eu', response: 'declined' },
  { name: 'Mette Kjær', address: 'mette.kjaer@os2.eu', response: 'accepted' },
  { name: 'Karen Mikkelsen', address: 'karen.mikkelsen@os2.eu', response: 'tentativelyAccepted', type: 'optional' },
  { name: 'Mødelokale Aarhus', address: 'moedelokale.aarhus@os2.eu', response: 'accepted', type: 'resource' }
];

/** The secretariat's weekly meeting. */
export const SECRETARIAT_INVITEES: readonly IDemoAttendee[] = [
  { name: 'Mette Kjær', address: 'mette.kjaer@os2.eu', response: 'accepted' },
  { name: 'Jonas Berg', address: 'jonas.berg@os2.eu', response: 'accepted' },
  { name: 'Karen Mikkelsen', address: 'karen.mikkelsen@os2.eu', response: 'accepted' }
];

/** The coordination group: the secretariat and contacts in the member municipalities. */
export const COORDINATION_INVITEES: readonly IDemoAttendee[] = [
  { name: 'Jonas Berg', address: 'jonas.berg@os2.eu', response: 'accepted' },
  { name: 'Anne Sørensen', address: 'anne.sorensen@os2.eu', response: 'accepted' },
  { name: 'Pia Mortensen', address: 'pia.mortensen@os2.eu', response: 'accepted' },
  { name: 'Birgitte Skov', address: 'birgitte.skov@os2.eu', response: 'none' }
];

/** Outlook writes wall-clock times with seven fractional digits in the calendar's Windows zone. */
const ZONE = 'Romance Standard Time';
const wallClock = (day: IsoDate, time: string): { dateTime: string; timeZone: string } =>
  ({ dateTime: `${day}T${time}:00.0000000`, timeZone: ZONE });

/**
 * A stable Outlook-style id for a demo event, so every seed of a year gets the same ids (decisions store them)
 * instead of the random ids the local Graph would assign.
 */
export function demoEventId(mailbox: string, event: IDemoEvent): string {
  const hash = createHash('sha256').update(`${mailbox}|${event.subject}|${event.day}|${event.time?.[0] ?? 'heldag'}`).digest('hex');
  return `AAMkAD${hash.slice(0, 40)}`;
}

/** The local Graph's seed shape for a demo event in `mailbox`. */
export function toSeedEvent(mailbox: string, event: IDemoEvent): ISeedEvent {
  const allDay = event.time === undefined;
  const [from, to] = event.time ?? ['00:00', '00:00'];
  return {
    id: demoEventId(mailbox, event),
    subject: event.subject,
    bodyPreview: event.body,
    categories: event.categories,
    isAllDay: allDay,
    isCancelled: event.cancelled === true,
    start: wallClock(event.day, from),
    end: wallClock(allDay ? addDays(event.day, event.days ?? 1) : event.day, to),
    location: { displayName: event.location },
    organizer: { ...ORGANIZERS[event.organizer] },
    recurrence: event.rrule,
    cancelledDates: event.cancelledDates,
    attendees: event.attendees?.map(a => ({ name: a.name, address: a.address, type: a.type ?? 'required', response: a.response ?? 'none' })),
    isOnlineMeeting: event.online === true
  };
}
