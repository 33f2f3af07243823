/**
 * How the wheel's radius is shared out: from the outside in, a margin, the month (or day) label band, the ISO week
 * band, the activity rings, and the hub that holds the year label.
 *
 * Lane thickness, and the trade-off behind it. Every lane of every ring has the same thickness, so a ring with more
 * lanes (more overlapping activities) gets proportionally more radius. The thickness is bounded:
 * - at most {@link WHEEL_METRICS.maxLane}, so a wheel with few rings does not turn into fat bands; the hub grows
 *   instead (up to `hubMax`);
 * - at least {@link WHEEL_METRICS.minLane} = 24 units, which on an 800 px wheel is 24 CSS px: the WCAG 2.2 minimum
 *   target (2.5.8) radially, and half the 44 px of WCAG 2.5.5. Markers get a hit tolerance of 22 units around their
 *   centre, so a deadline is a 44 × 44 px target when nothing else is closer. A 44-unit minimum lane would leave room
 *   for only five lanes on the whole wheel, forcing the wheel to hide activities, which fails everyone.
 * When the lanes need more than the room available, the hub first shrinks to `hubMin`; only when that is not enough
 * do lanes go below the minimum (around a dozen lanes in total on a year wheel with the week ring). Zooming to a
 * quarter or a month spreads overlapping activities out again, and keyboard navigation and the agenda list give the
 * same content without pointing at all.
 */

/** Sizes in SVG user units on an 800-unit wheel; they scale with the wheel's `size`. */
export const WHEEL_METRICS = {
  /** The wheel size these metrics are given for. */
  referenceSize: 800,
  /** Empty space outside the month band. */
  margin: 6,
  /** The band holding month names (or day numbers on a month wheel). */
  monthBand: 40,
  /** The band holding ISO week numbers, when shown. */
  weekBand: 26,
  /** Space between the label bands and the rings, and between the innermost ring and the hub. */
  bandGap: 4,
  /** Space between two rings. */
  ringGap: 3,
  /** Space kept free on either side of each lane so neighbouring lanes stay apart. */
  lanePadding: 1,
  /** The hub's radius when there is room. */
  hubPreferred: 90,
  /** The smallest hub: room for a year label like `2026/27`. */
  hubMin: 50,
  /** The largest hub, when few rings leave space over. */
  hubMax: 150,
  /** The thinnest a lane may be while room lasts. */
  minLane: 24,
  /** The thickest a lane may be. */
  maxLane: 56,
  /** A marker's radius is this share of its lane's thickness, within the two bounds below. */
  markerShare: 0.4,
  markerRadiusMin: 3,
  markerRadiusMax: 10,
  /** A marker counts as hit within this distance of its centre (half of a 44 px target). */
  markerTolerance: 22,
  /** Space kept between neighbouring markers in the same lane, in addition to their diameters. */
  markerGap: 2,
  /** A period shorter than this arc length is drawn (and stacked) this long so it can be seen and hit. */
  minPeriodLength: 8
} as const;

/** A ring's place on the wheel. */
export interface IRingBand {
  name: string;
  innerRadius: number;
  outerRadius: number;
  lanes: number;
}

/** The radii of the whole wheel. */
export interface IWheelBands {
  /** Size divided by the reference size: multiply a metric by this. */
  scale: number;
  outerRadius: number;
  month: { innerRadius: number; outerRadius: number };
  /** Undefined when the week ring is off. */
  week?: { innerRadius: number; outerRadius: number };
  /** The outer edge of the outermost ring. */
  ringsOuter: number;
  hub: number;
  laneThickness: number;
  markerRadius: number;
  rings: IRingBand[];
}

/** Shares out the radius of a `size`-unit wheel between label bands, rings (with `laneCounts` lanes) and the hub. */
export function layoutBands(rings: readonly string[], laneCounts: ReadonlyMap<string, number>, size: number, showWeekRing: boolean): IWheelBands {
  if (!(size > 0)) {
    throw new RangeError(`Hjulets størrelse skal være større end 0, ikke ${size}.`);
  }
  const m = WHEEL_METRICS;
  const scale = size / m.referenceSize;
  const outerRadius = size / 2 - m.margin * scale;
  const month = { innerRadius: outerRadius - m.monthBand * scale, outerRadius };
  const week = showWeekRing ? { innerRadius: month.innerRadius - m.weekBand * scale, outerRadius: month.innerRadius } : undefined;
  const ringsOuter = (week ? week.innerRadius : month.innerRadius) - m.bandGap * scale;

  const laneTotals = rings.map((name) => Math.max(1, laneCounts.get(name) ?? 1));
  const totalLanes = laneTotals.reduce((sum, lanes) => sum + lanes, 0);
  const gaps = Math.max(0, rings.length - 1) * m.ringGap * scale;
  const room = (hub: number): number => ringsOuter - hub - m.bandGap * scale - gaps;

  let hub = m.hubPreferred * scale;
  let laneThickness = 0;
  if (totalLanes > 0) {
    laneThickness = clamp(room(hub) / totalLanes, m.minLane * scale, m.maxLane * scale);
    const needed = laneThickness * totalLanes;
    if (needed > room(hub)) {
      // Give the hub's space to the lanes first; below the hub's minimum, the lanes have to get thinner.
      hub = Math.max(m.hubMin * scale, ringsOuter - m.bandGap * scale - gaps - needed);
      laneThickness = Math.min(laneThickness, room(hub) / totalLanes);
    } else {
      hub = Math.min(m.hubMax * scale, ringsOuter - m.bandGap * scale - gaps - needed);
    }
  }

  // Rings sit against the label bands; any space left over lies between the hub and the innermost ring.
  let radius = ringsOuter - laneThickness * totalLanes - gaps;
  const bands: IRingBand[] = rings.map((name, index) => {
    const innerRadius = radius;
    const outerRadius = innerRadius + laneTotals[index] * laneThickness;
    radius = outerRadius + m.ringGap * scale;
    return { name, innerRadius, outerRadius, lanes: laneTotals[index] };
  });

  // A marker must fit inside its lane, even when lanes have had to go below their minimum.
  const markerRadius = Math.min(clamp(laneThickness * m.markerShare, m.markerRadiusMin * scale, m.markerRadiusMax * scale), laneThickness / 2);
  return { scale, outerRadius, month, week, ringsOuter, hub, laneThickness, markerRadius, rings: bands };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
