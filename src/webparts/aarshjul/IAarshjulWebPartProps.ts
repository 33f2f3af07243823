/** Where the wheel's "Møder" ring gets Outlook meetings from. */
export type MeetingSourceKind = 'none' | 'me' | 'group' | 'mailbox';

/** The wheel's starting view. */
export type AarshjulView = 'wheel' | 'agenda';

/**
 * The Årshjul web part's properties, as SharePoint stores them on the page. Flat, serialisable values only: the same
 * object is edited by SPFx's property pane and by the local page's editor.
 */
export interface IAarshjulWebPartProps {
  /** Heading above the wheel; empty for none. */
  title: string;
  /**
   * The rings from the centre out: one category per position, `''` for none. Six positions describe both which
   * categories are shown and their order, with nothing but dropdowns, in SharePoint's pane and on the local page.
   */
  ring1: string;
  ring2: string;
  ring3: string;
  ring4: string;
  ring5: string;
  ring6: string;
  /** The month the wheel year starts in, 1–12 (8 for a school/budget year starting in August). */
  startMonth: number;
  showWeekRing: boolean;
  /** The view on wide screens; narrow screens (< 640 px) always start with the agenda. */
  defaultView: AarshjulView;
  meetingSource: MeetingSourceKind;
  /** The Microsoft 365 group's id when `meetingSource` is `group`. */
  meetingGroupId: string;
  /** The shared mailbox's address when `meetingSource` is `mailbox`. */
  meetingMailbox: string;
  /** Only meetings with this Outlook category; empty for all. */
  meetingCategory: string;
  /** Only meetings whose subject contains this text; empty for all. */
  meetingSubject: string;
}

/** The ring position properties, inner to outer. */
export const RING_PROPERTIES = ['ring1', 'ring2', 'ring3', 'ring4', 'ring5', 'ring6'] as const;
