import { decisionsList, inquiriesList, processesList, tasksList } from '../../schema';
import type { IsoDate } from '../../domain/models';
import { addDays } from '../../domain/dates';
import { OPEN_DECISION_STATUSES } from '../../domain/decisions/status';
import { REVIEW_CYCLE_STATUSES } from '../../domain/processes/reviewCycle';
import { odata } from '../odata';
import { OPEN_STATUSES } from '../inquiries/inquiryQueries';
import { splitRange } from '../wheel/wheelQueries';

/**
 * The cockpit's filters. Each starts with an indexed column whose match stays under SharePoint's 5,000-item list view
 * threshold on lists of any size: a due-date or follow-up range of at most a few months, a handful of open statuses
 * on lists that hold hundreds of open items, a meeting-date range of a year. SharePoint seeks the FIRST indexed term
 * (with its same-column range), so the selective term comes first and the rest narrow what it found.
 */
const T = tasksList.fields;
const I = inquiriesList.fields;
const P = processesList.fields;
const D = decisionsList.fields;

/** How far back overdue actions and decisions past follow-up are looked for. */
export const COCKPIT_LOOKBACK_DAYS = 365;
/** Slices of the actions' due-date range: about 100 days each. */
export const COCKPIT_TASK_SLICES = 4;
/** How far ahead the board's next meeting is looked for among decisions »Til behandling«. */
export const BOARD_LOOKAHEAD_DAYS = 365;

/** The statuses of an open task (everything but Færdig): equality, which SharePoint serves from the index. */
export const OPEN_TASK_STATUSES = ['Ikke startet', 'I gang', 'Venter'] as const;

/**
 * Open actions due from a year before `today` to the end of the horizon: the indexed `DueDate` range first, cut into
 * slices (a year of a busy secretariat's tasks and decision actions is more than 5,000), then the open statuses.
 */
export function openTaskFilters(today: IsoDate, to: IsoDate, slices: number = COCKPIT_TASK_SLICES): string[] {
  return splitRange(addDays(today, -COCKPIT_LOOKBACK_DAYS), to, slices)
    .map(([a, b]) => odata.and(odata.ge(T.dueDate, a), odata.le(T.dueDate, b), odata.oneOf(T.status, OPEN_TASK_STATUSES)));
}

/** Every open inquiry (the SLA clock decides which are at risk): the open statuses, as the Henvendelser queue reads them. */
export function openInquiryFilter(): string {
  return odata.oneOf(I.status, OPEN_STATUSES);
}

/** Processes in the review cycle (Godkendt, Til revision): a catalogue holds tens to hundreds. */
export function reviewCycleFilter(): string {
  return odata.oneOf(P.status, REVIEW_CYCLE_STATUSES);
}

/** Open decisions whose follow-up day lies in the year before `today`: the indexed `FollowUpDate` range first. */
export function pastFollowUpFilter(today: IsoDate): string {
  return odata.and(odata.ge(D.followUpDate, addDays(today, -COCKPIT_LOOKBACK_DAYS)), odata.lt(D.followUpDate, today),
    odata.oneOf(D.status, OPEN_DECISION_STATUSES));
}

/** Board decisions »Til behandling« for meetings from `today` to a year ahead: the indexed `MeetingDate` range first. */
export function boardPipelineFilter(today: IsoDate): string {
  return odata.and(odata.ge(D.meetingDate, today), odata.le(D.meetingDate, addDays(today, BOARD_LOOKAHEAD_DAYS)),
    odata.eq(D.forum, 'Bestyrelse'), odata.eq(D.status, 'Til behandling'));
}
