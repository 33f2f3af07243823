import type { IInquiry, InquiryCategory, Priority } from '../../../domain/models';
import { INQUIRY_QUEUES, inquiriesInQueue, inquirySla, type IInquirySla, type InquiryQueue, type ISlaPolicy } from '../../../domain/inquiries';

/** An inquiry with its SLA at the moment the queue was drawn. */
export type InquiryRow = IInquiry & { sla: IInquirySla };

/** What narrows a queue besides the queue itself. */
export interface IQueueFilter {
  category?: InquiryCategory;
  priority?: Priority;
  /** Words that must all occur in the reference, subject, requester, organisation or e-mail. */
  search: string;
}

/** Every inquiry with its SLA on `now`. */
export function inquiryRows(inquiries: readonly IInquiry[], policies: readonly ISlaPolicy[], now: Date): InquiryRow[] {
  const at = now.toISOString();
  return inquiries.map(i => ({ ...i, sla: inquirySla(i, policies, at) }));
}

function matches(row: InquiryRow, filter: IQueueFilter): boolean {
  if (filter.category && row.category !== filter.category) return false;
  if (filter.priority && row.priority !== filter.priority) return false;
  const words = filter.search.toLocaleLowerCase('da').split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = [row.reference, row.title, row.requesterName, row.organisation, row.requesterEmail]
    .filter(Boolean).join(' ').toLocaleLowerCase('da');
  return words.every(w => haystack.indexOf(w) >= 0);
}

const context = (userId: number | undefined): Parameters<typeof inquiriesInQueue<InquiryRow>>[2] => ({
  userId, badgeOf: r => r.sla.badge, dueOf: r => r.sla.due
});

/** The rows of a queue with the filter applied, in working order (by due; »Lukkede« newest first). */
export function queueRows(queue: InquiryQueue, rows: readonly InquiryRow[], userId: number | undefined, filter: IQueueFilter): InquiryRow[] {
  return inquiriesInQueue(queue, rows.filter(r => matches(r, filter)), context(userId));
}

/** How many inquiries each queue holds with the filter applied. */
export function queueCounts(rows: readonly InquiryRow[], userId: number | undefined, filter: IQueueFilter): Record<InquiryQueue, number> {
  const filtered = rows.filter(r => matches(r, filter));
  const counts = {} as Record<InquiryQueue, number>;
  for (const q of INQUIRY_QUEUES) counts[q] = inquiriesInQueue(q, filtered, context(userId)).length;
  return counts;
}
