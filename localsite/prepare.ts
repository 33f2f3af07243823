import express from 'express';
import { InjectHeaders } from '@pnp/queryable';
import { LISTS } from '../src/schema';
import { provisioningActionText } from '../src/common/provisioningText';
import { commonStrings } from './amd';
import { createServices, getGraphForUrl, getSPForUrl, type IProvisioningAction, type IServices } from '../src/services';
import { serverRelativePath } from '../src/services/config/sp';
import { requireOwner } from './server/http/guards';
import type { ISiteStore } from './server/store';
import { DEMO_EMAILS, seedDemo, seedLarge, type ISeedReport } from './seed';

/** The log of `npm start` is Danish, as the product is. */
const DA = commonStrings('da-dk');

/**
 * Brings a local site to a usable state with the project's own code: the lists by `ProvisioningService` (exactly as
 * "Opret lister" does it in SharePoint) and the demo data by `localsite/seed` through the repositories.
 */

/** The parts of a started local site this module uses (what `startLocalSite` returns). */
export interface ILocalSiteHandle {
  /** Origin, e.g. `http://127.0.0.1:4400`. */
  url: string;
  /** The SharePoint web, `<url>/sites/os2`. */
  siteUrl: string;
  /** Graph with version, `<url>/graph/v1.0`. */
  graphUrl: string;
  app: express.Express;
  store: ISiteStore;
}

/** Which data to load on a fresh site: the demo year, the demo plus ≥ 20,000 bulk items, or nothing. */
export type SeedKind = 'demo' | 'large' | 'none';

/** Options for {@link prepareSite}. */
export interface IPrepareOptions {
  seed: SeedKind;
  /** The day the demo is relative to (default: now). */
  today?: Date;
  log?: (line: string) => void;
}

/** What {@link prepareSite} did. */
export interface IPrepareResult {
  /** Provisioning actions (empty when every list, column and view existed). */
  provisioned: IProvisioningAction[];
  /** Set when data was seeded (the site had no lists, or they were empty). */
  seeded?: ISeedReport;
  /** Items in the six lists afterwards. */
  items: number;
}

/** Graph's root without the version, as `getGraphForUrl` wants it. */
export function graphRootOf(site: Pick<ILocalSiteHandle, 'graphUrl'>): string {
  return site.graphUrl.replace(/\/v1\.0\/?$/, '');
}

/**
 * The project's services against the site, signed in as the coordinator (Mette Kjær, site owner) — the header is
 * how the local site tells users apart; a tenant would ignore it.
 */
export function servicesFor(site: ILocalSiteHandle, asUser: string = DEMO_EMAILS.mette): IServices {
  const sp = getSPForUrl(site.siteUrl, InjectHeaders({ 'X-LocalSite-User': asUser }));
  return createServices(sp, getGraphForUrl(graphRootOf(site)), site.siteUrl);
}

/** The number of items in each of the solution's lists that exist. */
export async function countItems(site: ILocalSiteHandle): Promise<number> {
  const sp = getSPForUrl(site.siteUrl, InjectHeaders({ 'X-LocalSite-User': DEMO_EMAILS.mette }));
  const web = serverRelativePath(site.siteUrl);
  const counts = await Promise.all(LISTS.map(async def => {
    try {
      return (await sp.web.getList(`${web}/Lists/${def.url}`).select('ItemCount')<{ ItemCount: number }>()).ItemCount;
    } catch {
      // A list that does not exist holds no items; provisioning reports it as missing.
      return 0;
    }
  }));
  return counts.reduce((a, b) => a + b, 0);
}

/**
 * Provisions what is missing and, when the lists hold no items yet, seeds the data set asked for. Idempotent:
 * a restart with data finds nothing to do and keeps the data.
 */
export async function prepareSite(site: ILocalSiteHandle, options: IPrepareOptions): Promise<IPrepareResult> {
  const log = options.log ?? (() => undefined);
  const services = servicesFor(site);
  const status = await services.provisioning.status();
  let provisioned: IProvisioningAction[] = [];
  if (!status.ready) {
    log(status.missingLists.length === LISTS.length ? 'Opretter listerne …' : `Opretter manglende lister: ${status.missingLists.join(', ')}`);
    provisioned = await services.provisioning.provision(a => log(`  ${provisioningActionText(a, DA)}`));
  }
  const before = await countItems(site);
  if (before > 0 || options.seed === 'none') return { provisioned, items: before };

  const today = options.today ?? new Date();
  const started = Date.now();
  log('Indlæser demodata …');
  const seeded = await seedDemo({ services, store: site.store, today, log, pageBaseUrl: site.url });
  if (options.seed === 'large') {
    const large = await seedLarge({ services, store: site.store, today, log });
    for (const key of Object.keys(seeded) as (keyof ISeedReport)[]) seeded[key] += large[key];
  }
  const items = await countItems(site);
  log(`Demodata indlæst: ${items} elementer på ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { provisioned, seeded, items };
}

/**
 * Adds `POST /_localsite/seed` (body `{ "size": "demo" | "large" }`): provisions and seeds an empty site — the
 * second half of the local page's "Nulstil demo-data", after `POST /_localsite/reset`. Refuses (409) while a seed
 * runs or when the lists already hold data, so it never duplicates the demo.
 */
export function mountSeedRoute(site: ILocalSiteHandle, log: (line: string) => void = () => undefined): void {
  let running = false;
  // Only a site owner may seed (the page's "Nulstil demo-data" is offered to owners only); same origin only (guards).
  site.app.post('/_localsite/seed', requireOwner(site.store), express.json(), (req, res) => {
    const size = (req.body as { size?: string } | undefined)?.size ?? 'demo';
    if (size !== 'demo' && size !== 'large') {
      res.status(400).json({ error: `size must be "demo" or "large", not "${size}"` });
      return;
    }
    if (running) {
      res.status(409).json({ error: 'Indlæsning af demodata er allerede i gang.' });
      return;
    }
    running = true;
    countItems(site)
      .then(async existing => {
        if (existing > 0) {
          res.status(409).json({ error: `Webstedet har allerede ${existing} elementer. Nulstil først (POST /_localsite/reset).` });
          return;
        }
        const result = await prepareSite(site, { seed: size, log });
        res.json({ items: result.items, provisioned: result.provisioned.length, report: result.seeded });
      })
      .catch((e: unknown) => res.status(500).json({ error: e instanceof Error ? e.message : String(e) }))
      .finally(() => { running = false; });
  });
}
