import { startLocalSite, type ILocalSite } from '../../../localsite/server';
import { prepareSite, servicesFor } from '../../../localsite/prepare';
import { DEMO_EMAILS } from '../../../localsite/seed/context';
import type { IServices } from '../../../src/services';
import { cockpitDataOf } from '../../../src/services/cockpit/CockpitDataService';
import { cockpitHorizon } from '../../../src/domain/cockpit';
import { todayInCopenhagen } from '../../../src/domain/timeZone';
import { buildCockpit } from '../../../src/webparts/overblik/model/cockpitModel';

/**
 * The Overblik cockpit against the local site with the demo data: its first render is ONE SharePoint request (a
 * `$batch` across Årshjul, Opgaver, Henvendelser, Processer and Beslutninger), and the demo holds something for every
 * section — an overdue action, an inquiry at risk and one breached, a process due for review, a decision past its
 * follow-up date and a board meeting ahead.
 */
let site: ILocalSite;
const now = new Date();
const today = todayInCopenhagen(now);
const horizon = cockpitHorizon(today, 2);

beforeAll(async () => {
  site = await startLocalSite({ port: 0, dataDir: ':memory:' });
  await prepareSite(site, { seed: 'demo', today: now });
}, 180_000);
afterAll(() => site.close());

async function firstRender(services: IServices): Promise<ReturnType<typeof buildCockpit>> {
  site.requests.clear();
  const data = await cockpitDataOf(services).load(today, horizon.from, horizon.to);
  const sharePoint = site.requests.list().filter(r => r.api === 'sharepoint');
  expect(sharePoint.map(r => `${r.method} ${r.path.replace(/\?.*$/, '')}`)).toEqual(['POST /sites/os2/_api/$batch']);
  expect(sharePoint[0].status).toBe(200);
  return buildCockpit(data, [], now, today, { scope: 'secretariat', weeksAhead: 2, top: 5 });
}

test('the first render is one SharePoint request, and the demo has something in every section', async () => {
  const view = await firstRender(servicesFor(site));
  expect(view.overdueActions.count).toBeGreaterThan(0);
  expect(view.overdueActions.top.every(e => e.daysUntil < 0 && e.item.status !== 'Færdig')).toBe(true);
  expect(view.dueSoonActions.count).toBeGreaterThan(0);
  const badges = view.inquiries.top.map(e => e.item.sla.badge);
  expect(badges).toContain('overdue');
  expect(view.reviews.count).toBeGreaterThan(0);
  expect(view.followUps.count).toBeGreaterThan(0);
  expect(view.board?.date && view.board.date >= today).toBe(true);
  expect(view.weeks.reduce((n, w) => n + w.section.count, 0)).toBeGreaterThan(0);
}, 120_000);

test('the demo holds an inquiry »I risiko« (not yet breached)', async () => {
  const data = await cockpitDataOf(servicesFor(site)).load(today, horizon.from, horizon.to);
  const view = buildCockpit(data, [], now, today, { scope: 'secretariat', weeksAhead: 2, top: 100 });
  expect(view.inquiries.top.map(e => e.item.sla.badge)).toContain('atRisk');
}, 120_000);

test('a reader gets the same cockpit in one request; »Mine« is the signed-in user\'s', async () => {
  const reader = await firstRender(servicesFor(site, DEMO_EMAILS.sofie));
  expect(reader.overdueActions.count).toBeGreaterThan(0);
  const data = await cockpitDataOf(servicesFor(site, DEMO_EMAILS.jonas)).load(today, horizon.from, horizon.to);
  expect(data.currentUser.email).toBe(DEMO_EMAILS.jonas);
  const mine = buildCockpit(data, [], now, today, { scope: 'mine', weeksAhead: 2, top: 100 });
  expect(mine.overdueActions.top.every(e => e.item.assignedTo?.id === data.currentUser.id)).toBe(true);
  expect(mine.overdueActions.count).toBeLessThan(reader.overdueActions.count);
}, 120_000);
