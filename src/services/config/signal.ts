import type { TimelinePipe } from '@pnp/core';
import { spfi, type SPFI } from '@pnp/sp';
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

/**
 * `sp` with its requests made abortable by `signal`, as a copy: `SPFI.using` adds the behaviour to the instance it is
 * called on, and the services share one instance — `sp.using(WithSignal(signal))` made every later request of every
 * service (writes included) carry that signal, so once a load was aborted (a year left before it arrived) they all
 * failed with `AbortError`, and each load added one more observer to every request.
 */
export function withSignal(sp: SPFI, signal: AbortSignal | undefined): SPFI {
  return signal ? spfi(sp).using(WithSignal(signal)) : sp;
}
