import type { NextFunction, Request, Response } from 'express';
import type { ISiteStore } from '../store';
import { currentUser } from '../sp/dispatcher';
import { errorBody, SPError } from '../sp/errors';

/**
 * Browser safety for a site that serves real data on a developer's machine: it answers only to its own host names
 * (DNS rebinding), accepts writes only from its own origin (cross-site request forgery from any other page the
 * developer has open), and lets only site owners use the control endpoints that wipe or break it.
 */

/** Host names the site answers to besides those given: loopback only. */
export const LOOPBACK_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** An error in the shape of the API the path belongs to (SharePoint, Graph or the control endpoints). */
export function shapedError(req: Request, res: Response, status: number, code: string, message: string): void {
  const path = req.originalUrl;
  const body = /^\/sites\/[^/]+\/_api(\/|$|\?)/i.test(path) ? errorBody(code, message, /odata=verbose/i.test(req.headers.accept || ''))
    : path.startsWith('/graph/') ? { error: { code: code.replace(/^.*?, /, '').replace(/\W/g, '') || 'Forbidden', message } }
      : { error: message };
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json;charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

/** Splits a Host header into lower-case name and port (`[::1]:4400` → `[::1]`, 4400). */
function parseHost(host: string): { name: string; port: number | null } | null {
  const m = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::(\d{1,5}))?$/i.exec(host.trim());
  if (!m) return null;
  return { name: m[1].toLowerCase(), port: m[2] === undefined ? null : Number(m[2]) };
}

/**
 * Answers 421 Misdirected Request unless the Host header names the site by a loopback name (or one of `extra`) and
 * the port it listens on. A page on `evil.example` that rebinds its name to 127.0.0.1 sends `Host: evil.example`.
 */
export function hostGuard(extra: readonly string[] = []) {
  const allowed = new Set([...LOOPBACK_HOSTS, ...extra.map(h => h.toLowerCase())]);
  return (req: Request, res: Response, next: NextFunction): void => {
    const host = parseHost(req.headers.host || '');
    const localPort = req.socket.localPort;
    const portOk = host !== null && (host.port ?? 80) === localPort;
    if (host && allowed.has(host.name) && portOk) return next();
    shapedError(req, res, 421, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
      `The local site answers only to ${Array.from(allowed).join(', ')} on port ${String(localPort)}, not to the host '${req.headers.host ?? ''}'.`);
  };
}

/**
 * Refuses (403) a write whose `Origin` is not the site's own, or that the browser marks as cross-site
 * (`Sec-Fetch-Site`). A form or a `fetch(..., { mode: 'no-cors' })` on another page — another port of localhost
 * counts — carries its own origin; same-origin requests and non-browser clients (no Origin) pass.
 */
export function sameOriginGuard() {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (SAFE_METHODS.has(req.method.toUpperCase())) return next();
    const own = `${req.protocol}://${req.headers.host ?? ''}`.toLowerCase();
    const origin = req.headers.origin;
    const site = String(req.headers['sec-fetch-site'] ?? '').toLowerCase();
    const crossOrigin = (origin !== undefined && origin.toLowerCase() !== own) || (site !== '' && site !== 'same-origin' && site !== 'none');
    if (!crossOrigin) return next();
    shapedError(req, res, 403, '-2147024891, System.UnauthorizedAccessException',
      `Access denied. The local site accepts writes only from its own origin (${own}), not from '${origin ?? site}'.`);
  };
}

/**
 * Lets only a site owner (Full Control, by X-LocalSite-User or the cookie; nobody named = Mette, an owner) through:
 * for the control endpoints that wipe the data, seed it or inject faults.
 */
export function requireOwner(store: Pick<ISiteStore, 'findUser' | 'defaultUser'>) {
  return (req: Request, res: Response, next: NextFunction): void => {
    try {
      const user = currentUser(store, req.headers as Record<string, string | undefined>);
      if (user.role === 'FullControl') return next();
      shapedError(req, res, 403, '-2147024891, System.UnauthorizedAccessException',
        `Only a site owner may use ${req.method} ${req.originalUrl.split('?')[0]}; ${user.title} is not one.`);
    } catch (e) {
      const status = e instanceof SPError ? e.status : 401;
      shapedError(req, res, status, '-2147024891, System.UnauthorizedAccessException', (e as Error).message);
    }
  };
}
