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
