import { activitiesList, decisionsList, tasksList } from '../../schema';
import type { Forum, IsoDate } from '../../domain/models';
import { DECIDED_OPEN_STATUSES } from '../../domain/decisions/status';
import { addDays, formatIsoDate } from '../../domain/dates';
import { odata } from '../odata';
import { splitRange } from '../wheel/wheelQueries';

const D = decisionsList.fields;
const T = tasksList.fields;
const A = activitiesList.fields;

/** Slices of a year's meetings: each an indexed `MeetingDate` range that must hold at most 5,000 decisions. */
export const DECISION_YEAR_SLICES = 4;
/** Slices of the open actions the register reads (30 months): half a year each. */
export const ACTION_SLICES = 5;
/** Slices of the recently done actions (from half a year back to a year ahead): half a year each. */
export const DONE_ACTION_SLICES = 3;
/** How far back »Til opfølgning« looks for decisions of earlier years whose follow-up date has passed. */
export const FOLLOW_UP_LOOKBACK_DAYS = 365;

/**
 * The decisions of meetings in `year`: ranges on the indexed `MeetingDate` — the first (and only) term, so SharePoint
 * seeks the index and each slice stays under the list view threshold.
 */
export function decisionYearFilters(year: number, slices: number = DECISION_YEAR_SLICES): string[] {
  return splitRange(formatIsoDate(year, 1, 1), formatIsoDate(year, 12, 31), slices)
    .map(([a, b]) => odata.and(odata.ge(D.meetingDate, a), odata.le(D.meetingDate, b)));
}

/**
 * Decisions (of any year) whose follow-up date lies in the year before `today` up to the follow-up window: what
 * »Til opfølgning« needs besides the chosen year. Indexed `FollowUpDate` first.
 */
export function followUpDueFilter(today: IsoDate, windowDays: number): string {
  return odata.and(odata.ge(D.followUpDate, addDays(today, -FOLLOW_UP_LOOKBACK_DAYS)), odata.le(D.followUpDate, addDays(today, windowDays)));
}

/**
 * The open decision actions the register needs: due from the start of the year before `year` to the middle of the
 * year after (a decision's actions fall due weeks after its meeting; an overdue one from last year is still »Mine
 * handlinger«). The indexed `DueDate` range first, in half years, then not Færdig and `SourceType eq 'Beslutning'` —
 * done actions, which are most of them, are not read. An action without a due date is not among them (the form
 * requires one); the details read a decision's actions by its lookup, so nothing is missed there.
 */
export function actionFilters(year: number, slices: number = ACTION_SLICES): string[] {
  return splitRange(formatIsoDate(year - 1, 1, 1), formatIsoDate(year + 1, 6, 30), slices)
    .map(([a, b]) => odata.and(odata.ge(T.dueDate, a), odata.le(T.dueDate, b), odata.ne(T.status, 'Færdig'),
      odata.eq(T.source, 'Beslutning')));
}

/**
 * The decision actions done that were due from half a year before `today` to a year after: what the follow-up's
 * »done since the last meeting« draws on (the completion date is not indexed; an action is done around its due date).
 * Indexed `DueDate` first, in half years, then `TaskStatus eq 'Færdig'` and the source.
 */
export function doneActionFilters(today: IsoDate, slices: number = DONE_ACTION_SLICES): string[] {
  return splitRange(addDays(today, -183), addDays(today, 366), slices)
    .map(([a, b]) => odata.and(odata.ge(T.dueDate, a), odata.le(T.dueDate, b), odata.eq(T.status, 'Færdig'),
      odata.eq(T.source, 'Beslutning')));
}

/** The actions of one decision: equality on the indexed `Decision` lookup. */
export function actionsOfDecisionFilter(decisionId: number): string {
  return odata.eq(T.decision, decisionId);
}

/** How far ahead the board pipeline looks for meetings with decisions »Til behandling«. */
export const PIPELINE_DAYS_AHEAD = 183;

/**
 * Decisions »Til behandling« for a meeting from today up to half a year ahead (the pipeline, whatever year the register
 * shows): the indexed `MeetingDate` range first — half a year of meetings stays under the threshold (the year is read
 * in quarters) — then the status.
 */
export function pipelineFilter(today: IsoDate): string {
  return odata.and(odata.ge(D.meetingDate, today), odata.le(D.meetingDate, addDays(today, PIPELINE_DAYS_AHEAD)),
    odata.eq(D.status, 'Til behandling'));
}

/** The Årshjul activities a decision's pipeline deadlines were put in as: equality on the indexed `Decision` lookup. */
export function wheelDeadlinesOfDecisionFilter(decisionId: number): string {
  return odata.eq(A.decision, decisionId);
}

/**
 * The open decisions of a forum, of any year (the follow-up item »Opfølgning på beslutninger«): one query per open
 * status (Besluttet, Under opfølgning), the indexed `DecisionStatus` first, then the indexed `Forum`. The status goes
 * first because open decisions stay few while a forum's decisions only grow (on the `large` seed a forum has about
 * 5,000 decisions, an open status about 4,000 over all forums).
 */
export function openDecisionsOfForumFilters(forum: Forum): string[] {
  return DECIDED_OPEN_STATUSES.map(status => odata.and(odata.eq(D.status, status), odata.eq(D.forum, forum)));
}

/** How far back the follow-up looks for the forum's last held meeting. */
export const LAST_MEETING_LOOKBACK_DAYS = 366;

/**
 * The decisions of a forum's held meetings in the year before `nextMeetingDate` (not »Til behandling«, whose day is a
 * planned meeting): read newest first, one item, it gives the forum's last meeting also when all of its decisions are
 * closed. The indexed `MeetingDate` range first (a year of meetings), then the forum and the status.
 */
export function lastHeldMeetingFilter(forum: Forum, nextMeetingDate: IsoDate): string {
  return odata.and(odata.ge(D.meetingDate, addDays(nextMeetingDate, -LAST_MEETING_LOOKBACK_DAYS)), odata.lt(D.meetingDate, nextMeetingDate),
    odata.eq(D.forum, forum), odata.ne(D.status, 'Til behandling'));
}

/** How many decisions one actions query asks for (`Decision eq a or Decision eq b …`; the URL stays short). */
export const ACTIONS_PER_QUERY = 40;

/**
 * The actions of the given decisions: equality on the indexed `Decision` lookup, `or`-ed in chunks — each branch is an
 * index seek of a few tasks, so the query is served by the index however large `Opgaver` is.
 */
export function actionsOfDecisionsFilters(decisionIds: readonly number[], perQuery: number = ACTIONS_PER_QUERY): string[] {
  const ids = [...new Set(decisionIds)].sort((a, b) => a - b);
  const filters: string[] = [];
  for (let i = 0; i < ids.length; i += perQuery) filters.push(odata.oneOf(T.decision, ids.slice(i, i + perQuery)));
  return filters;
}
