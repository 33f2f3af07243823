/**
 * Demo and benchmark data for the local site: a plausible year of the OS2 secretariat in Danish, relative to the day
 * it is seeded, written through the project's own repositories (so every item passes the same validation as in
 * SharePoint), plus Outlook calendars in the local Graph.
 *
 * The caller starts the local site, provisions the lists with the project's provisioning service and configures
 * PnPjs with the coordinator (Mette Kjær) as the current user.
 */
import type { IServices } from '../../src/services';
import {
  todayInCopenhagen, toDateParts, validateActivity, validateDecision, validateInquiry, validateProcess, validateProcessStep, validateTask
} from '../../src/domain';
import type { ISiteStore } from '../server/store';
import { DEMO_EMAILS, resolvePeople, type ISeedContext } from './context';
import { seedProcesses } from './processes';
import { seedActivities } from './activities';
import { seedEvents } from './events';
import { seedDecisions } from './decisions';
import { seedInquiries } from './inquiries';
import { seedTasks } from './tasks';
import { seedMail } from './mail';
import { seedPageLinks } from './pages';
import { bulkWrite, largeActivities, largeDecisionActions, largeDecisions, largeInquiries, largeTasks, type IBulkTarget } from './large';
import { largeProcesses, largeProcessSteps, stepCounts } from './largeProcesses';
import { Prng } from './random';
import { parseReference } from '../../src/domain/inquiries';

/** What seeding needs. */
export interface ISeedOptions {
  /** The project's services, configured for the local site with the coordinator as current user. */
  services: IServices;
  /** The local site's store, for Graph calendar events (and bulk inserts in `seedLarge`). */
  store: ISiteStore;
  /** The moment of seeding; every date in the data is relative to its Copenhagen day. */
  today: Date;
  /** Progress lines (Danish). Silent when left out. */
  log?: (line: string) => void;
  /**
   * Where the local page is served (e.g. `http://127.0.0.1:4400`): the demo's page settings point links between the
   * web parts there. Without it no page settings are written (links open SharePoint's display forms).
   */
  pageBaseUrl?: string;
}

/** How many of each thing were created. */
export interface ISeedReport {
  processes: number;
  steps: number;
  activities: number;
  decisions: number;
  tasks: number;
  inquiries: number;
  /** Graph events (a recurring series counts once). */
  events: number;
  /** Messages in the shared mailbox's inbox. */
  mail: number;
}

/** Options for the large data set; the counts default to 20,000 activities, 20,000 inquiries (five years), 6,000 tasks, 20,000 decisions, 2,000 processes. */
export interface ILargeSeedOptions extends ISeedOptions {
  activities?: number;
  /** Further one-off activities, all in the current year (the wheel's query must stay under the threshold). */
  oneOffsThisYear?: number;
  inquiries?: number;
  tasks?: number;
  /** Decisions over ten years (default 20,000) and their follow-up actions in Opgaver (default 44,000: 50,000 tasks in all). */
  decisions?: number;
  decisionActions?: number;
  /** Processes (default 2,000) and their steps (default 20,000; the first process has 30). */
  processes?: number;
  processSteps?: number;
}

async function contextOf(options: ISeedOptions): Promise<ISeedContext> {
  const today = todayInCopenhagen(options.today);
  const log = options.log ?? (() => undefined);
  return { today, year: toDateParts(today).year, people: await resolvePeople(options.services.people), log };
}

/**
 * Seeds the demo: ~15 processes with steps, ~40 årshjul activities, Outlook meetings for Mette, the board group and
 * the shared mailbox, ~25 decisions with follow-up tasks, ~40 inquiries and further tasks, and six e-mails in the shared mailbox's inbox. Deterministic for a given
 * day. Expects provisioned, empty lists.
 */
export async function seedDemo(options: ISeedOptions): Promise<ISeedReport> {
  const ctx = await contextOf(options);
  const { repositories } = options.services;
  ctx.log(`Demodata for ${ctx.today}`);
  const { processes, steps } = await seedProcesses(repositories, ctx);
  const activities = await seedActivities(repositories, ctx, processes);
  const { events, meetings } = await seedEvents(options.store, options.services.calendar, ctx, activities);
  const decisions = await seedDecisions(repositories, ctx, processes, meetings);
  const inquiries = await seedInquiries(repositories, ctx);
  const otherTasks = await seedTasks(options.services, ctx, activities, processes, inquiries);
  const mail = seedMail(options.store, ctx);
  if (options.pageBaseUrl) await seedPageLinks(repositories, ctx, options.pageBaseUrl);
  return {
    processes: Object.keys(processes).length,
    steps,
    activities: Object.keys(activities).length,
    decisions: decisions.decisions.length,
    tasks: decisions.tasks + otherTasks,
    inquiries: inquiries.length,
    events,
    mail
  };
}

/** The highest reference number of each year already in Henvendelser (the demo's), so the large set numbers on. */
async function referenceNumbers(services: IServices): Promise<Map<string, number>> {
  const numbers = new Map<string, number>();
  for (const inquiry of await services.repositories.inquiries.query({ pageSize: 5000 })) {
    const reference = parseReference(inquiry.reference);
    if (reference) numbers.set(String(reference.year), Math.max(numbers.get(String(reference.year)) ?? 0, reference.number));
  }
  return numbers;
}

/**
 * Seeds a large data set for benchmarks and list-view-threshold tests: activities over ten years (about 3 %
 * recurring), inquiries, tasks, decisions with their actions, and 2,000 processes with 20,000 steps. Bodies are built by the services' schema mapping and written in bulk through the
 * store (one transaction per 2,000 rows), since one HTTP request per item would take minutes.
 */
export async function seedLarge(options: ILargeSeedOptions): Promise<ISeedReport> {
  const ctx = await contextOf(options);
  const { repositories } = options.services;
  const rng = new Prng(20_000);
  const people = Object.values(ctx.people);
  const target: IBulkTarget = { store: options.store, asUser: DEMO_EMAILS.mette, log: ctx.log };
  const started = Date.now();
  ctx.log(`Stort datasæt for ${ctx.today}`);

  const activityRows = largeActivities(rng, ctx.year, options.activities ?? 20_000, people);
  const activityIds = bulkWrite(target, repositories.activities, activityRows, validateActivity);
  if (options.oneOffsThisYear) {
    bulkWrite(target, repositories.activities, largeActivities(rng, ctx.year, options.oneOffsThisYear, people, ctx.year), validateActivity);
  }
  // A generator of their own, so the other lists' data stay the same whatever the number of inquiries.
  const inquiryRows = largeInquiries(new Prng(12), ctx, options.inquiries ?? 20_000, await referenceNumbers(options.services));
  bulkWrite(target, repositories.inquiries, inquiryRows, validateInquiry);
  const linked = activityIds.map((id, i) => ({ id, fields: activityRows[i] }));
  const taskRows = largeTasks(rng, ctx.today, options.tasks ?? 6_000, people, linked);
  bulkWrite(target, repositories.tasks, taskRows, validateTask);
  const decisionRows = largeDecisions(rng, ctx.year, options.decisions ?? 20_000, people);
  const decisionIds = bulkWrite(target, repositories.decisions, decisionRows, validateDecision);
  const actionRows = largeDecisionActions(rng, ctx.today, options.decisionActions ?? 44_000, people,
    decisionIds.map((id, i) => ({ id, fields: decisionRows[i] })));
  bulkWrite(target, repositories.tasks, actionRows, validateTask);
  const processRows = largeProcesses(rng, ctx.today, options.processes ?? 2_000, people);
  const processIds = bulkWrite(target, repositories.processes, processRows, f => validateProcess(f, ctx.today));
  const stepRows = largeProcessSteps(processRows, processIds, stepCounts(processRows.length, options.processSteps ?? 20_000));
  bulkWrite(target, repositories.processSteps, stepRows, validateProcessStep);

  ctx.log(`Stort datasæt færdigt på ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return {
    processes: processRows.length, steps: stepRows.length, activities: activityRows.length + (options.oneOffsThisYear ?? 0), decisions: decisionRows.length,
    tasks: taskRows.length + actionRows.length,
    inquiries: inquiryRows.length, events: 0, mail: 0
  };
}

export { DEMO_EMAILS } from './context';
export type { IDemoPeople } from './context';
