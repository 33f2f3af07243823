export { ActivityFormPanel } from './ActivityFormPanel';
export type { IActivityFormPanelProps } from './ActivityFormPanel';
export { draftFromActivity, newDraft, validateDraft, fieldsFromDraft } from './formModel';
export type { IActivityDraft } from './formModel';
