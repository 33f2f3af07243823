import * as React from 'react';
import { act, render, screen, waitFor } from '@testing-library/react';
import { useAsync } from '../../../src/common/useAsync';

interface IDeferred<T> { promise: Promise<T>; resolve: (v: T) => void; reject: (e: unknown) => void }
function deferred<T>(): IDeferred<T> {
  let resolve: (v: T) => void = () => undefined;
  let reject: (e: unknown) => void = () => undefined;
  const promise = new Promise<T>((_resolve, _reject) => { resolve = _resolve; reject = _reject; });
  return { promise, resolve, reject };
}

function Probe(props: { input: number; load: (input: number, signal: AbortSignal) => Promise<string>; onReload?: (reload: () => void) => void }): React.ReactElement {
  const result = useAsync(signal => props.load(props.input, signal), [props.input]);
  props.onReload?.(result.reload);
  return <span data-testid="state">{`${result.status}:${result.value ?? ''}:${result.error ? String(result.error) : ''}`}</span>;
}

describe('useAsync', () => {
  test('a slow answer for old input never overwrites the newer one, and its signal is aborted', async () => {
    const calls: { input: number; d: IDeferred<string>; signal: AbortSignal }[] = [];
    const load = (input: number, signal: AbortSignal): Promise<string> => {
      const d = deferred<string>();
      calls.push({ input, d, signal });
      return d.promise;
    };
    const { rerender } = render(<Probe input={1} load={load} />);
    rerender(<Probe input={2} load={load} />);
    expect(calls[0].signal.aborted).toBe(true);
    await act(async () => { calls[1].d.resolve('two'); });
    await act(async () => { calls[0].d.resolve('one'); });
    expect(screen.getByTestId('state')).toHaveTextContent('success:two:');
  });

  test('keeps the last value while reloading, reports errors, and reload runs again', async () => {
    let n = 0;
    let reload: () => void = () => undefined;
    const load = async (): Promise<string> => {
      n++;
      if (n === 2) throw new Error('nope');
      return `v${n}`;
    };
    render(<Probe input={1} load={load} onReload={r => { reload = r; }} />);
    await waitFor(() => expect(screen.getByTestId('state')).toHaveTextContent('success:v1:'));
    act(() => reload());
    await waitFor(() => expect(screen.getByTestId('state')).toHaveTextContent('error:v1:Error: nope'));
    act(() => reload());
    await waitFor(() => expect(screen.getByTestId('state')).toHaveTextContent('success:v3:'));
  });
});
