import type { ISlaTargetProps } from '../../common/slaPropertyGroup';

/** Where the cockpit gets Outlook meetings from (as in the Årshjul's properties). */
export type OverblikMeetingSource = 'none' | 'me' | 'group' | 'mailbox';

/** The cockpit's sections, in the order they are shown. */
export const COCKPIT_SECTIONS = ['wheel', 'overdueActions', 'dueSoonActions', 'inquiries', 'reviews', 'followUps', 'board'] as const;
/** A section of the cockpit. */
export type CockpitSectionKey = typeof COCKPIT_SECTIONS[number];

/**
 * The Overblik web part's properties, as SharePoint stores them on the page: flat, serialisable values, edited by
 * SPFx's property pane and by the local page's editor alike. The SLA targets (`ISlaTargetProps`) are the
 * Henvendelser web part's property group, shared: set them as on the site's Henvendelser page, and the section
 * »Henvendelser i risiko eller overskredet« reads the clocks as the queue does.
 */
export interface IOverblikWebPartProps extends ISlaTargetProps {
  /** Heading above the cockpit; empty for none. */
  title: string;
  /** »Mine« or »Sekretariatet« when the page opens (the toggle changes it for the visit). */
  defaultScope: 'mine' | 'secretariat';
  /** The horizon: this ISO week and this many weeks after it (0–8). */
  weeksAhead: number;
  /** How many items each section lists (1–10); the count is always the full number. */
  itemsPerSection: number;
  /** The sections shown, in {@link COCKPIT_SECTIONS} order. */
  sections: CockpitSectionKey[];
  /** Outlook meetings for the Årshjul section, read as the Årshjul reads them. */
  meetingSource: OverblikMeetingSource;
  /** The Microsoft 365 group's id when `meetingSource` is `group`. */
  meetingGroupId: string;
  /** The shared mailbox's address when `meetingSource` is `mailbox`. */
  meetingMailbox: string;
  /** Only meetings with this Outlook category; empty for all. */
  meetingCategory: string;
  /** Only meetings whose subject contains this text; empty for all. */
  meetingSubject: string;
}
