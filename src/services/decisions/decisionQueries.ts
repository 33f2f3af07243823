import { decisionsList, tasksList } from '../../schema';
import type { IsoDate } from '../../domain/models';
import { addDays, formatIsoDate } from '../../domain/dates';
import { odata } from '../odata';
import { splitRange } from '../wheel/wheelQueries';

const D = decisionsList.fields;
const T = tasksList.fields;

/** Slices of a year's meetings: each an indexed `MeetingDate` range that must hold at most 5,000 decisions. */
export const DECISION_YEAR_SLICES = 4;
/** Slices of the three years of actions the register reads: a quarter each. */
export const ACTION_SLICES = 12;
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
 * Decision actions due from the year before `year` to the year after (a decision's actions fall due after its
 * meeting; an overdue one from last year is still »Mine handlinger«): the indexed `DueDate` range first, in quarters,
 * then `SourceType eq 'Beslutning'`. An action without a due date is not among them — the form requires one — and
 * the details read a decision's actions by its lookup, so nothing is missed there.
 */
export function actionFilters(year: number, slices: number = ACTION_SLICES): string[] {
  return splitRange(formatIsoDate(year - 1, 1, 1), formatIsoDate(year + 1, 12, 31), slices)
    .map(([a, b]) => odata.and(odata.ge(T.dueDate, a), odata.le(T.dueDate, b), odata.eq(T.source, 'Beslutning')));
}

/** The actions of one decision: equality on the indexed `Decision` lookup. */
export function actionsOfDecisionFilter(decisionId: number): string {
  return odata.eq(T.decision, decisionId);
}
