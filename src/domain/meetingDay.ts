/**
 * A meeting's last Copenhagen day, in a module of its own: the calendar service works it out as each Graph page
 * arrives, and importing it from `meetings.ts` would put the agenda's code into every web part that reads a calendar.
 */
import type { IsoDate } from './models/common';
import type { IMeeting } from './models/meeting';
import { addDays, maxIsoDate } from './dates';
import { utcToCopenhagenDateTime } from './timeZone';

/**
 * Meetings' last days, worked out once per meeting object: a time-zone conversion each, and the wheel asks for every
 * meeting's twice in its first render (in range? then the entry's last day).
 */
const endDays = new WeakMap<IMeeting, IsoDate>();

/**
 * The last Copenhagen day a meeting covers. An all-day event ends at midnight after its last day (Graph's end is
 * exclusive), and so does a timed meeting that runs exactly to midnight; neither covers the day it ends on.
 */
export function meetingEndDay(meeting: IMeeting): IsoDate {
  let day = endDays.get(meeting);
  if (day === undefined) {
    const end = utcToCopenhagenDateTime(meeting.end);
    const endsAtMidnight = end.hour === 0 && end.minute === 0 && end.second === 0;
    const last = meeting.isAllDay || endsAtMidnight ? addDays(end.date, -1) : end.date;
    day = maxIsoDate(meeting.day, last);
    endDays.set(meeting, day);
  }
  return day;
}
