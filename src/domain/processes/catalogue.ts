/**
 * The process catalogue: which processes a user sees (readers only published ones), the filters (area, status, owner,
 * priority, »Mine processer«, »Til revision«), text search, and the grouping by area of responsibility. Pure.
 */
import type { IPersonRef, IsoDate, Priority } from '../models/common';
import { AREAS } from '../models/common';
import type { IProcessFields } from '../models/process';
import { priorityRank } from '../moscow';
import { reviewLight } from './reviewCycle';
import { compareDanish, searchProcesses, searchTerms, type IProcessSearchHit, type SearchableStep } from './search';

/** What the catalogue reads of a process. */
export type ICatalogueProcess = Pick<IProcessFields, 'title' | 'purpose' | 'area' | 'status' | 'priority' | 'owner' |
  'deputyOwner' | 'lastReviewed' | 'nextReview' | 'reviewIntervalMonths'> & { id: number };

/** The filters; an empty list means "any". */
export interface ICatalogueFilter {
  areas: readonly string[];
  statuses: readonly string[];
  /** Owner site user ids. */
  ownerIds: readonly number[];
  priorities: readonly string[];
  /** »Mine processer«: the user owns the process or is its deputy. */
  mine: boolean;
  /** »Til revision«: see {@link needsReview}. */
  forReview: boolean;
}

/** No filter at all. */
export const NO_FILTER: ICatalogueFilter = { areas: [], statuses: [], ownerIds: [], priorities: [], mine: false, forReview: false };

/** Who is looking, and when. */
export interface ICatalogueViewer {
  /** The user's site user id. */
  userId: number;
  today: IsoDate;
  /** Edit rights on the list: drafts and retired processes are shown too. */
  canEdit: boolean;
}

/** A group of the catalogue: one area and its processes (search hits, best first when searching). */
export interface ICatalogueGroup<T extends ICatalogueProcess> {
  area: string;
  hits: IProcessSearchHit<T>[];
}

/** The catalogue as shown: the groups, how many processes they hold, and how many the viewer may see at all. */
export interface ICatalogueView<T extends ICatalogueProcess> {
  groups: ICatalogueGroup<T>[];
  shown: number;
  visible: number;
}

/**
 * A process needs review: it is marked »Til revision«, or it is in the review cycle and its review light is red
 * (due or overdue) or yellow (inside the last 10 % of the period).
 */
export function needsReview(process: ICatalogueProcess, today: IsoDate): boolean {
  if (process.status === 'Til revision') return true;
  if (process.status !== 'Godkendt') return false;
  const light = reviewLight(process, today).light;
  return light === 'red' || light === 'yellow';
}

/** The user owns the process or is its deputy. */
export function isMine(process: Pick<ICatalogueProcess, 'owner' | 'deputyOwner'>, userId: number): boolean {
  return process.owner?.id === userId || process.deputyOwner?.id === userId;
}

/** Readers see published processes only; editors see every status. */
export function isVisibleTo(process: Pick<ICatalogueProcess, 'status'>, viewer: Pick<ICatalogueViewer, 'canEdit'>): boolean {
  return viewer.canEdit || process.status === 'Godkendt';
}

/** Whether a process passes every filter. */
export function matchesFilter(process: ICatalogueProcess, filter: ICatalogueFilter, viewer: ICatalogueViewer): boolean {
  return (filter.areas.length === 0 || filter.areas.indexOf(process.area) >= 0) &&
    (filter.statuses.length === 0 || filter.statuses.indexOf(process.status) >= 0) &&
    (filter.ownerIds.length === 0 || (process.owner !== undefined && filter.ownerIds.indexOf(process.owner.id) >= 0)) &&
    (filter.priorities.length === 0 || filter.priorities.indexOf(process.priority) >= 0) &&
    (!filter.mine || isMine(process, viewer.userId)) &&
    (!filter.forReview || needsReview(process, viewer.today));
}

/** The areas in the order of the four areas of responsibility; areas an owner added in SharePoint after them, A–Å. */
export function areaOrder(areas: Iterable<string>): string[] {
  const known = AREAS as readonly string[];
  return Array.from(new Set(areas)).sort((a, b) => {
    const ia = known.indexOf(a);
    const ib = known.indexOf(b);
    if (ia >= 0 || ib >= 0) return (ia < 0 ? known.length : ia) - (ib < 0 ? known.length : ib);
    return compareDanish(a, b);
  });
}

/**
 * The processes the catalogue shows per area before »Vis … mere«: rendering is what a keystroke costs, so with
 * thousands of processes each area shows its first hits (the count line says how many match in all).
 */
export const CATALOGUE_PAGE_SIZE = 100;

/** Title (Danish order), then MoSCoW, then id: the catalogue's order when nobody is searching. */
function byTitle<T extends ICatalogueProcess>(a: IProcessSearchHit<T>, b: IProcessSearchHit<T>): number {
  return compareDanish(a.process.title, b.process.title) ||
    priorityRank(a.process.priority as Priority) - priorityRank(b.process.priority as Priority) || a.process.id - b.process.id;
}

/**
 * The catalogue for a viewer: the processes they may see, that pass `filter` and match `query` (title, purpose and,
 * through `stepsOf`, step texts), grouped by area. Without a query each group is in title order; with one, best
 * match first.
 */
export function catalogueView<T extends ICatalogueProcess>(
  processes: readonly T[], query: string, filter: ICatalogueFilter, viewer: ICatalogueViewer,
  stepsOf: (process: T) => readonly SearchableStep[] = () => []
): ICatalogueView<T> {
  const visible = processes.filter(p => isVisibleTo(p, viewer));
  const filtered = visible.filter(p => matchesFilter(p, filter, viewer));
  const hits = searchProcesses(query, filtered, stepsOf);
  const searching = searchTerms(query).length > 0;
  const byArea = new Map<string, IProcessSearchHit<T>[]>();
  for (const hit of hits) {
    const list = byArea.get(hit.process.area) ?? [];
    list.push(hit);
    byArea.set(hit.process.area, list);
  }
  const groups = areaOrder(byArea.keys()).map(area => {
    const list = byArea.get(area) as IProcessSearchHit<T>[];
    return { area, hits: searching ? list : list.sort(byTitle) };
  });
  return { groups, shown: hits.length, visible: visible.length };
}

/** The distinct owners of the processes, A–Å by name (the owner filter's options). */
export function ownersOf(processes: readonly Pick<ICatalogueProcess, 'owner'>[]): IPersonRef[] {
  const byId = new Map<number, IPersonRef>();
  for (const p of processes) if (p.owner && !byId.has(p.owner.id)) byId.set(p.owner.id, p.owner);
  return Array.from(byId.values()).sort((a, b) => compareDanish(a.title, b.title) || a.id - b.id);
}
