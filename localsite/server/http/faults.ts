import type { NextFunction, Request, Response } from 'express';
import { errorBody } from '../sp/errors';

/** A fault for the next `count` matching SharePoint/Graph requests (POST /_localsite/faults). */
export interface IFaultRule {
  count: number;
  /** Answer with this status (429 or 503) and a Retry-After header instead of serving the request. */
  status?: 429 | 503;
  /** Seconds for Retry-After (default 1). */
  retryAfter?: number;
  /** Destroy the socket without an answer, before the request is served (the client sees a network error). */
  drop?: boolean;
  /**
   * Serve the request — a write commits — and then destroy the socket instead of sending the answer: the client
   * sees a network error for a write that happened (a response lost after commit).
   */
  loseResponse?: boolean;
  /** Delay before serving (or before the fault), in milliseconds. */
  latencyMs?: number;
  /** Only requests whose path and query contain this text. */
  pathContains?: string;
  /**
   * Only requests with this effective method: GET, POST (a create or a `$batch`), MERGE or DELETE
   * (`X-HTTP-Method` counts, as SharePoint reads it).
   */
  method?: 'GET' | 'POST' | 'MERGE' | 'DELETE';
}

const MAX_LATENCY_MS = 60000;
const METHODS = ['GET', 'POST', 'MERGE', 'DELETE'];

/** The verb SharePoint acts on: `X-HTTP-Method` overrides a POST; PATCH/PUT update like MERGE. */
function effectiveMethod(req: Request): string {
  const override = req.headers['x-http-method'];
  const m = req.method.toUpperCase() === 'POST' && typeof override === 'string' ? override.trim().toUpperCase() : req.method.toUpperCase();
  return m === 'PATCH' || m === 'PUT' ? 'MERGE' : m;
}

/** Checks a rule from the control endpoint; returns an error message or the rule. */
export function validateFault(body: unknown): IFaultRule | string {
  const b = (body || {}) as Record<string, unknown>;
  if (typeof b.count !== 'number' || !Number.isInteger(b.count) || b.count < 1) return 'count must be a positive integer';
  if (b.status !== undefined && b.status !== 429 && b.status !== 503) return 'status must be 429 or 503';
  if (b.retryAfter !== undefined && (typeof b.retryAfter !== 'number' || b.retryAfter < 0)) return 'retryAfter must be a number of seconds';
  if (b.latencyMs !== undefined && (typeof b.latencyMs !== 'number' || b.latencyMs < 0 || b.latencyMs > MAX_LATENCY_MS)) return `latencyMs must be 0..${MAX_LATENCY_MS}`;
  if (b.pathContains !== undefined && typeof b.pathContains !== 'string') return 'pathContains must be a string';
  if (b.method !== undefined && METHODS.indexOf(b.method as string) < 0) return `method must be one of ${METHODS.join(', ')}`;
  if ([b.status !== undefined, b.drop === true, b.loseResponse === true].filter(Boolean).length > 1) {
    return 'give only one of status, drop and loseResponse';
  }
  if (b.status === undefined && !b.drop && !b.loseResponse && b.latencyMs === undefined) return 'give status, drop, loseResponse or latencyMs';
  return {
    count: b.count, status: b.status as 429 | 503 | undefined, retryAfter: b.retryAfter as number | undefined,
    drop: b.drop === true, loseResponse: b.loseResponse === true, latencyMs: b.latencyMs as number | undefined,
    pathContains: b.pathContains as string | undefined, method: b.method as IFaultRule['method']
  };
}

/** Holds pending faults and applies them as Express middleware in front of SharePoint and Graph. */
export class FaultInjector {
  private rules: IFaultRule[] = [];

  public add(rule: IFaultRule): void {
    this.rules.push({ ...rule });
  }

  public clear(): void {
    this.rules = [];
  }

  public pending(): IFaultRule[] {
    return this.rules.map(r => ({ ...r }));
  }

  /** Takes one use of the first rule matching a request. */
  private take(path: string, method: string): IFaultRule | undefined {
    const rule = this.rules.find(r => r.count > 0 && (!r.pathContains || path.indexOf(r.pathContains) >= 0) &&
      (!r.method || r.method === method));
    if (!rule) return undefined;
    rule.count -= 1;
    this.rules = this.rules.filter(r => r.count > 0);
    return rule;
  }

  /** Middleware for one API (`sharepoint` errors are odata.error-shaped, `graph` ones Graph-shaped). */
  public middleware(api: 'sharepoint' | 'graph') {
    return (req: Request, res: Response, next: NextFunction): void => {
      const rule = this.take(req.originalUrl, effectiveMethod(req));
      if (!rule) return next();
      const apply = (): void => {
        if (rule.drop) { req.socket.destroy(); return; }
        if (rule.loseResponse) {
          // The handler runs to completion (a write commits); whatever it answers is swallowed and the socket closed.
          const lose = (): Response => { req.socket.destroy(); return res; };
          res.writeHead = lose as unknown as Response['writeHead'];
          res.end = lose as unknown as Response['end'];
          return next();
        }
        if (!rule.status) return next();
        const seconds = rule.retryAfter ?? 1;
        const message = rule.status === 429
          ? `The request has been throttled (local site fault injection). Retry after ${seconds} seconds.`
          : `The server is busy (local site fault injection). Retry after ${seconds} seconds.`;
        const body = api === 'graph'
          ? { error: { code: rule.status === 429 ? 'TooManyRequests' : 'ServiceNotAvailable', message } }
          : errorBody(rule.status === 429 ? '-2147024860, Microsoft.SharePoint.SPRequestThrottledException'
            : '-2147024860, Microsoft.SharePoint.SPServerTooBusyException', message, false);
        const text = JSON.stringify(body);
        res.writeHead(rule.status, { 'Content-Type': 'application/json;charset=utf-8', 'Retry-After': String(seconds), 'Content-Length': Buffer.byteLength(text) });
        res.end(text);
      };
      if (rule.latencyMs) setTimeout(apply, rule.latencyMs);
      else apply();
    };
  }
}
