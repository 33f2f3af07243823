import type { IInquiry, IInquiryFields, IsoDate } from '../../src/domain/models';
import type { IRepositories } from '../../src/services';
import { addDays, minIsoDate, slaDueDate } from '../../src/domain';
import type { ISeedContext } from './context';
import { INQUIRY_TEXTS, type IInquiryText } from './inquiryTexts';

/**
 * The secretariat's service target, as its process »Behandling af henvendelser« states it: an answer within five
 * business days. The due date itself is the domain's `slaDueDate` (weekends, holidays and closing days skipped).
 */
export const DEMO_SLA_BUSINESS_DAYS = 5;

/** When a closed demo inquiry was closed: a few days after it arrived, never after today. */
function closedDateOf(received: IsoDate, daysAgo: number, today: IsoDate): IsoDate {
  return minIsoDate(addDays(received, Math.max(1, Math.round(daysAgo / 4))), today);
}

/** The fields of a demo inquiry on `today`. */
export function inquiryFields(text: IInquiryText, ctx: ISeedContext): IInquiryFields {
  const receivedDate = addDays(ctx.today, -text.daysAgo);
  const closed = text.status === 'Løst' || text.status === 'Lukket';
  return {
    title: text.title,
    description: text.description,
    requesterName: text.requesterName,
    requesterEmail: text.requesterEmail,
    organisation: text.organisation,
    channel: text.channel,
    category: text.category,
    status: text.status,
    priority: text.priority,
    assignedTo: text.assignedTo ? ctx.people[text.assignedTo] : undefined,
    receivedDate,
    dueDate: slaDueDate(receivedDate, DEMO_SLA_BUSINESS_DAYS),
    response: text.response,
    closedDate: closed ? closedDateOf(receivedDate, text.daysAgo, ctx.today) : undefined
  };
}

/** Seeds the shared inbox through the inquiry repository, oldest first (as they arrived). */
export async function seedInquiries(repositories: IRepositories, ctx: ISeedContext): Promise<IInquiry[]> {
  const inquiries: IInquiry[] = [];
  const oldestFirst = [...INQUIRY_TEXTS].sort((a, b) => b.daysAgo - a.daysAgo);
  for (const text of oldestFirst) {
    inquiries.push(await repositories.inquiries.add(inquiryFields(text, ctx)));
  }
  ctx.log(`Henvendelser: ${inquiries.length}`);
  return inquiries;
}
