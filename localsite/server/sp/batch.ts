import { randomUUID } from 'crypto';
import type { SiteStore } from '../store';
import type { ISiteUser } from '../store/users';
import type { IApiRequest, IApiResponse } from './context';
import { badRequest, errorBody } from './errors';

type Dispatch = (store: SiteStore, req: IApiRequest, batchUser?: ISiteUser) => IApiResponse;

/** At most this many requests in one `$batch` (PnPjs sends 20 at a time). */
const MAX_PARTS = 100;

const STATUS_TEXT: Record<number, string> = {
  200: 'OK', 201: 'Created', 204: 'No Content', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden',
  404: 'Not Found', 412: 'Precondition Failed', 424: 'Failed Dependency', 429: 'Too Many Requests',
  500: 'Internal Server Error', 501: 'Not Implemented', 503: 'Service Unavailable'
};

interface IPart { headers: Record<string, string>; content: string; }
type Unit = { kind: 'single'; req: IApiRequest } | { kind: 'changeset'; reqs: IApiRequest[] };

/** Splits a multipart body into its parts (CRLF or LF line ends). */
function splitMultipart(body: string, boundary: string): IPart[] {
  const parts: IPart[] = [];
  let current: string[] | null = null;
  for (const line of body.replace(/\r\n/g, '\n').split('\n')) {
    const t = line.trimEnd();
    if (t === `--${boundary}` || t === `--${boundary}--`) {
      if (current) parts.push(parsePart(current));
      if (t === `--${boundary}--`) return parts;
      current = [];
      continue;
    }
    if (current) current.push(line);
  }
  return parts;
}

function parsePart(lines: string[]): IPart {
  const headers: Record<string, string> = {};
  let i = 0;
  for (; i < lines.length && lines[i].trim() !== ''; i++) {
    const colon = lines[i].indexOf(':');
    if (colon > 0) headers[lines[i].slice(0, colon).trim().toLowerCase()] = lines[i].slice(colon + 1).trim();
  }
  return { headers, content: lines.slice(i + 1).join('\n') };
}

const boundaryOf = (contentType: string | undefined): string | undefined =>
  /boundary="?([^";]+)"?/i.exec(contentType || '')?.[1];

/** Reads an `application/http` part: request line, headers, body. Relative URLs resolve against the batch URL. */
function innerRequest(part: IPart, base: string): IApiRequest {
  const lines = part.content.split('\n');
  let i = 0;
  while (i < lines.length && lines[i].trim() === '') i++;
  const m = /^([A-Za-z]+)\s+(\S+)(?:\s+HTTP\/\d(?:\.\d)?)?\s*$/.exec(lines[i] || '');
  if (!m) throw badRequest(`The batch part has no valid request line: '${(lines[i] || '').slice(0, 100)}'.`);
  const headers: Record<string, string | undefined> = {};
  for (i++; i < lines.length && lines[i].trim() !== ''; i++) {
    const colon = lines[i].indexOf(':');
    if (colon > 0) headers[lines[i].slice(0, colon).trim().toLowerCase()] = lines[i].slice(colon + 1).trim();
  }
  let url: string;
  try { url = new URL(m[2], base).toString(); } catch { throw badRequest(`The batch part URL '${m[2]}' is not valid.`); }
  if (/\/_api\/\$batch/i.test(new URL(url).pathname)) throw badRequest('A $batch cannot contain another $batch.');
  return { method: m[1].toUpperCase(), url, headers, body: lines.slice(i + 1).join('\n').trim() };
}

function parseBatch(req: IApiRequest): Unit[] {
  const boundary = boundaryOf(req.headers['content-type']);
  if (!boundary) throw badRequest('The $batch request needs Content-Type multipart/mixed with a boundary.');
  const units: Unit[] = [];
  let count = 0;
  for (const part of splitMultipart(req.body, boundary)) {
    const inner = boundaryOf(part.headers['content-type']);
    if (/multipart\/mixed/i.test(part.headers['content-type'] || '') && inner) {
      const reqs = splitMultipart(part.content, inner).map(p => innerRequest(p, req.url));
      units.push({ kind: 'changeset', reqs });
      count += reqs.length;
    } else {
      units.push({ kind: 'single', req: innerRequest(part, req.url) });
      count++;
    }
  }
  if (count === 0) throw badRequest('The $batch request holds no requests.');
  if (count > MAX_PARTS) throw badRequest(`The $batch request holds ${count} requests; at most ${MAX_PARTS} are allowed.`);
  return units;
}

/** Thrown inside a changeset's transaction to roll all of it back. */
class ChangesetFailed extends Error {
  public constructor(public readonly index: number, public readonly response: IApiResponse) { super('changeset failed'); }
}

function rolledBack(mode: string | undefined, index: number): IApiResponse {
  const verbose = (mode || '').indexOf('odata=verbose') >= 0;
  return {
    status: 424, headers: { 'Content-Type': 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8' },
    body: JSON.stringify(errorBody('-1, Microsoft.SharePoint.Client.ClientServiceException',
      `Not applied: request ${index + 1} of the same changeset failed, so the whole changeset was rolled back.`, verbose))
  };
}

/** Runs a changeset all-or-nothing: the first failing request rolls back every write before it. */
function runChangeset(store: SiteStore, reqs: IApiRequest[], user: ISiteUser, dispatch: Dispatch): IApiResponse[] {
  try {
    return store.transaction(() => reqs.map((r, i) => {
      const res = dispatch(store, r, user);
      if (res.status >= 400) throw new ChangesetFailed(i, res);
      return res;
    }));
  } catch (err) {
    if (!(err instanceof ChangesetFailed)) throw err;
    const failed = err;
    return reqs.map((r, i) => (i === failed.index ? failed.response : rolledBack(r.headers.accept, failed.index)));
  }
}

/** Writes the flat response PnPjs's parser reads: one `--batchresponse_` part per request, LF line ends. */
function writeResponse(responses: IApiResponse[]): IApiResponse {
  const boundary = `batchresponse_${randomUUID()}`;
  const out: string[] = [];
  for (const r of responses) {
    out.push(`--${boundary}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '');
    out.push(`HTTP/1.1 ${r.status} ${STATUS_TEXT[r.status] || 'Unknown'}`);
    // PnPjs splits header lines on ':' and keeps only two-piece ones, so values with a colon are left out.
    for (const [k, v] of Object.entries(r.headers)) if (v.indexOf(':') < 0) out.push(`${k.toUpperCase() === 'CONTENT-TYPE' ? 'CONTENT-TYPE' : k}: ${v}`);
    out.push('', r.body.replace(/\r?\n/g, ' '));
  }
  out.push(`--${boundary}--`, '');
  return { status: 200, headers: { 'Content-Type': `multipart/mixed; boundary=${boundary}` }, body: out.join('\n') };
}

/**
 * POST _api/$batch: every part goes through the same dispatcher as a top-level request, with the batch's user
 * unless the part names its own. Parts run in order; a changeset is atomic.
 */
export function handleBatch(store: SiteStore, req: IApiRequest, user: ISiteUser, dispatch: Dispatch): IApiResponse {
  const units = parseBatch(req);
  const responses: IApiResponse[] = [];
  for (const unit of units) {
    if (unit.kind === 'single') responses.push(dispatch(store, unit.req, user));
    else responses.push(...runChangeset(store, unit.reqs, user, dispatch));
  }
  return writeResponse(responses);
}
