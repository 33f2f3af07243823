import * as zlib from 'zlib';
import type { Response } from 'express';

/**
 * gzip as SharePoint Online and Graph answer it: a response is compressed when the request's `Accept-Encoding`
 * allows gzip, and always says `Vary: Accept-Encoding` (caches must key on it). Node's zlib; no dependency.
 */

/** True when an `Accept-Encoding` header accepts gzip (`gzip`, `x-gzip` or `*`, with a q-value above 0). */
export function acceptsGzip(acceptEncoding: string | string[] | undefined): boolean {
  const header = Array.isArray(acceptEncoding) ? acceptEncoding.join(',') : acceptEncoding;
  if (!header) return false;
  let gzip: number | undefined;
  let star: number | undefined;
  for (const item of header.split(',')) {
    const [name, ...params] = item.trim().toLowerCase().split(';').map(p => p.trim());
    const qParam = params.find(p => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    const weight = isNaN(q) ? 0 : q;
    if (name === 'gzip' || name === 'x-gzip') gzip = Math.max(gzip ?? 0, weight);
    else if (name === '*') star = weight;
  }
  return (gzip ?? star ?? 0) > 0;
}

/** Compresses a body for a request when allowed; returns what to send and the headers that go with it. */
export function encodeBody(body: string | Buffer, acceptEncoding: string | string[] | undefined):
  { body: Buffer; headers: Record<string, string | number> } {
  const plain = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  if (plain.length === 0 || !acceptsGzip(acceptEncoding)) {
    return { body: plain, headers: { Vary: 'Accept-Encoding', 'Content-Length': plain.length } };
  }
  // Level 4: most of the size gain for a fraction of the CPU of the default, which matters for 5,000-item pages.
  const gz = zlib.gzipSync(plain, { level: 4 });
  return { body: gz, headers: { Vary: 'Accept-Encoding', 'Content-Encoding': 'gzip', 'Content-Length': gz.length } };
}

/**
 * Writes a status, headers and body (compressed when the request allows it) with `writeHead` and `end` — the two
 * calls the fault injector's `loseResponse` intercepts, so a lost response stays lost.
 */
export function writeEncoded(res: Response, status: number, headers: Record<string, string | number>, body: string | Buffer,
  acceptEncoding: string | string[] | undefined): void {
  if (status === 204 || status === 304) {
    res.writeHead(status, { ...headers, Vary: 'Accept-Encoding' });
    res.end();
    return;
  }
  const encoded = encodeBody(body, acceptEncoding);
  res.writeHead(status, { ...headers, ...encoded.headers });
  res.end(encoded.body);
}
