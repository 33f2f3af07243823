/**
 * The coordinator's cockpit: what needs attention in a horizon of this ISO week and the next N weeks (Monday to
 * Sunday), for »Mine« (what the current user is responsible for) or »Sekretariatet« (everything). Each section has
 * its count and its few most urgent items in a stable urgency order: earliest date first (so the most overdue lead),
 * then MoSCoW priority, then id.
 */
import type { IsoDate, Priority } from '../models/common';
import type { IProcess } from '../models/process';
import type { ITaskFields } from '../models/task';
import { addDays, compareOptionalIsoDates, daysBetween, isIsoDate } from '../dates';
import { startOfIsoWeek } from '../isoWeek';
import { priorityRank } from '../moscow';
import { reviewPeriod } from '../review';
import { REVIEW_CYCLE_STATUSES } from '../processes/reviewCycle';
import { DEFAULT_BOARD_PREPARATION, preparationDeadlines } from '../decisions/pipeline';
import type { IPreparationDeadline, IPreparationRule } from '../decisions/pipeline';
import { isDecisionClosed } from '../decisions/status';
import type { DecisionLike } from '../decisions/status';

/** »Mine« or »Sekretariatet«. */
export type CockpitScope = 'mine' | 'secretariat';

/** The days the cockpit looks at. */
export interface ICockpitHorizon {
  /** Monday of the current ISO week. */
  from: IsoDate;
  /** Sunday of the last week in the horizon. */
  to: IsoDate;
}

/** The default horizon: this week and the next 2. */
export const DEFAULT_COCKPIT_WEEKS_AHEAD = 2;
/** The default number of items shown per section. */
export const DEFAULT_COCKPIT_TOP = 5;

/** This ISO week and the `weeksAhead` following ones: `today` Thursday 14 May 2026, 2 weeks → 11–31 May. */
export function cockpitHorizon(today: IsoDate, weeksAhead: number = DEFAULT_COCKPIT_WEEKS_AHEAD): ICockpitHorizon {
  if (!Number.isInteger(weeksAhead) || weeksAhead < 0) {
    throw new RangeError(`Antal uger frem skal være et helt tal fra 0, ikke ${weeksAhead}.`);
  }
  const from = startOfIsoWeek(today);
  return { from, to: addDays(from, 7 * (weeksAhead + 1) - 1) };
}

/** One item of a section: the record, the date that makes it urgent, and the days to that date (negative: overdue). */
export interface ICockpitItem<T> {
  item: T;
  date: IsoDate;
  daysUntil: number;
}

/** A section: how many there are, and the most urgent of them. */
export interface ICockpitSection<T> {
  count: number;
  top: ICockpitItem<T>[];
}

/** The board's next meeting with its preparation deadlines and the decisions on its agenda. */
export interface INextBoardMeeting<D> {
  date: IsoDate;
  daysUntil: number;
  deadlines: IPreparationDeadline[];
  agenda: D[];
}

/** A task as the cockpit reads it. */
export type CockpitTask = Pick<ITaskFields, 'status' | 'priority'> & Partial<Pick<ITaskFields, 'dueDate' | 'assignedTo'>> & { id: number };
/** A process as the cockpit reads it. */
export type CockpitProcess = Pick<IProcess, 'id' | 'status' | 'reviewIntervalMonths' | 'priority'> & Partial<Pick<IProcess, 'lastReviewed' | 'nextReview' | 'owner'>>;

/** The data and settings of a cockpit. */
export interface ICockpitInput<T extends CockpitTask, P extends CockpitProcess, D extends DecisionLike> {
  today: IsoDate;
  scope: CockpitScope;
  /** The current user's site user id; »Mine« needs it (without it »Mine« is empty). */
  userId?: number;
  weeksAhead?: number;
  top?: number;
  tasks: readonly T[];
  processes: readonly P[];
  decisions: readonly D[];
  /** The board's known meeting days (from the Årshjul or Outlook). */
  boardMeetingDates?: readonly IsoDate[];
  preparationRules?: readonly IPreparationRule[];
}

/** The cockpit. The board meeting is the secretariat's in both scopes. */
export interface ICockpit<T, P, D> {
  horizon: ICockpitHorizon;
  overdueActions: ICockpitSection<T>;
  dueSoonActions: ICockpitSection<T>;
  reviewsDue: ICockpitSection<P>;
  decisionsPastFollowUp: ICockpitSection<D>;
  nextBoardMeeting?: INextBoardMeeting<D>;
}

/** Urgency order: date (earliest first, none last), then priority, then id. */
export function compareUrgency(
  a: { date?: IsoDate; priority?: Priority | string; id: number },
  b: { date?: IsoDate; priority?: Priority | string; id: number }
): number {
  return compareOptionalIsoDates(a.date, b.date) || priorityRank(a.priority) - priorityRank(b.priority) || a.id - b.id;
}

/**
 * The cockpit on `input.today`:
 * - overdue actions: open tasks (not Færdig) due before today;
 * - actions due soon: open tasks due from today to the end of the horizon;
 * - reviews due: processes in the review cycle (Godkendt, Til revision) whose review is due by the end of the
 *   horizon, overdue ones included;
 * - decisions past follow-up: open decisions whose follow-up day is before today;
 * - the board's next meeting: the first day from today among the known board meeting days and the meeting days of
 *   board decisions »Til behandling«, with its deadlines and agenda.
 * »Mine« keeps tasks assigned to the user, processes they own and decisions they are responsible for.
 */
export function cockpit<T extends CockpitTask, P extends CockpitProcess, D extends DecisionLike>(
  input: ICockpitInput<T, P, D>
): ICockpit<T, P, D> {
  const { today } = input;
  const horizon = cockpitHorizon(today, input.weeksAhead);
  const top = input.top ?? DEFAULT_COCKPIT_TOP;
  const mine = (person: { id: number } | undefined): boolean =>
    input.scope === 'secretariat' || (input.userId !== undefined && person?.id === input.userId);
  const section = <X extends { id: number; priority?: Priority | string }>(entries: { item: X; date: IsoDate }[]): ICockpitSection<X> => {
    const sorted = entries
      .sort((a, b) => compareUrgency({ ...a.item, date: a.date }, { ...b.item, date: b.date }))
      .map((e) => ({ item: e.item, date: e.date, daysUntil: daysBetween(today, e.date) }));
    return { count: sorted.length, top: sorted.slice(0, top) };
  };
  const openTasks = input.tasks.filter((t) => t.status !== 'Færdig' && t.dueDate && mine(t.assignedTo))
    .map((t) => ({ item: t, date: t.dueDate as IsoDate }));
  const reviews = input.processes
    .filter((p) => REVIEW_CYCLE_STATUSES.indexOf(p.status) >= 0 && mine(p.owner))
    .map((p) => ({ item: p, date: reviewPeriod(p)?.due }))
    .filter((e): e is { item: P; date: IsoDate } => e.date !== undefined && e.date <= horizon.to);
  const pastFollowUp = input.decisions
    .filter((d) => !isDecisionClosed(d.status) && d.followUpDate && d.followUpDate < today && mine(d.responsible))
    .map((d) => ({ item: d, date: d.followUpDate as IsoDate }));
  return {
    horizon,
    overdueActions: section(openTasks.filter((e) => e.date < today)),
    dueSoonActions: section(openTasks.filter((e) => e.date >= today && e.date <= horizon.to)),
    reviewsDue: section(reviews),
    decisionsPastFollowUp: section(pastFollowUp),
    nextBoardMeeting: nextBoardMeeting(input)
  };
}

function nextBoardMeeting<D extends DecisionLike>(input: {
  today: IsoDate; decisions: readonly D[]; boardMeetingDates?: readonly IsoDate[]; preparationRules?: readonly IPreparationRule[];
}): INextBoardMeeting<D> | undefined {
  const board = input.decisions.filter((d) => d.forum === 'Bestyrelse' && d.status === 'Til behandling');
  const days = [...(input.boardMeetingDates ?? []), ...board.map((d) => d.meetingDate)].filter((d) => isIsoDate(d) && d >= input.today).sort();
  if (days.length === 0) {
    return undefined;
  }
  const date = days[0];
  return {
    date,
    daysUntil: daysBetween(input.today, date),
    deadlines: preparationDeadlines(date, input.today, input.preparationRules ?? DEFAULT_BOARD_PREPARATION),
    agenda: board.filter((d) => d.meetingDate === date).sort((a, b) => compareUrgency(a, b))
  };
}
