import { utcToCopenhagenDate } from '../../src/domain/timeZone';
import { startLocalSite } from '../../localsite/server';
import { BOARD_GROUP } from '../../localsite/server/store';
import { seedDemo, seedLarge, type ISeedReport } from '../../localsite/seed';
import { PROCESS_TEXTS } from '../../localsite/seed/processTexts';
import { INQUIRY_TEXTS } from '../../localsite/seed/inquiryTexts';
import { DECISION_TEXTS } from '../../localsite/seed/decisionTexts';
import { activityTexts } from '../../localsite/seed/activityTexts';
import { classifyError, type IServices } from '../../src/services';
import { servicesFor } from '../../localsite/prepare';
import { odata } from '../../src/services/odata';
import { activitiesList } from '../../src/schema';
import {
  ACTIVITY_TYPES, AREAS, CHANNELS, DECISION_STATUSES, FORUMS, INQUIRY_CATEGORIES, INQUIRY_STATUSES, PRIORITIES,
  PROCESS_STATUSES, REPEAT_PATTERNS, TASK_SOURCES, TASK_STATUSES, WHEEL_CATEGORIES
} from '../../src/domain/models';
import { expandOccurrences, formatIsoDate, reviewState, todayInCopenhagen, toDateParts } from '../../src/domain';

/**
 * The demo seed against the real local site: provisioned by the project's own provisioning, written through the
 * project's repositories, read back through them and through Graph.
 */
type Site = Awaited<ReturnType<typeof startLocalSite>>;

const now = new Date();
const today = todayInCopenhagen(now);
const year = toDateParts(today).year;
const yearStart = formatIsoDate(year, 1, 1);
const yearEnd = formatIsoDate(year, 12, 31);

/** A fresh in-memory site with the lists provisioned by the project's own provisioning, and services as Mette. */
async function provisionedSite(): Promise<{ site: Site; services: IServices }> {
  const site = await startLocalSite({ port: 0, dataDir: ':memory:' });
  const services = servicesFor(site);
  await services.provisioning.provision();
  return { site, services };
}

/** Every value of `all` occurs in `seen`. */
function expectEvery(seen: readonly (string | undefined)[], all: readonly string[]): void {
  expect([...new Set(seen.filter((v): v is string => v !== undefined))].sort()).toEqual([...all].sort());
}

describe('seedDemo', () => {
  let site: Site;
  let services: IServices;
  let report: ISeedReport;

  beforeAll(async () => {
    ({ site, services } = await provisionedSite());
    const started = Date.now();
    report = await seedDemo({ services, store: site.store, today: now });
    // eslint-disable-next-line no-console
    console.log(`seedDemo: ${Date.now() - started} ms`, report);
  }, 120_000);

  afterAll(async () => { await site?.close(); });

  test('creates the planned numbers of everything, and the lists hold exactly that', async () => {
    const { repositories: r } = services;
    expect(report).toMatchObject({
      processes: PROCESS_TEXTS.length,
      steps: PROCESS_TEXTS.reduce((n, p) => n + p.steps.length, 0),
      activities: activityTexts(year).length,
      decisions: DECISION_TEXTS.length,
      inquiries: INQUIRY_TEXTS.length,
      events: 44
    });
    expect(report.processes).toBeGreaterThanOrEqual(15);
    expect(report.activities).toBeGreaterThanOrEqual(40);
    expect(report.decisions).toBeGreaterThanOrEqual(25);
    expect(report.inquiries).toBeGreaterThanOrEqual(40);
    const [processes, steps, activities, decisions, inquiries, tasks] = await Promise.all([
      r.processes.query(), r.processSteps.query(), r.activities.query(), r.decisions.query(), r.inquiries.query(), r.tasks.query()
    ]);
    expect([processes, steps, activities, decisions, inquiries, tasks].map(l => l.length)).toEqual([
      report.processes, report.steps, report.activities, report.decisions, report.inquiries, report.tasks
    ]);
    expect(tasks.length).toBeGreaterThan(0);
    expect(site.store.snapshot().events).toHaveLength(report.events);
  });

  test('every choice value the demo promises appears', async () => {
    const { repositories: r } = services;
    const [processes, activities, decisions, inquiries, tasks] = await Promise.all([
      r.processes.query(), r.activities.query(), r.decisions.query(), r.inquiries.query(), r.tasks.query()
    ]);
    expectEvery(processes.map(p => p.status), PROCESS_STATUSES);
    expectEvery(processes.map(p => p.area), AREAS);
    expect(processes.filter(p => p.onboarding).length).toBeGreaterThanOrEqual(3);
    expectEvery(activities.map(a => a.category), WHEEL_CATEGORIES);
    expectEvery(activities.map(a => a.activityType), ACTIVITY_TYPES);
    expectEvery(activities.map(a => a.repeat), REPEAT_PATTERNS);
    expectEvery(activities.map(a => a.priority), PRIORITIES);
    expectEvery(activities.map(a => a.forum), FORUMS);
    expectEvery(decisions.map(d => d.status), DECISION_STATUSES);
    expect(new Set(decisions.map(d => d.forum))).toEqual(new Set(['Bestyrelse', 'Sekretariat', 'Koordinationsgruppe', 'Generalforsamling']));
    expectEvery(inquiries.map(i => i.status), INQUIRY_STATUSES);
    expectEvery(inquiries.map(i => i.channel), CHANNELS);
    expectEvery(inquiries.map(i => i.category), INQUIRY_CATEGORIES);
    expectEvery(inquiries.map(i => i.priority), PRIORITIES);
    expectEvery(tasks.map(t => t.status), TASK_STATUSES);
    expectEvery(tasks.map(t => t.priority), PRIORITIES);
    expectEvery(tasks.map(t => t.source), TASK_SOURCES);
  });

  test('processes stand in every review state; steps are numbered from 1', async () => {
    const processes = await services.repositories.processes.query();
    const states = processes.map(p => reviewState(p, today));
    expect(new Set(states)).toEqual(new Set(['overdue', 'dueSoon', 'ok', 'notReviewed', 'retired']));
    expect(states.filter(s => s === 'overdue').length).toBeGreaterThanOrEqual(2);
    const steps = await services.repositories.processSteps.query();
    for (const process of processes) {
      const own = steps.filter(s => s.process.id === process.id).map(s => s.stepNumber).sort((a, b) => a - b);
      expect(own.length).toBeGreaterThanOrEqual(3);
      expect(own.length).toBeLessThanOrEqual(7);
      expect(own).toEqual(own.map((_, i) => i + 1));
    }
  });

  test('some open inquiries are past their due date; closed ones have a closing date and an answer', async () => {
    const inquiries = await services.repositories.inquiries.query();
    const open = inquiries.filter(i => i.status !== 'Løst' && i.status !== 'Lukket');
    expect(open.filter(i => i.dueDate! < today).length).toBeGreaterThanOrEqual(3);
    expect(open.filter(i => i.dueDate! >= today).length).toBeGreaterThanOrEqual(3);
    for (const i of inquiries) {
      expect(i.receivedDate <= today).toBe(true);
      expect(i.receivedDate >= formatIsoDate(year - 1, 1, 1)).toBe(true);
      if (i.status === 'Løst' || i.status === 'Lukket') {
        expect(i.closedDate).toBeDefined();
        expect(i.response).toBeTruthy();
      }
    }
  });

  test('recurring activities have occurrences this year; a period runs across New Year', async () => {
    const activities = await services.repositories.activities.query();
    const recurring = activities.filter(a => a.repeat !== 'Ingen');
    expect(recurring.length).toBeGreaterThanOrEqual(15);
    for (const a of recurring) {
      expect(expandOccurrences(a, yearStart, yearEnd).length).toBeGreaterThan(0);
    }
    const monthly = activities.find(a => a.repeat === 'Månedligt')!;
    expect(expandOccurrences(monthly, yearStart, yearEnd)).toHaveLength(12);
    const custom = activities.find(a => a.repeat === 'Tilpasset' && a.recurrence === 'FREQ=MONTHLY;INTERVAL=2;BYDAY=1TU');
    expect(custom).toBeDefined();
    expect(activities.some(a => a.endDate !== undefined && a.endDate.slice(0, 4) > a.startDate.slice(0, 4) && a.repeat !== 'Ingen')).toBe(true);
  });

  test('decisions: follow-ups overdue and done, case numbers, links to seeded Outlook meetings', async () => {
    const { repositories: r } = services;
    const [decisions, tasks] = await Promise.all([r.decisions.query(), r.tasks.query()]);
    expect(decisions.every(d => /^\d{4}-\d{4}$/.test(d.caseReference ?? ''))).toBe(true);
    const open = (s: string): boolean => s === 'Besluttet' || s === 'Under opfølgning';
    expect(decisions.filter(d => open(d.status) && d.followUpDate !== undefined && d.followUpDate < today).length).toBeGreaterThanOrEqual(2);
    const followUps = tasks.filter(t => t.source === 'Beslutning');
    expect(followUps.every(t => t.decision !== undefined)).toBe(true);
    expect(followUps.some(t => t.status === 'Færdig')).toBe(true);
    expect(followUps.some(t => t.status !== 'Færdig' && t.dueDate! < today)).toBe(true);

    // Every decision points to the Outlook meeting it was made at, as Graph serves it (an occurrence id in a series).
    const from = formatIsoDate(year - 1, 1, 1);
    const meetings = [
      ...await services.calendar.getMeetings({ kind: 'me' }, from, yearEnd),
      ...await services.calendar.getMeetings({ kind: 'user', upn: 'sekretariat@os2.eu' }, from, yearEnd)
    ];
    const byId = new Map(meetings.map(m => [m.id, m]));
    for (const d of decisions) {
      const meeting = byId.get(d.meetingId ?? '');
      expect(meeting).toBeDefined();
      expect(meeting!.day).toBe(d.meetingDate);
      expect(d.meetingUrl?.url).toBe(meeting!.webLink);
    }
    expect(decisions.some(d => byId.get(d.meetingId!)!.seriesMasterId !== undefined)).toBe(true);
  });

  test('Graph: /me this year has the board meetings and the weekly series; the group calendar has the board', async () => {
    const mine = await services.calendar.getMeetings({ kind: 'me' }, yearStart, yearEnd);
    const board = mine.filter(m => m.subject === 'Bestyrelsesmøde');
    expect(board).toHaveLength(6);
    const series = mine.filter(m => m.subject === 'Sekretariatsmøde');
    expect(series.length).toBeGreaterThan(40);
    expect(series.every(m => m.seriesMasterId !== undefined && m.categories.includes('Sekretariat'))).toBe(true);
    // 10:00 Copenhagen is 09:00 UTC in winter and 08:00 UTC in summer.
    expect(new Set(series.map(m => m.start.slice(11, 16)))).toEqual(new Set(['09:00', '08:00']));
    expect(mine.some(m => m.subject === 'Ekstraordinært bestyrelsesmøde')).toBe(false);

    const activities = await services.repositories.activities.query();
    const boardDays = new Set(activities.filter(a => a.forum === 'Bestyrelse' && a.activityType === 'Møde').map(a => a.startDate));
    expect(board.filter(m => boardDays.has(m.day)).length).toBe(5);

    const group = await services.calendar.getMeetings({ kind: 'group', groupId: BOARD_GROUP.id }, yearStart, yearEnd, { category: 'Bestyrelse' });
    expect(group.filter(m => m.subject === 'Bestyrelsesmøde')).toHaveLength(6);
    const shared = await services.calendar.getMeetings({ kind: 'user', upn: 'sekretariat@os2.eu' }, yearStart, yearEnd);
    expect(shared.some(m => m.subject === 'OS2konferencen' && m.isAllDay)).toBe(true);
  });
});

describe('seedDemo on another day', () => {
  test('2 January next year: the same counts, decisions on past meetings (a pending case on the next) in Outlook, still some overdue', async () => {
    const { site, services } = await provisionedSite();
    try {
      const day = new Date(Date.UTC(year + 1, 0, 2, 9));
      const other = todayInCopenhagen(day);
      const report = await seedDemo({ services, store: site.store, today: day });
      expect(report).toEqual({ ...report, activities: activityTexts(year + 1).length, decisions: DECISION_TEXTS.length, events: 44 });
      const [inquiries, decisions, processes] = await Promise.all([
        services.repositories.inquiries.query(), services.repositories.decisions.query(), services.repositories.processes.query()
      ]);
      // Decided ones on a past meeting; a case »Til behandling« on the forum's next one — all linked to Outlook.
      expect(decisions.every(d => (d.status === 'Til behandling' ? d.meetingDate >= other : d.meetingDate < other) && d.meetingId !== undefined)).toBe(true);
      expect(decisions.some(d => d.status === 'Til behandling')).toBe(true);
      expect(inquiries.some(i => i.status !== 'Løst' && i.status !== 'Lukket' && i.dueDate! < other)).toBe(true);
      expect(processes.some(p => reviewState(p, other) === 'overdue')).toBe(true);
    } finally {
      await site.close();
    }
  }, 60_000);
});

describe('seedLarge', () => {
  let site: Site;
  let services: IServices;

  beforeAll(async () => {
    ({ site, services } = await provisionedSite());
    const started = Date.now();
    // Ten years of activities, plus 6,500 one-off activities in this one year: more than 5,000 in the year alone.
    const report = await seedLarge({
      services, store: site.store, today: now, activities: 6_000, oneOffsThisYear: 6_500, inquiries: 300, tasks: 300, decisions: 0, decisionActions: 0
    });
    // eslint-disable-next-line no-console
    console.log(`seedLarge (12,500 activities): ${Date.now() - started} ms`);
    expect(report).toMatchObject({ activities: 12_500, inquiries: 300, tasks: 300 });
  }, 120_000);

  afterAll(async () => { await site?.close(); });

  test('past 5,000 items an unindexed filter is refused like SharePoint does', async () => {
    const unindexed = odata.eq(activitiesList.fields.activityType, 'Møde');
    const error = await services.repositories.activities.query({ filter: unindexed }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeDefined();
    expect((error as { status?: number }).status).toBe(500);
    expect(String((error as Error).message)).toMatch(/SPQueryThrottledException/);
    expect(classifyError(error).kind).toBe('threshold');
  });

  test('a query whose index seek alone matches more than 5,000 items is refused too (the whole year at once)', async () => {
    const yearWide = odata.and(odata.ge(activitiesList.fields.startDate, yearStart), odata.le(activitiesList.fields.startDate, yearEnd));
    const error = await services.repositories.activities.query({ filter: yearWide }).catch((e: unknown) => e);
    expect(classifyError(error).kind).toBe('threshold');
  });

  test('the wheel loads a year with more than 5,000 one-off activities: exactly those that overlap it, no threshold error', async () => {
    site.requests.clear();
    const data = await services.wheel.load(yearStart, yearEnd);
    // One request: the $batch (pages past 5,000 would add more; the slices keep each under it).
    expect(site.requests.list().filter(r => r.api === 'sharepoint').map(r => r.path)).toEqual([expect.stringContaining('$batch')]);
    const oneOff = data.activities.filter(a => a.repeat === 'Ingen');
    const expected = site.store.getItems(activitiesList.title).filter(i => {
      const start = utcToCopenhagenDate(String(i.data.StartDate));
      const end = i.data.EndDate ? utcToCopenhagenDate(String(i.data.EndDate)) : start;
      return i.data.RepeatPattern === 'Ingen' && start <= yearEnd && end >= yearStart;
    });
    expect(oneOff.length).toBeGreaterThan(6_500);
    expect(new Set(oneOff.map(a => a.id))).toEqual(new Set(expected.map(i => i.id)));
    // Nothing from long before the year (the old query reached back 366 days).
    expect(oneOff.every(a => (a.endDate ?? a.startDate) >= yearStart)).toBe(true);
    expect(data.activities.some(a => a.repeat !== 'Ingen')).toBe(true);
    expect(data.permissions.canAdd).toBe(true);
  });
});
