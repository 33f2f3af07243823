import { startLocalSite, type ILocalSite } from '../../localsite/server';
import { servicesFor } from '../../localsite/prepare';
import { seedLarge, type ILargeSeedOptions, type ISeedReport } from '../../localsite/seed';
import type { IServices } from '../../src/services';

/** A local site in memory with (part of) the `large` data set, for the integration tests at scale. */
export interface ILargeSite {
  site: ILocalSite;
  /** The coordinator's services on it. */
  services: IServices;
  report: ISeedReport;
}

/** What to seed: `seedLarge`'s counts (left out: its defaults) and the day (default now). */
export type LargeSiteOptions = Omit<ILargeSeedOptions, 'services' | 'store' | 'today'> & { today?: Date };

/**
 * Starts a local site on a free port with no data, provisions the lists through the project's provisioning service
 * and seeds the `large` data set in bulk — the local site refuses, as SharePoint does, any query whose first indexed
 * term matches more than 5,000 items, so what works here works on a list of that size. Close it with `site.close()`.
 */
export async function startLargeSite(options: LargeSiteOptions = {}): Promise<ILargeSite> {
  const { today = new Date(), ...counts } = options;
  const site = await startLocalSite({ port: 0, dataDir: ':memory:' });
  const services = servicesFor(site);
  await services.provisioning.provision();
  const report = await seedLarge({ ...counts, services, store: site.store, today });
  return { site, services, report };
}
