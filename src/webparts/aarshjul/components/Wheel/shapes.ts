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

/**
 * A marker as an absolute path at (x, y) with radius r — the same outline as `MARKER_PATHS[shape]` under
 * {@link markerTransform}, without the transform. The wheel's thousands of markers are drawn this way: an element with
 * a `transform` (and the `vector-effect` that keeps its stroke from scaling) costs the browser about twice the style
 * and layout time and three times the paint time of a plain path (measured in Chromium with 6,000 items, issue 9).
 */
export function markerPath(shape: Exclude<ItemShape, 'period'>, x: number, y: number, r: number): string {
  switch (shape) {
    case 'deadline': {
      const d = 1.35 * r;
      return `M${n(x)},${n(y - d)}L${n(x + d)},${n(y)}L${n(x)},${n(y + d)}L${n(x - d)},${n(y)}Z`;
    }
    case 'milestone':
      return `M${n(x)},${n(y - 1.4 * r)}L${n(x + 1.25 * r)},${n(y + 0.85 * r)}L${n(x - 1.25 * r)},${n(y + 0.85 * r)}Z`;
    default: {
      const c = 1.05 * r;
      return `M${n(x - c)},${n(y)}a${n(c)},${n(c)} 0 1,0 ${n(2 * c)},0a${n(c)},${n(c)} 0 1,0 ${n(-2 * c)},0Z`;
    }
  }
}
