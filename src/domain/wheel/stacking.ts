/**
 * Stacking of overlapping activities into lanes, so that nothing on the wheel hides anything else.
 *
 * Classic interval partitioning: within a ring, intervals are taken in order of their start and each goes into the
 * lowest-numbered lane that is free at that moment. That uses the fewest lanes any arrangement can (the maximum
 * number of intervals overlapping at one point). It runs in O(n log n): the lowest free lane comes from a heap of free
 * lanes, fed from a heap of busy lanes by their end (a scan of every lane's end was quadratic in practice: a busy ring
 * has dozens of lanes).
 *
 * Intervals are angles (radians) rather than days because a marker's footprint is an angle: a deadline is drawn as a
 * circle a few days wide on a year wheel but a fraction of a day wide on a month wheel. So markers occupy a minimum
 * angular width around their centre and two deadlines on the same day (or a day apart on a year wheel) get
 * different lanes. Periods occupy exactly their days; two periods that merely touch (1–10 May, 11–20 May) share a
 * lane. Lane 0 is the innermost lane of a ring.
 */

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
  return [occupiedStart(item.kind, item.startAngle, item.endAngle, markerAngle), occupiedEnd(item.kind, item.startAngle, item.endAngle, markerAngle)];
}

/** The start of {@link occupiedInterval}, without a pair per item (the layout's form). */
export function occupiedStart(kind: IStackable['kind'], startAngle: number, endAngle: number, markerAngle: number): number {
  return kind === 'marker' ? (startAngle + endAngle) / 2 - Math.max(markerAngle, endAngle - startAngle) / 2 : startAngle;
}

/** The end of {@link occupiedInterval}. */
export function occupiedEnd(kind: IStackable['kind'], startAngle: number, endAngle: number, markerAngle: number): number {
  return kind === 'marker' ? (startAngle + endAngle) / 2 + Math.max(markerAngle, endAngle - startAngle) / 2 : Math.max(startAngle, endAngle);
}

/**
 * Puts every item into a lane of its ring so that items whose occupied intervals overlap never share a lane, using
 * as few lanes as possible. Ties (same start) are broken by the longer item first, then by key, so the result does
 * not depend on the input order.
 */
export function assignLanes(items: readonly IStackable[], options: IStackingOptions = {}): ILaneAssignment {
  const { laneOf, laneCounts } = assignLaneIndexes(items, options);
  const lanes = new Map<string, number>();
  for (let i = 0; i < items.length; i++) lanes.set(items[i].key, laneOf[i]);
  return { lanes, laneCounts };
}

/** Lanes by item index (see {@link assignLaneIndexes}). */
export interface ILaneIndexes {
  /** The lane of `items[i]`. */
  laneOf: Int32Array;
  laneCounts: Map<string, number>;
  /** Per ring, its items' indexes in stacking order. */
  byRing: Map<string, number[]>;
}

/**
 * {@link assignLanes} with each item's lane by its index in `items` (`laneOf[i]`), for the layout, which knows its
 * items by index: a map of 6,000 keys, built and read twice per layout, was a fifth of the layout's time. `previous`:
 * the result for the same items (same indexes and rings) with other angles, whose order starts the sort.
 */
export function assignLaneIndexes(items: readonly IStackable[], options: IStackingOptions = {}, previous?: ILaneIndexes): ILaneIndexes {
  const markerAngleFor = typeof options.markerAngle === 'function'
    ? options.markerAngle
    : (): number => (options.markerAngle as number | undefined) ?? DEFAULT_MARKER_ANGLE;

  const count = items.length;
  const starts = new Float64Array(count);
  const ends = new Float64Array(count);
  const ringOf = new Int32Array(count);
  const ringIndexes = new Map<string, number>();
  const names: string[] = [];
  const markerAngles: number[] = [];
  for (let i = 0; i < count; i++) {
    const item = items[i];
    let ring = ringIndexes.get(item.ring);
    if (ring === undefined) {
      ring = names.length;
      ringIndexes.set(item.ring, ring);
      names.push(item.ring);
      markerAngles.push(markerAngleFor(item.ring));
    }
    ringOf[i] = ring;
    const [start, end] = occupiedInterval(item, markerAngles[ring]);
    starts[i] = start;
    ends[i] = end;
  }
  const order = previous ? names.map(name => previous.byRing.get(name) ?? []) : undefined;
  const stacked = stackIntervals({ ringOf, starts, ends, rings: names.length, keyOf: i => items[i].key }, order);
  const laneCounts = new Map<string, number>();
  const byRing = new Map<string, number[]>();
  names.forEach((name, ring) => {
    laneCounts.set(name, stacked.laneCounts[ring]);
    byRing.set(name, stacked.byRing[ring]);
  });
  return { laneOf: stacked.laneOf, laneCounts, byRing };
}

/** Occupied intervals by item index, for {@link stackIntervals}. */
export interface IIntervals {
  /** The ring (an index, 0 … `rings` − 1) of item `i`. */
  ringOf: Int32Array;
  /** The occupied interval of item `i` (see {@link occupiedInterval}). */
  starts: Float64Array;
  ends: Float64Array;
  rings: number;
  /** The tie-breaker of two intervals with the same start and end. */
  keyOf: (index: number) => string;
}

/** Lanes by item index and ring index. */
export interface IStackedIntervals {
  laneOf: Int32Array;
  /** Per ring index, its lanes (0 for a ring without items). */
  laneCounts: number[];
  /** Per ring index, its items' indexes in stacking order. */
  byRing: number[][];
}

/**
 * The stacking itself, on flat arrays (the layout's form: no object per item, issue 9): per ring, intervals sorted by
 * start (longer first, then by key) are each put into the lowest lane free at their start. `previous`: each ring's
 * order from a pass over the same items with other angles — nearly this pass's order, which the sort then takes
 * little more than one look at each item to confirm.
 */
export function stackIntervals(intervals: IIntervals, previous?: readonly (readonly number[])[]): IStackedIntervals {
  const { ringOf, starts, ends, keyOf } = intervals;
  const count = ringOf.length;
  let byRing: number[][];
  if (previous) {
    byRing = previous.map(members => members.slice());
  } else {
    byRing = Array.from({ length: intervals.rings }, () => []);
    for (let i = 0; i < count; i++) byRing[ringOf[i]].push(i);
  }
  const laneOf = new Int32Array(count);
  const laneCounts: number[] = [];
  for (let ring = 0; ring < byRing.length; ring++) {
    const members = byRing[ring];
    members.sort((a, b) => starts[a] - starts[b] || ends[b] - ends[a] || compareKeys(keyOf(a), keyOf(b)));
    laneCounts.push(assignInOrder(members, starts, ends, laneOf));
  }
  return { laneOf, laneCounts, byRing };
}

/**
 * Puts `members` (sorted by start) each into the lowest lane free at its start — a lane is free once its last
 * interval ended, `<=`: an interval ending exactly where the next starts does not overlap it — and returns the lanes
 * used. Two heaps rather than a scan of every lane's end: a busy ring has dozens of lanes (56 on the bench's year of
 * 5,000 activities), and scanning them was most of the stacking. Starts only grow, so a lane that is free stays free
 * until it is taken: the free heap holds exactly the lanes a scan would find free.
 */
function assignInOrder(members: readonly number[], starts: Float64Array, ends: Float64Array, laneOf: Int32Array): number {
  const n = members.length;
  // Busy lanes, a min-heap on their last interval's end.
  const busyEnd = new Float64Array(n);
  const busyLane = new Int32Array(n);
  let busy = 0;
  // Free lanes, a min-heap on the lane's number.
  const free = new Int32Array(n);
  let freeCount = 0;
  let lanes = 0;
  for (let m = 0; m < n; m++) {
    const member = members[m];
    const start = starts[member];
    while (busy > 0 && busyEnd[0] <= start) {
      const released = busyLane[0];
      busy--;
      // Pop the busy heap: the last entry sinks from the top.
      const lastEnd = busyEnd[busy];
      const lastLane = busyLane[busy];
      let at = 0;
      for (;;) {
        let child = 2 * at + 1;
        if (child >= busy) break;
        if (child + 1 < busy && busyEnd[child + 1] < busyEnd[child]) child++;
        if (busyEnd[child] >= lastEnd) break;
        busyEnd[at] = busyEnd[child];
        busyLane[at] = busyLane[child];
        at = child;
      }
      busyEnd[at] = lastEnd;
      busyLane[at] = lastLane;
      // Push onto the free heap: it rises to its place.
      let up = freeCount++;
      while (up > 0) {
        const parent = (up - 1) >> 1;
        if (free[parent] <= released) break;
        free[up] = free[parent];
        up = parent;
      }
      free[up] = released;
    }
    let lane: number;
    if (freeCount > 0) {
      lane = free[0];
      freeCount--;
      const last = free[freeCount];
      let at = 0;
      for (;;) {
        let child = 2 * at + 1;
        if (child >= freeCount) break;
        if (child + 1 < freeCount && free[child + 1] < free[child]) child++;
        if (free[child] >= last) break;
        free[at] = free[child];
        at = child;
      }
      free[at] = last;
    } else {
      lane = lanes++;
    }
    laneOf[member] = lane;
    // Push onto the busy heap.
    const end = ends[member];
    let up = busy++;
    while (up > 0) {
      const parent = (up - 1) >> 1;
      if (busyEnd[parent] <= end) break;
      busyEnd[up] = busyEnd[parent];
      busyLane[up] = busyLane[parent];
      up = parent;
    }
    busyEnd[up] = end;
    busyLane[up] = lane;
  }
  return lanes;
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
