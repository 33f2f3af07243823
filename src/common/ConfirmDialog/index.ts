import { lazyComponent } from '../lazy';
import type { IConfirmDialogProps } from './ConfirmDialog';

/** The confirmation dialog, loaded on demand (Fluent's Dialog is not needed for a first render). */
export const ConfirmDialog = lazyComponent<IConfirmDialogProps>(() =>
  import(/* webpackChunkName: 'confirm-dialog' */ './ConfirmDialog').then(m => m.ConfirmDialog));
export type { IConfirmDialogProps } from './ConfirmDialog';
