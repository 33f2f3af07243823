import * as React from 'react';
import { act, render, screen } from '@testing-library/react';
import { useStaged } from '../../../src/common/useStaged';
import { nextTask } from '../../../src/common/nextTask';

/** Derives a text from `data` (counted, memoised as the Årshjul's model is) and shows it through useStaged. */
function Probe(props: { data: string; filter: string; derive: (data: string) => string }): React.ReactElement {
  const { data, filter, derive } = props;
  const derived = React.useMemo(() => derive(data), [data, derive]);
  const shown = useStaged(`${derived}|${filter}`, [data]);
  return <span data-testid="shown">{shown}</span>;
}

describe('useStaged', () => {
  test('new data is derived in one task and shown in the next, without deriving it again; other changes show at once', async () => {
    const derived: string[] = [];
    const derive = (data: string): string => { derived.push(data); return data.toUpperCase(); };
    const { rerender } = render(<Probe data="a" filter="x" derive={derive} />);
    // The first render has nothing shown before it: its value at once.
    expect(screen.getByTestId('shown')).toHaveTextContent('A|x');

    // A filter (the stage unchanged) is shown in the render that changes it.
    rerender(<Probe data="a" filter="y" derive={derive} />);
    expect(screen.getByTestId('shown')).toHaveTextContent('A|y');

    // New data: this render derives it but still shows the previous value ...
    rerender(<Probe data="b" filter="y" derive={derive} />);
    expect(derived).toEqual(['a', 'b']);
    expect(screen.getByTestId('shown')).toHaveTextContent('A|y');
    // ... and a task later it is shown, from the memo: derived once.
    await act(async () => { await nextTask(); });
    expect(screen.getByTestId('shown')).toHaveTextContent('B|y');
    expect(derived).toEqual(['a', 'b']);

    // Data that changes twice before the task: the latest is shown, never a mix.
    rerender(<Probe data="c" filter="y" derive={derive} />);
    rerender(<Probe data="d" filter="z" derive={derive} />);
    expect(screen.getByTestId('shown')).toHaveTextContent('B|y');
    await act(async () => { await nextTask(); });
    expect(screen.getByTestId('shown')).toHaveTextContent('D|z');
    expect(derived).toEqual(['a', 'b', 'c', 'd']);
  });
});
