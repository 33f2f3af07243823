import * as React from 'react';
import { act, render, screen } from '@testing-library/react';
import { useHeldElement, useStaged } from '../../../src/common/useStaged';
import { nextTask } from '../../../src/common/nextTask';

/** Derives a text from `data` (counted, memoised as the Årshjul's model is) and shows it through useStaged. */
function Probe(props: { data: string; filter: string; derive: (data: string) => string }): React.ReactElement {
  const { data, filter, derive } = props;
  const derived = React.useMemo(() => derive(data), [data, derive]);
  const shown = useStaged(`${derived}|${filter}`, [data]).value;
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

  test('useHeldElement: while the new value waits, the subtree is not rendered again; a task later it is', async () => {
    const renders: string[] = [];
    function Child(props: { text: string }): React.ReactElement {
      renders.push(props.text);
      return <span data-testid="child">{props.text}</span>;
    }
    function Parent(props: { data: string; filter: string }): React.ReactElement {
      const staged = useStaged(`${props.data.toUpperCase()}|${props.filter}`, [props.data]);
      return useHeldElement(staged.waiting, () => <div><Child text={staged.value} /><i>{props.filter}</i></div>);
    }
    const { rerender } = render(<Parent data="a" filter="x" />);
    expect(renders).toEqual(['A|x']);
    // A change that is not a new stage renders through at once.
    rerender(<Parent data="a" filter="y" />);
    expect(renders).toEqual(['A|x', 'A|y']);
    // New data: the waiting render returns the held element, so the child does not render at all ...
    rerender(<Parent data="b" filter="y" />);
    expect(renders).toEqual(['A|x', 'A|y']);
    expect(screen.getByTestId('child')).toHaveTextContent('A|y');
    // ... until the task that shows it.
    await act(async () => { await nextTask(); });
    expect(renders).toEqual(['A|x', 'A|y', 'B|y']);
    expect(screen.getByTestId('child')).toHaveTextContent('B|y');
  });

  test('useHeldElement holds only the render in which the stage changed: what the user does meanwhile is shown at once', async () => {
    // The CI failure this guards: a details panel closed (Escape) while a reload's wheel waited for its task stayed open.
    function Parent(props: { data: string }): React.ReactElement {
      const [open, setOpen] = React.useState(true);
      const staged = useStaged(props.data.toUpperCase(), [props.data]);
      return useHeldElement(staged.waiting, () => (
        <div>
          <span data-testid="data">{staged.value}</span>
          {open && <button onClick={() => setOpen(false)}>close</button>}
        </div>
      ));
    }
    const { rerender } = render(<Parent data="a" />);
    rerender(<Parent data="b" />);
    expect(screen.getByTestId('data')).toHaveTextContent('A');
    // While B waits, the user closes the panel: it closes in that render, over the value still shown ...
    act(() => { screen.getByRole('button', { name: 'close' }).click(); });
    expect(screen.queryByRole('button', { name: 'close' })).toBeNull();
    expect(screen.getByTestId('data')).toHaveTextContent('A');
    // ... and a task later the new value is shown, the panel still closed.
    await act(async () => { await nextTask(); });
    expect(screen.getByTestId('data')).toHaveTextContent('B');
    expect(screen.queryByRole('button', { name: 'close' })).toBeNull();
  });
});
