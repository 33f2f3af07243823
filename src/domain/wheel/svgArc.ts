/**
 * SVG paths for annular sectors around the wheel's centre. Written out rather than drawn by d3-shape (which the
 * wheel used at first): the wheel needs plain sectors only, and d3-shape with d3-path was 5 KB of every web part's
 * first load for them.
 */

/** An annular sector in polar terms: radians (0 at 12 o'clock, clockwise) and radii in SVG user units. */
export interface IArcSpec {
  innerRadius: number;
  outerRadius: number;
  startAngle: number;
  endAngle: number;
}

/** Two decimals are well below a device pixel at any sensible size and keep 5,000 paths small in the DOM. */
const round = (n: number): number => Math.round(n * 100) / 100;
const TAU = 2 * Math.PI;
/** Below this a sector is treated as a full turn (floating error in angle sums). */
const EPSILON = 1e-6;

/**
 * `String(round(n))`, made from whole numbers: the shortest text of a double with at most two decimals is those
 * decimals, so whole part and hundredths written as integers give the same text. A first layout writes ≈ 15,000
 * coordinates, and a double's shortest text is several times the work of an integer's (issue 9).
 */
export function coordinate(n: number): string {
  const hundredths = Math.round(n * 100);
  const size = hundredths < 0 ? -hundredths : hundredths;
  // Not finite, or too large for the integer route (far beyond any wheel): the general conversion.
  if (!(size < 1e15)) return String(round(n));
  const whole = Math.floor(size / 100);
  const fraction = size - whole * 100;
  const head = hundredths < 0 ? `-${whole}` : `${whole}`;
  if (fraction === 0) return head;
  if (fraction % 10 === 0) return `${head}.${fraction / 10}`;
  return `${head}${fraction < 10 ? '.0' : '.'}${fraction}`;
}

/**
 * The SVG path (`d`) of an annular sector centred on (`centre`, `centre`): from `startAngle` clockwise to
 * `endAngle`, between the radii. A full turn is a ring (two circles, the inner one drawn the other way round, so the
 * hole stays empty); an inner radius of 0 is a pie slice.
 */
export function arcPath(centre: number, spec: IArcSpec): string {
  const r0 = Math.max(0, Math.min(spec.innerRadius, spec.outerRadius));
  const r1 = Math.max(spec.innerRadius, spec.outerRadius);
  let a0 = spec.startAngle;
  let a1 = spec.endAngle;
  if (a1 < a0) [a0, a1] = [a1, a0];
  const sweep = a1 - a0;
  const at = (r: number, a: number): string => `${coordinate(centre + r * Math.sin(a))},${coordinate(centre - r * Math.cos(a))}`;
  if (r1 <= 0 || sweep <= 0) return `M${at(0, 0)}Z`;
  const R1 = coordinate(r1);
  if (sweep >= TAU - EPSILON) {
    const outer = `M${at(r1, a0)}A${R1},${R1},0,1,1,${at(r1, a0 + Math.PI)}A${R1},${R1},0,1,1,${at(r1, a0)}Z`;
    if (r0 <= 0) return outer;
    const R0 = coordinate(r0);
    return `${outer}M${at(r0, a0)}A${R0},${R0},0,1,0,${at(r0, a0 + Math.PI)}A${R0},${R0},0,1,0,${at(r0, a0)}Z`;
  }
  const large = sweep > Math.PI ? 1 : 0;
  const outer = `M${at(r1, a0)}A${R1},${R1},0,${large},1,${at(r1, a1)}`;
  if (r0 <= 0) return `${outer}L${at(0, 0)}Z`;
  const R0 = coordinate(r0);
  return `${outer}L${at(r0, a1)}A${R0},${R0},0,${large},0,${at(r0, a0)}Z`;
}

/** The point at `radius` and `angle` (0 at 12 o'clock, clockwise) around (`centre`, `centre`), in SVG coordinates. */
export function polarToPoint(centre: number, radius: number, angle: number): { x: number; y: number } {
  return { x: centre + radius * Math.sin(angle), y: centre - radius * Math.cos(angle) };
}

/**
 * Polar coordinates of an SVG point around (`centre`, `centre`): the angle in [0, 2π), 0 at 12 o'clock, clockwise,
 * and the distance from the centre.
 */
export function pointToPolar(centre: number, x: number, y: number): { angle: number; radius: number } {
  const dx = x - centre;
  const dy = y - centre;
  let angle = Math.atan2(dx, -dy);
  if (angle < 0) {
    angle += 2 * Math.PI;
  }
  return { angle, radius: Math.sqrt(dx * dx + dy * dy) };
}

/**
 * The rotation (degrees) for a label at `angle` so that it runs along the circle and is never upside down: labels in
 * the lower half are turned half a turn, so they read left to right. Between -90 and 90, for SVG
 * `rotate(deg, x, y)`.
 */
export function tangentialRotation(angle: number): number {
  const degrees = (angle * 180) / Math.PI;
  if (degrees > 90 && degrees < 270) {
    return degrees - 180;
  }
  return degrees >= 270 ? degrees - 360 : degrees;
}
