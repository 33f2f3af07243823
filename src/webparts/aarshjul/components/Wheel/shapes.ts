import type { ItemShape } from '../../model/entries';

/**
 * Marker shapes for a unit radius, placed with `translate(x y) scale(r)`: the domain computes where a marker goes and
 * how big it is; the shape only tells deadlines (diamond), milestones (triangle) and meetings (circle) apart without
 * relying on colour.
 */
export const MARKER_PATHS: Record<Exclude<ItemShape, 'period'>, string> = {
  deadline: 'M0,-1.35L1.35,0L0,1.35L-1.35,0Z',
  milestone: 'M0,-1.4L1.25,0.85L-1.25,0.85Z',
  meeting: 'M-1.05,0a1.05,1.05 0 1,0 2.1,0a1.05,1.05 0 1,0 -2.1,0Z'
};

/** The SVG transform placing a unit marker at (x, y) with radius r. */
export function markerTransform(x: number, y: number, r: number): string {
  return `translate(${x.toFixed(2)} ${y.toFixed(2)}) scale(${r.toFixed(2)})`;
}

const n = (v: number): string => v.toFixed(2);

/** The last outline made per shape: every marker of a layout has the same size, so this answers all but the first. */
const lastOutline: Partial<Record<Exclude<ItemShape, 'period'>, { r: number; outline: string }>> = {};

/** A marker's outline from its first point on, in relative commands: the same for every marker of a shape and size. */
function relativeOutline(shape: Exclude<ItemShape, 'period'>, r: number): string {
  // Compared as a number: writing the radius into a key per marker was a third of the paint layer's markup (issue 9).
  const last = lastOutline[shape];
  if (last !== undefined && last.r === r) return last.outline;
  const outline = outlineFor(shape, r);
  lastOutline[shape] = { r, outline };
  return outline;
}

/** The part of a marker's path after its first point (see {@link markerPath}). */
function outlineFor(shape: Exclude<ItemShape, 'period'>, r: number): string {
  switch (shape) {
    case 'deadline': {
      const d = n(1.35 * r);
      const m = n(-1.35 * r);
      return `l${d},${d}l${m},${d}l${m},${m}Z`;
    }
    case 'milestone':
      return `l${n(1.25 * r)},${n(2.25 * r)}l${n(-2.5 * r)},0Z`;
    default: {
      const c = n(1.05 * r);
      return `a${c},${c} 0 1,0 ${n(2.1 * r)},0a${c},${c} 0 1,0 ${n(-2.1 * r)},0Z`;
    }
  }
}

/**
 * A marker as a path at (x, y) with radius r — the same outline as `MARKER_PATHS[shape]` under
 * {@link markerTransform}, without the transform. The wheel's thousands of markers are drawn this way: an element with
 * a `transform` (and the `vector-effect` that keeps its stroke from scaling) costs the browser about twice the style
 * and layout time and three times the paint time of a plain path (measured in Chromium with 6,000 items, issue 9).
 * Only the first point is absolute; the rest is relative (`l`, `a`) and so the same text for every marker of a shape
 * and size, made once: the first render writes two numbers per marker, not eight.
 */
export function markerPath(shape: Exclude<ItemShape, 'period'>, x: number, y: number, r: number): string {
  switch (shape) {
    case 'deadline':
      return `M${n(x)},${n(y - 1.35 * r)}${relativeOutline(shape, r)}`;
    case 'milestone':
      return `M${n(x)},${n(y - 1.4 * r)}${relativeOutline(shape, r)}`;
    default:
      return `M${n(x - 1.05 * r)},${n(y)}${relativeOutline('meeting', r)}`;
  }
}
