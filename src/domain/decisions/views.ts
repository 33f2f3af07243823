/**
 * The views of the decision register as pure predicates with their sort order. The SharePoint list has views of its
 * own; these are what the web part shows, and they use only indexed columns (status, responsible, follow-up date,
 * meeting date) so the service can ask SharePoint for the same set.
 */
import type { IsoDate } from '../models/common';
import { addDays, compareOptionalIsoDates } from '../dates';
import { priorityRank } from '../moscow';
import { isDecisionClosed } from './status';
import type { DecisionLike } from './status';

/** »Mine aktive«, »Aktive«, »Til opfølgning«, »Arkiv«, »Alle«. */
export type DecisionView = 'mineActive' | 'active' | 'followUp' | 'archive' | 'all';

/** The views in the order the web part offers them. */
export const DECISION_VIEWS: readonly DecisionView[] = ['mineActive', 'active', 'followUp', 'archive', 'all'];

/** How many days ahead a follow-up date puts a decision in »Til opfølgning«. */
export const DEFAULT_FOLLOW_UP_WINDOW_DAYS = 7;

/** What the predicates need besides the decision. */
export interface IDecisionViewContext {
  today: IsoDate;
  /** The current user's site user id; without it »Mine aktive« is empty. */
  userId?: number;
  /** Default {@link DEFAULT_FOLLOW_UP_WINDOW_DAYS}. */
  followUpWindowDays?: number;
}

/**
 * Whether a decision belongs in a view:
 * - `mineActive`: not closed, and the current user is responsible;
 * - `active`: not closed (Til behandling, Besluttet, Under opfølgning — and any unknown status);
 * - `followUp`: not closed, with a follow-up date that has passed or falls within the window (today + 7 days,
 *   both included);
 * - `archive`: Gennemført or Annulleret;
 * - `all`: everything.
 */
export function isInDecisionView(view: DecisionView, decision: DecisionLike, context: IDecisionViewContext): boolean {
  const closed = isDecisionClosed(decision.status);
  switch (view) {
    case 'mineActive':
      return !closed && context.userId !== undefined && decision.responsible?.id === context.userId;
    case 'active':
      return !closed;
    case 'followUp': {
      const until = addDays(context.today, context.followUpWindowDays ?? DEFAULT_FOLLOW_UP_WINDOW_DAYS);
      return !closed && decision.followUpDate !== undefined && decision.followUpDate !== '' && decision.followUpDate <= until;
    }
    case 'archive':
      return closed;
    default:
      return true;
  }
}

/**
 * The order of a view: »Til opfølgning« by follow-up date (earliest, i.e. most overdue, first), then priority; every
 * other view by meeting date, newest first, then priority. Ties by id, newest first, so the order is stable.
 */
export function compareInDecisionView(view: DecisionView, a: DecisionLike, b: DecisionLike): number {
  const byPriority = priorityRank(a.priority) - priorityRank(b.priority);
  if (view === 'followUp') {
    return compareOptionalIsoDates(a.followUpDate, b.followUpDate) || byPriority || b.id - a.id;
  }
  return compareOptionalIsoDates(b.meetingDate, a.meetingDate) || byPriority || b.id - a.id;
}

/** The decisions in a view, in its order (a new array). */
export function decisionsInView<T extends DecisionLike>(view: DecisionView, decisions: readonly T[], context: IDecisionViewContext): T[] {
  return decisions.filter((d) => isInDecisionView(view, d, context)).sort((a, b) => compareInDecisionView(view, a, b));
}
