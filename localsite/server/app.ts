import express, { type NextFunction, type Request, type Response } from 'express';
import type { SiteStore } from './store';
import { GRAPH_PATH, graphError } from './graph/routes';
import { graphHandler, sharePointHandler } from './http/adapters';
import { controlRouter } from './http/control';
import { displayFormRouter } from './http/displayForm';
import { FaultInjector } from './http/faults';
import { hostGuard, sameOriginGuard } from './http/guards';
import { RequestLog } from './http/request-log';
import { SITE_PATH } from './sp/context';
import { errorBody } from './sp/errors';

/** Options of `createApp`. */
export interface ICreateAppOptions {
  /** Echo each SharePoint/Graph request to the console. */
  log?: boolean;
  /** Install into this app instead of a new one (to put other routes before the site's). */
  app?: express.Express;
  faults?: FaultInjector;
  requests?: RequestLog;
  /** Host names the site answers to besides localhost, 127.0.0.1 and [::1] (anything else: 421). */
  allowedHosts?: string[];
}

const API_PATH = `${SITE_PATH}/_api`;
const OWN_PREFIXES = [API_PATH, '/graph/', '/_localsite'];

/**
 * Mounts the local site on an Express app: `/sites/os2/_api` (SharePoint REST), `/graph/v1.0` (Graph),
 * `/_localsite` (control). Everything else falls through with `next()`, so other modules can add the local
 * page and static files on the same app, before or after.
 */
export function createApp(store: SiteStore, options: ICreateAppOptions = {}): express.Express {
  const app = options.app ?? express();
  const faults = options.faults ?? new FaultInjector();
  const requests = options.requests ?? new RequestLog();
  app.locals.localSite = { store, faults, requests };
  // Before everything, including what other modules mount later (the page, /_localsite/seed): DNS rebinding and
  // cross-origin writes are refused for every path of the app.
  app.use(hostGuard(options.allowedHosts), sameOriginGuard());
  app.use('/_localsite', controlRouter(store, faults, requests));
  app.use(API_PATH, requests.middleware('sharepoint', !!options.log), faults.middleware('sharepoint'), sharePointHandler(store));
  app.use(GRAPH_PATH, requests.middleware('graph', !!options.log), faults.middleware('graph'), graphHandler(store));
  // SharePoint's display form of an item (`Lists/<list>/DispForm.aspx?ID=n`), where links fall back to.
  app.use(SITE_PATH, displayFormRouter(store));
  app.use('/graph', (req: Request, res: Response) => {
    const r = graphError(400, 'BadRequest', `Invalid version: the local site serves ${GRAPH_PATH} only.`);
    res.writeHead(r.status, r.headers).end(r.body);
  });
  // Last resort for the site's own paths: a shaped error instead of Express's HTML page, and never a crash.
  app.use((err: unknown, req: Request, res: Response, next: NextFunction) => {
    if (!OWN_PREFIXES.some(p => req.originalUrl.startsWith(p))) return next(err);
    if (res.headersSent) { req.socket.destroy(); return; }
    const status = (err as { status?: number })?.status && (err as { status: number }).status < 500 ? (err as { status: number }).status : 400;
    const message = `Bad request: ${(err as Error)?.message ?? String(err)}`;
    const body = req.originalUrl.startsWith('/graph/') ? { error: { code: 'BadRequest', message } }
      : req.originalUrl.startsWith('/_localsite') ? { error: message }
        : errorBody('-1, Microsoft.SharePoint.Client.InvalidClientQueryException', message, false);
    res.writeHead(status, { 'Content-Type': 'application/json;charset=utf-8' }).end(JSON.stringify(body));
  });
  return app;
}
