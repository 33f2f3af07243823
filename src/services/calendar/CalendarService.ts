import type { IMeeting, IsoDate } from '../../domain/models';
import { addDays } from '../../domain/dates';
import { copenhagenMidnightUtc, graphDateTimeToUtc, utcToCopenhagenDate } from '../../domain/timeZone';
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
}

interface IGraphPage { value: IGraphEvent[]; '@odata.nextLink'?: string }

const SELECT = 'id,subject,bodyPreview,categories,isAllDay,isCancelled,seriesMasterId,type,webLink,start,end,location,organizer';
/** Graph returns start/end in this zone; `graphDateTimeToUtc` turns them into instants. */
const PREFER_ZONE = 'outlook.timezone="Romance Standard Time"';
/** calendarView's largest page: 1,000 meetings in one request instead of four. */
const PAGE_SIZE = 1000;

function basePath(source: CalendarSource): string {
  switch (source.kind) {
    case 'group': return `/groups/${encodeURIComponent(source.groupId)}/calendar/calendarView`;
    case 'user': return `/users/${encodeURIComponent(source.upn)}/calendarView`;
    default: return '/me/calendarView';
  }
}


function toMeeting(e: IGraphEvent): IMeeting {
  const start = graphDateTimeToUtc(e.start);
  return {
    id: e.id,
    subject: e.subject ?? '',
    start,
    end: graphDateTimeToUtc(e.end),
    day: e.isAllDay ? e.start.dateTime.slice(0, 10) : utcToCopenhagenDate(start),
    isAllDay: !!e.isAllDay,
    categories: e.categories ?? [],
    location: e.location?.displayName || undefined,
    organizer: e.organizer?.emailAddress?.name || undefined,
    webLink: e.webLink,
    seriesMasterId: e.seriesMasterId || undefined,
    bodyPreview: e.bodyPreview || undefined
  };
}

/** `calendarView` on `/me`, a group or a user/shared mailbox, every page, in the Danish time zone. */
export class GraphCalendarService implements ICalendarService {
  public constructor(private readonly client: IGraphClient) {}

  public async getMeetings(source: CalendarSource, from: IsoDate, to: IsoDate, filter?: IMeetingFilter, signal?: AbortSignal): Promise<IMeeting[]> {
    let page: IGraphPage = await this.client.api(basePath(source))
      .header('Prefer', PREFER_ZONE)
      .option('signal', signal)
      .query({ startDateTime: copenhagenMidnightUtc(from), endDateTime: copenhagenMidnightUtc(addDays(to, 1)) })
      .select(SELECT)
      .orderby('start/dateTime')
      .top(PAGE_SIZE)
      .get();
    const events = [...page.value];
    while (page['@odata.nextLink']) {
      page = await this.client.api(graphRelativePath(page['@odata.nextLink'])).header('Prefer', PREFER_ZONE).option('signal', signal).get();
      events.push(...page.value);
    }
    return filterMeetings(events.filter(e => !e.isCancelled).map(toMeeting), filter);
  }
}
