import * as React from 'react';

/** Where an asynchronous load is. */
export type AsyncStatus = 'loading' | 'success' | 'error';

/** The state of a load, plus what a view needs to drive it. */
export interface IAsyncResult<T> {
  status: AsyncStatus;
  /**
   * The latest value. Kept while a reload runs (status `loading`), so a view can keep showing the old data with a
   * progress bar instead of flashing a spinner — e.g. when moving to the next year.
   */
  value: T | undefined;
  /** What the latest run threw (status `error`). */
  error: unknown;
  /** Runs the load again with the same inputs ("Prøv igen", or after a save). */
  reload(): void;
}

/**
 * Runs `load` whenever `deps` change (and on `reload()`), keeping only the result of the latest run: a slow answer
 * for last year never overwrites this year's. The signal passed to `load` is aborted when a newer run starts or the
 * component unmounts, so a load that can be cancelled (a fetch) stops early.
 *
 * `load` is read from the render in which the run starts; it does not need to be memoised.
 */
export function useAsync<T>(load: (signal: AbortSignal) => Promise<T>, deps: React.DependencyList): IAsyncResult<T> {
  const [state, setState] = React.useState<{ status: AsyncStatus; value: T | undefined; error: unknown }>(
    { status: 'loading', value: undefined, error: undefined });
  const [generation, setGeneration] = React.useState(0);
  const loadRef = React.useRef(load);
  loadRef.current = load;

  React.useEffect(() => {
    const controller = new AbortController();
    setState(s => (s.status === 'loading' ? s : { ...s, status: 'loading' }));
    loadRef.current(controller.signal).then(
      value => { if (!controller.signal.aborted) setState({ status: 'success', value, error: undefined }); },
      (error: unknown) => { if (!controller.signal.aborted) setState(s => ({ status: 'error', value: s.value, error })); }
    );
    return () => controller.abort();
    // The caller's deps decide when to reload; `generation` is the manual trigger.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, generation]);

  const reload = React.useCallback(() => setGeneration(g => g + 1), []);
  return { ...state, reload };
}
