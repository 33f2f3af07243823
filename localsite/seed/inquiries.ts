import type { IInquiry, IInquiryFields, IReplyTemplateFields, IsoDate, IsoDateTime } from '../../src/domain/models';
import type { IRepositories } from '../../src/services';
import { addDays, copenhagenDateTimeToUtc, minIsoDate, slaDueDate } from '../../src/domain';
import { appendStatusChange, DEFAULT_SLA_POLICIES, formatReference, slaStoredValues } from '../../src/domain/inquiries';
import type { ISeedContext } from './context';
import { INQUIRY_TEXTS, type IInquiryText } from './inquiryTexts';

/**
 * The secretariat's service target, as its process »Behandling af henvendelser« states it: an answer within five
 * business days. The due date itself is the domain's `slaDueDate` (weekends, holidays and closing days skipped).
 */
export const DEMO_SLA_BUSINESS_DAYS = 5;

/** When a closed demo inquiry was closed: `closeAfterDays` (or a few) days after it arrived, never after today. */
function closedDateOf(received: IsoDate, text: Pick<IInquiryText, 'daysAgo' | 'closeAfterDays'>, today: IsoDate): IsoDate {
  return minIsoDate(addDays(received, text.closeAfterDays ?? Math.max(1, Math.round(text.daysAgo / 4))), today);
}

/** »Now« for the demo's SLA columns: midday of the seeding day. */
export function seedNow(ctx: Pick<ISeedContext, 'today'>): IsoDateTime {
  return copenhagenDateTimeToUtc(ctx.today, '12:00');
}

const at = (day: IsoDate, time: string): IsoDateTime => copenhagenDateTimeToUtc(day, time);

/**
 * The status history an inquiry has behind it: registered »Ny«, taken »Under behandling« within the hour, »Afventer
 * svar« the next day, closed on its closing day — the SLA clock's input.
 */
function historyOf(text: IInquiryText, receivedAt: IsoDateTime, receivedDate: IsoDate, closedDate: IsoDate | undefined, ctx: ISeedContext): string {
  let history = `${receivedAt} Ny`;
  if (text.status === 'Ny') return history;
  const taken = new Date(Date.parse(receivedAt) + 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  history = appendStatusChange(history, 'Ny', 'Under behandling', taken);
  if (text.status === 'Afventer svar') {
    const asked = minIsoDate(addDays(receivedDate, 1), ctx.today);
    return appendStatusChange(history, 'Under behandling', 'Afventer svar', at(asked, asked === ctx.today ? '10:30' : '14:00'));
  }
  if (closedDate) return appendStatusChange(history, 'Under behandling', text.status, at(closedDate, closedDate === ctx.today ? '11:00' : '15:00'));
  return history;
}

/** The fields of a demo inquiry on `today`; `number` is its running number within its year (the reference). */
export function inquiryFields(text: IInquiryText, ctx: ISeedContext, number = 1): IInquiryFields {
  const receivedDate = addDays(ctx.today, -text.daysAgo);
  const closed = text.status === 'Løst' || text.status === 'Lukket';
  const closedDate = closed ? closedDateOf(receivedDate, text, ctx.today) : undefined;
  const receivedAt = at(receivedDate, `${String(8 + (text.daysAgo % 3)).padStart(2, '0')}:${String((text.daysAgo * 7) % 60).padStart(2, '0')}`);
  const base: IInquiryFields = {
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
    closedDate,
    reference: formatReference(Number(receivedDate.slice(0, 4)), number),
    receivedAt,
    statusHistory: historyOf(text, receivedAt, receivedDate, closedDate, ctx),
    // Taken in hand means answered (»Vi har modtaget …«) two hours later — except the four still-»Ny« ones.
    firstResponseAt: text.status === 'Ny' ? undefined : new Date(Date.parse(receivedAt) + 2 * 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z')
  };
  // A closed one's history never paused (see historyOf) and a closed inquiry stores no deadline: what slaStoredValues
  // gives it, without walking its working days (the large data set has twenty thousand of them).
  if (closed) return { ...base, pausedMinutes: 0 };
  return { ...base, ...slaStoredValues(base, DEFAULT_SLA_POLICIES, seedNow(ctx)) };
}

/** The secretariat's reply templates (plain text; `{navn}`, `{emne}`, `{reference}`, `{frist}` are filled in). */
export const REPLY_TEMPLATES: readonly IReplyTemplateFields[] = [
  { title: 'Kvittering for modtagelse', body: 'Kære {navn}\n\nTak for din henvendelse om »{emne}«. Vi har registreret den som {reference} og vender tilbage senest {frist}.\n\nVenlig hilsen\nOS2-sekretariatet' },
  { title: 'Vi mangler oplysninger', body: 'Kære {navn}\n\nFor at kunne hjælpe med »{emne}« har vi brug for flere oplysninger. Vil du svare på denne mail med en kort beskrivelse og eventuelle bilag?\n\nHenvis gerne til {reference}.\n\nVenlig hilsen\nOS2-sekretariatet' },
  { title: 'Faktura rettet', category: 'Økonomi og fakturering', subject: 'Rettet faktura – {reference}', body: 'Kære {navn}\n\nVi har rettet fakturaen og sendt den igen med de korrekte oplysninger. Kreditnota for den oprindelige faktura følger.\n\nVenlig hilsen\nOS2-sekretariatet, økonomi' },
  { title: 'Om medlemskab og kontingent', category: 'Medlemskab', body: 'Kære {navn}\n\nTak for jeres interesse for OS2. Kontingentet fastsættes efter indbyggertal; vedhæftet er vedtægter og prisoversigt. Vi holder gerne et kort møde.\n\nVenlig hilsen\nOS2-sekretariatet' },
  { title: 'Pressehenvendelse modtaget', category: 'Presse og kommunikation', body: 'Kære {navn}\n\nTak for din henvendelse. Vi finder en talsperson og vender tilbage inden {frist}.\n\nVenlig hilsen\nOS2-sekretariatet, kommunikation' },
  { title: 'Tilmelding til arrangement', category: 'Arrangementer', body: 'Kære {navn}\n\nI er tilmeldt. Program og praktiske oplysninger sendes en uge før arrangementet.\n\nVenlig hilsen\nOS2-sekretariatet' }
];

/** Seeds the shared inbox through the inquiry repository, oldest first (as they arrived). */
export async function seedInquiries(repositories: IRepositories, ctx: ISeedContext): Promise<IInquiry[]> {
  const inquiries: IInquiry[] = [];
  const oldestFirst = [...INQUIRY_TEXTS].sort((a, b) => b.daysAgo - a.daysAgo);
  const numbers = new Map<string, number>();
  for (const text of oldestFirst) {
    const year = addDays(ctx.today, -text.daysAgo).slice(0, 4);
    const number = (numbers.get(year) ?? 0) + 1;
    numbers.set(year, number);
    inquiries.push(await repositories.inquiries.add(inquiryFields(text, ctx, number), { key: `demo-henvendelse:${year}-${number}` }));
  }
  for (const template of REPLY_TEMPLATES) {
    await repositories.replyTemplates.add(template, { key: `demo-skabelon:${template.title}` });
  }
  ctx.log(`Henvendelser: ${inquiries.length}, svarskabeloner: ${REPLY_TEMPLATES.length}`);
  return inquiries;
}
