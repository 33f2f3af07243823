import * as React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { lazyComponent, lazyFunction } from '../../../src/common/lazy';
import { da } from '../webparts/aarshjul/helpers';

describe('parts loaded on demand', () => {
  test('a spinner while the chunk loads, then the part; a failed chunk offers »Prøv igen«, which fetches again', async () => {
    let fail = true;
    const loads: number[] = [];
    const Part = lazyComponent<{ name: string }>(async () => {
      loads.push(loads.length + 1);
      if (fail) throw new Error('ChunkLoadError');
      return ({ name }) => <p>Hej {name}</p>;
    });
    render(<Part name="Mette" strings={da} />);
    expect(screen.getByText(da.LoadingPart)).toBeInTheDocument();
    expect(await screen.findByText(da.ErrorLoadingPart)).toBeInTheDocument();
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: da.Retry }));
    expect(await screen.findByText('Hej Mette')).toBeInTheDocument();
    expect(loads).toEqual([1, 2]);
  });

  test('a placeholder in place (with hooks of its own) until the code arrives; preload fetches once', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>(resolve => { release = resolve; });
    let calls = 0;
    const Field = lazyComponent<{ label: string }>(async () => { calls++; await gate; return ({ label }) => <label>{label} (klar)</label>; },
      ({ label }) => { const [n] = React.useState(1); return <span>{label} {n}</span>; });
    Field.preload();
    render(<Field label="Ringe" strings={da} />);
    expect(screen.getByText('Ringe 1')).toBeInTheDocument();
    await act(async () => { release(); await gate; });
    expect(await screen.findByText('Ringe (klar)')).toBeInTheDocument();
    expect(calls).toBe(1);
  });

  test('lazyFunction loads the code once and retries after a failure', async () => {
    let n = 0;
    const f = lazyFunction(async () => { if (n++ === 0) throw new Error('offline'); return (a: number) => a * 2; });
    await expect(f(2)).rejects.toThrow('offline');
    await expect(f(2)).resolves.toBe(4);
    await expect(f(3)).resolves.toBe(6);
    expect(n).toBe(2);
  });
});
