import type { NextFunction, Request, Response } from 'express';

/** One SharePoint or Graph request as the server saw it (status 0: the connection was dropped). */
export interface IRequestLogEntry {
  api: 'sharepoint' | 'graph';
  method: string;
  /** Path and query as sent (still percent-encoded). */
  path: string;
  status: number;
  /** ISO time the request arrived. */
  time: string;
  durationMs: number;
  /** Effective verb for SharePoint (X-HTTP-Method), e.g. MERGE. */
  xHttpMethod?: string;
}

const MAX_ENTRIES = 20000;

/** A bounded in-memory log, so tests can count requests ("the first render makes exactly one call"). */
export class RequestLog {
  private entries: IRequestLogEntry[] = [];

  public list(): IRequestLogEntry[] {
    return this.entries.slice();
  }

  public clear(): void {
    this.entries = [];
  }

  public middleware(api: 'sharepoint' | 'graph', echo: boolean) {
    return (req: Request, res: Response, next: NextFunction): void => {
      const started = Date.now();
      const entry: IRequestLogEntry = {
        api, method: req.method, path: req.originalUrl, status: 0, time: new Date(started).toISOString(), durationMs: 0
      };
      const override = req.headers['x-http-method'];
      if (typeof override === 'string') entry.xHttpMethod = override;
      res.once('close', () => {
        entry.status = res.writableFinished || res.headersSent ? res.statusCode : 0;
        entry.durationMs = Date.now() - started;
        this.entries.push(entry);
        if (this.entries.length > MAX_ENTRIES) this.entries.splice(0, this.entries.length - MAX_ENTRIES);
        if (echo) console.log(`[localsite] ${entry.method}${entry.xHttpMethod ? `(${entry.xHttpMethod})` : ''} ${entry.path} → ${entry.status} ${entry.durationMs} ms`);
      });
      next();
    };
  }
}
