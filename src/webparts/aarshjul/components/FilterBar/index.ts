export { FilterBar } from './FilterBar';
export type { IFilterBarProps } from './FilterBar';
