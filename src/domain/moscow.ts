/**
 * MoSCoW prioritisation: MUST before SHOULD before COULD before WON'T. Items read from SharePoint may carry a value
 * outside the choice list or none at all; those sort after WON'T so they are visible but never crowd out real work.
 */
import { PRIORITIES } from './models/common';
import type { Priority } from './models/common';

/** Danish labels for the stored priority values. */
export const PRIORITY_LABELS_DA: Readonly<Record<Priority, string>> = {
  MUST: 'Skal',
  SHOULD: 'Bør',
  COULD: 'Kan',
  "WON'T": 'Ikke nu'
};

/** English labels for the stored priority values. */
export const PRIORITY_LABELS_EN: Readonly<Record<Priority, string>> = {
  MUST: 'Must have',
  SHOULD: 'Should have',
  COULD: 'Could have',
  "WON'T": "Won't have (this time)"
};

/** Danish explanations of each priority, e.g. for a tooltip next to the choice. */
export const PRIORITY_DESCRIPTIONS_DA: Readonly<Record<Priority, string>> = {
  MUST: 'Skal gennemføres. Uden den lykkes opgaven ikke, og den kan ikke udskydes.',
  SHOULD: 'Bør gennemføres. Vigtig, men der findes en midlertidig løsning, hvis den må vente.',
  COULD: 'Kan gennemføres, hvis der er tid og ressourcer. Rart at have.',
  "WON'T": 'Ikke nu. Aftalt at den ikke gennemføres i denne omgang, men kan tages op igen senere.'
};

/** Anything carrying a priority, possibly missing or unknown (as data from a list can be). */
export interface IPrioritised {
  priority?: Priority | string;
}

/** True for one of the four stored priority values. */
export function isPriority(value: unknown): value is Priority {
  return typeof value === 'string' && (PRIORITIES as readonly string[]).indexOf(value) >= 0;
}

/** The sort rank of a priority: 0 for MUST … 3 for WON'T, 4 for anything else (unknown or missing). */
export function priorityRank(priority: Priority | string | undefined): number {
  return isPriority(priority) ? PRIORITIES.indexOf(priority) : PRIORITIES.length;
}

/** Compares two priorities for sorting: negative when `a` is more important. */
export function comparePriority(a: Priority | string | undefined, b: Priority | string | undefined): number {
  return priorityRank(a) - priorityRank(b);
}

/**
 * A new array sorted by priority (MUST first, WON'T last, unknown after WON'T). Items of equal priority are ordered
 * by `then` if given, otherwise they keep their original order (the sort is stable).
 */
export function sortByPriority<T extends IPrioritised>(items: readonly T[], then?: (a: T, b: T) => number): T[] {
  // Decorate with the index so the order is stable whatever the engine's sort does.
  return items
    .map((item, index) => ({ item, index }))
    .sort((x, y) => comparePriority(x.item.priority, y.item.priority) || (then ? then(x.item, y.item) : 0) || x.index - y.index)
    .map((entry) => entry.item);
}

/** The label of a priority in Danish or English; an unknown value is returned as it is, a missing one as ''. */
export function priorityLabel(priority: Priority | string | undefined, lang: 'da' | 'en' = 'da'): string {
  if (!isPriority(priority)) {
    return priority ?? '';
  }
  return (lang === 'da' ? PRIORITY_LABELS_DA : PRIORITY_LABELS_EN)[priority];
}
