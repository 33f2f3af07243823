import { lazyComponent } from '../../../../common/lazy';
import type { IActivityFormPanelProps } from './ActivityFormPanel';

/** The activity form, loaded on demand (its own chunk: Fluent's panel, fields, pickers and the recurrence picker). */
export const ActivityFormPanel = lazyComponent<IActivityFormPanelProps>(() =>
  import(/* webpackChunkName: 'aarshjul-form' */ './ActivityFormPanel').then(m => m.ActivityFormPanel));
export type { IActivityFormPanelProps } from './ActivityFormPanel';
