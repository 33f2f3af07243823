/**
 * The `rrule` library, handed to the domain instead of imported by it, so that the web parts' first-load bundles do
 * not carry it (≈ 30 KB minified, ≈ 9.5 KB gzip: most of a year draws from one-off activities, and the code can
 * arrive while the year's `$batch` is on the wire).
 *
 * - In a web part: `await loadRRule()` (a webpack chunk of its own, fetched once) before expanding recurring
 *   activities — the Årshjul starts it in parallel with its data request (`useWheelData`).
 * - Code that already lives in an on-demand chunk (validation, the rule in words, the `.ics` export) and Node
 *   (tests, the local site's seed, scripts) import `./rruleStatic`, which provides the library synchronously.
 *
 * Asking for occurrences of a recurring activity before either happened throws {@link RRuleNotLoadedError}: a
 * programming error, never a silently empty wheel.
 */
import type * as RRuleModule from 'rrule';

/** The parts of `rrule` the domain uses. */
export type RRuleLibrary = Pick<typeof RRuleModule, 'RRule' | 'Weekday' | 'Frequency'>;

/** Thrown when recurrence is expanded before {@link loadRRule} resolved or `./rruleStatic` was imported. */
export class RRuleNotLoadedError extends Error {
  public constructor() {
    super('The rrule library is not loaded: await loadRRule() (domain/rruleLibrary) before expanding recurring activities.');
    this.name = 'RRuleNotLoadedError';
  }
}

let library: RRuleLibrary | undefined;
let pending: Promise<RRuleLibrary> | undefined;

/** Makes `lib` the library the domain uses (`./rruleStatic` and {@link loadRRule} call this). */
export function provideRRule(lib: RRuleLibrary): void {
  library = lib;
}

/** The library; throws {@link RRuleNotLoadedError} when it has not been provided yet. */
export function rruleLibrary(): RRuleLibrary {
  if (!library) throw new RRuleNotLoadedError();
  return library;
}

/**
 * Fetches `rrule` (once; a failed fetch is tried again on the next call) and provides it. Resolves at once when it is
 * already there.
 */
export function loadRRule(): Promise<RRuleLibrary> {
  if (library) return Promise.resolve(library);
  pending = pending ?? import(/* webpackChunkName: 'rrule' */ 'rrule').then(
    (lib) => { provideRRule(lib); return lib; },
    (error: unknown) => { pending = undefined; throw error; });
  return pending;
}
