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
import { assignLaneIndexes } from './stacking';
import type { IStackable } from './stacking';
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

/** An item's days counted from the start of the range, clipped to it (end exclusive). */
interface IExtent {
  item: IWheelItem;
  ringIndex: number;
  startDay: number;
  endDay: number;
  clippedStart: boolean;
  clippedEnd: boolean;
}

/** Lays out the wheel: label bands, rings sized by their lanes, and every item in the range in its lane. */
export function layoutWheel(items: readonly IWheelItem[], options: IWheelOptions): IWheelLayout {
  const scale = createDayScale(options.from, options.to);
  const { size } = options;
  const center = size / 2;
  const extents = clipToRange(items, options.rings, scale);

  // Stack with a first estimate of each ring's radius, then again with the real one: markers' angular widths depend
  // on the radius, and the radii on the lane counts. One correction is enough in practice.
  let bands = layoutBands(options.rings, new Map(), size, options.showWeekRing);
  let stackables = toStackables(extents, scale, bands);
  let assignment = assignLaneIndexes(stackables, { markerAngle: (ring) => markerAngle(bands, ring) });
  bands = layoutBands(options.rings, assignment.laneCounts, size, options.showWeekRing);
  stackables = toStackables(extents, scale, bands);
  assignment = assignLaneIndexes(stackables, { markerAngle: (ring) => markerAngle(bands, ring) }, assignment);
  bands = layoutBands(options.rings, assignment.laneCounts, size, options.showWeekRing);

  const padding = Math.min(WHEEL_METRICS.lanePadding * bands.scale, bands.laneThickness / 4);
  const placed: IPlacedItem[] = extents.map((extent, index) => {
    const { item } = extent;
    const ring = bands.rings[extent.ringIndex];
    const lane = assignment.laneOf[index];
    const innerRadius = ring.innerRadius + lane * bands.laneThickness + padding;
    const outerRadius = innerRadius + bands.laneThickness - 2 * padding;
    const isMarker = item.kind === 'marker';
    // A marker is drawn on its own day; a period as stacked (short ones widened).
    const startAngle = isMarker ? scale.angle(extent.startDay) : stackables[index].startAngle;
    const endAngle = isMarker ? scale.angle(extent.startDay + 1) : stackables[index].endAngle;
    const point = polarToPoint(center, (innerRadius + outerRadius) / 2, (startAngle + endAngle) / 2);
    return {
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
      x: point.x,
      y: point.y,
      r: isMarker ? bands.markerRadius : 0,
      clippedStart: extent.clippedStart,
      clippedEnd: extent.clippedEnd
    };
  });
  // Sorted as indexes by one number per item — ring, then start angle (under 2π, so the ring's index counts first) —
  // then lane: no object reads per comparison.
  const sortKeys = new Float64Array(placed.length);
  for (let i = 0; i < placed.length; i++) sortKeys[i] = extents[i].ringIndex * 8 + placed[i].startAngle;
  const order = placed.map((_, index) => index);
  order.sort((i, j) => sortKeys[i] - sortKeys[j] || assignment.laneOf[i] - assignment.laneOf[j]);
  const ordered = order.map((index) => placed[index]);

  return {
    size,
    center,
    hub: bands.hub,
    rings: bands.rings.map((ring) => ({ ...ring, path: arcPath(center, { ...ring, startAngle: 0, endAngle: 2 * Math.PI }) })),
    months: outerSegments(scale, bands.month, center, options.language),
    weeks: bands.week ? weekSegments(scale, bands.week, center, options.language) : [],
    today: todayLine(options.today, scale, bands, center),
    items: ordered,
    from: options.from,
    to: options.to,
    bands
  };
}

function clipToRange(items: readonly IWheelItem[], rings: readonly string[], scale: IDayScale): IExtent[] {
  const ringIndexes = new Map<string, number>();
  rings.forEach((ring, index) => ringIndexes.set(ring, index));
  const extents: IExtent[] = [];
  for (const item of items) {
    const ringIndex = ringIndexes.get(item.ring);
    if (ringIndex === undefined) {
      continue;
    }
    const days = dayExtent(item, scale);
    if (!days) {
      continue;
    }
    const [start, end] = days;
    if (end <= 0 || start >= scale.days) {
      continue;
    }
    const startDay = Math.max(0, start);
    extents.push({
      item,
      ringIndex,
      startDay,
      // A marker occupies one day, whatever its span.
      endDay: item.kind === 'marker' ? startDay + 1 : Math.min(scale.days, end),
      clippedStart: start < 0,
      clippedEnd: end > scale.days
    });
  }
  return extents;
}

/**
 * An item's days relative to the range, end exclusive. An end before the start (bad data) is read as a one-day item;
 * a day that is not a date at all leaves the item out rather than breaking the whole wheel.
 */
function dayExtent(item: IWheelItem, scale: IDayScale): [number, number] | undefined {
  try {
    const start = scale.offset(item.start);
    return [start, Math.max(start, scale.offset(item.end)) + 1];
  } catch {
    return undefined;
  }
}

/** The angles each item occupies, with short periods widened to the minimum visible length at their ring's radius. */
function toStackables(extents: readonly IExtent[], scale: IDayScale, bands: IWheelBands): IStackable[] {
  const fullCircle = 2 * Math.PI;
  return extents.map(({ item, ringIndex, startDay, endDay }) => {
    let startAngle = scale.angle(startDay);
    let endAngle = scale.angle(endDay);
    if (item.kind === 'period') {
      const minimum = (WHEEL_METRICS.minPeriodLength * bands.scale) / innermostLaneRadius(bands.rings[ringIndex], bands);
      const missing = minimum - (endAngle - startAngle);
      if (missing > 0) {
        // Widen around the middle, shifted back inside the circle at its ends rather than cut off.
        startAngle = Math.min(Math.max(0, startAngle - missing / 2), fullCircle - minimum);
        endAngle = startAngle + minimum;
      }
    }
    return { key: item.key, ring: item.ring, kind: item.kind, startAngle, endAngle };
  });
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
