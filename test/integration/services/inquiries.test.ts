import { startLocalSite, type ILocalSite } from '../../../localsite/server';
import { prepareSite, servicesFor } from '../../../localsite/prepare';
import { DEMO_EMAILS } from '../../../localsite/seed/context';
import type { IServices } from '../../../src/services';
import { inquiriesList } from '../../../src/schema';
import { DEFAULT_SLA_POLICIES } from '../../../src/domain/inquiries';
import { todayInCopenhagen } from '../../../src/domain/timeZone';

/**
 * The Henvendelser write path against the local site (strict like SharePoint Online): intake → queue → assign →
 * reply → close, with faults on the network; references unique under concurrent intake; the queue in one request
 * (with 20,000 inquiries: inquiriesLarge.test.ts).
 */
let site: ILocalSite;
let services: IServices;
const policies = DEFAULT_SLA_POLICIES;

beforeAll(async () => {
  site = await startLocalSite({ port: 0, dataDir: ':memory:' });
  await prepareSite(site, { seed: 'none' });
  services = servicesFor(site);
});
afterAll(() => site.close());
beforeEach(() => site.faults.clear());

const stored = (title: string): Record<string, unknown>[] =>
  site.store.getItems(inquiriesList.title).map(i => i.data).filter(d => d.Title === title);

test('intake → queue → assign → reply → close; the intake\'s lost answer never makes two', async () => {
  const now = new Date().toISOString();
  const today = todayInCopenhagen(new Date());
  site.faults.add({ count: 1, loseResponse: true, method: 'POST', pathContains: '/items' });
  const intake = { title: 'Spørgsmål om kontingent', requesterName: 'Helle Bundgaard', requesterEmail: 'hbu@syddjurs.dk',
    organisation: 'Syddjurs Kommune', channel: 'Telefon' as const, category: 'Medlemskab' as const, priority: 'MUST' as const };
  const created = await services.inquiryActions.submit(intake, { key: 'intake-1', now, policies });
  // The user presses »Registrér« again after the lost answer: the same key, the same inquiry.
  const again = await services.inquiryActions.submit(intake, { key: 'intake-1', now, policies });
  expect(again.id).toBe(created.id);
  expect(stored('Spørgsmål om kontingent')).toHaveLength(1);
  expect(created.reference).toMatch(new RegExp(`^H-${today.slice(0, 4)}-0001$`));
  expect(created.dueAt).toBeDefined();

  // The queue: one HTTP request for open, closed, three lists' permissions and the current user.
  site.requests.clear();
  const queue = await services.inquiries.loadQueue(today);
  expect(site.requests.list()).toHaveLength(1);
  expect(queue.open.map(i => i.id)).toContain(created.id);
  expect(queue.currentUser.email).toBe(DEMO_EMAILS.mette);

  // Assign to Jonas, as a partial update; a 503 on the first try is retried.
  const jonas = await services.people.ensure(DEMO_EMAILS.jonas);
  site.faults.add({ count: 1, status: 503, method: 'POST', pathContains: '/items(' });
  const assigned = await services.inquiryActions.change(created, { assignedTo: jonas, status: 'Under behandling' }, now, policies);
  expect(assigned.assignedTo?.id).toBe(jonas.id);
  // Jonas finds it in his queue.
  const jonasQueue = await servicesFor(site, DEMO_EMAILS.jonas).inquiries.loadQueue(today);
  expect(jonasQueue.currentUser.id).toBe(jonas.id);
  expect(jonasQueue.open.find(i => i.id === created.id)?.assignedTo?.id).toBe(jonas.id);

  // Reply (the first response is recorded), wait for the requester, then close.
  const replied = await services.inquiryActions.change(assigned, { firstResponse: true, response: 'Kære Helle …', status: 'Afventer svar' }, now, policies);
  expect(replied.firstResponseAt).toBeDefined();
  expect(replied.statusHistory?.split('\n').map(l => l.split(' ').slice(1).join(' '))).toEqual(['Ny', 'Under behandling', 'Afventer svar']);
  const closed = await services.inquiryActions.change(replied, { status: 'Løst', note: 'Svar sendt.' }, now, policies);
  expect(closed).toMatchObject({ status: 'Løst', closedDate: today, workNote: 'Svar sendt.' });
  expect(closed.dueAt).toBeUndefined();
  const timeline = await services.inquiryActions.timeline(created.id);
  expect(timeline.map(e => e.status).filter(Boolean)).toEqual(['Ny', 'Under behandling', 'Afventer svar', 'Løst']);
  expect(timeline.some(e => e.note === 'Svar sendt.')).toBe(true);

  // »Opret opgave« twice (a lost answer between): one task.
  site.faults.add({ count: 1, loseResponse: true, method: 'POST', pathContains: '/items' });
  const task = await services.inquiryActions.createTask(closed, today);
  const task2 = await services.inquiryActions.createTask(closed, today);
  expect(task2.id).toBe(task.id);
});

test('two people registering at the same moment get different references', async () => {
  const now = new Date().toISOString();
  const intake = { title: 'Samtidig', channel: 'E-mail' as const, priority: 'SHOULD' as const };
  const [a, b, c] = await Promise.all([
    services.inquiryActions.submit(intake, { key: 'same-moment-a', now, policies }),
    servicesFor(site, DEMO_EMAILS.jonas).inquiryActions.submit(intake, { key: 'same-moment-b', now, policies }),
    servicesFor(site, DEMO_EMAILS.lars).inquiryActions.submit(intake, { key: 'same-moment-c', now, policies })
  ]);
  expect(new Set([a.reference, b.reference, c.reference]).size).toBe(3);
  expect(stored('Samtidig')).toHaveLength(3);
  // One after the other, the next number is found at once (the year's highest reference by its index): no refusal.
  site.requests.clear();
  const next = await services.inquiryActions.submit(intake, { key: 'after-them', now, policies });
  const highest = Math.max(...[a, b, c].map(i => Number(i.reference!.slice(-4))));
  expect(Number(next.reference!.slice(-4))).toBe(highest + 1);
  expect(site.requests.list().filter(r => r.status >= 500)).toEqual([]);
});
