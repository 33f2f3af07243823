import type { TimelinePipe } from '@pnp/core';
import type { Queryable } from '@pnp/queryable';

/**
 * Logs every failed request once, with a tag, and lets the error continue to the caller: services rethrow and the
 * UI turns errors into state. A behaviour on PnPjs's timeline, so no call site repeats it.
 */
export function logFailures(tag: string): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    instance.on.error((err: Error) => {
      const status = (err as { status?: number }).status;
      // eslint-disable-next-line no-console
      console.warn(`[os2-koordinator:${tag}] ${status !== undefined ? status + ' ' : ''}${err.message.slice(0, 300)}`);
    });
    return instance;
  };
}
