import { randomUUID } from 'crypto';
import type { SiteStore } from '../store';
import type { ISiteUser } from '../store/users';
import type { IApiRequest, IApiResponse } from './context';
import { badRequest } from './errors';

type Dispatch = (store: SiteStore, req: IApiRequest, batchUser?: ISiteUser) => IApiResponse;

/** At most this many requests in one `$batch` (PnPjs sends 20 at a time). */
const MAX_PARTS = 100;

const STATUS_TEXT: Record<number, string> = {
  200: 'OK', 201: 'Created', 204: 'No Content', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden',
  404: 'Not Found', 409: 'Conflict', 412: 'Precondition Failed', 413: 'Payload Too Large', 415: 'Unsupported Media Type',
  429: 'Too Many Requests',
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
  // "The request URL and the URLs inside the body must target the same site" (Make batch requests with the REST APIs).
  if (new URL(url).origin !== new URL(base).origin) throw badRequest(`The batch part URL '${m[2]}' targets another site than the $batch request.`);
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
 * POST _api/$batch: every part goes through the same dispatcher as a top-level request, as the batch's user, in
 * order. A changeset is **not** a transaction, as in SharePoint Online ("Make batch requests with the REST APIs":
 * if one operation of a changeset fails, the others still complete and are not rolled back): each of its requests
 * runs on its own, exactly like a single part or a top-level request.
 */
export function handleBatch(store: SiteStore, req: IApiRequest, user: ISiteUser, dispatch: Dispatch): IApiResponse {
  const units = parseBatch(req);
  const responses: IApiResponse[] = [];
  for (const unit of units) {
    for (const part of unit.kind === 'single' ? [unit.req] : unit.reqs) responses.push(dispatch(store, part, user));
  }
  return writeResponse(responses);
}
