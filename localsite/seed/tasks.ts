import type { IInquiry, IsoDate, ITaskFields, Priority, TaskStatus } from '../../src/domain/models';
import type { IServices } from '../../src/services';
import { addDays, expandOccurrences, minIsoDate } from '../../src/domain';
import type { IDemoPeople, ISeedContext } from './context';
import type { DemoActivities } from './activities';
import type { DemoProcesses } from './processes';

/** Recurring activities whose latest past occurrences were marked done: activity key and how many. */
const DONE_OCCURRENCES: ReadonlyArray<readonly [string, number]> = [
  ['newsletter', 3], ['coordination', 2], ['quarterlyReport', 1], ['membershipFee', 1], ['actionPlan', 1]
];

type Extra = readonly [string, TaskStatus, Priority, keyof IDemoPeople, number, string?];

/** Follow-ups on inquiries: the inquiry's subject, then task title, status, priority, assignee, due (days from today). */
const INQUIRY_TASKS: ReadonlyArray<readonly [string, ...Extra]> = [
  ['Udbudsspørgsmål om hosting', 'Afklar tidsplanen for hostingudbuddet', 'I gang', 'SHOULD', 'lars', 3],
  ['Kreditnota ønskes', 'Udsted kreditnota til Ballerup Kommune', 'Venter', 'MUST', 'mette', -2],
  ['Udmeldelse overvejes', 'Forbered møde med Holbæk Kommune om medlemskabet', 'Ikke startet', 'MUST', 'lars', 7],
  ['Faktura til forkert afdeling', 'Genfremsend faktura til Odense Kommune', 'Færdig', 'SHOULD', 'mette', -12],
  ['Henvendelse om databehandleraftale', 'Send opdateret databehandleraftale til Gladsaxe Kommune', 'Ikke startet', 'MUST', 'mette', -10]
];

/** Work on processes: the process key, then task title, status, priority, assignee, due (days from today). */
const PROCESS_TASKS: ReadonlyArray<readonly [string, ...Extra]> = [
  ['generalforsamling', 'Revidér processen for generalforsamlingen', 'I gang', 'SHOULD', 'lars', 14],
  ['annualAccounts', 'Tilpas årsregnskabsprocessen til det nye bogføringssystem', 'Ikke startet', 'MUST', 'lars', -7],
  ['newsletter', 'Revidér processen for nyhedsbrevet', 'Venter', 'COULD', 'jonas', 30],
  ['archiving', 'Beskriv formatet for sagsnumre', 'Færdig', 'COULD', 'mette', -10],
  ['press', 'Færdiggør kladden til presseprocessen', 'I gang', 'COULD', 'jonas', 21]
];

/** Everything else on the coordinator's list. */
const OTHER_TASKS: readonly Extra[] = [
  ['Bestil forplejning til næste bestyrelsesmøde', 'Ikke startet', 'SHOULD', 'mette', 10, 'Årshjul og mødeforum'],
  ['Opdatér mailinglister efter generalforsamlingen', 'Færdig', 'COULD', 'jonas', -40, 'Henvendelser og kommunikation'],
  ['Undersøg nyt værktøj til nyhedsbrevet', 'Ikke startet', "WON'T", 'jonas', 90, 'Henvendelser og kommunikation'],
  ['Forny domænet os2.eu', 'Færdig', 'MUST', 'mette', -20, 'Processer og dokumentation'],
  ['Opdatér kontaktlisten for styregrupperne', 'Venter', 'COULD', 'mette', -4, 'Årshjul og mødeforum']
];

/**
 * The coordinator's estimates in hours (the Prioritering board's balance); one open task is left unestimated on
 * purpose, so the board shows how it counts tasks without an estimate.
 */
const EFFORTS: Readonly<Record<string, number>> = {
  'Afklar tidsplanen for hostingudbuddet': 6,
  'Udsted kreditnota til Ballerup Kommune': 1,
  'Forbered møde med Holbæk Kommune om medlemskabet': 4,
  'Send opdateret databehandleraftale til Gladsaxe Kommune': 2,
  'Revidér processen for generalforsamlingen': 8,
  'Tilpas årsregnskabsprocessen til det nye bogføringssystem': 12,
  'Revidér processen for nyhedsbrevet': 3,
  'Færdiggør kladden til presseprocessen': 5,
  'Bestil forplejning til næste bestyrelsesmøde': 0.5,
  'Undersøg nyt værktøj til nyhedsbrevet': 6
};

function task(extra: Extra, ctx: ISeedContext, more: Partial<ITaskFields>): ITaskFields {
  const [title, status, priority, person, due, area] = extra;
  const dueDate = addDays(ctx.today, due);
  return {
    title, status, priority, assignedTo: ctx.people[person], dueDate, source: 'Andet',
    area: area as ITaskFields['area'], effort: EFFORTS[title],
    completedDate: status === 'Færdig' ? minIsoDate(dueDate, ctx.today) : undefined,
    ...more
  };
}

/** The latest `count` occurrences of an activity that started before today. */
function latestPastOccurrences(activity: DemoActivities[string], today: IsoDate, count: number): IsoDate[] {
  return expandOccurrences(activity, addDays(today, -400), addDays(today, -1)).map(o => o.start).slice(-count);
}

/**
 * Seeds årshjul occurrences marked done (through the Årshjul's own `markOccurrenceDone` use case), and tasks on
 * inquiries, processes and other work. Returns how many tasks were added.
 */
export async function seedTasks(
  services: Pick<IServices, 'repositories' | 'wheelActions'>, ctx: ISeedContext, activities: DemoActivities, processes: DemoProcesses, inquiries: readonly IInquiry[]
): Promise<number> {
  const { repositories } = services;
  let count = 0;
  for (const [key, how] of DONE_OCCURRENCES) {
    for (const day of latestPastOccurrences(activities[key], ctx.today, how)) {
      // Marked done on the day of the occurrence, as the coordinator does it.
      await services.wheelActions.markOccurrenceDone(activities[key], day, day);
      count++;
    }
  }
  for (const [subject, ...extra] of INQUIRY_TASKS) {
    const inquiry = inquiries.find(i => i.title === subject);
    if (!inquiry) throw new Error(`Demo-henvendelsen »${subject}« findes ikke.`);
    await repositories.tasks.add(task(extra, ctx, {
      source: 'Henvendelse', area: 'Henvendelser og kommunikation', inquiry: { id: inquiry.id, title: inquiry.title },
      description: `${inquiry.organisation ?? ''}: ${inquiry.description ?? ''}`
    }));
    count++;
  }
  for (const [key, ...extra] of PROCESS_TASKS) {
    const process = processes[key];
    await repositories.tasks.add(task(extra, ctx, {
      source: 'Proces', area: process.area, process: { id: process.id, title: process.title }
    }));
    count++;
  }
  for (const extra of OTHER_TASKS) {
    await repositories.tasks.add(task(extra, ctx, {}));
    count++;
  }
  ctx.log(`Opgaver: ${count} (årshjul, henvendelser, processer og øvrige)`);
  return count;
}
