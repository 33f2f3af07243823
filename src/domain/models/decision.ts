import type { Forum, ILookupRef, IPersonRef, IsoDate, IUrlValue, Priority, Stored } from './common';

/** The follow-up states of a decision. */
export const DECISION_STATUSES = ['Besluttet', 'Under opfølgning', 'Gennemført', 'Annulleret'] as const;
/** A decision status. */
export type DecisionStatus = typeof DECISION_STATUSES[number];

/** The fields of a decision or agreement (list `Beslutninger`). */
export interface IDecisionFields {
  title: string;
  decisionText: string;
  rationale?: string;
  forum: Forum;
  meetingDate: IsoDate;
  /** The Outlook event id of the meeting (Graph `event.id`). */
  meetingId?: string;
  /** Link to the meeting in Outlook. */
  meetingUrl?: IUrlValue;
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
