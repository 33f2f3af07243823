import type { NextFunction, Request, Response } from 'express';
import type { SiteStore } from '../store';
import type { IApiRequest, IApiResponse } from '../sp/context';
import { dispatch } from '../sp/dispatcher';
import { errorBody } from '../sp/errors';
import { handleGraph } from '../graph/routes';
import { writeEncoded } from './compression';

/** Largest request body accepted (a 20-part batch of big items fits easily). */
const MAX_BODY_BYTES = 20 * 1024 * 1024;

class BodyTooLarge extends Error {}

/** Reads the raw body as UTF-8 text (bodies are parsed by the handlers, so malformed JSON gets SharePoint's 400). */
function readBody(req: Request): Promise<string> {
  const pre = (req as { body?: unknown }).body;
  if (typeof pre === 'string') return Promise.resolve(pre);
  if (pre && typeof pre === 'object' && Object.keys(pre).length) return Promise.resolve(JSON.stringify(pre));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) { reject(new BodyTooLarge()); req.removeAllListeners('data'); req.resume(); return; }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Express's request as the framework-free handlers take it. */
async function toApiRequest(req: Request): Promise<IApiRequest> {
  const headers: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(req.headers)) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return { method: req.method, url: `${req.protocol}://${req.get('host') || '127.0.0.1'}${req.originalUrl}`, headers, body: await readBody(req) };
}

/**
 * Writes a response without Express's `send` (which would add its own ETag and 304 handling), gzip-compressed when
 * the request accepts it, as SharePoint Online and Graph do.
 */
function write(req: Request, res: Response, r: IApiResponse): void {
  writeEncoded(res, r.status, { ...r.headers }, r.body, req.headers['accept-encoding']);
}

const allowOptions = (res: Response): void => {
  res.writeHead(204, { Allow: 'GET, POST, PATCH, PUT, MERGE, DELETE, OPTIONS' });
  res.end();
};

/** Serves `/sites/os2/_api/*` through the SharePoint dispatcher. */
export function sharePointHandler(store: SiteStore) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    if (req.method === 'OPTIONS') return allowOptions(res);
    try {
      write(req, res, dispatch(store, await toApiRequest(req)));
    } catch (err) {
      if (err instanceof BodyTooLarge) {
        write(req, res, { status: 413, headers: { 'Content-Type': 'application/json;charset=utf-8' },
          body: JSON.stringify(errorBody('-2147024809, System.ArgumentException', 'The request body is too large.', false)) });
        return;
      }
      next(err);
    }
  };
}

/** Serves `/graph/v1.0/*`. */
export function graphHandler(store: SiteStore) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    if (req.method === 'OPTIONS') return allowOptions(res);
    try {
      write(req, res, handleGraph(store, await toApiRequest(req)));
    } catch (err) {
      next(err);
    }
  };
}
