import type { Forum, ILookupRef, IPersonRef, IsoDate, IUrlValue, Priority, Stored } from './common';

/**
 * The states of a decision, in the order it moves through them: `Til behandling` (in a forum's pipeline, before the
 * meeting), `Besluttet`, `Under opfølgning`, and the two closed states `Gennemført` and `Annulleret`.
 */
export const DECISION_STATUSES = ['Til behandling', 'Besluttet', 'Under opfølgning', 'Gennemført', 'Annulleret'] as const;
/** A decision status. */
export type DecisionStatus = typeof DECISION_STATUSES[number];

/** What a register entry is: a decision made by a forum, or an agreement (aftale) made with someone. */
export const DECISION_KINDS = ['Beslutning', 'Aftale'] as const;
/** A decision kind. */
export type DecisionKind = typeof DECISION_KINDS[number];

/** The fields of a decision or agreement (list `Beslutninger`). */
export interface IDecisionFields {
  title: string;
  /**
   * Beslutning or Aftale. Optional in the model although the column is required with default `Beslutning`: items
   * created before the column existed, or by code that predates it, carry none. Read it with `decisionKindOf`.
   */
  kind?: DecisionKind;
  decisionText: string;
  rationale?: string;
  forum: Forum;
  meetingDate: IsoDate;
  /** The Outlook event id of the meeting (Graph `event.id`). */
  meetingId?: string;
  /** Link to the meeting in Outlook. */
  meetingUrl?: IUrlValue;
  /** The meeting's Teams join link (Graph `onlineMeeting.joinUrl`). */
  joinUrl?: IUrlValue;
  /**
   * Who was present (»Til stede«), one person per line as `Name <e-mail>` (see `formatAttendees`): prefilled from
   * the Outlook event's attendees and corrected by whoever records the meeting. The protocol prints it.
   */
  attendees?: string;
  status: DecisionStatus;
  responsible?: IPersonRef;
  followUpDate?: IsoDate;
  process?: ILookupRef;
  /** Journal/case number in the document management system. */
  caseReference?: string;
  priority: Priority;
}

/** A stored decision. */
export type IDecision = Stored<IDecisionFields>;
