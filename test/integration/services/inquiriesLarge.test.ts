import type { ILocalSite } from '../../../localsite/server';
import { DEMO_EMAILS } from '../../../localsite/seed';
import { LARGE_INQUIRY_YEARS } from '../../../localsite/seed/large';
import type { IServices } from '../../../src/services';
import type { IInquiry } from '../../../src/domain/models';
import { INQUIRY_CATEGORIES, INQUIRY_STATUSES } from '../../../src/domain/models';
import { inquiriesList } from '../../../src/schema';
import { addDays } from '../../../src/domain';
import { DEFAULT_SLA_POLICIES, INQUIRY_QUEUES, slaStoredValues } from '../../../src/domain/inquiries';
import { todayInCopenhagen } from '../../../src/domain/timeZone';
import { OPEN_STATUSES } from '../../../src/services/inquiries/inquiryQueries';
import { CLOSED_WINDOW_DAYS } from '../../../src/services/inquiries/InquiryDataService';
import { inquiryRows, queueCounts, queueRows } from '../../../src/webparts/henvendelser/model/queueModel';
import { startLargeSite } from '../../support/largeSite';

/**
 * Henvendelser at scale: the `large` data set's 20,000 inquiries over five years in the local site, which refuses —
 * as SharePoint does — any query whose first indexed term matches more than 5,000 items. The queue's first render is
 * one `$batch` with no threshold error and holds what the default queue (»Ufordelte«) and the other queues' counts
 * need; the overview's twelve months and the next reference work on it too.
 */
let site: ILocalSite;
let services: IServices;
// A fixed day late in a year, so the year's references pass 5,000 on any day the test runs.
const now = new Date('2026-11-30T11:00:00Z');
const today = todayInCopenhagen(now);
const f = inquiriesList.fields;
/** The stored rows, as the local site holds them (ground truth, read past the REST API). */
const storedRows = (): Record<string, unknown>[] => site.store.getItems(inquiriesList.title).map(i => i.data);
const dayOf = (value: unknown): string => String(value ?? '').slice(0, 10);

beforeAll(async () => {
  let report;
  // Only inquiries: the default count of the `large` seed.
  ({ site, services, report } = await startLargeSite({ today: now, activities: 0, tasks: 0, decisions: 0, decisionActions: 0, processes: 0, processSteps: 0 }));
  expect(report.inquiries).toBe(20_000);
  expect(site.store.getItems(inquiriesList.title)).toHaveLength(20_000);
}, 300_000);
afterAll(() => site.close());

test('the data set is a realistic inbox: five years, every status, category and handler, unique references', () => {
  const rows = storedRows();
  const years = new Set(rows.map(r => dayOf(r[f.receivedDate.name]).slice(0, 4)));
  expect(years.size).toBeGreaterThanOrEqual(LARGE_INQUIRY_YEARS);
  expect(new Set(rows.map(r => r[f.status.name]))).toEqual(new Set(INQUIRY_STATUSES));
  expect(new Set(rows.map(r => r[f.category.name]))).toEqual(new Set(INQUIRY_CATEGORIES));
  expect(new Set(rows.map(r => r[f.reference.name])).size).toBe(20_000);
  const open = rows.filter(r => (OPEN_STATUSES as readonly unknown[]).includes(r[f.status.name]));
  // Hundreds open, not thousands: the open-status filter is far under the threshold.
  expect(open.length).toBeGreaterThan(150);
  expect(open.length).toBeLessThan(1_000);
  // Every open one carries the stored deadline the queue (and SharePoint's view) sorts on.
  expect(open.every(r => typeof r[f.dueAt.name] === 'string')).toBe(true);
}, 60_000);

test('the queue\'s first render is one $batch with no threshold error and what every queue needs', async () => {
  site.requests.clear();
  const data = await services.inquiries.loadQueue(today);
  const requests = site.requests.list().filter(r => r.api === 'sharepoint');
  expect(requests.map(r => `${r.status} ${r.method}`)).toEqual(['200 POST']);
  expect(requests[0].path).toContain('$batch');

  // Exactly the open ones, and exactly those closed in the last 90 days — compared with the stored rows.
  const rows = storedRows();
  const openStored = rows.filter(r => (OPEN_STATUSES as readonly unknown[]).includes(r[f.status.name]));
  expect(data.open).toHaveLength(openStored.length);
  const from = addDays(today, -CLOSED_WINDOW_DAYS);
  const closedStored = rows.filter(r => !(OPEN_STATUSES as readonly unknown[]).includes(r[f.status.name]))
    .filter(r => { const day = dayOf(r[f.closedDate.name]); return day >= from && day <= today; });
  expect(data.closed.length).toBeGreaterThan(500);
  expect(Math.abs(data.closed.length - closedStored.length)).toBeLessThanOrEqual(closedStored.length * 0.01 + 2);
  expect(data.closed.every(i => i.closedDate! >= from && i.closedDate! <= today)).toBe(true);
  // Sorted by the next SLA deadline, as the queue shows it.
  const dues = data.open.map(i => i.dueAt!);
  expect(dues).toEqual([...dues].sort());
  expect(data.currentUser.email).toBe(DEMO_EMAILS.mette);
  expect(data.permissions).toMatchObject({ canAdd: true, canEdit: true });

  // The default queue »Ufordelte« and the counts of the others, as the web part draws them.
  const drawn = inquiryRows([...data.open, ...data.closed], DEFAULT_SLA_POLICIES, now);
  const filter = { search: '' };
  const unassigned = queueRows('unassigned', drawn, data.currentUser.id, filter);
  expect(unassigned.length).toBeGreaterThan(10);
  expect(unassigned.every(i => !i.assignedTo && i.status !== 'Løst' && i.status !== 'Lukket')).toBe(true);
  expect(unassigned.length).toBe(data.open.filter(i => !i.assignedTo).length);
  const counts = queueCounts(drawn, data.currentUser.id, filter);
  for (const queue of INQUIRY_QUEUES) expect(counts[queue]).toBeGreaterThan(0);
  expect(counts.open).toBe(data.open.length);
  expect(counts.closed).toBe(data.closed.length);
  expect(counts.mine).toBe(data.open.filter(i => i.assignedTo?.id === data.currentUser.id).length);
}, 120_000);

test('the seed\'s stored SLA columns are what the domain computes (the closed ones\' shortcut included)', async () => {
  const data = await services.inquiries.loadQueue(today);
  const sample: IInquiry[] = [...data.closed.slice(0, 100), ...data.open];
  for (const inquiry of sample) {
    const computed = slaStoredValues(inquiry, DEFAULT_SLA_POLICIES, now.toISOString());
    expect({ ref: inquiry.reference, paused: inquiry.pausedMinutes }).toEqual({ ref: inquiry.reference, paused: computed.pausedMinutes });
    // An open one not waiting on the requester keeps its deadline whenever it is computed.
    if (inquiry.status !== 'Afventer svar' && inquiry.status !== 'Løst' && inquiry.status !== 'Lukket') {
      expect({ ref: inquiry.reference, dueAt: inquiry.dueAt }).toEqual({ ref: inquiry.reference, dueAt: computed.dueAt });
    }
  }
}, 120_000);

test('the overview\'s twelve months load in one $batch of month slices with no threshold error', async () => {
  site.requests.clear();
  const received = await services.inquiries.loadReceived(addDays(today, -364), today);
  const requests = site.requests.list().filter(r => r.api === 'sharepoint');
  expect(requests.map(r => r.status)).toEqual([200]);
  const expected = storedRows().filter(r => dayOf(r[f.receivedDate.name]) >= addDays(today, -364)).length;
  expect(received.length).toBeGreaterThan(3_000);
  expect(Math.abs(received.length - expected)).toBeLessThanOrEqual(expected * 0.01 + 2);
}, 120_000);

test('a new inquiry gets the next reference even in a year of more than 5,000 (the year-wide probe is refused, a thousand\'s prefix answers)', async () => {
  site.requests.clear();
  const created = await services.inquiryActions.submit({ title: 'Ny i stor liste', channel: 'E-mail', priority: 'SHOULD' },
    { key: 'large-1', now: now.toISOString(), policies: DEFAULT_SLA_POLICIES });
  const year = today.slice(0, 4);
  const highest = Math.max(...storedRows().map(r => String(r[f.reference.name] ?? ''))
    .filter(r => r.startsWith(`H-${year}-`) && r !== created.reference).map(r => Number(r.slice(7))));
  expect(highest).toBeGreaterThan(1_000);
  expect(created.reference).toBe(`H-${year}-${String(highest + 1).padStart(4, '0')}`);
  // The year holds more than 5,000 references: SharePoint (and the local site) refuse the year-wide prefix once; the
  // thousands' prefixes find the highest. No collision on the unique column, nothing else refused.
  expect(highest).toBeGreaterThan(5_000);
  const failed = site.requests.list().filter(r => r.status >= 400);
  expect(failed.map(r => r.status)).toEqual([500]);
  expect(decodeURIComponent(failed[0].path)).toContain(`startswith(Reference,'H-${year}-')`);
}, 120_000);
