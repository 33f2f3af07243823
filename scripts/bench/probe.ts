import type { Page } from 'playwright-core';

/**
 * What one page load is measured by, in the page itself (strings, not functions: tsx's transform would add helpers
 * that do not exist inside the page). Times are `performance.now()`: milliseconds since navigation start.
 *
 * - `shownAt`: the DOM first holds `expected` items — elements matching `selector`, or as many painted by the element
 *   matching `painted`, which says how many in `data-items` (the Årshjul's paint layer: every item's outline in a few
 *   paths) — the whole wheel, activities and meetings; `frameAt`: the requestAnimationFrame callback after that — the
 *   first frame that paints the wheel.
 * - `readyAt` / `readyFrameAt`: the same for `expected` elements matching `selector` (every item focusable and named).
 * - `firstItemsAt` / `firstFrameAt`: the same for the first items of any count (the Årshjul draws its activities
 *   as soon as the SharePoint `$batch` is in, before Graph's meeting pages).
 * - long tasks (PerformanceObserver `longtask`, > 50 ms on the main thread).
 */
export function probeScript(selector: string, expected: number, painted?: string): string {
  return `(() => {
    const b = window.__bench = { shownAt: 0, frameAt: 0, firstItemsAt: 0, firstFrameAt: 0, firstItems: 0, readyAt: 0, readyFrameAt: 0, longtasks: [] };
    try {
      new PerformanceObserver(list => { for (const e of list.getEntries()) b.longtasks.push([e.startTime, e.duration]); })
        .observe({ type: 'longtask', buffered: true });
    } catch (e) { b.noLongtasks = String(e); }
    const paintedSelector = ${JSON.stringify(painted ?? '')};
    const check = () => {
      if (b.readyAt) return;
      const elements = document.querySelectorAll(${JSON.stringify(selector)}).length;
      const paint = paintedSelector ? document.querySelector(paintedSelector) : null;
      const n = Math.max(elements, paint ? Number(paint.getAttribute('data-items')) || 0 : 0);
      if (n > 0 && !b.firstItemsAt) {
        b.firstItemsAt = performance.now(); b.firstItems = n;
        requestAnimationFrame(() => { b.firstFrameAt = performance.now(); });
      }
      if (n >= ${expected} && !b.shownAt) {
        b.shownAt = performance.now();
        requestAnimationFrame(() => { b.frameAt = performance.now(); });
      }
      if (elements >= ${expected}) {
        b.readyAt = performance.now();
        requestAnimationFrame(() => { b.readyFrameAt = performance.now(); });
      }
    };
    new MutationObserver(check).observe(document, { subtree: true, childList: true });
  })();`;
}

interface IRawProbe {
  shownAt: number;
  frameAt: number;
  firstItemsAt: number;
  firstFrameAt: number;
  firstItems: number;
  readyAt: number;
  readyFrameAt: number;
  longtasks: [number, number][];
  resources: { name: string; start: number; end: number; transfer: number; initiator: string }[];
  error?: string;
}

/** One page load's figures (milliseconds since navigation start unless said otherwise). */
export interface ILoadSample {
  /** Navigation → the `$batch` request sent: the page's and the web part's scripts loaded, run and asking for data. */
  navToBatchStart: number;
  navToFrame: number;
  /** End of the SharePoint `$batch` response → the first frame with the whole wheel. */
  batchToFrame: number;
  /** End of the last data response (the batch or a Graph page) before that frame → the frame. */
  lastDataToFrame: number;
  /** End of the `$batch` → the first frame with any items (the Årshjul's activities). */
  batchToFirstItemsFrame: number;
  firstItems: number;
  /**
   * End of the `$batch` → the first frame with every item in the DOM as an element of its own (focusable, named): the
   * same as `batchToFrame` unless the page paints its items before it builds their elements (the Årshjul's paint layer).
   */
  batchToReadyFrame: number;
  batchEnd: number;
  longTasks: { count: number; maxMs: number; totalMs: number };
  /**
   * The longest task before the frame that ends after the `$batch` response ended: the data's path to the frame (the
   * response's parse, the model, the render), apart from the start-up tasks (evaluating scripts, the first render).
   */
  afterBatchLongTaskMaxMs: number;
  /** Every long task before the frame, `[start, duration]` in ms since navigation start, for reading the JSON. */
  longTaskList: [number, number][];
  /** The longest task before the `batchToReadyFrame` frame. */
  readyLongTaskMaxMs: number;
  /** Bytes of script the browser fetched over the network (0 when every script came from its cache). */
  scriptBytesTransferred: number;
}

const READ = `(() => {
  const b = window.__bench;
  const resources = performance.getEntriesByType('resource').map(e => ({
    name: e.name, start: e.startTime, end: e.responseEnd, transfer: e.transferSize, initiator: e.initiatorType
  }));
  return { ...b, resources, error: window.__benchHostError };
})()`;

/** Waits for the first frame with the whole wheel, then reads the probe. */
export async function readLoad(page: Page, selector: string, timeoutMs = 120000): Promise<ILoadSample> {
  try {
    await page.waitForFunction('window.__bench && window.__bench.frameAt > 0 && window.__bench.readyFrameAt > 0 || !!window.__benchHostError', undefined, { timeout: timeoutMs, polling: 50 });
  } catch (e) {
    const seen = await page.evaluate(`document.querySelectorAll(${JSON.stringify(selector)}).length`).catch(() => '?');
    throw new Error(`${page.url()}: the wheel did not complete in ${timeoutMs} ms (${String(seen)} items in the DOM): ${String(e)}`);
  }
  const p = await page.evaluate(READ) as IRawProbe;
  if (p.error) throw new Error(`The page failed: ${p.error}`);
  const data = p.resources.filter(r => r.name.includes('/_api/$batch') || r.name.includes('/graph/'));
  const batch = data.find(r => r.name.includes('/_api/$batch'));
  if (!batch) throw new Error('No $batch request in the resource timing');
  const before = data.filter(r => r.end <= p.frameAt).map(r => r.end);
  const lastData = before.length > 0 ? Math.max(...before) : batch.end;
  const tasks = p.longtasks.filter(([start]) => start < p.frameAt);
  return {
    navToBatchStart: batch.start,
    navToFrame: p.frameAt,
    batchToFrame: p.frameAt - batch.end,
    lastDataToFrame: p.frameAt - lastData,
    batchToFirstItemsFrame: p.firstFrameAt - batch.end,
    firstItems: p.firstItems,
    batchToReadyFrame: p.readyFrameAt - batch.end,
    batchEnd: batch.end,
    longTasks: {
      count: tasks.length,
      maxMs: tasks.reduce((m, [, d]) => Math.max(m, d), 0),
      totalMs: tasks.reduce((s, [, d]) => s + d, 0)
    },
    afterBatchLongTaskMaxMs: tasks.filter(([start, d]) => start + d > batch.end).reduce((m, [, d]) => Math.max(m, d), 0),
    longTaskList: tasks.map(([start, d]) => [Math.round(start), Math.round(d)]),
    readyLongTaskMaxMs: p.longtasks.filter(([start]) => start < p.readyFrameAt).reduce((m, [, d]) => Math.max(m, d), 0),
    scriptBytesTransferred: p.resources.filter(r => r.initiator === 'script' || r.name.endsWith('.js')).reduce((s, r) => s + r.transfer, 0)
  };
}
