export { ShapeIcon } from './ShapeIcon';
export type { IShapeIconProps } from './ShapeIcon';
