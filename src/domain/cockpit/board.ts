/**
 * The MoSCoW board (Prioritering): open tasks grouped into the four priority columns, optionally in swim lanes per
 * area of responsibility, narrowed by filters, in working order within a column; and what a move of one card
 * changes. Pure; returns data and codes, no text.
 */
import { AREAS, PRIORITIES, TASK_STATUSES, type Area, type ITask, type IsoDate, type Priority, type TaskSource, type TaskStatus } from '../models';
import { addDays } from '../dates';
import { isPriority } from '../moscow';
import type { DeepLinkKind, IDeepLink } from './deepLinks';

/** The statuses of an open task (every status but `Færdig`). */
export const OPEN_TASK_STATUSES: readonly TaskStatus[] = TASK_STATUSES.filter(s => s !== 'Færdig');

/** The due-date filter of the board. */
export const DUE_FILTERS = ['all', 'overdue', 'next7', 'next30', 'none'] as const;
/** A due-date filter. */
export type DueFilter = typeof DUE_FILTERS[number];

/** What narrows the board. Absent means »alle«. */
export interface IBoardFilter {
  area?: Area;
  /** A site user id; 0 means »ikke tildelt«. */
  assigneeId?: number;
  source?: TaskSource;
  status?: TaskStatus;
  due?: DueFilter;
}

/** The lane of tasks without an area. */
export const NO_AREA = '' as const;
/** A swim lane: an area of responsibility, or {@link NO_AREA}. */
export type LaneKey = Area | typeof NO_AREA;

/** One column of one lane: its tasks in working order. */
export interface IBoardColumn {
  priority: Priority;
  tasks: ITask[];
}

/** One swim lane (the whole board when lanes are off: `key` is `NO_AREA` and `all` is true). */
export interface IBoardLane {
  key: LaneKey;
  /** True for the single lane of a board without swim lanes. */
  all: boolean;
  columns: IBoardColumn[];
}

/** True when the task is open (not `Færdig`). */
export function isOpenTask(task: Pick<ITask, 'status'>): boolean {
  return task.status !== 'Færdig';
}

/** True when `task` passes `filter` on `today`. */
export function matchesBoardFilter(task: ITask, filter: IBoardFilter, today: IsoDate): boolean {
  if (filter.area && task.area !== filter.area) return false;
  if (filter.assigneeId !== undefined && (task.assignedTo?.id ?? 0) !== filter.assigneeId) return false;
  if (filter.source && task.source !== filter.source) return false;
  if (filter.status && task.status !== filter.status) return false;
  switch (filter.due ?? 'all') {
    case 'overdue': return task.dueDate !== undefined && task.dueDate < today;
    case 'next7': return task.dueDate !== undefined && task.dueDate >= today && task.dueDate <= addDays(today, 7);
    case 'next30': return task.dueDate !== undefined && task.dueDate >= today && task.dueDate <= addDays(today, 30);
    case 'none': return task.dueDate === undefined;
    default: return true;
  }
}

/** Working order within a column: earliest due first, tasks without a due date last, then by id (oldest first). */
export function compareBoardTasks(a: ITask, b: ITask): number {
  if (a.dueDate !== b.dueDate) {
    if (a.dueDate === undefined) return 1;
    if (b.dueDate === undefined) return -1;
    return a.dueDate < b.dueDate ? -1 : 1;
  }
  return a.id - b.id;
}

/** The column a task belongs in: its priority; an unknown or missing one is shown under COULD until someone decides. */
export function boardPriority(task: Pick<ITask, 'priority'>): Priority {
  return isPriority(task.priority) ? task.priority : 'COULD';
}

function columnsOf(tasks: readonly ITask[]): IBoardColumn[] {
  const by = new Map<Priority, ITask[]>(PRIORITIES.map(p => [p, []]));
  for (const t of tasks) by.get(boardPriority(t))!.push(t);
  return PRIORITIES.map(priority => ({ priority, tasks: by.get(priority)!.sort(compareBoardTasks) }));
}

/**
 * The board: the open tasks that pass `filter`, in four columns MUST, SHOULD, COULD, WON'T. With `lanes`, one lane
 * per area of responsibility in the list's order (only areas that have tasks after filtering), then the lane of
 * tasks without an area.
 */
export function boardLanes(tasks: readonly ITask[], filter: IBoardFilter, today: IsoDate, lanes: boolean): IBoardLane[] {
  const shown = tasks.filter(t => isOpenTask(t) && matchesBoardFilter(t, filter, today));
  if (!lanes) return [{ key: NO_AREA, all: true, columns: columnsOf(shown) }];
  const keys: LaneKey[] = [...AREAS, NO_AREA];
  return keys
    .map(key => ({ key, tasks: shown.filter(t => (t.area ?? NO_AREA) === key) }))
    .filter(l => l.tasks.length > 0)
    .map(l => ({ key: l.key, all: false, columns: columnsOf(l.tasks) }));
}

/** The priorities a card can be moved to (every column but its own), in board order. */
export function moveTargets(task: Pick<ITask, 'priority'>): Priority[] {
  const from = boardPriority(task);
  return PRIORITIES.filter(p => p !== from || !isPriority(task.priority));
}

/** Why a move is not made: the card is already there, or the target is no priority. */
export type MoveRefusal = 'samePriority' | 'unknownPriority';

/** The partial update a move makes — only `priority` — or why there is none. */
export function planMove(task: Pick<ITask, 'priority'>, to: string): { changes: { priority: Priority } } | { refused: MoveRefusal } {
  if (!isPriority(to)) return { refused: 'unknownPriority' };
  if (task.priority === to) return { refused: 'samePriority' };
  return { changes: { priority: to } };
}

/** The tasks with one replaced (a move shown at once, or put back when it failed); the others are the same objects. */
export function replaceTask(tasks: readonly ITask[], task: ITask): ITask[] {
  return tasks.map(t => (t.id === task.id ? task : t));
}

/** Where a task came from, as a deep link to the item that owns it (the lookup that names it), if any. */
export function taskOrigin(task: ITask): IDeepLink | undefined {
  const links: [DeepLinkKind, { id: number } | undefined][] = [
    ['aktivitet', task.wheelActivity], ['beslutning', task.decision], ['henvendelse', task.inquiry], ['proces', task.process]
  ];
  const order: Record<TaskSource, DeepLinkKind | undefined> = {
    'Årshjul': 'aktivitet', Beslutning: 'beslutning', Henvendelse: 'henvendelse', Proces: 'proces', Andet: undefined
  };
  const preferred = links.find(([kind, ref]) => kind === order[task.source] && ref);
  const found = preferred ?? links.find(([, ref]) => ref);
  return found ? { kind: found[0], id: found[1]!.id } : undefined;
}

/** The title of the item a task came from, as the lookup read it. */
export function taskOriginTitle(task: ITask, link: IDeepLink): string {
  const ref = link.kind === 'aktivitet' ? task.wheelActivity : link.kind === 'beslutning' ? task.decision
    : link.kind === 'henvendelse' ? task.inquiry : link.kind === 'proces' ? task.process : undefined;
  return ref?.title ?? '';
}

/**
 * The first-render slices of the board's query: the due-date range from `monthsBack` months before `today` to
 * `monthsAhead` months after, cut into quarters (whole months), so each part of the `$batch` seeks the indexed
 * `DueDate` over about three months of tasks — far under the 5,000-item threshold on a list of any realistic size.
 */
export function dueSlices(today: IsoDate, monthsBack: number, monthsAhead: number): [IsoDate, IsoDate][] {
  const back = Math.max(0, Math.floor(monthsBack));
  const ahead = Math.max(0, Math.floor(monthsAhead));
  const [y, m] = today.split('-').map(Number);
  const monthStart = (offset: number): IsoDate => {
    const total = y * 12 + (m - 1) + offset;
    return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-01`;
  };
  const slices: [IsoDate, IsoDate][] = [];
  for (let offset = -back; offset <= ahead; offset += 3) {
    const next = Math.min(offset + 3, ahead + 1);
    slices.push([monthStart(offset), addDays(monthStart(next), -1)]);
  }
  return slices;
}

/** The largest estimate the `Effort` column takes, in hours. */
export const MAX_EFFORT_HOURS = 1000;

/** Why typed text is no estimate. */
export type EffortInputProblem = 'notNumber' | 'negative' | 'tooLarge' | 'tooManyDecimals';

/**
 * An estimate typed by a person: empty means »no estimate«; Danish (`2,5`) and English (`2.5`) decimals; hours from 0
 * to {@link MAX_EFFORT_HOURS} with at most one decimal (what the column stores).
 */
export function parseEffortInput(text: string): { value: number | undefined } | { problem: EffortInputProblem } {
  const trimmed = text.trim().replace(/\s*(t|h|timer|hours?)$/i, '');
  if (trimmed === '') return { value: undefined };
  if (!/^-?\d+([.,]\d+)?$/.test(trimmed)) return { problem: 'notNumber' };
  const value = Number(trimmed.replace(',', '.'));
  if (value < 0) return { problem: 'negative' };
  if (value > MAX_EFFORT_HOURS) return { problem: 'tooLarge' };
  if (/[.,]\d{2,}$/.test(trimmed)) return { problem: 'tooManyDecimals' };
  return { value };
}
