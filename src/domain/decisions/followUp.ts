/**
 * What a forum follows up at its next meeting.
 *
 * "Since the last meeting" is defined as follows. For the next meeting of forum F on day N, the **last meeting** L
 * is the latest day before N (strictly) among F's known meeting days (from the Årshjul or Outlook) and the meeting
 * days of F's decisions, leaving out decisions still »Til behandling« (their day is a planned meeting, not a held
 * one). Then, all restricted to F and to meeting days before N:
 * - **new since the last meeting**: decisions Besluttet or Under opfølgning with L ≤ meeting day < N — decided at the
 *   last meeting itself, or in between (e.g. by e-mail);
 * - **carried over**: decisions Besluttet or Under opfølgning with meeting day < L, still open from earlier meetings;
 * - **open actions**: tasks not Færdig that point to any of F's decisions before N (also a closed one: an open task
 *   on a closed decision is worth raising);
 * - **actions done since the last meeting**: tasks Færdig with a completion day ≥ L (the meeting day counts: work
 *   finished that day was not reported at the meeting) that point to one of F's decisions before N.
 * Without a last meeting (the forum's first) every open decision is new and every completed action counts.
 */
import type { Forum, IsoDate } from '../models/common';
import type { ITaskFields } from '../models/task';
import { compareOptionalIsoDates, isIsoDate } from '../dates';
import { priorityRank } from '../moscow';
import { DECIDED_OPEN_STATUSES } from './status';
import type { DecisionLike } from './status';

/** A task as the follow-up reads it. */
export type FollowUpTask = Pick<ITaskFields, 'status' | 'decision'> & Partial<Pick<ITaskFields, 'dueDate' | 'completedDate' | 'priority'>> & { id: number };

/** What the selection is made from. */
export interface IFollowUpInput<D extends DecisionLike, T extends FollowUpTask> {
  forum: Forum;
  /** The day of the meeting being prepared. */
  nextMeetingDate: IsoDate;
  /** Known meeting days of the forum (any order, any range; invalid values are ignored). */
  meetingDates?: readonly IsoDate[];
  decisions: readonly D[];
  tasks: readonly T[];
}

/** The follow-up for the next meeting. */
export interface IFollowUpSelection<D, T> {
  lastMeetingDate?: IsoDate;
  newSinceLastMeeting: D[];
  carriedOver: D[];
  openActions: T[];
  actionsDoneSinceLastMeeting: T[];
}

/** The forum's last meeting before `nextMeetingDate`, as defined in the module comment, or `undefined`. */
export function lastMeetingBefore(
  forum: Forum,
  nextMeetingDate: IsoDate,
  meetingDates: readonly IsoDate[],
  decisions: readonly DecisionLike[]
): IsoDate | undefined {
  const held = decisions.filter((d) => d.forum === forum && d.status !== 'Til behandling').map((d) => d.meetingDate);
  let last: IsoDate | undefined;
  for (const day of [...meetingDates, ...held]) {
    if (isIsoDate(day) && day < nextMeetingDate && (last === undefined || day > last)) {
      last = day;
    }
  }
  return last;
}

/**
 * The follow-up of `input.forum` for its meeting on `input.nextMeetingDate` (see the module comment for the rules).
 * Decisions are sorted by meeting day, then priority, then id; open actions by due date (none last), then priority;
 * done actions by completion day.
 */
export function followUpForMeeting<D extends DecisionLike, T extends FollowUpTask>(input: IFollowUpInput<D, T>): IFollowUpSelection<D, T> {
  const { forum, nextMeetingDate } = input;
  const last = lastMeetingBefore(forum, nextMeetingDate, input.meetingDates ?? [], input.decisions);
  const before = input.decisions.filter((d) => d.forum === forum && isIsoDate(d.meetingDate) && d.meetingDate < nextMeetingDate);
  const open = before.filter((d) => (DECIDED_OPEN_STATUSES as readonly string[]).indexOf(d.status) >= 0).sort(byMeeting);
  const ids = new Set(before.map((d) => d.id));
  const actions = input.tasks.filter((t) => t.decision !== undefined && ids.has(t.decision.id));
  return {
    lastMeetingDate: last,
    newSinceLastMeeting: open.filter((d) => last === undefined || d.meetingDate >= last),
    carriedOver: open.filter((d) => last !== undefined && d.meetingDate < last),
    openActions: actions.filter((t) => t.status !== 'Færdig').sort(byDue),
    actionsDoneSinceLastMeeting: actions
      .filter((t) => t.status === 'Færdig' && (last === undefined || (t.completedDate !== undefined && t.completedDate >= last)))
      .sort((a, b) => compareOptionalIsoDates(a.completedDate, b.completedDate) || a.id - b.id)
  };
}

function byMeeting(a: DecisionLike, b: DecisionLike): number {
  return compareOptionalIsoDates(a.meetingDate, b.meetingDate) || priorityRank(a.priority) - priorityRank(b.priority) || a.id - b.id;
}

function byDue(a: FollowUpTask, b: FollowUpTask): number {
  return compareOptionalIsoDates(a.dueDate, b.dueDate) || priorityRank(a.priority) - priorityRank(b.priority) || a.id - b.id;
}
