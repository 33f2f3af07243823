import * as React from 'react';
import { scheduleTask } from './nextTask';

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** What {@link useStaged} shows, and whether it is still waiting to show the latest value. */
export interface IStaged<T> {
  value: T;
  /** This render holds back a new stage's value (it is shown a task later). */
  waiting: boolean;
}

/**
 * Shows `value` one task after `stage` changed. The render in which the stage changes (new data) computes the value —
 * its `useMemo`s are filled — but returns the one shown before; a task later the component renders again, the memos
 * answer at once and the new value is committed. So deriving a large view from new data and drawing it are two tasks
 * of the main thread, not one long one (issue 9: no long task over 200 ms). A change that leaves `stage` as it was (a
 * filter, a zoom, a hover) is shown in the same render, as before.
 *
 * The first render shows its value at once: there is nothing shown before it.
 */
export function useStaged<T>(value: T, stage: readonly unknown[]): IStaged<T> {
  const shown = React.useRef<{ value: T; stage: readonly unknown[] } | undefined>(undefined);
  const [released, setReleased] = React.useState<readonly unknown[] | undefined>(undefined);
  const previous = shown.current;
  const waiting = previous !== undefined && !sameItems(previous.stage, stage) && !(released !== undefined && sameItems(released, stage));
  React.useLayoutEffect(() => {
    if (!waiting) {
      shown.current = { value, stage };
      return undefined;
    }
    return scheduleTask(() => setReleased(stage));
  });
  return { value: waiting ? previous!.value : value, waiting };
}

/**
 * For a component whose output follows a staged value (see {@link useStaged}): in the render in which the stage changed,
 * the element it rendered last is returned again, and React skips that whole subtree — the same element is the same
 * props all the way down — instead of rendering the toolbar, filters and body once more only to show what is already
 * shown. The Årshjul's render that derives 6,000 items from new data spent 12–35 ms on that (issue 9).
 *
 * Only that one render is held: any render after it while the value still waits (the user closes a panel, types in a
 * filter) is built, from the value shown, so what the user does is never held back behind the data's task. Call it
 * last, after every hook.
 */
export function useHeldElement(waiting: boolean, build: () => React.ReactElement): React.ReactElement {
  const held = React.useRef<{ element: React.ReactElement; waiting: boolean } | undefined>(undefined);
  const last = held.current;
  if (waiting && last && !last.waiting) {
    held.current = { element: last.element, waiting: true };
    return last.element;
  }
  const element = build();
  held.current = { element, waiting };
  return element;
}
