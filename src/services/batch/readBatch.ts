import { combine, getGUID, isUrlAbsolute } from '@pnp/core';
import { HttpRequestError, JSONParse, TextParse } from '@pnp/queryable';
import { SPQueryable, spPost, type ISPQueryable, type SPFI } from '@pnp/sp';

/**
 * How a GET of SharePoint's REST API is sent and answered: with the JSON body it returns, as SharePoint wrote it
 * (`{ value, 'odata.nextLink' }`, `{ d: … }` — `parseODataJSON` unwraps). On its own ({@link readAlone}) or queued
 * for one `$batch` ({@link readBatch}); the reads of `ListRepository` and `BatchReader` take either.
 */
export type ReadJson = <J = unknown>(query: ISPQueryable) => Promise<J>;

/** A GET on its own, through the queryable's own timeline (retry, signal, logging). */
export const readAlone: ReadJson = <J>(query: ISPQueryable): Promise<J> => query.using(JSONParse())<J>();

/** Requests per `$batch`, as PnPjs sends them (SharePoint Online takes up to 100); a bigger read is sent as several. */
export const MAX_BATCH_PARTS = 20;

interface IQueued {
  url: string;
  resolve(json: unknown): void;
  reject(error: unknown): void;
}

/** One part of a `$batch` answer. */
export interface IBatchPart {
  status: number;
  statusText: string;
  /** The part's body as sent (may end in a CR), `''` for none. */
  body: string;
}

/**
 * Read-only batching: GETs queued with `read`, then sent by `execute` as one `$batch` (20 parts a request) through
 * `sp`'s own timeline — the SPFx context's authentication and digest, `SafeRetry` (a `$batch` without a changeset
 * is replayable), the signal, logging. Each read resolves with its part's JSON, or rejects with PnPjs's
 * `HttpRequestError` for its part's status (what the same GET on its own raises, so error handling is the same).
 *
 * Why not PnPjs's `batched()` for reads: it turns each part into a `Response` (the body encoded again) and parses
 * it through a timeline of its own — for a first render's 2.5 MB of items, tens of milliseconds of the main thread
 * between the answer and the first frame (issue 9). Writes keep PnPjs's batching (changesets; see ProvisioningService).
 *
 * A read must be queued before `execute` is called (synchronously in the builder): one queued later rejects.
 */
export function readBatch(sp: SPFI, webUrl: string): [ReadJson, () => Promise<void>] {
  const queued: IQueued[] = [];
  let sent = false;
  const read: ReadJson = <J>(query: ISPQueryable): Promise<J> => new Promise<J>((resolve, reject) => {
    if (sent) {
      reject(new Error('A read was queued after its $batch was sent.'));
      return;
    }
    const url = query.toRequestUrl();
    queued.push({ url: isUrlAbsolute(url) ? url : combine(webUrl, url), resolve: resolve as (json: unknown) => void, reject });
  });
  const execute = async (): Promise<void> => {
    sent = true;
    while (queued.length > 0) {
      const chunk = queued.splice(0, MAX_BATCH_PARTS);
      let parts: IBatchPart[];
      try {
        parts = batchParts(await post(sp, webUrl, chunk.map(q => q.url)));
        if (parts.length !== chunk.length) throw new Error(`The $batch answered ${parts.length} parts to ${chunk.length} requests.`);
      } catch (error) {
        for (const q of [...chunk, ...queued.splice(0)]) q.reject(error);
        throw error;
      }
      chunk.forEach((q, i) => settlePart(q, parts[i]));
    }
  };
  return [read, execute];
}

function post(sp: SPFI, webUrl: string, urls: string[]): Promise<string> {
  const id = getGUID();
  const body = urls.map(url => `--batch_${id}\nContent-Type: application/http\nContent-Transfer-Encoding: binary\n\n`
    + `GET ${url} HTTP/1.1\nAccept: application/json\nContent-Type: application/json;charset=utf-8\n\n`).join('') + `--batch_${id}--\n`;
  return spPost<string>(SPQueryable([sp.web, webUrl], '_api/$batch').using(TextParse()), {
    body, headers: { 'Content-Type': `multipart/mixed; boundary=batch_${id}` }
  });
}

function settlePart(q: IQueued, part: IBatchPart): void {
  if (part.status < 200 || part.status > 299) {
    // As PnPjs words it (errors.ts reads SharePoint's message from it), with the part as the response.
    q.reject(new HttpRequestError(`Error making HttpClient request in queryable [${part.status}] ${part.statusText} ::> ${part.body}`,
      new Response(part.body || null, { status: part.status, statusText: part.statusText })));
    return;
  }
  try {
    q.resolve(part.status === 204 || part.body.trim() === '' ? {} : JSON.parse(part.body));
  } catch (error) {
    q.reject(error);
  }
}

const STATUS_LINE = /^HTTP\/[0-9.]+ +([0-9]{3}) *(.*?)\r?$/;

/** The index just after the first blank line at or after the line end `from` (LF or CRLF line ends), or -1. */
function afterBlankLine(text: string, from: number): number {
  for (let i = text.indexOf('\n', from); i >= 0; i = text.indexOf('\n', i + 1)) {
    if (text.charCodeAt(i + 1) === 10) return i + 2;
    if (text.charCodeAt(i + 1) === 13 && text.charCodeAt(i + 2) === 10) return i + 3;
  }
  return -1;
}

/**
 * The parts of a `$batch` answer, in order: flat `--batchresponse_<id>` parts, each with its part headers, a blank
 * line, `HTTP/1.1 <status> <text>`, the response headers, a blank line and the body; CRLF (SharePoint Online) or LF
 * (the local site) line ends. A part ends at the next boundary line — a line break cannot occur inside JSON text.
 * Throws on an answer of another shape.
 */
export function batchParts(text: string): IBatchPart[] {
  const start = text.indexOf('--batchresponse_');
  const firstEnd = start < 0 ? -1 : text.indexOf('\n', start);
  if (firstEnd < 0) throw new Error('The $batch answer has no parts.');
  const boundary = `\n${text.slice(start, firstEnd).trimEnd()}`;
  const parts: IBatchPart[] = [];
  for (let at = firstEnd; ;) {
    const statusAt = afterBlankLine(text, at);
    const statusEnd = statusAt < 0 ? -1 : text.indexOf('\n', statusAt);
    const status = statusEnd < 0 ? null : STATUS_LINE.exec(text.slice(statusAt, statusEnd));
    if (!status) throw new Error(`The $batch answer's part ${parts.length + 1} has no status line.`);
    const bodyAt = afterBlankLine(text, statusEnd);
    // The blank line may be the body's end at once (a 204): the boundary's line break is then the blank line's own.
    const end = bodyAt < 0 ? -1 : text.indexOf(boundary, bodyAt - 1);
    if (end < 0) throw new Error(`The $batch answer ends inside part ${parts.length + 1}.`);
    parts.push({ status: Number(status[1]), statusText: status[2], body: end > bodyAt ? text.slice(bodyAt, end) : '' });
    const after = end + boundary.length;
    if (text.startsWith('--', after)) return parts;
    at = text.indexOf('\n', after);
    if (at < 0) throw new Error('The $batch answer has no closing boundary.');
  }
}
