import type { IMeeting, IMeetingAttendee, IsoDate } from '../../domain/models';
import { addDays } from '../../domain/dates';
import { copenhagenMidnightUtc, graphDateTimeToUtc, utcToCopenhagenDate } from '../../domain/timeZone';
import { meetingEndDay } from '../../domain/meetingDay';
import { graphRelativePath, type IGraphClient } from '../config/graph';

/** Whose Outlook calendar to read. */
export type CalendarSource =
  | { kind: 'me' }
  | { kind: 'group'; groupId: string }
  | { kind: 'user'; upn: string };

/** Optional narrowing of the meetings shown. */
export interface IMeetingFilter {
  /** Only events with this Outlook category (case-insensitive). */
  category?: string;
  /** Only events whose subject contains this text (case-insensitive). */
  subjectContains?: string;
}

/** Reads Outlook meetings through Microsoft Graph. */
export interface ICalendarService {
  /**
   * Meetings from the first moment of `from` to the end of `to` (both Copenhagen days, inclusive), cancelled ones
   * left out, narrowed by `filter` if given. `signal` aborts the Graph requests (a stale year).
   */
  getMeetings(source: CalendarSource, from: IsoDate, to: IsoDate, filter?: IMeetingFilter, signal?: AbortSignal): Promise<IMeeting[]>;
  /**
   * Like {@link getMeetings}, with what a meeting picker shows besides: the attendees and the Teams join link
   * (`attendees`, `onlineMeeting`). A separate call because the wheel needs neither, and a year of meetings with
   * their invitees is many times the bytes.
   */
  getMeetingsWithAttendees(source: CalendarSource, from: IsoDate, to: IsoDate, options?: IMeetingPageOptions): Promise<IMeeting[]>;
}

/** Options of {@link ICalendarService.getMeetingsWithAttendees}. */
export interface IMeetingPageOptions {
  filter?: IMeetingFilter;
  /** Events per Graph page (default 100; the service follows `@odata.nextLink` through every page). */
  pageSize?: number;
  signal?: AbortSignal;
}

/**
 * The narrowing of {@link IMeetingFilter}, on meetings already loaded: changing the category or subject text in
 * the property pane filters in memory instead of downloading the Graph pages again.
 */
export function filterMeetings(meetings: readonly IMeeting[], filter: IMeetingFilter = {}): IMeeting[] {
  const category = filter.category?.toLowerCase();
  const subject = filter.subjectContains?.toLowerCase();
  return meetings.filter(m => (!category || m.categories.some(c => c.toLowerCase() === category)) &&
    (!subject || m.subject.toLowerCase().includes(subject)));
}

interface IGraphEvent {
  id: string;
  subject?: string;
  bodyPreview?: string;
  categories?: string[];
  isAllDay?: boolean;
  isCancelled?: boolean;
  seriesMasterId?: string;
  webLink?: string;
  start: { dateTime: string; timeZone: string };
  end: { dateTime: string; timeZone: string };
  location?: { displayName?: string };
  organizer?: { emailAddress?: { name?: string; address?: string } };
  attendees?: { type?: string; status?: { response?: string }; emailAddress?: { name?: string; address?: string } }[];
  /** Graph sends `null` for a meeting that is not online; `?.` reads both. */
  onlineMeeting?: { joinUrl?: string };
}

interface IGraphPage { value: IGraphEvent[]; '@odata.nextLink'?: string }

const SELECT = 'id,subject,bodyPreview,categories,isAllDay,isCancelled,seriesMasterId,type,webLink,start,end,location,organizer';
/** The picker's fields: the wheel's, the invitees and the online meeting (Graph's `onlineMeetingInfo`). */
const SELECT_WITH_ATTENDEES = `${SELECT},attendees,onlineMeeting`;
const ATTENDEE_TYPES: readonly IMeetingAttendee['type'][] = ['required', 'optional', 'resource'];
const RESPONSES: readonly string[] = ['none', 'organizer', 'tentativelyAccepted', 'accepted', 'declined', 'notResponded'];
/** Graph returns start/end in this zone; `graphDateTimeToUtc` turns them into instants. */
const PREFER_ZONE = 'outlook.timezone="Romance Standard Time"';
/** calendarView's largest page: 1,000 meetings in one request instead of four. */
const PAGE_SIZE = 1000;
/** The picker's page: invitees make each event several times larger. */
const ATTENDEES_PAGE_SIZE = 100;

function basePath(source: CalendarSource): string {
  switch (source.kind) {
    case 'group': return `/groups/${encodeURIComponent(source.groupId)}/calendar/calendarView`;
    case 'user': return `/users/${encodeURIComponent(source.upn)}/calendarView`;
    default: return '/me/calendarView';
  }
}


function toMeeting(e: IGraphEvent): IMeeting {
  const start = graphDateTimeToUtc(e.start);
  const meeting: IMeeting = {
    id: e.id,
    subject: e.subject ?? '',
    start,
    end: graphDateTimeToUtc(e.end),
    day: e.isAllDay ? e.start.dateTime.slice(0, 10) : utcToCopenhagenDate(start),
    isAllDay: !!e.isAllDay,
    categories: e.categories ?? [],
    location: e.location?.displayName || undefined,
    organizer: e.organizer?.emailAddress?.name || undefined,
    organizerEmail: e.organizer?.emailAddress?.address || undefined,
    webLink: e.webLink,
    seriesMasterId: e.seriesMasterId || undefined,
    bodyPreview: e.bodyPreview || undefined,
    ...(e.attendees ? { attendees: e.attendees.map(toAttendee) } : {}),
    ...(e.onlineMeeting?.joinUrl ? { joinUrl: e.onlineMeeting.joinUrl } : {})
  };
  // Its last Copenhagen day (a time-zone conversion, remembered per meeting) is worked out now, as its page arrives —
  // usually while the wheel's `$batch` is still on the wire — not in the render that draws the year.
  meetingEndDay(meeting);
  return meeting;
}

function toAttendee(a: NonNullable<IGraphEvent['attendees']>[number]): IMeetingAttendee {
  const type = ATTENDEE_TYPES.find(t => t === a.type) ?? 'required';
  const response = a.status?.response && RESPONSES.indexOf(a.status.response) >= 0 ? a.status.response as IMeetingAttendee['response'] : undefined;
  return { name: a.emailAddress?.name ?? '', email: a.emailAddress?.address || undefined, type, ...(response ? { response } : {}) };
}

/** `calendarView` on `/me`, a group or a user/shared mailbox, every page, in the Danish time zone. */
export class GraphCalendarService implements ICalendarService {
  public constructor(private readonly client: IGraphClient) {}

  public getMeetings(source: CalendarSource, from: IsoDate, to: IsoDate, filter?: IMeetingFilter, signal?: AbortSignal): Promise<IMeeting[]> {
    return this.read(source, from, to, SELECT, PAGE_SIZE, filter, signal);
  }

  public getMeetingsWithAttendees(source: CalendarSource, from: IsoDate, to: IsoDate, options: IMeetingPageOptions = {}): Promise<IMeeting[]> {
    return this.read(source, from, to, SELECT_WITH_ATTENDEES, options.pageSize ?? ATTENDEES_PAGE_SIZE, options.filter, options.signal);
  }

  private async read(
    source: CalendarSource, from: IsoDate, to: IsoDate, select: string, pageSize: number, filter: IMeetingFilter | undefined, signal: AbortSignal | undefined
  ): Promise<IMeeting[]> {
    let page: IGraphPage = await this.client.api(basePath(source))
      .header('Prefer', PREFER_ZONE)
      .option('signal', signal)
      .query({ startDateTime: copenhagenMidnightUtc(from), endDateTime: copenhagenMidnightUtc(addDays(to, 1)) })
      .select(select)
      .orderby('start/dateTime')
      .top(pageSize)
      .get();
    const events = [...page.value];
    while (page['@odata.nextLink']) {
      page = await this.client.api(graphRelativePath(page['@odata.nextLink'])).header('Prefer', PREFER_ZONE).option('signal', signal).get();
      events.push(...page.value);
    }
    return filterMeetings(events.filter(e => !e.isCancelled).map(toMeeting), filter);
  }
}
