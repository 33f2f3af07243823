import type { UiLanguage } from '../../../common/hosting';
import { priorityLabel } from '../../../domain/moscow';
import type { DecisionKind, DecisionStatus, Forum, Priority, TaskStatus } from '../../../domain/models';

/**
 * The register's stored choice values in the UI language. Danish is what SharePoint stores (and shows in the list);
 * English users get the meaning. An unknown value — one an owner added in SharePoint — is shown as stored.
 */
const STATUS_EN: Record<DecisionStatus, string> = {
  'Til behandling': 'For consideration', Besluttet: 'Decided', 'Under opfølgning': 'Being followed up',
  Gennemført: 'Completed', Annulleret: 'Cancelled'
};
const KIND_EN: Record<DecisionKind, string> = { Beslutning: 'Decision', Aftale: 'Agreement' };
const FORUM_EN: Record<Forum, string> = {
  Bestyrelse: 'Board', Sekretariat: 'Secretariat', Generalforsamling: 'General assembly',
  Koordinationsgruppe: 'Coordination group', Styregruppe: 'Steering group', Andet: 'Other'
};
const TASK_STATUS_EN: Record<TaskStatus, string> = { 'Ikke startet': 'Not started', 'I gang': 'In progress', Venter: 'Waiting', Færdig: 'Done' };

function label<K extends string>(value: string | undefined, language: UiLanguage, en: Record<K, string>): string {
  if (!value) return '';
  return language === 'en' ? en[value as K] ?? value : value;
}

/** A decision status in the UI language. */
export const statusLabel = (s: string | undefined, language: UiLanguage): string => label(s, language, STATUS_EN);
/** Beslutning / Aftale in the UI language. */
export const kindLabel = (k: string | undefined, language: UiLanguage): string => label(k, language, KIND_EN);
/** A forum in the UI language. */
export const forumName = (f: string | undefined, language: UiLanguage): string => label(f, language, FORUM_EN);
/** A task status in the UI language. */
export const taskStatusLabel = (s: string | undefined, language: UiLanguage): string => label(s, language, TASK_STATUS_EN);
/** `MUST (Skal)`. */
export const priorityText = (p: Priority | string | undefined, language: UiLanguage): string =>
  (p ? `${p} (${priorityLabel(p, language)})` : '');
