import * as fs from 'fs';
import type { Browser, Page } from 'playwright-core';
import type { ICpuProfile, IProfileSummary } from './profile';

/**
 * `npm run bench -- --only aarshjul --trace`: one warm load under Chrome's tracing (the Performance panel's data),
 * written to `bench-results/trace-<date>.json` (open it in Chrome DevTools › Performance) and summarised here: every
 * main-thread task from the end of the `$batch` response to the wheel frame, with what filled it — script by
 * function, style, layout, paint, parsing, garbage collection. The profile (`profile.ts`) says which code is hot over
 * a whole load; this says which task is long, and why, in the part of the load issue 9 measures.
 */

interface ITraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; functionName?: string; frame?: string }; name?: string };
}

/** One main-thread task after the `$batch`: its start (ms since navigation), length and what it spent. */
export interface ITraceTask {
  /** The task on the trace's clock (microseconds), for the CPU profile's samples in it. */
  from: number;
  to: number;
  startMs: number;
  durationMs: number;
  parts: { what: string; ms: number }[];
}

const CATEGORIES = [
  'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing', 'loading', 'toplevel'
].join(',');

/** What a nested trace event counts as. */
function kindOf(e: ITraceEvent): string | undefined {
  switch (e.name) {
    case 'UpdateLayoutTree': case 'RecalculateStyles': return 'style';
    case 'Layout': return 'layout';
    case 'Paint': case 'PrePaint': case 'Layerize': case 'UpdateLayer': case 'CompositeLayers': case 'PaintImage': return 'paint';
    case 'ParseHTML': case 'ParseAuthorStyleSheet': return 'parse HTML/CSS';
    case 'MinorGC': case 'MajorGC': case 'V8.GC_SCAVENGER': case 'BlinkGC.AtomicPhase': return 'GC';
    case 'v8.compile': case 'V8.CompileCode': case 'v8.parseOnBackground': return 'compile';
    case 'FunctionCall': return `script ${e.args?.data?.functionName || '(anonymous)'}`;
    case 'EvaluateScript': return 'evaluate script';
    case 'FireAnimationFrame': return 'animation frame';
    case 'TimerFire': return 'timer';
    case 'EventDispatch': return 'event';
    default: return undefined;
  }
}

/**
 * Runs `load` in `page`, traced; returns the tasks of the main thread between the `$batch` response's end (or `from`,
 * ms since navigation, then only tasks over 30 ms) and `frameAt` (both read from the page by `load`).
 */
export async function traceLoad(browser: Browser, page: Page, load: () => Promise<{ batchEnd: number; frameAt: number }>,
  file: string, from?: number): Promise<{ tasks: ITraceTask[]; profile: ICpuProfile }> {
  // The CPU profile runs alongside: its samples share the trace's clock, so each task's code can be named.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await cdp.send('Profiler.start');
  await browser.startTracing(page, { categories: CATEGORIES.split(','), screenshots: false });
  const { batchEnd, frameAt } = await load();
  const buffer = await browser.stopTracing();
  const { profile } = await cdp.send('Profiler.stop') as unknown as { profile: ICpuProfile };
  await cdp.detach();
  fs.writeFileSync(file, buffer);
  const events = (JSON.parse(buffer.toString('utf8')) as { traceEvents: ITraceEvent[] }).traceEvents;
  // The renderer's main thread, and navigation start on it (performance.now() = 0).
  const mainThread = events.find(e => e.name === 'thread_name' && e.args?.name === 'CrRendererMain'
    && events.some(n => n.name === 'navigationStart' && n.pid === e.pid && n.tid === e.tid));
  if (!mainThread) throw new Error('No renderer main thread with a navigationStart in the trace');
  const onMain = events.filter(e => e.pid === mainThread.pid && e.tid === mainThread.tid);
  const navigation = onMain.filter(e => e.name === 'navigationStart').map(e => e.ts).reduce((a, b) => Math.max(a, b));
  const ms = (ts: number): number => (ts - navigation) / 1000;
  const complete = onMain.filter(e => e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts);
  const tasks = complete.filter(e => e.name === 'RunTask' && ms(e.ts + e.dur!) > (from ?? batchEnd) && ms(e.ts) < frameAt + 20
    && e.dur! > (from === undefined ? 1000 : 30000));
  return { profile, tasks: tasks.map(task => {
    const end = task.ts + task.dur!;
    const inside = complete.filter(e => e !== task && e.ts >= task.ts && e.ts + e.dur! <= end);
    // Self time per kind: an event's time minus that of the counted events directly inside it (a walk with a stack).
    const parts = new Map<string, number>();
    const counted = inside.filter(e => kindOf(e) !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
    const self = new Map<ITraceEvent, number>(counted.map(e => [e, e.dur!]));
    const stack: ITraceEvent[] = [];
    for (const e of counted) {
      while (stack.length > 0 && stack[stack.length - 1].ts + stack[stack.length - 1].dur! <= e.ts) stack.pop();
      const parent = stack[stack.length - 1];
      if (parent) self.set(parent, self.get(parent)! - e.dur!);
      stack.push(e);
    }
    for (const [e, t] of self) parts.set(kindOf(e)!, (parts.get(kindOf(e)!) ?? 0) + t / 1000);
    const accounted = [...parts.values()].reduce((s, x) => s + x, 0);
    const rest = task.dur! / 1000 - accounted;
    if (rest > 0.5) parts.set('(other)', rest);
    return {
      from: task.ts, to: end, startMs: ms(task.ts), durationMs: task.dur! / 1000,
      parts: [...parts.entries()].map(([what, t]) => ({ what, ms: t })).sort((a, b) => b.ms - a.ms)
    };
  }) };
}

/** Prints the tasks, each with its largest parts. */
export function printTrace(tasks: ITraceTask[], batchEnd: number, frameAt: number, file: string,
  code: (window: { from: number; to: number }) => IProfileSummary): void {
  console.log('');
  console.log(`Main-thread tasks from the $batch's end (${batchEnd.toFixed(0)} ms) to the wheel frame (${frameAt.toFixed(0)} ms), one traced load (${file}); tasks before the $batch (cold) only when over 30 ms:`);
  for (const t of tasks) {
    const parts = t.parts.filter(p => p.ms >= 2).slice(0, 6).map(p => `${p.what} ${p.ms.toFixed(0)}`).join(', ');
    console.log(`  ${t.startMs.toFixed(0).padStart(6)} ms  ${t.durationMs.toFixed(1).padStart(7)} ms  ${parts}`);
    if (t.durationMs < Number(process.env.TRACE_DETAIL_MS ?? 50)) continue;
    const summary = code(t);
    const groups = summary.byGroup.filter(g => g.ms >= 3).slice(0, 8).map(g => `${g.group} ${g.ms.toFixed(0)}`).join(', ');
    console.log(`      self: ${groups}`);
    for (const f of (summary.inclusive ?? []).filter(f => f.ms >= 4).slice(0, 25)) console.log(`      ${f.ms.toFixed(0).padStart(5)} ms  ${f.place}`);
  }
  if (tasks.length === 0) return;
  const whole = code({ from: tasks[0].from, to: tasks[tasks.length - 1].to });
  console.log(`  All of them: ${whole.totalMs.toFixed(0)} ms busy; self: ${whole.byGroup.filter(g => g.ms >= 3).slice(0, 12).map(g => `${g.group} ${g.ms.toFixed(0)}`).join(', ')}`);
  console.log('  inclusive:');
  for (const f of (whole.inclusive ?? []).filter(f => f.ms >= 4).slice(0, 45)) console.log(`      ${f.ms.toFixed(0).padStart(5)} ms  ${f.place}`);
}
