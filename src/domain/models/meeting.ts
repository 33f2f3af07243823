import type { IsoDate, IsoDateTime } from './common';

/** How an invitee answered (Graph's `responseStatus.response`). */
export type AttendeeResponse = 'none' | 'organizer' | 'tentativelyAccepted' | 'accepted' | 'declined' | 'notResponded';

/** Someone (or something: a room) invited to a meeting, as Graph's `attendee` has it. */
export interface IMeetingAttendee {
  name: string;
  email?: string;
  /** `resource` is a room or equipment, not a person. */
  type: 'required' | 'optional' | 'resource';
  response?: AttendeeResponse;
}

/** An Outlook meeting (one occurrence of a series, or a single event), as the annual wheel shows it. */
export interface IMeeting {
  id: string;
  subject: string;
  start: IsoDateTime;
  end: IsoDateTime;
  /** The Copenhagen calendar day the meeting starts on. */
  day: IsoDate;
  isAllDay: boolean;
  categories: string[];
  location?: string;
  organizer?: string;
  /** The organizer's e-mail address. */
  organizerEmail?: string;
  /** Opens the event in Outlook on the web. */
  webLink?: string;
  /** Set on occurrences of a recurring series. */
  seriesMasterId?: string;
  bodyPreview?: string;
  /**
   * The invitees, when they were asked for (the decision register's meeting picker does; the wheel does not). The
   * organizer is listed by Graph as `organizer`, not here.
   */
  attendees?: IMeetingAttendee[];
  /** The Teams (or other online meeting) join link: Graph's `onlineMeeting.joinUrl`, when the meeting has one. */
  joinUrl?: string;
}
