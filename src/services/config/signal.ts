import type { TimelinePipe } from '@pnp/core';
import type { Queryable } from '@pnp/queryable';

/**
 * Makes the requests of a PnPjs instance abortable: the fetch gets `signal`, so a stale load (another year chosen,
 * the web part unmounted) stops on the wire instead of finishing unseen. `undefined` changes nothing.
 */
export function WithSignal(signal: AbortSignal | undefined): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    if (!signal) return instance;
    instance.on.pre(async (url: string, init: RequestInit, result: unknown) => {
      init.signal = signal;
      return [url, init, result];
    });
    return instance;
  };
}
