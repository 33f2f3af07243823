import express, { type Request, type Response } from 'express';
import type { SiteStore } from '../store';
import { currentUser } from '../sp/dispatcher';
import { type FaultInjector, validateFault } from './faults';
import { requireOwner } from './guards';
import type { RequestLog } from './request-log';

const publicUser = (u: SiteStore['demoUsers'][number]): Record<string, unknown> =>
  ({ id: u.id, email: u.email, title: u.title, jobTitle: u.jobTitle, role: u.role, loginName: u.loginName });

/**
 * `/_localsite/*`: health, faults, reset, demo users, the request log. For tests and the local page. What wipes the
 * data or breaks requests (reset, adding and clearing faults) is for site owners only; writes come from the site's
 * own origin only (see `guards.ts`).
 */
export function controlRouter(store: SiteStore, faults: FaultInjector, log: RequestLog): express.Router {
  const r = express.Router();
  const owner = requireOwner(store);
  r.use(express.json({ limit: '1mb' }));
  r.get('/health', (_req: Request, res: Response) => { res.json({ ok: true }); });
  r.get('/faults', (_req: Request, res: Response) => { res.json({ faults: faults.pending() }); });
  r.post('/faults', owner, (req: Request, res: Response) => {
    const rule = validateFault(req.body);
    if (typeof rule === 'string') { res.status(400).json({ error: rule }); return; }
    faults.add(rule);
    res.json({ ok: true, faults: faults.pending() });
  });
  r.delete('/faults', owner, (_req: Request, res: Response) => { faults.clear(); res.json({ ok: true }); });
  r.post('/reset', owner, (_req: Request, res: Response) => { store.reset(); res.json({ ok: true }); });
  // Mail arriving in a mailbox (for tests and demos), and Exchange dropping its delta tokens (the next delta link: 410).
  r.post('/mail', owner, (req: Request, res: Response) => {
    const b = (req.body ?? {}) as Record<string, unknown>;
    const from = b.from as { name?: unknown; address?: unknown } | undefined;
    if (typeof b.mailbox !== 'string' || typeof b.subject !== 'string' || typeof b.body !== 'string' || typeof from?.address !== 'string') {
      res.status(400).json({ error: 'mailbox, subject, body and from.address are required' });
      return;
    }
    try {
      const row = store.addMessage(b.mailbox, {
        subject: b.subject, body: b.body, from: { name: typeof from.name === 'string' ? from.name : from.address, address: from.address },
        receivedDateTime: typeof b.receivedDateTime === 'string' ? b.receivedDateTime : new Date().toISOString(),
        internetMessageId: typeof b.internetMessageId === 'string' ? b.internetMessageId : undefined
      });
      res.json({ ok: true, message: row.data });
    } catch (err) {
      res.status(400).json({ error: (err as Error).message });
    }
  });
  r.post('/mail/expire', owner, (_req: Request, res: Response) => { res.json({ ok: true, expired: store.mail.expireStates() }); });
  r.get('/users', (_req: Request, res: Response) => { res.json({ users: store.demoUsers.map(publicUser) }); });
  r.get('/me', (req: Request, res: Response) => {
    try {
      res.json({ user: publicUser(currentUser(store, req.headers as Record<string, string | undefined>)) });
    } catch {
      res.status(401).json({ error: 'unknown user' });
    }
  });
  r.get('/requests', (_req: Request, res: Response) => { res.json({ requests: log.list() }); });
  r.delete('/requests', (_req: Request, res: Response) => { log.clear(); res.json({ ok: true }); });
  // Unknown /_localsite paths fall through: other modules add their own (e.g. /_localsite/ready).
  return r;
}
