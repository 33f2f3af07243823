/** Where the meeting picker gets Outlook meetings from (as in the Årshjul's properties). */
export type DecisionMeetingSource = 'none' | 'me' | 'group' | 'mailbox';

/**
 * The Beslutninger web part's properties, as SharePoint stores them on the page: flat, serialisable values, edited by
 * SPFx's property pane and by the local page's editor alike.
 */
export interface IBeslutningerWebPartProps {
  /** Heading above the register; empty for none. */
  title: string;
  /** How many days ahead a follow-up date puts a decision in »Til opfølgning« (0–60). */
  followUpWindowDays: number;
  meetingSource: DecisionMeetingSource;
  /** The Microsoft 365 group's id when `meetingSource` is `group`. */
  meetingGroupId: string;
  /** The shared mailbox's address when `meetingSource` is `mailbox`. */
  meetingMailbox: string;
  /** Board pipeline: the recommendation (indstilling) is ready this many Danish working days before the meeting (0–60). */
  recommendationDaysBefore: number;
  /** Board pipeline: the agenda is sent this many Danish working days before the meeting (0–60). */
  agendaDaysBefore: number;
}
