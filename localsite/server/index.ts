import type { AddressInfo } from 'net';
import type { Server } from 'http';
import type express from 'express';
import { createApp } from './app';
import { FaultInjector } from './http/faults';
import { RequestLog } from './http/request-log';
import { SITE_PATH } from './sp/context';
import { SiteStore } from './store';

export { createApp, type ICreateAppOptions } from './app';
export { FaultInjector, type IFaultRule } from './http/faults';
export { requireOwner, LOOPBACK_HOSTS } from './http/guards';
export { RequestLog, type IRequestLogEntry } from './http/request-log';
export { GRAPH_PATH } from './graph/routes';
export type { ISeedEvent, IGraphRecurrence } from './graph/seed';
export { SITE_PATH } from './sp/context';
export { USER_COOKIE, USER_HEADER } from './sp/dispatcher';
export * from './store';

/** Options of `startLocalSite`. */
export interface ILocalSiteOptions {
  /** TCP port; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to listen on (default 127.0.0.1). */
  host?: string;
  /** Folder for `site.db`, created if missing; `:memory:` (the default) keeps nothing between runs. */
  dataDir?: string;
  /** Echo each SharePoint/Graph request to the console. */
  log?: boolean;
  /** How long a form digest from `contextinfo` stays valid, in seconds (SharePoint's default: 1800). */
  formDigestTimeoutSeconds?: number;
}

/** A running local site. */
export interface ILocalSite {
  /** e.g. `http://127.0.0.1:4400` */
  url: string;
  /** `url + '/sites/os2'`: give this to `spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }))`. */
  siteUrl: string;
  /** `url + '/graph/v1.0'`. For the Graph client use `baseUrl: url + '/graph/'` and `defaultVersion: 'v1.0'`. */
  graphUrl: string;
  /** The Express app, for mounting the local page and static files. */
  app: express.Express;
  /** Direct access to the data: seed Graph events and items, read everything for assertions, reset. */
  store: SiteStore;
  /** Pending faults (also reachable as POST/DELETE /_localsite/faults). */
  faults: FaultInjector;
  /** The request log (also GET/DELETE /_localsite/requests). */
  requests: RequestLog;
  /** Stops listening, drops open connections and closes the database. */
  close(): Promise<void>;
}

/** Starts the local SharePoint + Graph site. */
export async function startLocalSite(options: ILocalSiteOptions = {}): Promise<ILocalSite> {
  const timeout = options.formDigestTimeoutSeconds;
  if (timeout !== undefined && !(typeof timeout === 'number' && timeout > 0 && isFinite(timeout))) {
    throw new Error(`formDigestTimeoutSeconds must be a positive number of seconds, not ${String(timeout)}.`);
  }
  const store = new SiteStore(options.dataDir ?? ':memory:');
  if (timeout !== undefined) store.formDigests.timeoutSeconds = timeout;
  const faults = new FaultInjector();
  const requests = new RequestLog();
  const host = options.host ?? '127.0.0.1';
  // A host given explicitly (not a wildcard) is a name the site may be reached by.
  const allowedHosts = ['0.0.0.0', '::', ''].includes(host) ? [] : [host.indexOf(':') >= 0 ? `[${host}]` : host];
  const app = createApp(store, { log: options.log, faults, requests, allowedHosts });
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(options.port ?? 0, host);
    s.once('listening', () => resolve(s));
    s.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host.indexOf(':') >= 0 ? `[${host}]` : host}:${port}`;
  let closed = false;
  return {
    url, siteUrl: `${url}${SITE_PATH}`, graphUrl: `${url}/graph/v1.0`, app, store, faults, requests,
    close: async () => {
      if (closed) return;
      closed = true;
      await new Promise<void>(resolve => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      store.close();
    }
  };
}
