import type { IDecision, ITask, IsoDate } from '../../../domain/models';
import {
  actionSummaries, decisionSearchText, decisionsInView, groupByMeeting, matchesRegisterFilter, myOpenActions,
  type DecisionView, type IActionSummary, type IMeetingGroup, type IRegisterFilter
} from '../../../domain/decisions';

/** What the register shows: the meetings of the chosen view and filters, and the user's open actions. */
export interface IRegisterModel {
  groups: IMeetingGroup<IDecision>[];
  /** Decisions in the view (before the filters). */
  inView: number;
  shown: number;
  summaries: Map<number, IActionSummary>;
  myActions: ITask[];
}

/** Which of the register's views a tab is: the five decision views, »Mine handlinger« or the board pipeline. */
export type RegisterTab = DecisionView | 'myActions' | 'pipeline';

/**
 * The register for a view and filters: the view's decisions, filtered, grouped by meeting (newest first); the action
 * summary per decision; »Mine handlinger«. Search texts are computed once per load (`searchTexts`).
 */
export function registerModel(
  decisions: readonly IDecision[], actions: readonly ITask[], view: DecisionView, filter: IRegisterFilter,
  context: { today: IsoDate; userId?: number; followUpWindowDays: number; year: number }, searchTexts: Map<number, string>
): IRegisterModel {
  // »Til opfølgning« spans years (a follow-up due now may stem from an earlier meeting); the other views show the year.
  const base = view === 'followUp' ? decisions : decisions.filter(d => d.meetingDate.slice(0, 4) === String(context.year));
  const inView = decisionsInView(view, base, context);
  const filtered = inView.filter(d => matchesRegisterFilter(d, filter, searchTexts.get(d.id)));
  return {
    groups: groupByMeeting(filtered),
    inView: inView.length,
    shown: filtered.length,
    summaries: actionSummaries(actions, context.today),
    myActions: myOpenActions(actions, context.userId, context.today)
  };
}

/** The search text of every decision, by id. */
export function searchTextsOf(decisions: readonly IDecision[]): Map<number, string> {
  return new Map(decisions.map(d => [d.id, decisionSearchText(d)]));
}
