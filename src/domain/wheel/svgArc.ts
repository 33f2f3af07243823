/**
 * SVG paths for annular sectors, drawn by d3-shape's `arc()` and moved to the wheel's centre.
 *
 * `arc()` draws around the origin. Rather than have every consumer wrap the wheel in a `translate` (and keep two
 * coordinate systems apart), the generator draws into a small pass-through context that offsets each path command
 * and hands it to d3-path, which turns canvas-style arc commands into SVG. So the arc maths stays d3's.
 */
import { arc } from 'd3-shape';
import { pathRound } from 'd3-path';
import type { Path } from 'd3-path';

/** An annular sector in polar terms: radians (0 at 12 o'clock, clockwise) and radii in SVG user units. */
export interface IArcSpec {
  innerRadius: number;
  outerRadius: number;
  startAngle: number;
  endAngle: number;
  /** Rounds the corners; d3 keeps it within what the sector can hold. */
  cornerRadius?: number;
}

/** Two decimals are well below a device pixel at any sensible size and keep 5,000 paths small in the DOM. */
const DIGITS = 2;

/** Forwards the path commands `arc()` issues, offset by the centre. */
class OffsetContext {
  public constructor(private readonly _target: Path, private readonly _dx: number, private readonly _dy: number) {}

  public moveTo(x: number, y: number): void {
    this._target.moveTo(x + this._dx, y + this._dy);
  }

  public lineTo(x: number, y: number): void {
    this._target.lineTo(x + this._dx, y + this._dy);
  }

  public arc(x: number, y: number, radius: number, startAngle: number, endAngle: number, anticlockwise?: boolean): void {
    this._target.arc(x + this._dx, y + this._dy, radius, startAngle, endAngle, anticlockwise);
  }

  public closePath(): void {
    this._target.closePath();
  }
}

const generator = arc<IArcSpec>()
  .innerRadius((d) => d.innerRadius)
  .outerRadius((d) => d.outerRadius)
  .startAngle((d) => d.startAngle)
  .endAngle((d) => d.endAngle)
  .cornerRadius((d) => d.cornerRadius ?? 0);

/** The SVG path (`d`) of an annular sector centred on (`centre`, `centre`). */
export function arcPath(centre: number, spec: IArcSpec): string {
  const target = pathRound(DIGITS);
  // arc() only calls the path methods above; its typings ask for a canvas context, which this stands in for.
  generator.context(new OffsetContext(target, centre, centre) as unknown as CanvasRenderingContext2D);
  generator(spec);
  generator.context(null);
  return target.toString();
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
