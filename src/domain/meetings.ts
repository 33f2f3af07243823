/**
 * The agenda of the annual wheel: activity occurrences in a range, merged with Outlook meetings, grouped by month.
 *
 * Many meetings are also activities: the board meeting in May is on the wheel (with its preparation deadlines) and in
 * the secretariat's Outlook calendar. Shown twice it looks like two meetings, so a meeting that matches a meeting
 * activity is shown once, as the activity, carrying the Outlook meeting for its time and link. A match needs:
 * - the activity's type is `Møde`;
 * - the same Copenhagen calendar day;
 * - the activity's forum named in the meeting's subject or one of its categories, ignoring case — forum
 *   `Bestyrelse` matches "Bestyrelsesmøde 20. maj" and the category "Bestyrelse". Forum `Andet` ("other") names no
 *   forum and never matches.
 * Each activity occurrence takes at most one meeting (the earliest); the same meeting read twice (from two calendars)
 * is shown once.
 */
import type { IActivity } from './models/activity';
import type { IsoDate } from './models/common';
import type { IMeeting } from './models/meeting';
import type { ITask } from './models/task';
import { MONTH_NAMES_DA, MONTH_NAMES_EN } from './danishCalendar';
import { maxIsoDate } from './dates';
import { comparePriority, priorityRank } from './moscow';
import { expandOccurrences } from './recurrence';
import type { IWheelItem } from './wheel/geometry';
import { meetingEndDay } from './meetingDay';

export { meetingEndDay } from './meetingDay';

/** One line of the agenda: an occurrence of an activity, or an Outlook meeting that is not an activity. */
export interface IAgendaEntry {
  /** Unique: `activity:<id>:<occurrence start>` or `meeting:<event id>`. */
  key: string;
  /** First day. */
  day: IsoDate;
  /** Last day (inclusive); equals `day` for one-day entries. */
  endDay: IsoDate;
  title: string;
  /** The wheel ring: the activity's category, or the meeting ring for meetings. */
  ring: string;
  source: 'activity' | 'meeting';
  activity?: IActivity;
  occurrence?: { start: IsoDate; end: IsoDate; index: number };
  /** The Outlook meeting: the entry itself for `source: 'meeting'`, the matched meeting for a meeting activity. */
  meeting?: IMeeting;
  /** The occurrence has been marked done. */
  done?: boolean;
}

/** The agenda entries of one month. */
export interface IAgendaMonth {
  /** `2026-05`. */
  key: string;
  /** `maj 2026` / `May 2026`. */
  label: string;
  /** Sorted by day, then MoSCoW priority, then title. */
  entries: IAgendaEntry[];
}

/** The title shown for a meeting without a subject, as Outlook shows it. */
export const NO_SUBJECT_DA = '(Intet emne)';

/**
 * The agenda entries of `activities` that overlap `from`–`to` (inclusive): one per occurrence of a recurring activity.
 * An occurrence is `done` when `doneOccurrences` holds a finished task (status `Færdig`) for that activity and day —
 * a task reopened to another status no longer counts.
 */
export function activityEntries(activities: readonly IActivity[], from: IsoDate, to: IsoDate, doneOccurrences: readonly ITask[]): IAgendaEntry[] {
  const done = new Set<string>();
  for (const task of doneOccurrences) {
    if (task.wheelActivity && task.occurrenceDate && task.status === 'Færdig') {
      done.add(occurrenceKey(task.wheelActivity.id, task.occurrenceDate));
    }
  }
  const entries: IAgendaEntry[] = [];
  // Most years have few done occurrences: no key is built to ask an empty set.
  const anyDone = done.size > 0;
  for (let a = 0; a < activities.length; a++) {
    const activity = activities[a];
    const occurrences = expandOccurrences(activity, from, to);
    for (let o = 0; o < occurrences.length; o++) {
      const occurrence = occurrences[o];
      entries.push({
        key: `activity:${activity.id}:${occurrence.start}`,
        day: occurrence.start,
        endDay: occurrence.end,
        title: activity.title,
        ring: activity.category,
        source: 'activity',
        activity,
        occurrence,
        done: anyDone && done.has(occurrenceKey(activity.id, occurrence.start))
      });
    }
  }
  return entries;
}

/**
 * Merges Outlook meetings into the activity entries (see the module comment for when a meeting is an activity).
 * Matched meeting activities come back as new objects carrying `meeting`; the inputs are not changed. Meetings that
 * match no activity become entries of their own in `meetingRing`. The result is in agenda order.
 */
export function mergeMeetings(activityEntries: IAgendaEntry[], meetings: readonly IMeeting[], meetingRing: string): IAgendaEntry[] {
  return sortEntries(mergeMeetingsUnsorted(activityEntries, meetings, meetingRing));
}

/**
 * {@link mergeMeetings} without its final sort: the activity entries in their order, then the meetings that are not
 * activities. For views that order entries themselves (the wheel by ring and angle, its agenda month by month):
 * sorting 6,000 entries in agenda order is work a wheel's first frame does not need.
 */
export function mergeMeetingsUnsorted(activityEntries: readonly IAgendaEntry[], meetings: readonly IMeeting[], meetingRing: string): IAgendaEntry[] {
  const result = activityEntries.slice();
  // Positions in `result` of meeting activities that can still take a meeting, by day.
  const openByDay = new Map<IsoDate, number[]>();
  result.forEach((entry, index) => {
    if (entry.activity?.activityType === 'Møde' && !entry.meeting && namesForum(entry.activity.forum)) {
      const list = openByDay.get(entry.day) ?? [];
      list.push(index);
      openByDay.set(entry.day, list);
    }
  });

  const seen = new Set<string>();
  const ordered = [...meetings].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  for (const meeting of ordered) {
    if (seen.has(meeting.id)) {
      continue;
    }
    seen.add(meeting.id);
    const open = openByDay.get(meeting.day) ?? [];
    const match = open.findIndex((index) => meetingNamesForum(meeting, result[index].activity?.forum ?? ''));
    if (match >= 0) {
      const index = open[match];
      open.splice(match, 1);
      result[index] = { ...result[index], meeting };
    } else {
      result.push(meetingEntry(meeting, meetingRing));
    }
  }
  return result;
}

/**
 * Groups entries by the calendar month they start in, months in order, each sorted by day, MoSCoW priority and
 * title. With `from`, an entry that began before it (a period already running) is filed under `from`'s month, so it
 * is not listed in a month the agenda does not show.
 */
export function groupByMonth(entries: readonly IAgendaEntry[], language: 'da' | 'en', from?: IsoDate): IAgendaMonth[] {
  const names = language === 'da' ? MONTH_NAMES_DA : MONTH_NAMES_EN;
  const months = new Map<string, IAgendaEntry[]>();
  for (const entry of entries) {
    const key = (from ? maxIsoDate(entry.day, from) : entry.day).slice(0, 7);
    const list = months.get(key);
    if (list) {
      list.push(entry);
    } else {
      months.set(key, [entry]);
    }
  }
  return [...months.keys()].sort().map((key) => ({
    key,
    label: `${names[Number(key.slice(5, 7)) - 1]} ${key.slice(0, 4)}`,
    entries: sortEntries(months.get(key) as IAgendaEntry[], language)
  }));
}

/** Agenda order: by day, then MoSCoW priority (meetings, which have none, after prioritised work), then title. */
export function compareEntries(language: 'da' | 'en' = 'da'): (a: IAgendaEntry, b: IAgendaEntry) => number {
  const collator = titleCollator(language);
  return (a, b) =>
    (a.day < b.day ? -1 : a.day > b.day ? 1 : 0) ||
    comparePriority(a.activity?.priority, b.activity?.priority) ||
    collator.compare(a.title, b.title) ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/**
 * Sorts `entries` in place in agenda order (exactly {@link compareEntries}) and returns them. Each entry's priority
 * rank is worked out once instead of in every comparison: a year of 6,000 entries takes some 80,000 comparisons.
 */
export function sortEntries(entries: IAgendaEntry[], language: 'da' | 'en' = 'da'): IAgendaEntry[] {
  const collator = titleCollator(language);
  const count = entries.length;
  const ranks = new Int8Array(count);
  const order: number[] = new Array(count);
  for (let i = 0; i < count; i++) {
    ranks[i] = priorityRank(entries[i].activity?.priority);
    order[i] = i;
  }
  order.sort((i, j) => {
    const a = entries[i];
    const b = entries[j];
    return (a.day < b.day ? -1 : a.day > b.day ? 1 : 0) || ranks[i] - ranks[j] || collator.compare(a.title, b.title) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  });
  const sorted = order.map((i) => entries[i]);
  for (let i = 0; i < count; i++) {
    entries[i] = sorted[i];
  }
  return entries;
}

const collators = new Map<string, Intl.Collator>();

/**
 * Makes the collator agenda order needs, ahead of time: the runtime loads its collation data for the first one, some
 * milliseconds a view can spend while its data is on the wire rather than in the first render after it (issue 9).
 */
export function prepareAgendaOrder(language: 'da' | 'en' = 'da'): void {
  titleCollator(language);
}

/** The collator titles are sorted with; made once per language (making one costs more than a thousand comparisons). */
function titleCollator(language: 'da' | 'en'): Intl.Collator {
  let collator = collators.get(language);
  if (!collator) {
    collator = new Intl.Collator(language === 'da' ? 'da-DK' : 'en-GB', { sensitivity: 'base', numeric: true });
    collators.set(language, collator);
  }
  return collator;
}

/**
 * How an entry is drawn on the wheel: `Periode` activities as arcs; deadlines, milestones and meetings as markers on
 * their first day (the first day shown, for a meeting that began before the range) — so the wheel draws every entry
 * the agenda lists.
 */
export function entryToWheelItem(entry: IAgendaEntry): IWheelItem {
  const kind = entry.activity?.activityType === 'Periode' ? 'period' : 'marker';
  return { key: entry.key, ring: entry.ring, start: entry.day, end: entry.endDay, kind };
}

/** True when `forum` (case-insensitively) appears in the meeting's subject or one of its categories. */
export function meetingNamesForum(meeting: IMeeting, forum: string): boolean {
  if (!namesForum(forum)) {
    return false;
  }
  const needle = forum.toLocaleLowerCase('da-DK');
  return [meeting.subject ?? '', ...(meeting.categories ?? [])].some((text) => text.toLocaleLowerCase('da-DK').indexOf(needle) >= 0);
}

/** An agenda entry for a meeting that is not an activity. */
export function meetingEntry(meeting: IMeeting, meetingRing: string): IAgendaEntry {
  return {
    key: `meeting:${meeting.id}`,
    day: meeting.day,
    endDay: meetingEndDay(meeting),
    title: meeting.subject?.trim() || NO_SUBJECT_DA,
    ring: meetingRing,
    source: 'meeting',
    meeting
  };
}

function namesForum(forum: string | undefined): boolean {
  return !!forum && forum.trim() !== '' && forum !== 'Andet';
}

function occurrenceKey(activityId: number, day: IsoDate): string {
  return `${activityId}|${day}`;
}
