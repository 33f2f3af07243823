import type { IsoDate, IsoDateTime } from './common';

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
  /** Opens the event in Outlook on the web. */
  webLink?: string;
  /** Set on occurrences of a recurring series. */
  seriesMasterId?: string;
  bodyPreview?: string;
}
