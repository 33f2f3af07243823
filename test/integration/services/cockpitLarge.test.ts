import { startLocalSite, type ILocalSite } from '../../../localsite/server';
import { servicesFor } from '../../../localsite/prepare';
import { seedLarge } from '../../../localsite/seed';
import type { IServices } from '../../../src/services';
import { cockpitDataOf } from '../../../src/services/cockpit/CockpitDataService';
import { cockpitHorizon } from '../../../src/domain/cockpit';
import { todayInCopenhagen } from '../../../src/domain/timeZone';
import { buildCockpit } from '../../../src/webparts/overblik/model/cockpitModel';

/**
 * The cockpit at scale: the `large` data set — 26,500 activities, 20,000 inquiries, 20,000 decisions and 50,000 tasks —
 * in the local site, which refuses, as SharePoint does, any query whose first indexed term matches more than 5,000
 * items. The first render is still one request, with no threshold error, for every horizon the property allows.
 */
let site: ILocalSite;
let services: IServices;
const now = new Date();
const today = todayInCopenhagen(now);

beforeAll(async () => {
  site = await startLocalSite({ port: 0, dataDir: ':memory:' });
  services = servicesFor(site);
  await services.provisioning.provision();
  const report = await seedLarge({ services, store: site.store, today: now, oneOffsThisYear: 6_500 });
  expect(report).toMatchObject({ decisions: 20_000, tasks: 50_000, inquiries: 20_000 });
}, 400_000);
afterAll(() => site.close());

test.each([0, 2, 8])('a horizon of %i weeks ahead loads in one request without a threshold error', async (weeksAhead) => {
  const horizon = cockpitHorizon(today, weeksAhead);
  site.requests.clear();
  const started = Date.now();
  const data = await cockpitDataOf(services).load(today, horizon.from, horizon.to);
  const ms = Date.now() - started;
  const sharePoint = site.requests.list().filter(r => r.api === 'sharepoint');
  expect(sharePoint).toHaveLength(1);
  expect(sharePoint[0].status).toBe(200);
  const view = buildCockpit(data, [], now, today, { scope: 'secretariat', weeksAhead, top: 5 });
  // eslint-disable-next-line no-console
  console.log(`Overblik +${weeksAhead} uger: ${data.openTasks.length} open tasks, ${data.openInquiries.length} open inquiries, ` +
    `${data.activities.length} activities, ${data.pastFollowUp.length} decisions past follow-up in ${ms} ms (server ${sharePoint[0].durationMs} ms)`);
  expect(data.openTasks.length).toBeGreaterThan(1000);
  expect(data.openTasks.every(t => t.status !== 'Færdig')).toBe(true);
  expect(view.overdueActions.count).toBeGreaterThan(1000);
  expect(view.overdueActions.top).toHaveLength(5);
  expect(view.inquiries.count).toBeGreaterThan(0);
  expect(view.followUps.count).toBeGreaterThan(0);
  expect(view.weeks).toHaveLength(weeksAhead + 1);
  expect(view.weeks[0].section.count).toBeGreaterThan(0);
}, 180_000);
