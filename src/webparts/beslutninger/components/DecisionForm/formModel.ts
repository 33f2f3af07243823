import type {
  DecisionKind, DecisionStatus, Forum, IDecision, IDecisionFields, ILookupRef, IMeeting, IPersonRef, ITask, IsoDate, Priority
} from '../../../../domain/models';
import { formatAttendees, forumOfMeeting, presentByDefault, type IActionDraft } from '../../../../domain/decisions';
import { validateDecision, type IValidationIssue } from '../../../../domain/validation';
import { newIdempotencyKey } from '../../../../services';

/** The meeting part of the form: kept when the next decision of the same meeting is recorded. */
export interface IMeetingDraft {
  forum: Forum | '';
  meetingDate?: IsoDate;
  attendees: string;
  meetingId?: string;
  meetingUrl?: string;
  joinUrl?: string;
  /** The Outlook meeting's subject, when one was picked (shown, not stored). */
  subject?: string;
}

/** One decision being recorded or edited, with its actions. */
export interface IDecisionDraft {
  /** The decision's idempotency key, kept across saves of this draft. */
  key: string;
  /** As stored: when editing, or after a save that stopped part-way. */
  stored?: IDecision;
  storedActions: ITask[];
  title: string;
  kind: DecisionKind;
  decisionText: string;
  rationale: string;
  status: DecisionStatus;
  responsible?: IPersonRef;
  followUpDate?: IsoDate;
  priority: Priority;
  caseReference: string;
  /** The documented process the decision belongs to (a lookup to Processer). */
  process?: ILookupRef;
  actions: IActionDraft[];
}

/** A new action row: its key is made now and kept, so saving it twice creates it once. */
export function newAction(responsible?: IPersonRef): IActionDraft {
  return { key: newIdempotencyKey(), title: '', assignedTo: responsible, status: 'Ikke startet', priority: 'SHOULD' };
}

/** An empty decision for a meeting. */
export function newDecisionDraft(): IDecisionDraft {
  return {
    key: newIdempotencyKey(), storedActions: [], title: '', kind: 'Beslutning', decisionText: '', rationale: '', status: 'Besluttet',
    priority: 'SHOULD', caseReference: '', actions: []
  };
}

/** The form's drafts for a stored decision and its actions. */
export function draftsOf(d: IDecision, actions: readonly ITask[]): { meeting: IMeetingDraft; decision: IDecisionDraft } {
  return {
    meeting: {
      forum: d.forum, meetingDate: d.meetingDate, attendees: d.attendees ?? '', meetingId: d.meetingId,
      meetingUrl: d.meetingUrl?.url, joinUrl: d.joinUrl?.url
    },
    decision: {
      key: newIdempotencyKey(), stored: d, storedActions: [...actions], title: d.title, kind: d.kind ?? 'Beslutning',
      decisionText: d.decisionText, rationale: d.rationale ?? '', status: d.status, responsible: d.responsible,
      followUpDate: d.followUpDate, priority: d.priority, caseReference: d.caseReference ?? '', process: d.process,
      actions: actions.map(a => ({ key: `task:${a.id}`, id: a.id, title: a.title, assignedTo: a.assignedTo, dueDate: a.dueDate,
        status: a.status, priority: a.priority }))
    }
  };
}

const orUndefined = (s: string): string | undefined => (s.trim() === '' ? undefined : s.trim());

/** The decision's columns from the two drafts. */
export function decisionFields(meeting: IMeetingDraft, d: IDecisionDraft): IDecisionFields {
  return {
    title: d.title.trim(), kind: d.kind, decisionText: d.decisionText.trim(), rationale: orUndefined(d.rationale),
    forum: meeting.forum as Forum, meetingDate: meeting.meetingDate ?? '', meetingId: meeting.meetingId,
    meetingUrl: meeting.meetingUrl ? { url: meeting.meetingUrl } : undefined,
    joinUrl: meeting.joinUrl ? { url: meeting.joinUrl } : undefined,
    attendees: orUndefined(meeting.attendees), status: d.status, responsible: d.responsible, followUpDate: d.followUpDate,
    process: d.process, caseReference: orUndefined(d.caseReference), priority: d.priority
  };
}

/** The form's problems: the decision's by field, each action's by `action:<key>:<field>`. */
export type FormErrors = Record<string, IValidationIssue>;

/**
 * The decision's rules (the domain's `validateDecision`, as the repository applies them) plus the form's own for
 * actions: each needs a title and a due date (the register finds actions by their due date).
 */
export function validateDraft(meeting: IMeetingDraft, d: IDecisionDraft): FormErrors {
  const errors: FormErrors = {};
  const decision = validateDecision(decisionFields(meeting, d));
  Object.entries(decision).forEach(([k, v]) => { if (v) errors[k] = v; });
  for (const a of d.actions) {
    if (!a.title.trim()) errors[`action:${a.key}:title`] = { code: 'required' };
    if (!a.dueDate) errors[`action:${a.key}:dueDate`] = { code: 'required' };
  }
  return errors;
}

/**
 * The meeting part filled in from an Outlook meeting: the forum its subject or category names (kept when it names
 * none), the day, the event id, the Outlook and Teams links, and »Til stede« — the organizer and the invitees who did
 * not decline, which the recorder then corrects.
 */
export function meetingFromOutlook(current: IMeetingDraft, m: IMeeting): IMeetingDraft {
  const organizer = m.organizer ? { name: m.organizer, email: m.organizerEmail } : undefined;
  return {
    forum: forumOfMeeting(m) ?? current.forum,
    meetingDate: m.day,
    meetingId: m.id,
    meetingUrl: m.webLink,
    joinUrl: m.joinUrl,
    subject: m.subject,
    attendees: formatAttendees(presentByDefault(organizer, m.attendees ?? []))
  };
}
