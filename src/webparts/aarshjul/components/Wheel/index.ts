export { Wheel } from './Wheel';
export type { IWheelProps } from './Wheel';
export type { IAppearances, IItemAppearance } from './WheelItems';
export { MARKER_PATHS } from './shapes';
