import { startLocalSite, type ILocalSite } from '../../../localsite/server';
import { prepareSite, servicesFor } from '../../../localsite/prepare';
import type { IServices } from '../../../src/services';
import type { IActivityFields } from '../../../src/domain/models';

let site: ILocalSite;
let services: IServices;

beforeAll(async () => {
  site = await startLocalSite({ port: 0, dataDir: ':memory:' });
  await prepareSite(site, { seed: 'none' });
  services = servicesFor(site);
});
afterAll(() => site.close());

const activity: IActivityFields = {
  title: 'Budgetopfølgning', category: 'Økonomi', activityType: 'Frist', startDate: '2026-05-14', repeat: 'Ingen', priority: 'SHOULD'
};

describe('a signal belongs to its own request (the services share one PnPjs instance)', () => {
  test('an aborted load is aborted; the requests after it — reads and writes without a signal — are not', async () => {
    const first = new AbortController();
    await services.wheel.load('2026-01-01', '2026-12-31', first.signal);
    // The year is left: its signal is aborted after the load (as when the web part moves on or unmounts).
    first.abort();
    const stale = new AbortController();
    stale.abort();
    await expect(services.wheel.load('2027-01-01', '2027-12-31', stale.signal)).rejects.toThrow(/abort/i);
    await expect(services.repositories.activities.query({ maxItems: 1 }, stale.signal)).rejects.toThrow(/abort/i);
    // Nothing after them carries their signals.
    const saved = await services.repositories.activities.add(activity);
    expect(saved.id).toBeGreaterThan(0);
    await expect(services.repositories.activities.get(saved.id)).resolves.toMatchObject({ title: 'Budgetopfølgning' });
    const data = await services.wheel.load('2026-01-01', '2026-12-31');
    expect(data.activities.map(a => a.id)).toContain(saved.id);
  });
});
