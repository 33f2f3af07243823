/**
 * Which item is under a point of the wheel, fast enough to run on every pointer move over thousands of items.
 *
 * A point is turned into polar coordinates; the ring is found by radius (binary search over the rings) and the lane
 * by arithmetic. Items in one lane never overlap (that is what lanes are for), so sorted by angle they can be
 * binary-searched: O(log n). Markers are also hit within a tolerance radius of their centre (a 44 px target on an
 * 800 px wheel, see `metrics.ts`), even from a neighbouring lane or ring; for that, marker centres sit in angular
 * buckets so only the buckets within the tolerance are looked at. A direct hit on an item's own shape always wins
 * over a tolerance hit. Nothing is hit in the hub or in the label bands, which the wheel uses for its own controls.
 */
import type { IPlacedItem, IWheelLayout } from './geometry';
import { WHEEL_METRICS } from './metrics';
import { pointToPolar } from './svgArc';

/** Finds the item at an SVG point (viewBox coordinates), or `undefined`. */
export type HitTester = (x: number, y: number) => IPlacedItem | undefined;

const FULL_CIRCLE = 2 * Math.PI;
/** Half a degree per bucket: a marker's tolerance then spans a few buckets at most radii. */
const BUCKETS = 720;

interface IRingIndex {
  innerRadius: number;
  outerRadius: number;
  /** Per lane, the lane's items sorted by start angle. */
  lanes: IPlacedItem[][];
}

/** Builds a hit tester for a layout. Building is O(n log n); each look-up is O(log n) plus the nearby markers. */
export function createHitTester(layout: IWheelLayout): HitTester {
  const { bands, center } = layout;
  const tolerance = WHEEL_METRICS.markerTolerance * bands.scale;
  const rings = indexRings(layout);
  const buckets = indexMarkers(layout.items);

  return (x: number, y: number): IPlacedItem | undefined => {
    const { angle, radius } = pointToPolar(center, x, y);
    if (radius < layout.hub || radius > bands.ringsOuter) {
      return undefined;
    }
    return directHit(rings, bands.laneThickness, center, x, y, angle, radius)
      ?? nearestMarker(buckets, tolerance, x, y, angle, radius);
  };
}

function indexRings(layout: IWheelLayout): IRingIndex[] {
  const byName = new Map<string, IRingIndex>();
  const rings = layout.rings.map((ring) => {
    const index: IRingIndex = { innerRadius: ring.innerRadius, outerRadius: ring.outerRadius, lanes: [] };
    for (let lane = 0; lane < ring.lanes; lane++) {
      index.lanes.push([]);
    }
    byName.set(ring.name, index);
    return index;
  });
  for (const item of layout.items) {
    byName.get(item.ring)?.lanes[item.lane]?.push(item);
  }
  rings.forEach((ring) => ring.lanes.forEach((lane) => lane.sort((a, b) => a.startAngle - b.startAngle)));
  return rings.sort((a, b) => a.innerRadius - b.innerRadius);
}

function indexMarkers(items: readonly IPlacedItem[]): IPlacedItem[][] {
  const buckets: IPlacedItem[][] = [];
  for (let i = 0; i < BUCKETS; i++) {
    buckets.push([]);
  }
  for (const item of items) {
    if (item.kind === 'marker') {
      buckets[bucketOf((item.startAngle + item.endAngle) / 2)].push(item);
    }
  }
  return buckets;
}

function bucketOf(angle: number): number {
  const normalised = ((angle % FULL_CIRCLE) + FULL_CIRCLE) % FULL_CIRCLE;
  return Math.min(BUCKETS - 1, Math.floor((normalised / FULL_CIRCLE) * BUCKETS));
}

function directHit(rings: IRingIndex[], laneThickness: number, center: number, x: number, y: number, angle: number, radius: number): IPlacedItem | undefined {
  const ring = ringAt(rings, radius);
  if (!ring || laneThickness <= 0) {
    return undefined;
  }
  const laneIndex = Math.min(ring.lanes.length - 1, Math.floor((radius - ring.innerRadius) / laneThickness));
  const lane = ring.lanes[laneIndex];
  // The last item starting at or before the angle; a marker's circle may also reach back from the next one.
  const found = lastStartingAtOrBefore(lane, angle);
  for (const candidate of [lane[found], lane[found + 1]]) {
    if (!candidate) {
      continue;
    }
    if (candidate.kind === 'period' ? angle >= candidate.startAngle && angle <= candidate.endAngle : distance(candidate, x, y) <= candidate.r) {
      return candidate;
    }
  }
  return undefined;
}

function ringAt(rings: IRingIndex[], radius: number): IRingIndex | undefined {
  let low = 0;
  let high = rings.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const ring = rings[middle];
    if (radius < ring.innerRadius) {
      high = middle - 1;
    } else if (radius > ring.outerRadius) {
      low = middle + 1;
    } else {
      return ring;
    }
  }
  return undefined;
}

function lastStartingAtOrBefore(lane: readonly IPlacedItem[], angle: number): number {
  let low = 0;
  let high = lane.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (lane[middle].startAngle <= angle) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

function nearestMarker(buckets: IPlacedItem[][], tolerance: number, x: number, y: number, angle: number, radius: number): IPlacedItem | undefined {
  // The angle the tolerance circle spans as seen from the centre, at this radius (all of it near the centre).
  const spread = radius > tolerance ? Math.asin(tolerance / radius) : Math.PI;
  const reach = Math.min(BUCKETS / 2, Math.ceil((spread / FULL_CIRCLE) * BUCKETS) + 1);
  const home = bucketOf(angle);
  let best: IPlacedItem | undefined;
  let bestDistance = tolerance;
  for (let step = -reach; step <= reach; step++) {
    for (const marker of buckets[(home + step + BUCKETS) % BUCKETS]) {
      const d = distance(marker, x, y);
      if (d <= bestDistance) {
        best = marker;
        bestDistance = d;
      }
    }
  }
  return best;
}

function distance(item: IPlacedItem, x: number, y: number): number {
  return Math.hypot(item.x - x, item.y - y);
}

export { nearestItem, firstItem, lastItem } from './navigation';
export type { NavigationDirection } from './navigation';
