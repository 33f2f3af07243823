/**
 * The queues of the shared inquiry inbox as pure predicates, and the order they are worked in: by due instant.
 */
import type { IsoDate, IsoDateTime } from '../models/common';
import type { IInquiryFields, InquiryStatus } from '../models/inquiry';
import { addDays } from '../dates';
import { priorityRank } from '../moscow';
import { copenhagenMidnightUtc } from '../timeZone';
import type { SlaBadge } from './sla';
import { instantMillis } from './workingTime';

/** »Ufordelte«, »Mine«, »Alle åbne«, »I risiko / overskredet«, »Afventer svar«, »Lukkede«. */
export type InquiryQueue = 'unassigned' | 'mine' | 'open' | 'atRisk' | 'waiting' | 'closed';

/** The queues in the order the web part offers them. */
export const INQUIRY_QUEUES: readonly InquiryQueue[] = ['unassigned', 'mine', 'open', 'atRisk', 'waiting', 'closed'];

/** The closed statuses. */
export const CLOSED_INQUIRY_STATUSES: readonly InquiryStatus[] = ['Løst', 'Lukket'];

/** What a queue reads from an inquiry. */
export type QueueInquiry = Pick<IInquiryFields, 'status' | 'priority' | 'receivedDate'> &
  Partial<Pick<IInquiryFields, 'assignedTo' | 'dueDate' | 'closedDate'>> & { id: number };

/** What the predicates need besides the inquiry. */
export interface IInquiryQueueContext<T> {
  /** The current user's site user id; without it »Mine« is empty. */
  userId?: number;
  /** The SLA badge of an open inquiry (from its clock). */
  badgeOf?: (inquiry: T) => SlaBadge;
  /** Without `badgeOf`: the day against which the due date is checked. */
  today?: IsoDate;
}

/** True for Løst and Lukket. */
export function isInquiryClosed(status: InquiryStatus | string): boolean {
  return (CLOSED_INQUIRY_STATUSES as readonly string[]).indexOf(status) >= 0;
}

/**
 * The badge of an open inquiry by its due date alone, for when no clock is at hand: due before `today` →
 * `overdue`, due today → `atRisk`, otherwise (or without a due date) `none`; closed → `none`.
 */
export function badgeByDueDate(inquiry: QueueInquiry, today: IsoDate): SlaBadge {
  if (isInquiryClosed(inquiry.status) || !inquiry.dueDate) {
    return 'none';
  }
  return inquiry.dueDate < today ? 'overdue' : inquiry.dueDate === today ? 'atRisk' : 'none';
}

/**
 * Whether an inquiry is in a queue:
 * - `unassigned`: open, nobody assigned; `mine`: open, assigned to the current user; `open`: not Løst/Lukket;
 * - `atRisk`: open and badged »I risiko« or »Overskredet« (by `badgeOf`, else by due date against `today`);
 * - `waiting`: »Afventer svar«; `closed`: Løst or Lukket.
 */
export function isInInquiryQueue<T extends QueueInquiry>(queue: InquiryQueue, inquiry: T, context: IInquiryQueueContext<T> = {}): boolean {
  const open = !isInquiryClosed(inquiry.status);
  switch (queue) {
    case 'unassigned':
      return open && inquiry.assignedTo === undefined;
    case 'mine':
      return open && context.userId !== undefined && inquiry.assignedTo?.id === context.userId;
    case 'open':
      return open;
    case 'atRisk': {
      const badge = context.badgeOf ? context.badgeOf(inquiry) : context.today ? badgeByDueDate(inquiry, context.today) : 'none';
      return open && badge !== 'none';
    }
    case 'waiting':
      return inquiry.status === 'Afventer svar';
    default:
      return !open;
  }
}

/**
 * Orders inquiries by due: the due instant from `dueOf` when given (e.g. the SLA clock's `due`), else the end of the
 * `dueDate` day; without either last. Ties: MoSCoW priority, then the oldest received, then id.
 */
export function compareInquiriesByDue<T extends QueueInquiry>(a: T, b: T, dueOf?: (inquiry: T) => IsoDateTime | undefined): number {
  const x = dueKey(a, dueOf);
  const y = dueKey(b, dueOf);
  // Compared, not subtracted: two missing due dates are Infinity − Infinity = NaN.
  return (x === y ? 0 : x < y ? -1 : 1) || priorityRank(a.priority) - priorityRank(b.priority) ||
    (a.receivedDate < b.receivedDate ? -1 : a.receivedDate > b.receivedDate ? 1 : 0) || a.id - b.id;
}

/** The inquiries of a queue, by due — except »Lukkede«, newest closed first. */
export function inquiriesInQueue<T extends QueueInquiry>(
  queue: InquiryQueue,
  inquiries: readonly T[],
  context: IInquiryQueueContext<T> & { dueOf?: (inquiry: T) => IsoDateTime | undefined } = {}
): T[] {
  const selected = inquiries.filter((i) => isInInquiryQueue(queue, i, context));
  if (queue === 'closed') {
    return selected.sort((a, b) => ((b.closedDate ?? '') < (a.closedDate ?? '') ? -1 : (b.closedDate ?? '') > (a.closedDate ?? '') ? 1 : b.id - a.id));
  }
  return selected.sort((a, b) => compareInquiriesByDue(a, b, context.dueOf));
}

function dueKey<T extends QueueInquiry>(inquiry: T, dueOf?: (inquiry: T) => IsoDateTime | undefined): number {
  const due = dueOf ? dueOf(inquiry) : undefined;
  if (due) {
    return instantMillis(due);
  }
  // A due day lasts until midnight, so it sorts after any due instant earlier that day.
  return inquiry.dueDate ? instantMillis(copenhagenMidnightUtc(addDays(inquiry.dueDate, 1))) : Infinity;
}
