/** Row shapes of the site store (what the SQLite tables hold, parsed). */

/** A JSON object of SharePoint-named properties (Title, Description, EnableVersioning, ...). */
export type Props = Record<string, unknown>;

/** A list: its fixed identity plus the SharePoint properties a MERGE may change. */
export interface IListRow {
  id: string;
  title: string;
  /** Server-relative URL of the root folder, fixed at creation (e.g. `/sites/os2/Lists/Aarshjul`). */
  url: string;
  props: Props;
  nextItemId: number;
  created: string;
  lastItemModified: string;
  lastItemDeleted: string;
  seq: number;
}

/** A field (column) of a list. `props` uses SharePoint's names (Title, TypeAsString, Indexed, Choices...). */
export interface IFieldRow {
  listId: string;
  id: string;
  internalName: string;
  props: Props;
  seq: number;
}

/** A view: stored, never executed. */
export interface IViewRow {
  listId: string;
  id: string;
  props: Props;
  viewFields: string[];
  seq: number;
}

/** A list item. `version` is the hidden version behind the ETag; `uiVersion` is the major version shown. */
export interface IItemRow {
  listId: string;
  id: number;
  guid: string;
  data: Props;
  version: number;
  uiVersion: number;
  created: string;
  modified: string;
  authorId: number;
  editorId: number;
}

/** One stored version of an item (a full snapshot of its values). */
export interface IVersionRow {
  listId: string;
  itemId: number;
  uiVersion: number;
  data: Props;
  modified: string;
  editorId: number;
}

/** A Graph calendar event as seeded: a single event or the master of a recurring series. */
export interface IEventRow {
  id: string;
  /** Graph id of the mailbox (user, shared mailbox or group) whose calendar holds it. */
  mailbox: string;
  data: IStoredEvent;
  seq: number;
}

/** A date and time as Graph writes it: wall-clock time in a named zone (Windows or IANA). */
export interface IDateTimeTimeZone { dateTime: string; timeZone: string; }

/** Event data kept for a calendar (Graph's names). */
export interface IStoredEvent {
  subject: string;
  bodyPreview: string;
  categories: string[];
  isAllDay: boolean;
  isCancelled: boolean;
  start: IDateTimeTimeZone;
  end: IDateTimeTimeZone;
  location: { displayName: string };
  organizer: { emailAddress: { name: string; address: string } };
  showAs: string;
  importance: string;
  /** RFC 5545 RRULE body (`FREQ=WEEKLY;BYDAY=TH;COUNT=10`) for a series master, else null. */
  rrule: string | null;
  /** Local dates (YYYY-MM-DD) of occurrences removed from a series. */
  cancelledDates: string[];
  createdDateTime: string;
  /** Invitees (Graph's `attendee`); missing on events stored before attendees were kept. */
  attendees?: IStoredAttendee[];
  /** The Teams meeting, when the event is an online meeting. */
  onlineMeeting?: { joinUrl: string; conferenceId: string } | null;
}

/** An invitee as Graph's `attendee` holds one. */
export interface IStoredAttendee {
  type: 'required' | 'optional' | 'resource';
  status: { response: 'none' | 'organizer' | 'tentativelyAccepted' | 'accepted' | 'declined' | 'notResponded'; time: string };
  emailAddress: { name: string; address: string };
}
