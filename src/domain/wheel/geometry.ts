/**
 * The annual wheel's geometry: where every ring, label and activity goes, as SVG user units in a `size × size`
 * viewBox centred on (`size / 2`, `size / 2`). Pure: no DOM, no React.
 *
 * Angles are radians, 0 at 12 o'clock, growing clockwise, and the range (`from`–`to`, both included) fills the full
 * circle. Days are whole: a day runs from its start angle to the next day's, an item's end day is included (a period
 * 1–10 May covers all of 10 May), and markers (deadlines, milestones, meetings) sit in the middle of their day.
 * See `metrics.ts` for how the radius is shared out and `stacking.ts` for lanes.
 */
import type { IsoDate } from '../models/common';
import { createDayScale } from './dayScale';
import type { IDayScale } from './dayScale';
import { layoutBands, WHEEL_METRICS } from './metrics';
import type { IRingBand, IWheelBands } from './metrics';
import { outerSegments, weekSegments } from './segments';
import type { ISegment } from './segments';
import { denseRanks, orderByKey } from './order';
import { occupiedEnd, occupiedStart, stackIntervals } from './stacking';
import { arcPath, polarToPoint } from './svgArc';

export type { ISegment } from './segments';

/** Something to draw on the wheel. */
export interface IWheelItem {
  /** Unique on the wheel, e.g. an activity id plus occurrence. */
  key: string;
  /** The ring (category) it belongs in; items of rings not in {@link IWheelOptions.rings} are not drawn. */
  ring: string;
  start: IsoDate;
  /** Last day, inclusive; equal to `start` for one day. */
  end: IsoDate;
  /**
   * Periods are arcs; markers are dots in the middle of their start day — or of the first day shown, when a marker's
   * days (a two-day meeting) began before the range and run into it.
   */
  kind: 'period' | 'marker';
}

/** What to lay out and how. */
export interface IWheelOptions {
  from: IsoDate;
  /** Inclusive. */
  to: IsoDate;
  /** The rings to draw, from the inside out. */
  rings: readonly string[];
  showWeekRing: boolean;
  /** The viewBox side, e.g. 800. */
  size: number;
  /** Draws a line at the middle of this day when it is in the range. */
  today?: IsoDate;
  language: 'da' | 'en';
}

/** A ring's place. */
export interface IRingLayout {
  name: string;
  innerRadius: number;
  outerRadius: number;
  /** How many lanes the ring's overlapping items need (at least 1). */
  lanes: number;
  /** The ring's background band. */
  path: string;
}

/** An item with its place on the wheel. */
export interface IPlacedItem extends IWheelItem {
  /** 0 is the innermost lane of the ring. */
  lane: number;
  /** The ring's lane count. */
  lanes: number;
  /**
   * The angles drawn: for a period its days within the range (a very short period is widened to stay visible); for
   * a marker its day.
   */
  startAngle: number;
  endAngle: number;
  /** The lane's radii, less a little padding. */
  innerRadius: number;
  outerRadius: number;
  /** The arc, for periods. */
  path?: string;
  /** A marker's centre, or a period arc's midpoint (middle angle, middle radius). */
  x: number;
  y: number;
  /** A marker's radius; 0 for periods. */
  r: number;
  /** The item starts before the range. */
  clippedStart: boolean;
  /** The item ends after the range. */
  clippedEnd: boolean;
}

/** Everything needed to draw the wheel. */
export interface IWheelLayout {
  size: number;
  /** The centre's x and y. */
  center: number;
  /** The radius of the centre disc that holds the year label. */
  hub: number;
  rings: IRingLayout[];
  /** The outer label band: months, or days on a wheel within one month (see `segments.ts`). */
  months: ISegment[];
  /** The ISO week band; empty when off. */
  weeks: ISegment[];
  /** A radial line at the middle of today, from the hub to the outer edge. */
  today?: { angle: number; x1: number; y1: number; x2: number; y2: number };
  /** Drawn items, ordered by ring (inside out), then start, then lane. */
  items: IPlacedItem[];
  from: IsoDate;
  to: IsoDate;
  /** The radii of the label bands and rings, lane thickness and marker size. */
  bands: IWheelBands;
}

/** The angle of the start of `date` on a wheel showing `from`–`to` (inclusive): 0 for `from`, 2π after `to`. */
export function dateToAngle(date: IsoDate, from: IsoDate, to: IsoDate): number {
  const scale = createDayScale(from, to);
  return scale.angle(scale.offset(date));
}

/**
 * The items in the range, by index into flat arrays (a first render lays out 6,000 items once, mostly before the
 * engine has optimised anything: an object per item and pass was much of the layout's time, issue 9): the item, its
 * ring's index, its days counted from the start of the range and clipped to it (end exclusive).
 */
interface IExtents {
  count: number;
  item: IWheelItem[];
  ringIndex: Int32Array;
  startDay: Int32Array;
  endDay: Int32Array;
  clippedStart: Uint8Array;
  clippedEnd: Uint8Array;
}

/** Lays out the wheel: label bands, rings sized by their lanes, and every item in the range in its lane. */
export function layoutWheel(items: readonly IWheelItem[], options: IWheelOptions): IWheelLayout {
  const scale = createDayScale(options.from, options.to);
  const { size } = options;
  const center = size / 2;
  const extents = clipToRange(items, options.rings, scale);
  const keyOf = (index: number): string => extents.item[index].key;
  const count = extents.count;

  // Stack with a first estimate of each ring's radius, then again with the real one: markers' angular widths depend
  // on the radius, and the radii on the lane counts. One correction is enough in practice.
  let bands = layoutBands(options.rings, new Map(), size, options.showWeekRing);
  const intervals = { ringOf: extents.ringIndex.subarray(0, count), starts: new Float64Array(count), ends: new Float64Array(count), rings: options.rings.length, keyOf };
  // The angles drawn: a period's own (short ones widened, see occupy), a marker's day.
  const startAngles = new Float64Array(count);
  const endAngles = new Float64Array(count);
  occupy(extents, scale, bands, intervals, startAngles, endAngles);
  let stacked = stackIntervals(intervals);
  bands = layoutBands(options.rings, laneCountsByName(options.rings, stacked.laneCounts), size, options.showWeekRing);
  occupy(extents, scale, bands, intervals, startAngles, endAngles);
  stacked = stackIntervals(intervals, stacked.byRing);
  bands = layoutBands(options.rings, laneCountsByName(options.rings, stacked.laneCounts), size, options.showWeekRing);

  const padding = Math.min(WHEEL_METRICS.lanePadding * bands.scale, bands.laneThickness / 4);
  const laneOf = stacked.laneOf;
  // In drawing order — ring, then start angle, then lane — by one native sort of ranks (see order.ts), not a
  // comparator called ≈ 80,000 times.
  const angleRanks = denseRanks(startAngles);
  let laneSpan = 1;
  for (let i = 0; i < count; i++) laneSpan = Math.max(laneSpan, laneOf[i] + 1);
  const sortKeys = new Float64Array(count);
  for (let i = 0; i < count; i++) sortKeys[i] = (extents.ringIndex[i] * angleRanks.distinct + angleRanks.ranks[i]) * laneSpan + laneOf[i];
  const order = orderByKey(sortKeys, Math.max(1, options.rings.length) * angleRanks.distinct * laneSpan);
  const placed = new Array<IPlacedItem>(count);
  for (let at = 0; at < count; at++) {
    const index = order[at];
    const item = extents.item[index];
    const ring = bands.rings[extents.ringIndex[index]];
    const lane = laneOf[index];
    const innerRadius = ring.innerRadius + lane * bands.laneThickness + padding;
    const outerRadius = innerRadius + bands.laneThickness - 2 * padding;
    const isMarker = item.kind === 'marker';
    const startAngle = startAngles[index];
    const endAngle = endAngles[index];
    const middle = (startAngle + endAngle) / 2;
    const radius = (innerRadius + outerRadius) / 2;
    placed[at] = {
      key: item.key,
      ring: item.ring,
      start: item.start,
      end: item.end,
      kind: item.kind,
      lane,
      lanes: ring.lanes,
      startAngle,
      endAngle,
      innerRadius,
      outerRadius,
      path: isMarker ? undefined : arcPath(center, { innerRadius, outerRadius, startAngle, endAngle }),
      x: center + radius * Math.sin(middle),
      y: center - radius * Math.cos(middle),
      r: isMarker ? bands.markerRadius : 0,
      clippedStart: extents.clippedStart[index] === 1,
      clippedEnd: extents.clippedEnd[index] === 1
    };
  }

  return {
    size,
    center,
    hub: bands.hub,
    rings: bands.rings.map((ring) => ({ ...ring, path: arcPath(center, { ...ring, startAngle: 0, endAngle: 2 * Math.PI }) })),
    months: outerSegments(scale, bands.month, center, options.language),
    weeks: bands.week ? weekSegments(scale, bands.week, center, options.language) : [],
    today: todayLine(options.today, scale, bands, center),
    items: placed,
    from: options.from,
    to: options.to,
    bands
  };
}

/** Lane counts by ring name, for `layoutBands` (rings without items left out, as it expects). */
function laneCountsByName(rings: readonly string[], counts: readonly number[]): Map<string, number> {
  const byName = new Map<string, number>();
  counts.forEach((lanes, ring) => { if (lanes > 0) byName.set(rings[ring], lanes); });
  return byName;
}

function clipToRange(items: readonly IWheelItem[], rings: readonly string[], scale: IDayScale): IExtents {
  const ringIndexes = new Map<string, number>();
  rings.forEach((ring, index) => ringIndexes.set(ring, index));
  const n = items.length;
  const extents: IExtents = {
    count: 0, item: [], ringIndex: new Int32Array(n), startDay: new Int32Array(n), endDay: new Int32Array(n),
    clippedStart: new Uint8Array(n), clippedEnd: new Uint8Array(n)
  };
  for (let i = 0; i < n; i++) {
    const item = items[i];
    const ringIndex = ringIndexes.get(item.ring);
    if (ringIndex === undefined) {
      continue;
    }
    // An end before the start (bad data) is read as a one-day item; a day that is not a date at all leaves the item
    // out rather than breaking the whole wheel.
    let start: number;
    let end: number;
    try {
      start = scale.offset(item.start);
      end = Math.max(start, scale.offset(item.end)) + 1;
    } catch {
      continue;
    }
    if (end <= 0 || start >= scale.days) {
      continue;
    }
    const at = extents.count++;
    const startDay = Math.max(0, start);
    extents.item.push(item);
    extents.ringIndex[at] = ringIndex;
    extents.startDay[at] = startDay;
    // A marker occupies one day, whatever its span.
    extents.endDay[at] = item.kind === 'marker' ? startDay + 1 : Math.min(scale.days, end);
    extents.clippedStart[at] = start < 0 ? 1 : 0;
    extents.clippedEnd[at] = end > scale.days ? 1 : 0;
  }
  return extents;
}

/**
 * The angles each item is drawn at and occupies for stacking, for the radii of `bands`: a period its days, widened
 * to the minimum visible length at its ring's radius when short; a marker its day, occupying its width around the
 * middle of it (see `occupiedInterval`).
 */
function occupy(extents: IExtents, scale: IDayScale, bands: IWheelBands, intervals: { starts: Float64Array; ends: Float64Array },
  startAngles: Float64Array, endAngles: Float64Array): void {
  const fullCircle = 2 * Math.PI;
  const ringCount = bands.rings.length;
  const minimumPeriod: number[] = [];
  const markerWidth: number[] = [];
  for (let ring = 0; ring < ringCount; ring++) {
    minimumPeriod.push((WHEEL_METRICS.minPeriodLength * bands.scale) / innermostLaneRadius(bands.rings[ring], bands));
    markerWidth.push(markerAngle(bands, bands.rings[ring].name));
  }
  const { starts, ends } = intervals;
  for (let i = 0; i < extents.count; i++) {
    const ring = extents.ringIndex[i];
    let startAngle = scale.angle(extents.startDay[i]);
    let endAngle = scale.angle(extents.endDay[i]);
    const kind = extents.item[i].kind;
    if (kind === 'period') {
      const minimum = minimumPeriod[ring];
      const missing = minimum - (endAngle - startAngle);
      if (missing > 0) {
        // Widen around the middle, shifted back inside the circle at its ends rather than cut off.
        startAngle = Math.min(Math.max(0, startAngle - missing / 2), fullCircle - minimum);
        endAngle = startAngle + minimum;
      }
    }
    starts[i] = occupiedStart(kind, startAngle, endAngle, markerWidth[ring]);
    ends[i] = occupiedEnd(kind, startAngle, endAngle, markerWidth[ring]);
    startAngles[i] = startAngle;
    endAngles[i] = endAngle;
  }
}

/** The angle a marker occupies in a ring: its diameter plus a gap, measured at the ring's innermost lane. */
function markerAngle(bands: IWheelBands, ringName: string): number {
  const ring = bands.rings.find((candidate) => candidate.name === ringName);
  const radius = ring ? innermostLaneRadius(ring, bands) : bands.ringsOuter;
  const width = (2 * WHEEL_METRICS.markerRadiusMax + WHEEL_METRICS.markerGap) * bands.scale;
  return Math.min(Math.PI, width / Math.max(radius, 1));
}

function innermostLaneRadius(ring: IRingBand, bands: IWheelBands): number {
  return Math.max(1, ring.innerRadius + bands.laneThickness / 2);
}

function todayLine(today: IsoDate | undefined, scale: IDayScale, bands: IWheelBands, center: number): IWheelLayout['today'] {
  if (today === undefined) {
    return undefined;
  }
  const day = scale.offset(today);
  if (day < 0 || day >= scale.days) {
    return undefined;
  }
  const angle = scale.angle(day + 0.5);
  const inner = polarToPoint(center, bands.hub, angle);
  const outer = polarToPoint(center, bands.outerRadius, angle);
  return { angle, x1: inner.x, y1: inner.y, x2: outer.x, y2: outer.y };
}
