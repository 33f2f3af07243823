import { spfi, SPFI, SPFx, SPBrowser, type ISPFXContext } from '@pnp/sp';
import type { TimelinePipe } from '@pnp/core';
// What a first render needs; provisioning (fields, views) and people (profiles, site users) import their own modules
// and are loaded on demand (services/lazyServices.ts). Reads are batched by services/batch/readBatch.ts; PnPjs's own
// batching (for writes in changesets) is imported by the provisioning service, which is loaded on demand.
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/security';
import { logFailures } from './logging';
import { SafeRetry } from './retry';

/**
 * The one place PnPjs is configured. Inside SharePoint the SPFx context supplies URL and request digest; anywhere
 * else (the local site, a provisioning command, tests) a plain site URL does. Both get the same behaviours, so
 * every service runs the same code path whatever the host. `SafeRetry` replaces PnPjs's retry, which would repeat a
 * write after a lost response (see `retry.ts`).
 */
export function getSP(context: ISPFXContext): SPFI {
  return spfi().using(SPFx(context), SafeRetry(), logFailures('sp'));
}

/**
 * PnPjs for a site addressed by absolute URL, e.g. `http://localhost:4400/sites/os2`. `extra` adds behaviours such as
 * `BearerToken(token)` for a provisioning command against a tenant.
 */
export function getSPForUrl(siteUrl: string, ...extra: TimelinePipe[]): SPFI {
  return spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), SafeRetry(), logFailures('sp'), ...extra);
}

/** The server-relative path of a web from its absolute URL (`/sites/os2`), without a trailing slash. */
export function serverRelativePath(webUrl: string): string {
  return new URL(webUrl).pathname.replace(/\/+$/, '');
}
