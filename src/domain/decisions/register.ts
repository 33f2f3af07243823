/**
 * The register's own rules on top of the views: the filters people set (forum, status, responsible, year, MoSCoW
 * priority, kind and free text, which also finds a case reference), the grouping by meeting, and what the actions in
 * Opgaver say about each decision (how many are open, how many overdue) and about the signed-in user (»Mine
 * handlinger«). Pure; no text.
 */
import type { DecisionKind, DecisionStatus, IsoDate, ITaskFields, Priority } from '../models';
import { compareOptionalIsoDates, toDateParts, isIsoDate } from '../dates';
import { priorityRank } from '../moscow';
import { decisionKindOf, type DecisionLike } from './status';

/** What a decision must carry for the register's filters and search. */
export type RegisterDecision = DecisionLike & {
  title: string;
  decisionText?: string;
  rationale?: string;
  caseReference?: string;
  process?: { title: string };
};

/** The filters of the register. Empty lists mean "all"; `year` undefined means every year. */
export interface IRegisterFilter {
  forums: readonly string[];
  statuses: readonly (DecisionStatus | string)[];
  /** Site user ids of the responsible people. */
  responsible: readonly number[];
  year?: number;
  priorities: readonly (Priority | string)[];
  kinds: readonly DecisionKind[];
  /** Free text: every word must occur in the title, texts, case reference, responsible or process. */
  text: string;
}

/** No filter at all. */
export const NO_REGISTER_FILTER: IRegisterFilter = {
  forums: [], statuses: [], responsible: [], year: undefined, priorities: [], kinds: [], text: ''
};

/** True when any filter narrows the register (the year counts: it is a choice the user made). */
export function isRegisterFiltered(filter: IRegisterFilter): boolean {
  return filter.forums.length > 0 || filter.statuses.length > 0 || filter.responsible.length > 0 || filter.year !== undefined ||
    filter.priorities.length > 0 || filter.kinds.length > 0 || filter.text.trim() !== '';
}

/** Lower case, without accents other than the Danish letters, whitespace collapsed: what search compares. */
export function normalizeSearchText(text: string): string {
  return text.toLocaleLowerCase('da-DK').replace(/\s+/g, ' ').trim();
}

/** The text a decision is searched in (normalised). */
export function decisionSearchText(d: RegisterDecision): string {
  return normalizeSearchText([
    d.title, d.decisionText, d.rationale, d.caseReference, d.responsible?.title, d.process?.title
  ].filter(Boolean).join(' \u0001 '));
}

/** The calendar year of the meeting, or `undefined` for a missing or invalid date. */
export function meetingYear(d: Pick<DecisionLike, 'meetingDate'>): number | undefined {
  return isIsoDate(d.meetingDate) ? toDateParts(d.meetingDate).year : undefined;
}

/** Whether a decision passes the filters. `searchText` may be given when it is cached. */
export function matchesRegisterFilter(d: RegisterDecision, filter: IRegisterFilter, searchText?: string): boolean {
  if (filter.forums.length > 0 && filter.forums.indexOf(d.forum) < 0) return false;
  if (filter.statuses.length > 0 && filter.statuses.indexOf(d.status) < 0) return false;
  if (filter.responsible.length > 0 && (d.responsible === undefined || filter.responsible.indexOf(d.responsible.id) < 0)) return false;
  if (filter.year !== undefined && meetingYear(d) !== filter.year) return false;
  if (filter.priorities.length > 0 && filter.priorities.indexOf(d.priority ?? '') < 0) return false;
  if (filter.kinds.length > 0 && filter.kinds.indexOf(decisionKindOf(d)) < 0) return false;
  const words = normalizeSearchText(filter.text).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const haystack = searchText ?? decisionSearchText(d);
  return words.every(w => haystack.indexOf(w) >= 0);
}

/** A meeting of the register: a forum on a day, with its decisions. */
export interface IMeetingGroup<T> {
  /** `forum|date`: stable across reloads. */
  key: string;
  forum: string;
  meetingDate: IsoDate;
  decisions: T[];
}

/** The key of the meeting a decision belongs to. */
export function meetingKey(d: Pick<DecisionLike, 'forum' | 'meetingDate'>): string {
  return `${d.forum}|${d.meetingDate}`;
}

/**
 * Decisions grouped by meeting (forum and day), newest meeting first (forums alphabetically on the same day); within
 * a meeting in the order given (the view's order).
 */
export function groupByMeeting<T extends DecisionLike>(decisions: readonly T[]): IMeetingGroup<T>[] {
  const groups = new Map<string, IMeetingGroup<T>>();
  for (const d of decisions) {
    const key = meetingKey(d);
    let group = groups.get(key);
    if (!group) {
      group = { key, forum: d.forum, meetingDate: d.meetingDate, decisions: [] };
      groups.set(key, group);
    }
    group.decisions.push(d);
  }
  return [...groups.values()].sort((a, b) => compareOptionalIsoDates(b.meetingDate, a.meetingDate) || a.forum.localeCompare(b.forum, 'da'));
}

/** A task as the register reads it. */
export type RegisterTask = Pick<ITaskFields, 'status' | 'decision'> & Partial<Pick<ITaskFields, 'dueDate' | 'assignedTo' | 'priority'>> & { id: number };

/** Open (not Færdig) with a due date before today. */
export function isActionOverdue(task: Pick<ITaskFields, 'status'> & { dueDate?: IsoDate }, today: IsoDate): boolean {
  return task.status !== 'Færdig' && isIsoDate(task.dueDate) && task.dueDate < today;
}

/** What a decision's actions amount to. */
export interface IActionSummary {
  open: number;
  overdue: number;
  /** The earliest due date among the open actions. */
  nextDue?: IsoDate;
}

/** Per decision id: its open and overdue actions, from the tasks given (which may be the open ones only). */
export function actionSummaries(tasks: readonly RegisterTask[], today: IsoDate): Map<number, IActionSummary> {
  const out = new Map<number, IActionSummary>();
  for (const t of tasks) {
    if (!t.decision || t.status === 'Færdig') continue;
    const summary = out.get(t.decision.id) ?? { open: 0, overdue: 0 };
    summary.open++;
    if (isActionOverdue(t, today)) summary.overdue++;
    if (isIsoDate(t.dueDate) && (summary.nextDue === undefined || t.dueDate < summary.nextDue)) summary.nextDue = t.dueDate;
    out.set(t.decision.id, summary);
  }
  return out;
}

/**
 * »Mine handlinger«: the open decision actions assigned to `userId` — overdue first, then by due date (none last),
 * then priority, then id.
 */
export function myOpenActions<T extends RegisterTask>(tasks: readonly T[], userId: number | undefined, today: IsoDate): T[] {
  if (userId === undefined) return [];
  return tasks
    .filter(t => t.status !== 'Færdig' && t.decision !== undefined && t.assignedTo?.id === userId)
    .sort((a, b) => Number(isActionOverdue(b, today)) - Number(isActionOverdue(a, today)) ||
      compareOptionalIsoDates(a.dueDate, b.dueDate) || priorityRank(a.priority) - priorityRank(b.priority) || a.id - b.id);
}

/** The actions of one decision in the order the details show them: open first (by due date), then done. */
export function actionsOfDecision<T extends RegisterTask>(tasks: readonly T[], decisionId: number): T[] {
  return tasks
    .filter(t => t.decision?.id === decisionId)
    .sort((a, b) => Number(a.status === 'Færdig') - Number(b.status === 'Færdig') ||
      compareOptionalIsoDates(a.dueDate, b.dueDate) || priorityRank(a.priority) - priorityRank(b.priority) || a.id - b.id);
}

/** The years to offer in the year filter: from `today`'s year + 1 back `span` years, plus any year the data has. */
export function registerYears(decisions: readonly Pick<DecisionLike, 'meetingDate'>[], today: IsoDate, span: number = 10): number[] {
  const current = toDateParts(today).year;
  const years = new Set<number>();
  for (let y = current + 1; y >= current - span; y--) years.add(y);
  for (const d of decisions) {
    const y = meetingYear(d);
    if (y !== undefined) years.add(y);
  }
  return [...years].sort((a, b) => b - a);
}
