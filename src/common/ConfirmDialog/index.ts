export { ConfirmDialog } from './ConfirmDialog';
export type { IConfirmDialogProps } from './ConfirmDialog';
