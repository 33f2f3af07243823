/**
 * Keyboard navigation around the wheel: the arrow keys move to the next or previous item in time within the same
 * ring, or out or in to the neighbouring ring at about the same time of year. Navigation does not wrap around at the
 * ends of the range, so the wheel can tell a screen reader user that the last item has been reached; `firstItem`
 * gives the item to start from (and to go to on Home), `lastItem` the one to go to on End: the order is the rings
 * from the centre out, each in time, so Home is the first item of the innermost ring and End the last of the outermost.
 */
import type { IPlacedItem, IWheelLayout } from './geometry';

/** The direction of a keyboard move. `outer`/`inner` change ring; `next`/`prev` move in time within a ring. */
export type NavigationDirection = 'next' | 'prev' | 'outer' | 'inner';

interface INavigationIndex {
  /** Items of each ring in time order (start, then lane), rings inside out; rings without items are left out. */
  rings: IPlacedItem[][];
  /** Where each item sits: ring position in `rings` and position within that ring. */
  positions: Map<string, { ring: number; index: number }>;
}

/** Layouts are immutable values, so their index is built once, on first use. */
const indexes = new WeakMap<IWheelLayout, INavigationIndex>();

/**
 * The item to move to from the item with key `key`, or `undefined` when there is none in that direction (or `key` is
 * not on the wheel). Moving out or in picks, in the nearest ring with items, the item covering the current item's
 * middle, or else the one closest to it in angle.
 */
export function nearestItem(layout: IWheelLayout, key: string, direction: NavigationDirection): IPlacedItem | undefined {
  const index = navigationIndex(layout);
  const position = index.positions.get(key);
  if (!position) {
    return undefined;
  }
  const ring = index.rings[position.ring];
  switch (direction) {
    case 'next':
      return ring[position.index + 1];
    case 'prev':
      return ring[position.index - 1];
    default: {
      const target = index.rings[position.ring + (direction === 'outer' ? 1 : -1)];
      return target ? closestInAngle(target, middleAngle(ring[position.index])) : undefined;
    }
  }
}

/** The first item in time of a ring (by name), or of the innermost ring with items when no ring is named. */
export function firstItem(layout: IWheelLayout, ring?: string): IPlacedItem | undefined {
  const rings = navigationIndex(layout).rings;
  const found = ring === undefined ? rings[0] : rings.find((items) => items[0].ring === ring);
  return found?.[0];
}

/** The last item in time of a ring (by name), or of the outermost ring with items when no ring is named. */
export function lastItem(layout: IWheelLayout, ring?: string): IPlacedItem | undefined {
  const rings = navigationIndex(layout).rings;
  const found = ring === undefined ? rings[rings.length - 1] : rings.find((items) => items[0].ring === ring);
  return found?.[found.length - 1];
}

function navigationIndex(layout: IWheelLayout): INavigationIndex {
  let index = indexes.get(layout);
  if (!index) {
    index = buildIndex(layout);
    indexes.set(layout, index);
  }
  return index;
}

function buildIndex(layout: IWheelLayout): INavigationIndex {
  const byRing = new Map<string, IPlacedItem[]>();
  for (const item of layout.items) {
    const list = byRing.get(item.ring);
    if (list) {
      list.push(item);
    } else {
      byRing.set(item.ring, [item]);
    }
  }
  const rings: IPlacedItem[][] = [];
  const positions = new Map<string, { ring: number; index: number }>();
  for (const ring of [...layout.rings].sort((a, b) => a.innerRadius - b.innerRadius)) {
    const items = byRing.get(ring.name);
    if (!items) {
      continue;
    }
    items.sort((a, b) => a.startAngle - b.startAngle || a.lane - b.lane || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    items.forEach((item, index) => positions.set(item.key, { ring: rings.length, index }));
    rings.push(items);
  }
  return { rings, positions };
}

function middleAngle(item: IPlacedItem): number {
  return (item.startAngle + item.endAngle) / 2;
}

function closestInAngle(items: readonly IPlacedItem[], angle: number): IPlacedItem | undefined {
  let best: IPlacedItem | undefined;
  let bestScore = Infinity;
  for (const item of items) {
    // An item covering the angle scores by how far its middle is (always < π); one that does not, π plus its gap.
    const covers = angle >= item.startAngle && angle <= item.endAngle;
    const score = covers
      ? Math.abs(middleAngle(item) - angle)
      : Math.PI + Math.min(circularGap(item.startAngle, angle), circularGap(item.endAngle, angle));
    if (score < bestScore) {
      best = item;
      bestScore = score;
    }
  }
  return best;
}

function circularGap(a: number, b: number): number {
  const gap = Math.abs(a - b) % (2 * Math.PI);
  return Math.min(gap, 2 * Math.PI - gap);
}
