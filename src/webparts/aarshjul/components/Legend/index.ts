export { Legend } from './Legend';
export type { ILegendProps } from './Legend';
