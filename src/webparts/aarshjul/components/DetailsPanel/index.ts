export { DetailsPanel } from './DetailsPanel';
export type { IDetailsPanelProps } from './DetailsPanel';
