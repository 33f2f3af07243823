import { lazyComponent } from '../../../../common/lazy';
import type { IDetailsPanelProps } from './DetailsPanel';

/** An entry's details, loaded on demand (its own chunk). */
export const DetailsPanel = lazyComponent<IDetailsPanelProps>(() =>
  import(/* webpackChunkName: 'aarshjul-details' */ './DetailsPanel').then(m => m.DetailsPanel));
export type { IDetailsPanelProps } from './DetailsPanel';
