import { randomUUID } from 'crypto';
import type { SiteStore } from '../store';
import { BOARD_GROUP, SHARED_MAILBOX_DELEGATES, type IPrincipal } from '../store/users';
import type { IApiRequest, IApiResponse } from '../sp/context';
import { requestedUser } from '../sp/dispatcher';
import { eventJson, instancesInWindow } from './calendar';
import { MailGraphError, messagesDelta } from './mail';
import { resolveZone } from './tz';

/** Where Graph lives under the server. */
export const GRAPH_PATH = '/graph/v1.0';
const GRAPH_CONTEXT = 'https://graph.microsoft.com/v1.0/$metadata';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const JSON_TYPE = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

class GraphError extends Error {
  public constructor(public readonly status: number, public readonly code: string, message: string) { super(message); }
}

/** Graph's error body. */
export function graphError(status: number, code: string, message: string, headers: Record<string, string> = {}): IApiResponse {
  const requestId = randomUUID();
  return {
    status, headers: { 'Content-Type': JSON_TYPE, 'request-id': requestId, ...headers },
    body: JSON.stringify({ error: { code, message, innerError: { date: new Date().toISOString().slice(0, 19), 'request-id': requestId } } })
  };
}

const ok = (body: unknown, headers: Record<string, string> = {}): IApiResponse =>
  ({ status: 200, headers: { 'Content-Type': JSON_TYPE, 'request-id': randomUUID(), ...headers }, body: JSON.stringify(body) });

function select(obj: Record<string, unknown>, query: URLSearchParams): Record<string, unknown> {
  const sel = query.get('$select');
  if (!sel) return obj;
  const keep = new Set(sel.split(',').map(s => s.trim().toLowerCase()).concat(['id', '@odata.etag']));
  return Object.fromEntries(Object.entries(obj).filter(([k]) => keep.has(k.toLowerCase())));
}

function userJson(u: IPrincipal): Record<string, unknown> {
  const [givenName, ...rest] = u.title.split(' ');
  return {
    businessPhones: [], department: u.department ?? null, displayName: u.title, givenName: u.kind === 'person' ? givenName : null,
    jobTitle: u.jobTitle || null,
    mail: u.email, mobilePhone: null, officeLocation: null, preferredLanguage: 'da-DK',
    surname: u.kind === 'person' ? rest.join(' ') : null, userPrincipalName: u.email, id: u.graphId
  };
}

const groupJson = (): Record<string, unknown> => ({
  id: BOARD_GROUP.id, createdDateTime: '2026-01-05T08:00:00Z', description: BOARD_GROUP.description,
  displayName: BOARD_GROUP.displayName, groupTypes: ['Unified'], mail: BOARD_GROUP.mail, mailEnabled: true,
  mailNickname: 'bestyrelse', securityEnabled: false, visibility: 'Private'
});

/** A person or mailbox of the directory (site user or not: Graph knows the whole tenant). */
function findDirectoryUser(store: SiteStore, key: string): IPrincipal {
  const u = store.findPrincipal(decodeURIComponent(key));
  if (!u || (u.kind !== 'person' && u.kind !== 'mailbox')) {
    throw new GraphError(404, 'Request_ResourceNotFound', `Resource '${key}' does not exist or one of its queried reference-property objects are not present.`);
  }
  return u;
}

/** Reads a date-time query value; a `+` the client did not encode arrives as a space. */
function instant(query: URLSearchParams, name: string): number {
  const key = Array.from(query.keys()).find(k => k.toLowerCase() === name.toLowerCase());
  const raw = key ? query.get(key) : null;
  if (!raw) throw new GraphError(400, 'ErrorInvalidParameter', 'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.');
  const text = raw.trim().replace(/ (\d{2}:?\d{2})$/, '+$1');
  const ms = Date.parse(/(Z|[+-]\d{2}:?\d{2})$/i.test(text) || !/T/.test(text) ? text : `${text}Z`);
  if (isNaN(ms)) throw new GraphError(400, 'ErrorInvalidParameter', `The value '${raw}' of parameter '${name}' is invalid.`);
  return ms;
}

/** GET …/calendarView: expands series, converts times to the Prefer zone, pages with `$skip`. */
function calendarView(store: SiteStore, url: URL, mailbox: string, address: string, prefer: string | undefined): IApiResponse {
  const q = url.searchParams;
  const from = instant(q, 'startDateTime');
  const to = instant(q, 'endDateTime');
  const zoneName = /outlook\.timezone\s*=\s*"([^"]+)"/i.exec(prefer || '')?.[1];
  const zone = resolveZone(zoneName) || 'UTC';
  const label = zoneName && resolveZone(zoneName) ? zoneName : 'UTC';
  const int = (name: string, dflt: number): number => {
    const v = q.get(name);
    if (v === null) return dflt;
    if (!/^\d+$/.test(v)) throw new GraphError(400, 'BadRequest', `Invalid value '${v}' for query option '${name}'.`);
    return parseInt(v, 10);
  };
  const top = Math.min(Math.max(int('$top', 10), 1), 1000);
  const skip = int('$skip', 0);
  const orderby = (q.get('$orderby') || 'start/dateTime').trim();
  const m = /^(start\/dateTime|end\/dateTime|subject)(?:\s+(asc|desc))?$/i.exec(orderby);
  if (!m) throw new GraphError(400, 'ErrorInvalidProperty', `The $orderby '${orderby}' is not supported by the local site.`);
  const instances = instancesInWindow(store.events.forMailbox(mailbox), from, to, zone);
  const key = m[1].toLowerCase();
  const desc = (m[2] || '').toLowerCase() === 'desc' ? -1 : 1;
  instances.sort((a, b) => desc * (key === 'subject' ? a.row.data.subject.localeCompare(b.row.data.subject)
    : key === 'end/datetime' ? a.endUtc - b.endUtc : a.startUtc - b.startUtc) || a.startUtc - b.startUtc || (a.row.seq - b.row.seq));
  const page = instances.slice(skip, skip + top).map(i => select(eventJson(i, zone, label, address), q));
  const body: Record<string, unknown> = { '@odata.context': `${GRAPH_CONTEXT}#users('${encodeURIComponent(address)}')/calendarView`, value: page };
  if (skip + top < instances.length) {
    const next = new URLSearchParams(q);
    next.set('$top', String(top));
    next.set('$skip', String(skip + top));
    body['@odata.nextLink'] = `${url.origin}${url.pathname}?${next.toString()}`;
  }
  return ok(body, zoneName && resolveZone(zoneName) ? { 'Preference-Applied': `outlook.timezone="${zoneName}"` } : {});
}

/**
 * Serves the Graph subset: `/me`, `/users/{id|upn}`, `/groups/{object id}` and their `calendarView`. The current user is
 * chosen like SharePoint's (X-LocalSite-User / cookie); any Authorization header is ignored.
 */
export function handleGraph(store: SiteStore, req: IApiRequest): IApiResponse {
  try {
    const url = new URL(req.url);
    if (req.method !== 'GET' && req.method !== 'HEAD') throw new GraphError(405, 'Request_BadRequest', 'Specified HTTP method is not allowed for the request target.');
    const named = requestedUser(req.headers);
    const me = named ? store.findUser(named) : store.defaultUser;
    if (!me || !me.canSignIn) throw new GraphError(401, 'InvalidAuthenticationToken', `The local site does not know the user '${named}'.`);
    const parts = url.pathname.slice(GRAPH_PATH.length).split('/').filter(Boolean);
    const tail = parts.map(p => p.toLowerCase());
    const prefer = req.headers.prefer;
    if (tail[0] === 'me' && parts.length === 1) return ok({ '@odata.context': `${GRAPH_CONTEXT}#users/$entity`, ...select(userJson(me), url.searchParams) });
    if (tail[0] === 'me' && (tail.join('/') === 'me/calendarview' || tail.join('/') === 'me/calendar/calendarview')) {
      return calendarView(store, url, me.graphId, me.email, prefer);
    }
    if (tail[0] === 'me' && tail.length === 5 && tail[1] === 'mailfolders' && tail[3] === 'messages' && tail[4] === 'delta') {
      const answer = messagesDelta(store, url, me, parts[2], prefer);
      return ok(answer.body, answer.headers);
    }
    if (tail[0] === 'users' && parts.length >= 2) {
      const u = findDirectoryUser(store, parts[1]);
      if (parts.length === 2) return ok({ '@odata.context': `${GRAPH_CONTEXT}#users/$entity`, ...select(userJson(u), url.searchParams) });
      const rest = tail.slice(2).join('/');
      if (tail.length === 6 && tail[2] === 'mailfolders' && tail[4] === 'messages' && tail[5] === 'delta') {
        // Mail.Read.Shared reads only mailboxes the user has been given access to: one's own, and the secretariat's
        // shared mailbox for its delegates. Anyone else's mail answers 403 ErrorAccessDenied.
        const allowed = u.graphId === me.graphId || (u.kind === 'mailbox' && SHARED_MAILBOX_DELEGATES.indexOf(me.id) >= 0);
        if (!allowed) throw new GraphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
        const answer = messagesDelta(store, url, u, parts[3], prefer);
        return ok(answer.body, answer.headers);
      }
      if (rest === 'calendarview' || rest === 'calendar/calendarview') {
        // A person reads their own calendar and the shared mailbox (delegated to everyone); others are private.
        if (u.graphId !== me.graphId && u.kind !== 'mailbox') throw new GraphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
        return calendarView(store, url, u.graphId, u.email, prefer);
      }
    }
    if (tail[0] === 'groups' && parts.length >= 2) {
      const key = decodeURIComponent(parts[1]).toLowerCase();
      // Groups are addressed by object id only: Graph answers anything that is not a GUID (a mail address, a name)
      // with 400 "Invalid object identifier", and an unknown GUID with 404.
      if (!GUID.test(key)) throw new GraphError(400, 'Request_BadRequest', `Invalid object identifier '${decodeURIComponent(parts[1])}'.`);
      if (key !== BOARD_GROUP.id) {
        throw new GraphError(404, 'Request_ResourceNotFound', `Resource '${parts[1]}' does not exist or one of its queried reference-property objects are not present.`);
      }
      if (parts.length === 2) return ok({ '@odata.context': `${GRAPH_CONTEXT}#groups/$entity`, ...select(groupJson(), url.searchParams) });
      const rest = tail.slice(2).join('/');
      if (rest === 'calendarview' || rest === 'calendar/calendarview') {
        if (BOARD_GROUP.memberIds.indexOf(me.id) < 0) throw new GraphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
        return calendarView(store, url, BOARD_GROUP.id, BOARD_GROUP.mail, prefer);
      }
    }
    throw new GraphError(400, 'BadRequest', `Resource not found for the segment '${parts[parts.length - 1] || ''}'. The local site serves /me, /users, /groups, calendarView and mailFolders/inbox/messages/delta.`);
  } catch (err) {
    if (err instanceof GraphError || err instanceof MailGraphError) return graphError(err.status, err.code, err.message);
    return graphError(err instanceof URIError ? 400 : 500, err instanceof URIError ? 'BadRequest' : 'InternalServerError', String((err as Error)?.message ?? err));
  }
}
