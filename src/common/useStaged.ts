import * as React from 'react';
import { scheduleTask } from './nextTask';

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
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
export function useStaged<T>(value: T, stage: readonly unknown[]): T {
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
  return waiting ? previous!.value : value;
}
