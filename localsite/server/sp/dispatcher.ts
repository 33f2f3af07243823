import { randomUUID } from 'crypto';
import type { ISiteStore, SiteStore } from '../store';
import { hasPermission, PermissionKind, ROLE_PERMISSIONS, type ISiteUser } from '../store/users';
import { handleBatch } from './batch';
import { type IApiRequest, type IApiResponse, type IResult, RequestContext, SITE_PATH } from './context';
import { accessDenied, badRequest, errorBody, invalidDigest, noResource, notImplemented, SPError, unauthorized, unsupportedContentType } from './errors';
import { clientPeoplePickerSearchUser, PEOPLE_PICKER_RESOLVE, PEOPLE_PICKER_SEARCH } from './people-picker';
import { contentType, modeFromAccept, type ODataMode } from './odata-format';
import { type Node, resolve } from './resolver';
import { route } from './routes';
import { contextInfo } from './routes-web';
import { parseApiPath } from './url-parser';

/** The header and cookie that choose the signed-in user. */
export const USER_HEADER = 'x-localsite-user';
export const USER_COOKIE = 'localsite-user';

/** How a request names its user: the header (the local stand-in for a bearer token), the cookie, or not at all. */
export type AuthSource = 'header' | 'cookie' | 'none';

function cookieUser(headers: Record<string, string | undefined>): string | undefined {
  const m = new RegExp(`(?:^|;\\s*)${USER_COOKIE}=([^;]*)`).exec(headers.cookie || '');
  if (!m) return undefined;
  try { return decodeURIComponent(m[1]).trim() || undefined; } catch { return m[1]; }
}

/** Which of the header and the cookie names the user (the header wins). */
export function authSource(headers: Record<string, string | undefined>): AuthSource {
  const h = headers[USER_HEADER];
  if (h && h.trim()) return 'header';
  return cookieUser(headers) ? 'cookie' : 'none';
}

/** Reads the user named by the X-LocalSite-User header or the localsite-user cookie (undefined when neither is set). */
export function requestedUser(headers: Record<string, string | undefined>): string | undefined {
  const h = headers[USER_HEADER];
  if (h && h.trim()) return h.trim();
  return cookieUser(headers);
}

/**
 * Resolves the signed-in user: the one named, else `batchUser` (the enclosing batch's), else Mette. A `$batch` part
 * may not act as anyone but the batch's own user: one request, one identity, as with a bearer token online.
 */
export function currentUser(store: Pick<ISiteStore, 'findUser' | 'defaultUser'>, headers: Record<string, string | undefined>, batchUser?: ISiteUser): ISiteUser {
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
 * A browser session (the cookie, or no user named: the default user, as a signed-in browser) must send a valid
 * form digest with every write, as SharePoint demands of cookie-authenticated requests. `X-LocalSite-User` stands
 * in for a bearer token (OAuth), which SharePoint does not digest-check. `contextinfo` itself needs none.
 */
function checkDigest(store: SiteStore, req: IApiRequest, user: ISiteUser): void {
  if (authSource(req.headers) === 'header') return;
  const verdict = store.formDigests.verify(req.headers['x-requestdigest'], user);
  if (verdict !== 'ok') throw invalidDigest(verdict === 'expired');
}

/** A JSON endpoint reads JSON only: a body of another type (a form post, `text/plain`) is refused. */
function checkContentType(req: IApiRequest): void {
  if (req.body.trim() === '') return;
  const type = (req.headers['content-type'] || '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/json') throw unsupportedContentType(req.headers['content-type'] || '');
}

/**
 * Serves one SharePoint REST request, synchronously, against the store. Top-level requests and every `$batch`
 * part come through here, so both get the same handlers, permissions and errors. Every write runs in its own
 * transaction and is rolled back if it fails part-way — in a batch too, where parts do not share one (as online).
 * `batchUser` is set for a part: the batch's user, whose digest the batch request already carried.
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
    const lower = rest.toLowerCase();
    if (method !== 'GET' && !batchUser && lower !== 'contextinfo') checkDigest(store, req, user);
    if (method !== 'GET' && lower !== '$batch') checkContentType(req);
    const ctx = new RequestContext(store, req, method, user, mode);
    if (lower === 'contextinfo' || lower === '$batch') {
      if (method !== 'POST') throw badRequest(`The HTTP method '${method}' cannot be used on '${rest}'; use POST.`);
      if (lower === '$batch' && batchUser) throw badRequest('A $batch cannot contain another $batch.');
      return lower === '$batch' ? handleBatch(store, req, user, dispatch) : toResponse(contextInfo(ctx), mode);
    }
    if (lower === PEOPLE_PICKER_SEARCH || lower === PEOPLE_PICKER_RESOLVE) {
      if (method !== 'POST') throw badRequest(`The HTTP method '${method}' cannot be used on '${rest}'; use POST.`);
      if (lower === PEOPLE_PICKER_RESOLVE) throw notImplemented('clientPeoplePickerResolveUser');
      return toResponse(clientPeoplePickerSearchUser(ctx), mode);
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
