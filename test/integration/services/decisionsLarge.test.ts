import { startLocalSite, type ILocalSite } from '../../../localsite/server';
import { servicesFor } from '../../../localsite/prepare';
import { seedLarge } from '../../../localsite/seed';
import type { IServices } from '../../../src/services';
import { todayInCopenhagen } from '../../../src/domain/timeZone';
import { addDays, toDateParts } from '../../../src/domain/dates';
import { ACTIONS_PER_QUERY } from '../../../src/services/decisions/decisionQueries';
import { FOLLOW_UP_QUERIES_PER_BATCH } from '../../../src/services/decisions/DecisionDataService';

/**
 * The register at scale: 20,000 decisions and 50,000 tasks (44,000 of them decision actions) in the local site, which
 * refuses — as SharePoint does — any query whose first indexed term matches more than 5,000 items. Every view loads.
 */
let site: ILocalSite;
let services: IServices;
const now = new Date();
const today = todayInCopenhagen(now);
const year = toDateParts(today).year;

beforeAll(async () => {
  site = await startLocalSite({ port: 0, dataDir: ':memory:' });
  services = servicesFor(site);
  await services.provisioning.provision();
  const report = await seedLarge({ services, store: site.store, today: now, activities: 0, inquiries: 0, tasks: 6_000 });
  expect(report).toMatchObject({ decisions: 20_000, tasks: 50_000 });
}, 300_000);
afterAll(() => site.close());

test.each([year, year - 3, year + 2])('the register of %i loads in one request without a threshold error', async (y) => {
  site.requests.clear();
  const started = Date.now();
  const data = await services.decisions.load(y, today, 7);
  // eslint-disable-next-line no-console
  console.log(`Beslutninger ${y}: ${data.decisions.length} decisions, ${data.actions.length} actions in ${Date.now() - started} ms`);
  expect(site.requests.list().filter(r => r.api === 'sharepoint')).toHaveLength(1);
  expect(data.decisions.filter(d => d.meetingDate.startsWith(String(y))).length).toBeGreaterThan(1000);
  expect(data.actions.length).toBeGreaterThan(1000);
  expect(data.actions.every(a => a.source === 'Beslutning' && a.decision !== undefined)).toBe(true);
  // Only what the views need: open actions, and done ones only when due from half a year ago (the follow-up).
  expect(data.actions.every(a => a.status !== 'Færdig' || (a.dueDate ?? '') >= addDays(today, -183))).toBe(true);
  expect(data.pipeline.every(d => d.status === 'Til behandling' && d.meetingDate >= today)).toBe(true);
}, 120_000);

test('a decision\'s own actions are read by its lookup', async () => {
  const data = await services.decisions.load(year, today, 7);
  const withActions = data.actions[0].decision!.id;
  const actions = await services.decisions.actionsOf(withActions);
  expect(actions.length).toBeGreaterThan(0);
  expect(actions.every(a => a.decision?.id === withActions)).toBe(true);
}, 120_000);

test('the follow-up of the board reads exactly its open decisions of every year and their actions, under the threshold', async () => {
  // What is stored, read without a filter (SharePoint pages such a list by ID without the threshold).
  const all = await services.repositories.decisions.query({ pageSize: 5000 });
  const open = all.filter(d => d.forum === 'Bestyrelse' && (d.status === 'Besluttet' || d.status === 'Under opfølgning'));
  const openIds = new Set(open.map(d => d.id));
  const tasks = await services.repositories.tasks.query({ pageSize: 5000 });
  const expectedActions = tasks.filter(t => t.decision !== undefined && openIds.has(t.decision.id)).map(t => t.id).sort((a, b) => a - b);
  expect(new Set(open.map(d => d.meetingDate.slice(0, 4))).size).toBeGreaterThan(5);

  site.requests.clear();
  const started = Date.now();
  const f = await services.decisions.followUp('Bestyrelse', today);
  // eslint-disable-next-line no-console
  console.log(`Beslutninger follow-up: ${f.decisions.length} decisions, ${f.actions.length} actions in ${Date.now() - started} ms`);
  const sp = site.requests.list().filter(r => r.api === 'sharepoint');
  // The decisions, then their actions: 40 decisions a query, 20 queries a batch (PnPjs's most per `$batch`).
  expect(sp).toHaveLength(1 + Math.ceil(Math.ceil(open.length / ACTIONS_PER_QUERY) / FOLLOW_UP_QUERIES_PER_BATCH));
  expect(f.decisions.filter(d => openIds.has(d.id)).map(d => d.id).sort((a, b) => a - b)).toEqual([...openIds].sort((a, b) => a - b));
  // At most one more: the latest decision of the board's held meetings in the year before.
  const others = f.decisions.filter(d => !openIds.has(d.id));
  expect(others.length).toBeLessThanOrEqual(1);
  expect(others.every(d => d.forum === 'Bestyrelse' && d.status !== 'Til behandling' && d.meetingDate < today)).toBe(true);
  expect(f.actions.map(a => a.id).sort((a, b) => a - b)).toEqual(expectedActions);
}, 300_000);
