/**
 * The SLA of a stored inquiry and what its writes must store: the status history (the clock's input, kept in the
 * item as text), the next deadline (`DueAt`), the instant it becomes »I risiko« (`AtRiskAt`) and the paused working
 * minutes — stored so SharePoint views can sort and filter on them without the web part.
 */
import type { IsoDate, IsoDateTime } from '../models/common';
import type { IInquiryFields, InquiryStatus } from '../models/inquiry';
import { INQUIRY_STATUSES } from '../models/inquiry';
import { copenhagenDateTimeToUtc, formatInstant, utcToCopenhagenDate } from '../timeZone';
import type { IWorkingTimeOptions } from './workingTime';
import { instantMillis } from './workingTime';
import {
  AT_RISK_FRACTION, firstResponseClock, firstResponseThresholdInstant, resolutionClock, resolutionThresholdInstant, selectSlaPolicy
} from './sla';
import type { IInquiryTiming, ISlaClock, ISlaPolicy, ISlaTarget, IStatusChange, SlaBadge } from './sla';
import { isInquiryClosed } from './queues';

/** What the SLA of an inquiry reads from it. */
export type SlaInquiry = Pick<IInquiryFields, 'status' | 'priority' | 'receivedDate'> &
  Partial<Pick<IInquiryFields, 'category' | 'receivedAt' | 'firstResponseAt' | 'statusHistory'>>;

/**
 * The status history as stored: one change a line, `<UTC instant> <status>` (`2026-05-14T08:30:00Z Afventer svar`),
 * readable in SharePoint. Lines that do not parse (someone typed in the column) are skipped.
 */
export function parseStatusHistory(text: string | undefined): IStatusChange[] {
  const changes: IStatusChange[] = [];
  for (const line of (text ?? '').split(/\r?\n/)) {
    const match = /^\s*(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z)\s+(.+?)\s*$/.exec(line);
    if (match && (INQUIRY_STATUSES as readonly string[]).indexOf(match[2]) >= 0 && !isNaN(Date.parse(match[1]))) {
      changes.push({ from: match[1], status: match[2] as InquiryStatus });
    }
  }
  return changes;
}

/** The stored history with one more change (none when the status does not change). */
export function appendStatusChange(text: string | undefined, previous: InquiryStatus, next: InquiryStatus, at: IsoDateTime): string {
  const current = (text ?? '').trim();
  if (previous === next && current !== '') return current;
  const line = `${formatInstant(instantMillis(at))} ${next}`;
  return current === '' ? line : `${current}\n${line}`;
}

/**
 * When the inquiry was received: `ReceivedAt`, else (an item typed into SharePoint with a day only) the opening of
 * that day, 08:30 in Copenhagen.
 */
export function receivedInstant(inquiry: Pick<IInquiryFields, 'receivedDate'> & Partial<Pick<IInquiryFields, 'receivedAt'>>): IsoDateTime {
  return inquiry.receivedAt ?? copenhagenDateTimeToUtc(inquiry.receivedDate, '08:30');
}

/** The clocks' input. An inquiry whose history is empty but whose status is not »Ny« counts from receipt in that status. */
export function inquiryTiming(inquiry: SlaInquiry): IInquiryTiming {
  const received = receivedInstant(inquiry);
  const history = parseStatusHistory(inquiry.statusHistory);
  const timing: IInquiryTiming = {
    received,
    history: history.length === 0 && inquiry.status !== 'Ny' ? [{ status: inquiry.status, from: received }] : history
  };
  if (inquiry.firstResponseAt) timing.firstResponseAt = inquiry.firstResponseAt;
  return timing;
}

/** Which target a reading is about. */
export type SlaClockKind = 'firstResponse' | 'resolution';

/** The SLA of one inquiry now. */
export interface IInquirySla {
  policy: ISlaPolicy;
  firstResponse: ISlaClock;
  resolution: ISlaClock;
  /** The clock the badge shows: the first response while it is due first and not given, else the resolution. */
  kind: SlaClockKind;
  clock: ISlaClock;
  badge: SlaBadge;
  /** The next deadline (absent once closed, or while paused with the first response given). */
  due?: IsoDateTime;
}

/** The policy of an inquiry, falling back to the priority's default target when the policies lack it. */
export function policyFor(policies: readonly ISlaPolicy[], inquiry: Pick<SlaInquiry, 'priority' | 'category'>): ISlaPolicy {
  return selectSlaPolicy(policies, inquiry.priority, inquiry.category) ??
    { priority: inquiry.priority, firstResponse: { amount: 1, unit: 'workingDays' }, resolution: { amount: 5, unit: 'workingDays' } };
}

const BADGE_RANK: Record<SlaBadge, number> = { none: 0, atRisk: 1, overdue: 2 };

/** Both clocks of an inquiry on `now` and the one that matters most. */
export function inquirySla(inquiry: SlaInquiry, policies: readonly ISlaPolicy[], now: IsoDateTime, options: IWorkingTimeOptions = {}): IInquirySla {
  const policy = policyFor(policies, inquiry);
  const timing = inquiryTiming(inquiry);
  const firstResponse = firstResponseClock(timing, policy.firstResponse, now, options);
  const resolution = resolutionClock(timing, policy.resolution, now, options);
  const closed = isInquiryClosed(inquiry.status);
  // The first response matters while it is pending and the inquiry is open; the worse badge wins, then the earlier due.
  const firstPending = !closed && firstResponse.state === 'running';
  let kind: SlaClockKind = 'resolution';
  if (firstPending) {
    const byBadge = BADGE_RANK[firstResponse.badge] - BADGE_RANK[resolution.badge];
    const firstDue = firstResponse.due ? instantMillis(firstResponse.due) : Infinity;
    const resolutionDue = resolution.due ? instantMillis(resolution.due) : Infinity;
    if (byBadge > 0 || (byBadge === 0 && firstDue <= resolutionDue)) kind = 'firstResponse';
  }
  const clock = kind === 'firstResponse' ? firstResponse : resolution;
  const sla: IInquirySla = { policy, firstResponse, resolution, kind, clock, badge: closed ? 'none' : clock.badge };
  if (!closed && clock.due) sla.due = clock.due;
  return sla;
}

/** The columns Koordinator stores for SharePoint's views on every write that can move the clock. */
export interface ISlaStoredValues {
  /** The next deadline; cleared once closed. While paused: the deadline if work resumed at the moment of writing. */
  dueAt?: IsoDateTime;
  /** Its Copenhagen day (the `DueDate` column the list's own views use). */
  dueDate?: IsoDate;
  /** From when the inquiry is »I risiko« (75 % of a budget used); a lower bound while paused. Cleared once closed. */
  atRiskAt?: IsoDateTime;
  /** Working minutes spent »Afventer svar«, whole minutes. */
  pausedMinutes: number;
}

/** The stored SLA values of an inquiry (with the changes of the write applied) on `now`. */
export function slaStoredValues(inquiry: SlaInquiry, policies: readonly ISlaPolicy[], now: IsoDateTime, options: IWorkingTimeOptions = {}): ISlaStoredValues {
  const sla = inquirySla(inquiry, policies, now, options);
  const values: ISlaStoredValues = { pausedMinutes: Math.round(sla.resolution.pausedMinutes) };
  if (isInquiryClosed(inquiry.status)) return values;
  const timing = inquiryTiming(inquiry);
  const resolutionDue = sla.resolution.due ?? sla.resolution.dueIfResumedNow;
  const firstPending = sla.firstResponse.state === 'running';
  const candidates = [resolutionDue, firstPending ? sla.firstResponse.due : undefined].filter((d): d is string => !!d);
  const dueAt = earliest(candidates);
  if (dueAt) {
    values.dueAt = dueAt;
    values.dueDate = utcToCopenhagenDate(dueAt);
  }
  const risk = earliest([
    resolutionThresholdInstant(timing, sla.policy.resolution, AT_RISK_FRACTION, now, options),
    firstPending ? firstResponseThresholdInstant(timing, sla.policy.firstResponse, AT_RISK_FRACTION, now, options) : undefined
  ].filter((d): d is string => !!d));
  if (risk) values.atRiskAt = risk;
  return values;
}

function earliest(instants: readonly IsoDateTime[]): IsoDateTime | undefined {
  return instants.reduce<IsoDateTime | undefined>((best, d) => (best === undefined || instantMillis(d) < instantMillis(best) ? d : best), undefined);
}

/**
 * The fields a status change writes besides the status: the history line, the closing day (set on closing, cleared
 * on reopening) and — for »Afventer svar«, »Løst« and »Lukket«, which presuppose an answer — the first response.
 */
export function statusChangeFields(
  inquiry: Pick<IInquiryFields, 'status'> & Partial<Pick<IInquiryFields, 'statusHistory' | 'closedDate' | 'firstResponseAt'>>,
  next: InquiryStatus,
  now: IsoDateTime
): Pick<IInquiryFields, 'status' | 'statusHistory' | 'closedDate' | 'firstResponseAt'> {
  const closing = isInquiryClosed(next);
  const answered = next === 'Afventer svar' || closing;
  return {
    status: next,
    statusHistory: appendStatusChange(inquiry.statusHistory, inquiry.status, next, now),
    closedDate: closing ? inquiry.closedDate && isInquiryClosed(inquiry.status) ? inquiry.closedDate : utcToCopenhagenDate(now) : undefined,
    firstResponseAt: answered && !inquiry.firstResponseAt ? formatInstant(instantMillis(now)) : inquiry.firstResponseAt
  };
}

/**
 * Reads a target as the property pane holds it: a number and a unit, `4 t` / `4 timer` / `4 h` (working hours) or
 * `2 d` / `2 dage` / `2 days` (working days); a comma may be the decimal mark for hours. `undefined` when it does not parse.
 */
export function parseSlaTarget(text: string | undefined): ISlaTarget | undefined {
  const match = /^\s*(\d+(?:[.,]\d+)?)\s*(t|timer?|h|hours?|d|dage?|days?)\s*$/i.exec(text ?? '');
  if (!match) return undefined;
  const amount = Number(match[1].replace(',', '.'));
  const unit = /^[th]/i.test(match[2]) ? 'workingHours' : 'workingDays';
  if (unit === 'workingHours' ? !(amount > 0) : !Number.isInteger(amount)) return undefined;
  return { amount, unit };
}

/** A target as the property pane shows it (`4 t`, `2 d`). */
export function formatSlaTarget(target: ISlaTarget): string {
  return `${target.amount} ${target.unit === 'workingHours' ? 't' : 'd'}`;
}

/** How far apart a version and a line of the status history may be and still be the same change. */
const SAME_CHANGE_MS = 10 * 60 * 1000;

/**
 * The changes of the stored status history that no version of the item shows — for the timeline, which is read from
 * the item's versions: an inquiry imported or migrated with its history, versions SharePoint trimmed (it keeps a
 * limited number), or changes written by a batch that made one version of several. A change counts as shown when a
 * version set the same status within ten minutes of it (the first line, »Ny«, is shown by the first version within
 * ten minutes, whatever status that version was written with) — so the first line (»Ny«) of an inquiry registered in the web
 * part is its first version, while that of a mail registered later, or of an imported inquiry, is when it was received.
 */
export function unversionedStatusChanges(
  statusHistory: string | undefined, versioned: readonly { at: IsoDateTime; status?: InquiryStatus; created?: boolean }[]
): IStatusChange[] {
  const history = parseStatusHistory(statusHistory);
  return history.filter((change, index) => {
    const at = Date.parse(change.from);
    // The first version is the registration, whatever status it was written with.
    const shows = (v: { at: IsoDateTime; status?: InquiryStatus; created?: boolean }): boolean =>
      (v.status === change.status || (index === 0 && change.status === 'Ny' && !!v.created)) && Math.abs(Date.parse(v.at) - at) <= SAME_CHANGE_MS;
    return !versioned.some(shows);
  });
}
