import type { IDecision, IInquiry, IMeeting, IProcess, ITask, IsoDate } from '../../../domain/models';
import { addDays } from '../../../domain/dates';
import {
  boardMeetingDays, cockpit, cockpitHorizon, inquiriesAtRisk, wheelWeeks,
  type CockpitScope, type ICockpitHorizon, type ICockpitSection, type ICockpitWeek, type IInquiryAtRisk, type INextBoardMeeting
} from '../../../domain/cockpit';
import { activityEntries, mergeMeetings } from '../../../domain/meetings';
// The SLA modules themselves, not the inquiries barrel (templates, statistics, references are not needed here).
import { DEFAULT_SLA_POLICIES, type ISlaPolicy } from '../../../domain/inquiries/sla';
import { inquirySla } from '../../../domain/inquiries/handling';
import { filterMeetings, type ICockpitData, type IMeetingFilter } from '../../../services';
import { prepareActivities } from '../../aarshjul/model/entries';
import { MEETING_RING } from '../../aarshjul/model/properties';

/** Everything the cockpit shows, for one scope. */
export interface ICockpitView {
  today: IsoDate;
  horizon: ICockpitHorizon;
  weeks: ICockpitWeek[];
  overdueActions: ICockpitSection<ITask>;
  dueSoonActions: ICockpitSection<ITask>;
  inquiries: ICockpitSection<IInquiryAtRisk<IInquiry>>;
  reviews: ICockpitSection<IProcess>;
  followUps: ICockpitSection<IDecision>;
  board?: INextBoardMeeting<IDecision>;
}

/** How the cockpit is set up. */
export interface ICockpitOptions {
  scope: CockpitScope;
  weeksAhead: number;
  top: number;
  meetingFilter?: IMeetingFilter;
  /** The inquiries' service targets (the web part's SLA properties, `slaPolicies`); the defaults when not given. */
  slaPolicies?: readonly ISlaPolicy[];
}

/** How far ahead the board's next meeting is looked for in the wheel's recurring meetings. */
const BOARD_LOOKAHEAD_DAYS = 365;

function uniqueById<T extends { id: number }>(items: readonly T[]): T[] {
  const seen = new Set<number>();
  return items.filter(i => (seen.has(i.id) ? false : (seen.add(i.id), true)));
}

/**
 * The cockpit on `now` from the SharePoint data and the Outlook meetings (`undefined` when none are read or they
 * failed): the wheel's occurrences in the horizon merged with the meetings as the Årshjul merges them, the domain's
 * sections, the inquiries' SLA clocks (the default service targets) and the board's next meeting — from the wheel's
 * board meetings of the coming year, the Outlook meetings naming the board, and the board decisions' meeting days.
 */
export function buildCockpit(data: ICockpitData, meetings: readonly IMeeting[] | undefined, now: Date, today: IsoDate, options: ICockpitOptions): ICockpitView {
  const horizon = cockpitHorizon(today, options.weeksAhead);
  const audience = { scope: options.scope, userId: data.currentUser.id, top: options.top };
  const policies = options.slaPolicies ?? DEFAULT_SLA_POLICIES;
  const { activities } = prepareActivities(data.activities);
  const occurrences = activityEntries(activities, horizon.from, horizon.to, data.doneOccurrences);
  const shown = meetings ? filterMeetings([...meetings], options.meetingFilter ?? {}) : [];
  const entries = shown.length > 0 ? mergeMeetings(occurrences, shown, MEETING_RING) : occurrences;
  const boardDays = boardMeetingDays([...activityEntries(activities, today, addDays(today, BOARD_LOOKAHEAD_DAYS), []), ...entries]);
  const c = cockpit({
    today, scope: options.scope, userId: data.currentUser.id, weeksAhead: options.weeksAhead, top: options.top,
    tasks: data.openTasks, processes: data.reviewProcesses, decisions: uniqueById([...data.pastFollowUp, ...data.boardPipeline]),
    boardMeetingDates: boardDays
  });
  const at = now.toISOString();
  return {
    today,
    horizon,
    weeks: wheelWeeks(entries, horizon, today, audience),
    overdueActions: c.overdueActions,
    dueSoonActions: c.dueSoonActions,
    inquiries: inquiriesAtRisk(data.openInquiries, i => inquirySla(i, policies, at), today, audience),
    reviews: c.reviewsDue,
    followUps: c.decisionsPastFollowUp,
    board: c.nextBoardMeeting
  };
}
