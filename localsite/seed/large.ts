import type {
  ActivityType, Forum, IActivityFields, IDecisionFields, IInquiryFields, InquiryStatus, IPersonRef, IsoDate, ITaskFields, Priority, RepeatPattern
} from '../../src/domain/models';
import { ACTIVITY_TYPES, AREAS, DECISION_STATUSES, FORUMS, PRIORITIES, TASK_STATUSES, WHEEL_CATEGORIES } from '../../src/domain/models';
import { addDays, assertValid, defaultRule, formatIsoDate, minIsoDate } from '../../src/domain';
import { toItem } from '../../src/services/mapping';
import type { IValidationIssue } from '../../src/domain/validation';
import type { IRepository } from '../../src/services';
import type { ISiteStore } from '../server/store';
import { Prng } from './random';
import type { IDemoPeople, ISeedContext } from './context';
import { inquiryFields } from './inquiries';
import { INQUIRY_TEXTS } from './inquiryTexts';

/** What the bulk writer needs: where the items go and who writes them. */
export interface IBulkTarget {
  store: ISiteStore;
  /** The coordinator's e-mail: the author of every item. */
  asUser: string;
  log: (line: string) => void;
}

/** Rows per store transaction; each chunk logs a progress line. */
const CHUNK = 2000;

const TITLE_STEMS = [
  'Frist for indberetning', 'Statusmøde', 'Workshop', 'Høringsfrist', 'Leverance', 'Webinar', 'Kampagne', 'Arbejdsgruppemøde',
  'Releasevindue', 'Evaluering', 'Netværksmøde', 'Budgetopfølgning', 'Temadag', 'Afrapportering', 'Planlægningsmøde'
];
const RECURRING: readonly RepeatPattern[] = ['Årligt', 'Halvårligt', 'Kvartalsvis', 'Månedligt'];

/**
 * Validates and writes model values in chunks through the store's bulk insert. The bodies are built by the
 * services' own schema-driven `toItem`, so no column name is spelled here; returns the new item ids in order.
 */
export function bulkWrite<T extends object>(
  target: IBulkTarget, repository: IRepository<T>, rows: readonly T[], validate: (fields: T) => Readonly<Record<string, IValidationIssue | undefined>>
): number[] {
  const ids: number[] = [];
  for (let from = 0; from < rows.length; from += CHUNK) {
    const chunk = rows.slice(from, from + CHUNK);
    const bodies = chunk.map(fields => {
      assertValid(validate(fields));
      return toItem<T>(repository.list, fields);
    });
    ids.push(...target.store.insertItems(repository.list.title, bodies, target.asUser).map(row => row.id));
    target.log(`  ${repository.list.title}: ${Math.min(from + CHUNK, rows.length)} / ${rows.length}`);
  }
  return ids;
}

/** A day in the ten years around `year` (five back, four ahead). */
function dayIn(rng: Prng, year: number): IsoDate {
  return formatIsoDate(year - 5 + rng.int(0, 9), rng.int(1, 12), rng.int(1, 28));
}

/**
 * `count` activities over ten years, about 3 % of them recurring — or, with `onlyYear`, `count` one-off activities
 * all in that one year (a busy secretariat: more than 5,000 in a year).
 */
export function largeActivities(rng: Prng, year: number, count: number, people: readonly IPersonRef[], onlyYear?: number): IActivityFields[] {
  const rows: IActivityFields[] = [];
  for (let n = 1; n <= count; n++) {
    const activityType: ActivityType = rng.pick(ACTIVITY_TYPES);
    const startDate = onlyYear === undefined ? dayIn(rng, year) : formatIsoDate(onlyYear, rng.int(1, 12), rng.int(1, 28));
    const repeat: RepeatPattern = onlyYear === undefined && rng.chance(0.03) ? rng.pick(RECURRING) : 'Ingen';
    // A recurring period must end before its next occurrence: at most 20 days, and monthly ones at most 10.
    const length = rng.int(1, repeat === 'Månedligt' ? 10 : 20);
    rows.push({
      title: `${rng.pick(TITLE_STEMS)} ${n}`,
      category: rng.pick(WHEEL_CATEGORIES),
      activityType,
      startDate,
      endDate: activityType === 'Periode' ? addDays(startDate, length) : undefined,
      repeat,
      recurrence: defaultRule(repeat, startDate),
      forum: activityType === 'Møde' ? rng.pick(FORUMS) : undefined,
      responsible: rng.pick(people),
      priority: rng.pick(PRIORITIES)
    });
  }
  return rows;
}

/** How much of the inbox each priority gets (MUST rarely, SHOULD mostly), and who in the secretariat takes them. */
const INQUIRY_PRIORITIES: readonly Priority[] = ['MUST', 'SHOULD', 'SHOULD', 'SHOULD', 'COULD', 'COULD', "WON'T"];
const HANDLERS: readonly (keyof IDemoPeople)[] = ['mette', 'mette', 'mette', 'jonas', 'jonas', 'lars'];
/** Years of inquiries in the large data set (the list's life so far). */
export const LARGE_INQUIRY_YEARS = 5;

/** The open status of an inquiry received `daysAgo` days ago that is still open (young ones mostly »Ny«). */
function openStatus(rng: Prng, daysAgo: number): InquiryStatus {
  if (daysAgo <= 2) return rng.pick(['Ny', 'Ny', 'Ny', 'Under behandling'] as const);
  return rng.pick(['Ny', 'Under behandling', 'Under behandling', 'Afventer svar', 'Afventer svar'] as const);
}

/**
 * `count` inquiries received over the last five years, more each year (as the fellowship grew), on working days
 * mostly: the demo's Danish subjects, requesters and categories (`inquiryTexts.ts`) in every priority, numbered by
 * year after the `numbers` already used (`H-2026-0042`), with the stored SLA columns the queue sorts on. As in a real
 * inbox, those of the last six weeks are partly open — the youngest »Ny« and often nobody's, then »Under behandling«
 * or »Afventer svar«; some at risk, some breached — and a few older ones were forgotten open (overdue); the rest were
 * solved or closed within two weeks. So 20,000 inquiries hold a few hundred open and about two thousand closed in the
 * last 90 days: every queue's indexed filter stays far under the 5,000-item threshold.
 */
export function largeInquiries(rng: Prng, ctx: ISeedContext, count: number, numbers: Map<string, number> = new Map()): IInquiryFields[] {
  const span = LARGE_INQUIRY_YEARS * 365;
  // Half spread evenly, half with a density rising towards today (d = span·(1 − √u)): half again as many now as on average.
  const ages = Array.from({ length: count }, () => {
    const u = rng.next();
    const daysAgo = Math.floor(span * (rng.chance(0.5) ? u : 1 - Math.sqrt(u)));
    const weekday = new Date(`${addDays(ctx.today, -daysAgo)}T12:00:00Z`).getUTCDay();
    // Weekend mail is rare: most of it is moved to the Friday before.
    if ((weekday === 6 || weekday === 0) && rng.chance(0.85)) return weekday === 6 ? daysAgo + 1 : Math.min(span, daysAgo + 2);
    return daysAgo;
  }).sort((a, b) => b - a);
  return ages.map(daysAgo => {
    const text = rng.pick(INQUIRY_TEXTS);
    const forgotten = daysAgo > 42 && rng.chance(0.002);
    const open = forgotten || (daysAgo <= 42 && rng.chance(daysAgo <= 7 ? 0.8 : 0.45 - daysAgo / 120));
    const status: InquiryStatus = open ? openStatus(rng, daysAgo) : rng.pick(['Løst', 'Løst', 'Løst', 'Lukket'] as const);
    const unassigned = status === 'Ny' && rng.chance(0.7);
    const closeAfterDays = open ? undefined : Math.min(daysAgo, rng.int(0, 3) + (rng.chance(0.3) ? rng.int(1, 10) : 0));
    const year = addDays(ctx.today, -daysAgo).slice(0, 4);
    const number = (numbers.get(year) ?? 0) + 1;
    numbers.set(year, number);
    return inquiryFields({
      ...text, status, daysAgo, closeAfterDays,
      priority: rng.pick(INQUIRY_PRIORITIES),
      assignedTo: unassigned ? undefined : rng.pick(HANDLERS),
      response: open ? undefined : text.response ?? 'Besvaret pr. e-mail.'
    }, ctx, number);
  });
}

/**
 * `count` tasks; one in ten records a one-off activity's occurrence as done (linked to one of `activities`, with
 * its start as the occurrence day), the rest are ordinary tasks in every status.
 */
export function largeTasks(
  rng: Prng, today: IsoDate, count: number, people: readonly IPersonRef[], activities: ReadonlyArray<{ id: number; fields: IActivityFields }>
): ITaskFields[] {
  const oneOffs = activities.filter(a => a.fields.repeat === 'Ingen');
  const rows: ITaskFields[] = [];
  for (let n = 1; n <= count; n++) {
    if (oneOffs.length > 0 && n % 10 === 0) {
      const { id, fields } = rng.pick(oneOffs);
      rows.push({
        title: fields.title, priority: fields.priority, status: 'Færdig', assignedTo: fields.responsible, dueDate: fields.startDate,
        area: 'Årshjul og mødeforum', source: 'Årshjul', wheelActivity: { id, title: fields.title },
        occurrenceDate: fields.startDate, completedDate: fields.startDate
      });
      continue;
    }
    const status = rng.pick(TASK_STATUSES);
    const dueDate = addDays(today, rng.int(-365, 180));
    rows.push({
      title: `Opgave ${n}`, priority: rng.pick(PRIORITIES), status, assignedTo: rng.pick(people), dueDate,
      // Estimates without drawing from the generator, so the rest of the data set stays as it was.
      area: rng.pick(AREAS), source: 'Andet', effort: n % 5 === 0 ? undefined : (n % 16) + 1, completedDate: status === 'Færdig' ? minIsoDate(dueDate, today) : undefined
    });
  }
  return rows;
}

const DECISION_STEMS = [
  'Godkendelse af budget', 'Ny samarbejdsaftale', 'Prioritering af roadmap', 'Udbud af drift', 'Optagelse af nyt produkt',
  'Ændring af kontingent', 'Høringssvar', 'Kommunikationsplan', 'Revision af vedtægter', 'Styregruppens kommissorium'
];
const DECISION_FORUMS: readonly Forum[] = ['Bestyrelse', 'Sekretariat', 'Koordinationsgruppe', 'Styregruppe'];

/**
 * `count` decisions over the ten years around `year` (about `count / 10` a year, so a quarter of a year holds far
 * fewer than 5,000), in every status and forum; half of the open ones with a follow-up date after their meeting.
 */
export function largeDecisions(rng: Prng, year: number, count: number, people: readonly IPersonRef[]): IDecisionFields[] {
  const rows: IDecisionFields[] = [];
  for (let n = 1; n <= count; n++) {
    const meetingDate = dayIn(rng, year);
    const status = rng.pick(DECISION_STATUSES);
    const open = status !== 'Gennemført' && status !== 'Annulleret';
    rows.push({
      title: `${rng.pick(DECISION_STEMS)} ${n}`, kind: n % 7 === 0 ? 'Aftale' : 'Beslutning', decisionText: 'Vedtaget som indstillet.',
      forum: rng.pick(DECISION_FORUMS), meetingDate, status, responsible: rng.pick(people), priority: rng.pick(PRIORITIES),
      followUpDate: open && (n % 2 === 0 || status === 'Under opfølgning') ? addDays(meetingDate, rng.int(14, 120)) : undefined,
      caseReference: `${meetingDate.slice(0, 4)}-${String(n).padStart(5, '0')}`
    });
  }
  return rows;
}

/** `count` follow-up actions (source Beslutning) spread over `decisions`, each due 1–20 weeks after its meeting. */
export function largeDecisionActions(
  rng: Prng, today: IsoDate, count: number, people: readonly IPersonRef[], decisions: ReadonlyArray<{ id: number; fields: IDecisionFields }>
): ITaskFields[] {
  const rows: ITaskFields[] = [];
  if (decisions.length === 0) return rows;
  for (let n = 1; n <= count; n++) {
    const { id, fields } = decisions[(n * 7919) % decisions.length];
    const dueDate = addDays(fields.meetingDate, rng.int(7, 140));
    const status = dueDate < today ? rng.pick(['Færdig', 'Færdig', 'I gang'] as const) : rng.pick(TASK_STATUSES);
    rows.push({
      title: `Handling ${n}`, priority: fields.priority, status, assignedTo: rng.pick(people), dueDate,
      area: 'Beslutninger og opfølgning', source: 'Beslutning', decision: { id, title: fields.title },
      completedDate: status === 'Færdig' ? minIsoDate(dueDate, today) : undefined
    });
  }
  return rows;
}
