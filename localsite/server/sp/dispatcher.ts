import { randomUUID } from 'crypto';
import type { SiteStore } from '../store';
import { hasPermission, PermissionKind, ROLE_PERMISSIONS, type ISiteUser } from '../store/users';
import { handleBatch } from './batch';
import { type IApiRequest, type IApiResponse, type IResult, RequestContext, SITE_PATH } from './context';
import { accessDenied, badRequest, errorBody, noResource, SPError, unauthorized } from './errors';
import { contentType, modeFromAccept, type ODataMode } from './odata-format';
import { type Node, resolve } from './resolver';
import { route } from './routes';
import { contextInfo } from './routes-web';
import { parseApiPath } from './url-parser';

/** The header and cookie that choose the signed-in user. */
export const USER_HEADER = 'x-localsite-user';
export const USER_COOKIE = 'localsite-user';

/** Reads the user named by the X-LocalSite-User header or the localsite-user cookie (undefined when neither is set). */
export function requestedUser(headers: Record<string, string | undefined>): string | undefined {
  const h = headers[USER_HEADER];
  if (h && h.trim()) return h.trim();
  const cookie = headers.cookie || '';
  const m = new RegExp(`(?:^|;\\s*)${USER_COOKIE}=([^;]*)`).exec(cookie);
  if (!m) return undefined;
  try { return decodeURIComponent(m[1]).trim() || undefined; } catch { return m[1]; }
}

/**
 * Resolves the signed-in user: the one named, else `batchUser` (the enclosing batch's), else Mette. A `$batch` part
 * may not act as anyone but the batch's own user: one request, one identity, as with a bearer token online.
 */
export function currentUser(store: SiteStore, headers: Record<string, string | undefined>, batchUser?: ISiteUser): ISiteUser {
  const named = requestedUser(headers);
  if (!named) return batchUser ?? store.defaultUser;
  const u = store.findUser(named);
  if (!u || !u.canSignIn) throw unauthorized(named);
  if (batchUser && u.id !== batchUser.id) throw accessDenied();
  return u;
}

/** POST carries the real verb in X-HTTP-Method; PATCH and PUT update like MERGE. */
function effectiveMethod(req: IApiRequest): string {
  let m = req.method.toUpperCase();
  const override = req.headers['x-http-method'];
  if (m === 'POST' && override) m = override.trim().toUpperCase();
  if (m === 'PATCH' || m === 'PUT') return 'MERGE';
  if (m === 'HEAD') return 'GET';
  if (['GET', 'POST', 'MERGE', 'DELETE'].indexOf(m) < 0) throw badRequest(`The HTTP method '${m}' is not supported.`);
  return m;
}

/** The permission a write needs: item writes need Add/Edit/DeleteListItems, schema changes ManageLists. */
function requiredPermission(node: Node, method: string): number | null {
  if (method === 'GET') return null;
  if (node.kind === 'action') {
    if (node.name === 'ensureuser' || node.name === 'schemaxml') return null;
    if (node.parent.kind === 'item') return PermissionKind.DeleteListItems;
    return PermissionKind.ManageLists;
  }
  if (node.kind === 'items') return PermissionKind.AddListItems;
  if (node.kind === 'item') return method === 'DELETE' ? PermissionKind.DeleteListItems : PermissionKind.EditListItems;
  if (node.kind === 'siteUsers') return PermissionKind.ManageLists;
  return PermissionKind.ManageLists;
}

function toResponse(result: IResult, mode: ODataMode): IApiResponse {
  const headers: Record<string, string> = { SPRequestGuid: randomUUID(), ...(result.headers || {}) };
  if (result.body === undefined) return { status: result.status, headers, body: '' };
  headers['Content-Type'] = contentType(mode);
  return { status: result.status, headers, body: JSON.stringify(result.body) };
}

/** An error as SharePoint writes it. Unexpected exceptions become 500s with the message, never a crash. */
export function errorResponse(err: unknown, mode: ODataMode): IApiResponse {
  const e = err instanceof SPError ? err
    : new SPError(500, '-2146233088, System.InvalidOperationException', `Local site error: ${(err as Error)?.message ?? String(err)}`);
  return toResponse({ status: e.status, body: errorBody(e.code, e.message, mode === 'verbose'), headers: e.headers }, mode);
}

/**
 * Serves one SharePoint REST request, synchronously, against the store. Top-level requests and every `$batch`
 * part come through here, so both get the same handlers, permissions and errors. A write runs in a transaction
 * (a savepoint inside a batch changeset) and is rolled back if it fails part-way.
 */
export function dispatch(store: SiteStore, req: IApiRequest, batchUser?: ISiteUser): IApiResponse {
  const mode = modeFromAccept(req.headers.accept);
  try {
    let url: URL;
    try { url = new URL(req.url); } catch { throw badRequest(`The URL '${req.url}' is not valid.`); }
    const user = currentUser(store, req.headers, batchUser);
    const method = effectiveMethod(req);
    const prefix = `${SITE_PATH}/_api`;
    const rawPath = url.pathname;
    if (rawPath.toLowerCase() !== prefix && !rawPath.toLowerCase().startsWith(`${prefix}/`)) throw noResource(rawPath);
    const rest = rawPath.slice(prefix.length).replace(/^\/+/, '');
    const ctx = new RequestContext(store, req, method, user, mode);
    const lower = rest.toLowerCase();
    if (lower === 'contextinfo' || lower === '$batch') {
      if (method !== 'POST') throw badRequest(`The HTTP method '${method}' cannot be used on '${rest}'; use POST.`);
      return lower === '$batch' ? handleBatch(store, req, user, dispatch) : toResponse(contextInfo(ctx), mode);
    }
    const run = (): IApiResponse => {
      const node = resolve(ctx, parseApiPath(rest, url.searchParams));
      const needed = requiredPermission(node, method);
      if (needed !== null && !hasPermission(ROLE_PERMISSIONS[user.role], needed)) throw accessDenied();
      return toResponse(route(ctx, node, method), mode);
    };
    return method === 'GET' ? run() : store.transaction(run);
  } catch (err) {
    return errorResponse(err, mode);
  }
}
