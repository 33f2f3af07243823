/**
 * The annual wheel's pure domain: the range a wheel shows, its geometry (rings, label bands, items as SVG paths),
 * lane stacking of overlapping activities, hit-testing and keyboard navigation.
 */
export * from './range';
export * from './geometry';
export * from './stacking';
export * from './hitTest';
export { WHEEL_METRICS } from './metrics';
export type { IWheelBands, IRingBand } from './metrics';
export { arcPath, polarToPoint, pointToPolar, tangentialRotation } from './svgArc';
export type { IArcSpec } from './svgArc';
export { showsDays } from './segments';
