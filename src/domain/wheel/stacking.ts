/**
 * Stacking of overlapping activities into lanes, so that nothing on the wheel hides anything else.
 *
 * Classic interval partitioning: within a ring, intervals are taken in order of their start and each goes into the
 * lowest-numbered lane that is free at that moment. That uses the fewest lanes any arrangement can (the maximum
 * number of intervals overlapping at one point) and runs in O(n log n) with two heaps.
 *
 * Intervals are angles (radians) rather than days because a marker's footprint is an angle: a deadline is drawn as a
 * circle a few days wide on a year wheel but a fraction of a day wide on a month wheel. So markers occupy a minimum
 * angular width around their centre and two deadlines on the same day (or a day apart on a year wheel) get
 * different lanes. Periods occupy exactly their days; two periods that merely touch (1–10 May, 11–20 May) share a
 * lane. Lane 0 is the innermost lane of a ring.
 */
import { MinHeap } from './heap';

/** What the stacker needs to know about an item: which ring it is in and which angles it covers. */
export interface IStackable {
  key: string;
  ring: string;
  kind: 'period' | 'marker';
  /** Radians, 0 at 12 o'clock, clockwise. For a marker, the start of its day. */
  startAngle: number;
  /** Radians. For a marker, the end of its day; the marker's centre is halfway. */
  endAngle: number;
}

/** Options for {@link assignLanes}. */
export interface IStackingOptions {
  /**
   * The angular width (radians) a marker occupies, centred on its day, per ring: a marker of a given size spans a
   * larger angle on an inner ring than on an outer one. A number applies to all rings. Default
   * {@link DEFAULT_MARKER_ANGLE}.
   */
  markerAngle?: number | ((ring: string) => number);
}

/** The result of {@link assignLanes}. */
export interface ILaneAssignment {
  /** The lane (0 = innermost) of every item, by key. */
  lanes: Map<string, number>;
  /** The number of lanes each ring with items needs (rings without items are absent). */
  laneCounts: Map<string, number>;
}

/** A marker's default footprint: 1/120 of the circle, about three days on a year wheel. */
export const DEFAULT_MARKER_ANGLE: number = (2 * Math.PI) / 120;

/** The angles an item occupies for stacking: a period its own span, a marker its minimum width around its centre. */
export function occupiedInterval(item: IStackable, markerAngle: number): [number, number] {
  if (item.kind === 'marker') {
    const centre = (item.startAngle + item.endAngle) / 2;
    const half = Math.max(markerAngle, item.endAngle - item.startAngle) / 2;
    return [centre - half, centre + half];
  }
  return [item.startAngle, Math.max(item.startAngle, item.endAngle)];
}

/**
 * Puts every item into a lane of its ring so that items whose occupied intervals overlap never share a lane, using
 * as few lanes as possible. Ties (same start) are broken by the longer item first, then by key, so the result does
 * not depend on the input order.
 */
export function assignLanes(items: readonly IStackable[], options: IStackingOptions = {}): ILaneAssignment {
  const markerAngleFor = typeof options.markerAngle === 'function'
    ? options.markerAngle
    : (): number => (options.markerAngle as number | undefined) ?? DEFAULT_MARKER_ANGLE;

  const byRing = new Map<string, { key: string; start: number; end: number }[]>();
  const markerAngles = new Map<string, number>();
  for (const item of items) {
    let angle = markerAngles.get(item.ring);
    if (angle === undefined) {
      angle = markerAngleFor(item.ring);
      markerAngles.set(item.ring, angle);
    }
    const [start, end] = occupiedInterval(item, angle);
    let list = byRing.get(item.ring);
    if (!list) {
      list = [];
      byRing.set(item.ring, list);
    }
    list.push({ key: item.key, start, end });
  }

  const lanes = new Map<string, number>();
  const laneCounts = new Map<string, number>();
  byRing.forEach((list, ring) => {
    list.sort((a, b) => a.start - b.start || b.end - a.end || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    // Lanes in use, ordered by the angle at which they become free; and lanes free now, lowest first.
    const busy = new MinHeap<{ end: number; lane: number }>((a, b) => a.end - b.end || a.lane - b.lane);
    const free = new MinHeap<number>((a, b) => a - b);
    let count = 0;
    for (const interval of list) {
      // `<=`: an interval ending exactly where the next starts does not overlap it.
      for (let top = busy.peek(); top !== undefined && top.end <= interval.start; top = busy.peek()) {
        free.push(top.lane);
        busy.pop();
      }
      const lane = free.pop() ?? count++;
      lanes.set(interval.key, lane);
      busy.push({ end: interval.end, lane });
    }
    laneCounts.set(ring, count);
  });
  return { lanes, laneCounts };
}
