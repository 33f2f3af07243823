import { delay, type TimelinePipe } from '@pnp/core';
import type { Queryable } from '@pnp/queryable';
import { OutcomeUnknownError } from '../errors';

/** Options of {@link SafeRetry}. */
export interface ISafeRetryOptions {
  /** Attempts in all, the first included (PnPjs's default: 3). */
  attempts?: number;
  /** First wait in milliseconds when the server names none; doubled after each attempt. */
  interval?: number;
}

/** Read-only POSTs: SharePoint endpoints that change nothing, so sending them twice is harmless. */
const READ_ONLY_POST = /\/_api\/(contextinfo|SP\.UI\.ApplicationPages\.ClientPeoplePickerWebServiceInterface\.clientPeoplePickerSearchUser)(\?|$)/i;

function header(init: RequestInit, name: string): string | undefined {
  const h = init.headers;
  if (!h) return undefined;
  if (typeof (h as Headers).get === 'function') return (h as Headers).get(name) ?? undefined;
  const key = Object.keys(h as Record<string, string>).find(k => k.toLowerCase() === name.toLowerCase());
  return key ? (h as Record<string, string>)[key] : undefined;
}

/**
 * True when sending the request again cannot change anything more than sending it once: reads, read-only POSTs and
 * a `$batch` without a changeset (PnPjs puts every write of a batch into a changeset).
 */
export function isReplayable(url: string, init: RequestInit): boolean {
  const method = (init.method ?? 'GET').toUpperCase();
  if (method === 'GET' || method === 'HEAD') return !header(init, 'X-HTTP-Method');
  if (method !== 'POST' || header(init, 'X-HTTP-Method')) return false;
  if (READ_ONLY_POST.test(url)) return true;
  return /\/_api\/\$batch(\?|$)/i.test(url) && typeof init.body === 'string' && !/changeset_/i.test(init.body);
}

const isAbort = (err: unknown): boolean => /AbortError/.test((err as Error | undefined)?.name ?? '');

/**
 * PnPjs's send step with a retry policy that never repeats a write blindly. It replaces PnPjs's own
 * `BrowserFetchWithRetry` (installed by `SPFx()`/`SPBrowser()`), which retries every request after a network error:
 * when a create had committed and only its response was lost, that retry stored a second item.
 *
 * - **429 and 503** (SharePoint throttling and "server too busy") are retried for every request, honouring
 *   `Retry-After`: SharePoint answers them before it processes the request.
 * - **Network errors and 504** are retried only for replayable requests ({@link isReplayable}). For a write the
 *   outcome is unknown — the server may have committed it — so a network error becomes an
 *   {@link OutcomeUnknownError} and a 504 is returned as it is: the repository, which knows the write's idempotency key
 *   or ETag, finds out what happened and completes it exactly once (see `ListRepository`).
 * - An aborted request is never retried.
 */
export function SafeRetry(options: ISafeRetryOptions = {}): TimelinePipe<Queryable> {
  const attempts = options.attempts ?? 3;
  const interval = options.interval ?? 200;
  return (instance: Queryable) => {
    instance.on.send.clear();
    instance.on.send(async function (this: Queryable, url: URL, init: RequestInit): Promise<Response> {
      const target = url.toString();
      const replayable = isReplayable(target, init);
      let wait = interval;
      for (let attempt = 1; ; attempt++) {
        let response: Response;
        try {
          this.log(`Fetch: ${init.method} ${target}`, 0);
          response = await fetch(target, init);
        } catch (err) {
          if (isAbort(err)) throw err;
          if (!replayable) throw new OutcomeUnknownError(header(init, 'X-HTTP-Method') ?? init.method ?? 'POST', err);
          if (attempt >= attempts) throw err;
          await delay(wait);
          wait *= 2;
          continue;
        }
        const again = response.status === 429 || response.status === 503 || (replayable && response.status === 504);
        if (!again || attempt >= attempts) return response;
        const after = Number.parseInt(response.headers.get('Retry-After') ?? '', 10);
        wait = Number.isFinite(after) ? after * 1000 : wait * 2;
        await delay(wait);
      }
    });
    return instance;
  };
}
