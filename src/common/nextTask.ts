/**
 * Runs `run` in a task of its own, after the browser had the chance to paint and handle input — a `MessageChannel`
 * message, as React's scheduler does (not clamped to 4 ms like nested `setTimeout`s), or `setTimeout(0)` where
 * there is no `MessageChannel`. Returns a function that cancels it.
 */
export function scheduleTask(run: () => void): () => void {
  if (typeof MessageChannel === 'undefined') {
    const timer = setTimeout(run, 0);
    return () => clearTimeout(timer);
  }
  const channel = new MessageChannel();
  let live = true;
  channel.port1.onmessage = () => {
    channel.port1.close();
    if (live) run();
  };
  channel.port2.postMessage(undefined);
  return () => {
    live = false;
    channel.port1.close();
  };
}

/** A promise settled in a task of its own (see {@link scheduleTask}): `await nextTask()` ends the current task. */
export function nextTask(): Promise<void> {
  return new Promise<void>(resolve => { scheduleTask(resolve); });
}
