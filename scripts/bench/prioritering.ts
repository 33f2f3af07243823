import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Browser } from 'playwright-core';
import { startLocalSite } from '../../localsite/server';
import { graphRootOf, prepareSite, servicesFor } from '../../localsite/prepare';
import { DEMO_EMAILS } from '../../localsite/seed';
import { resolvePeople } from '../../localsite/seed/context';
import { bulkWrite } from '../../localsite/seed/large';
import { Prng } from '../../localsite/seed/random';
import { validateTask } from '../../src/domain/validation';
import { addDays } from '../../src/domain/dates';
import { AREAS, PRIORITIES, TASK_SOURCES, type IPersonRef, type ITaskFields, type Priority } from '../../src/domain/models';
import { todayInCopenhagen } from '../../src/domain/timeZone';
import { KB, measureRelease, readManifests } from '../bundle/measure';
import { mountWebPartPage, shipComponent } from './pages';
import { benchContext, coldWarmLoads } from './loads';
import { readLoad, type ILoadSample } from './probe';
import { summarize, type ISummary } from './stats';

/**
 * The Prioritering's figures for `npm run bench` (issue 13): the MoSCoW board's first render with 5,000 open tasks,
 * a card moved by keyboard and a card dragged to another column — on the web part exactly as `gulp bundle --ship`
 * wrote it, in the SPFx stand-in (`scripts/bench-host`), against a local site of its own.
 *
 * - **First render**: cold loads (fresh browser context) and warm reloads, navigation → the first frame whose DOM
 *   holds every card the board shows first (each column's first `cardsPerColumn`, 25: 100 cards of 5,000), and
 *   `$batch` end → that frame. The board's data is one `$batch` (the window's quarters, undated tasks, permissions,
 *   the current user); the requests of each cold load are counted.
 * - **Keyboard move**: »Flyt« on the first card of COULD, then »Flyt til MUST« (what Enter on the focused button
 *   does), and back from MUST to COULD: timed from the click to the card in its new column in the DOM (React 17's
 *   legacy mode renders inside the event), to the next frame, and to the save's answer (the card no longer busy:
 *   a `MERGE` of Priority with `If-Match` went to the local site and came back).
 * - **Drag**: HTML5 drag events as Chromium fires them (`dragstart` on the card, `dragover` and `drop` on the
 *   column, one `DataTransfer`): `dragstart` → the next frame (the columns learn what is dragged), and `drop` → the
 *   card in its new column, the next frame and the save.
 * - **»Vis flere«**: a click → the next frame with 25 more cards.
 * - **Long tasks** (> 50 ms on the main thread) from the first move to the last save: a move must never be blocked.
 */

/** What {@link benchPrioritering} needs from `scripts/bench.ts`. */
export interface IPrioriteringBenchOptions {
  releaseDir: string;
  runs: number;
  chromium: () => Promise<Browser>;
  /** Open tasks on the board (default 5,000). */
  tasks?: number;
  /** Moves of each kind (keyboard, drag) in the interaction run (default 20). */
  moves?: number;
}

interface IMoveTimes { toDom: ISummary; toFrame: ISummary; toSaved: ISummary }

/** Everything measured, as the JSON gets it. */
export interface IPrioriteringBenchResult {
  tasks: number;
  /** Cards the first render shows (each column's first 25). */
  shown: number;
  runs: number;
  bundle: { scripts: string[]; firstLoadGzip: number; chunks: string[] };
  board: { cold: Record<LoadFigure, ISummary>; warm: Record<LoadFigure, ISummary> };
  /** SharePoint requests of each cold load's first render. */
  requests: number[];
  keyboard: IMoveTimes;
  drag: IMoveTimes & { dragStartToFrame: ISummary };
  showMoreToFrame: ISummary;
  /** Long tasks from the first move to the last save; `writes`: the MERGE requests the moves sent (one per move). */
  interaction: { longTaskCount: number; longTaskMaxMs: number; moves: number; writes: number; ifMatch: number };
  samples: { cold: ILoadSample[]; warm: ILoadSample[] };
}

type LoadFigure = 'navToBatchStart' | 'navToFrame' | 'batchToFrame' | 'longTaskCount' | 'longTaskMaxMs' | 'longTaskTotalMs';
const LOAD_FIGURES: [LoadFigure, string, (s: ILoadSample) => number][] = [
  ['navToBatchStart', 'navigation → $batch sent', s => s.navToBatchStart],
  ['navToFrame', 'navigation → board frame', s => s.navToFrame],
  ['batchToFrame', '$batch end → board frame', s => s.batchToFrame],
  ['longTaskCount', 'long tasks before the frame (count)', s => s.longTasks.count],
  ['longTaskMaxMs', 'longest task before the frame', s => s.longTasks.maxMs],
  ['longTaskTotalMs', 'long tasks before the frame (total)', s => s.longTasks.totalMs]
];

const SELECTOR = 'article[data-task-id]';
const CAP = 25;
const OPEN_STATUSES = ['Ikke startet', 'I gang', 'Venter'] as const;
const STEMS = [
  'Udarbejd indstilling', 'Opdatér procesbeskrivelse', 'Besvar henvendelse', 'Forbered dagsorden', 'Følg op på beslutning',
  'Indkald til møde', 'Send referat', 'Gennemgå budget', 'Afstem med leverandør', 'Opdatér årshjulet'
];

function loadSummaries(samples: ILoadSample[]): Record<LoadFigure, ISummary> {
  return Object.fromEntries(LOAD_FIGURES.map(([key, , get]) => [key, summarize(samples.map(get))])) as Record<LoadFigure, ISummary>;
}

/**
 * `count` open tasks due from eleven months back to eleven months ahead (inside the board's default window of 12 + 12
 * months), every priority, area, source and open status; four in five with an estimate. Plus 1,000 done tasks the
 * board must leave out.
 */
export function benchTasks(today: string, count: number, people: readonly IPersonRef[]): ITaskFields[] {
  const rng = new Prng(13);
  const rows: ITaskFields[] = [];
  for (let n = 1; n <= count; n++) {
    rows.push({
      title: `${rng.pick(STEMS)} ${n}`, priority: rng.pick(PRIORITIES), status: rng.pick(OPEN_STATUSES),
      assignedTo: n % 9 === 0 ? undefined : rng.pick(people), dueDate: n % 25 === 0 ? undefined : addDays(today, rng.int(-330, 330)),
      area: rng.pick(AREAS), source: rng.pick(TASK_SOURCES), effort: n % 5 === 0 ? undefined : rng.int(1, 16)
    });
  }
  for (let n = 1; n <= 1000; n++) {
    const dueDate = addDays(today, rng.int(-330, 0));
    rows.push({
      title: `Afsluttet opgave ${n}`, priority: rng.pick(PRIORITIES), status: 'Færdig', assignedTo: rng.pick(people), dueDate,
      area: rng.pick(AREAS), source: 'Andet', completedDate: dueDate
    });
  }
  return rows;
}

/** The cards the first render shows: each column's first {@link CAP}. */
function shownOf(rows: readonly ITaskFields[]): number {
  const open = rows.filter(r => r.status !== 'Færdig');
  return PRIORITIES.reduce((sum, p: Priority) => sum + Math.min(CAP, open.filter(r => r.priority === p).length), 0);
}

/** In the page (a string: tsx's transform would add helpers the page does not have). */
const interactions = (moves: number): string => `(async () => {
  const frame = () => new Promise(r => requestAnimationFrame(() => r()));
  const settle = async () => { await frame(); await new Promise(r => setTimeout(r, 0)); };
  const column = p => document.querySelector('[role="group"][data-priority="' + p + '"]');
  const cardIn = (p, id) => column(p).querySelector('article[data-task-id="' + id + '"]');
  const savedIn = (p, id) => { const el = cardIn(p, id); return !!el && !el.hasAttribute('aria-busy'); };
  const started = performance.now();
  const keyboard = { toDom: [], toFrame: [], toSaved: [] };
  const drag = { dragStartToFrame: [], toDom: [], toFrame: [], toSaved: [] };
  for (let i = 0; i < ${moves}; i++) {
    const from = i % 2 === 0 ? 'COULD' : 'MUST';
    const to = i % 2 === 0 ? 'MUST' : 'COULD';
    const card = column(from).querySelector('article[data-task-id]');
    const id = card.getAttribute('data-task-id');
    const open = card.querySelector('button[aria-expanded]');
    open.focus();
    open.click();
    await settle();
    const button = Array.from(card.querySelectorAll('[role="group"] button')).find(b => b.textContent.trim().endsWith(' ' + to));
    if (!button) throw new Error('no »Flyt til ' + to + '« on card ' + id);
    button.focus();
    const s = performance.now();
    button.click();
    if (!cardIn(to, id)) throw new Error('card ' + id + ' did not move to ' + to + ' inside the event');
    keyboard.toDom.push(performance.now() - s);
    await frame();
    keyboard.toFrame.push(performance.now() - s);
    while (!savedIn(to, id)) await frame();
    keyboard.toSaved.push(performance.now() - s);
    await settle();
  }
  for (let i = 0; i < ${moves}; i++) {
    const from = i % 2 === 0 ? 'SHOULD' : 'MUST';
    const to = i % 2 === 0 ? 'MUST' : 'SHOULD';
    const card = column(from).querySelector('article[data-task-id][draggable="true"]');
    const id = card.getAttribute('data-task-id');
    const target = column(to);
    const dataTransfer = new DataTransfer();
    const event = (type, el) => el.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer }));
    const s0 = performance.now();
    event('dragstart', card);
    await frame();
    drag.dragStartToFrame.push(performance.now() - s0);
    event('dragenter', target);
    event('dragover', target);
    await frame();
    const s = performance.now();
    event('drop', target);
    if (!cardIn(to, id)) throw new Error('card ' + id + ' was not dropped in ' + to);
    drag.toDom.push(performance.now() - s);
    event('dragend', card);
    await frame();
    drag.toFrame.push(performance.now() - s);
    while (!savedIn(to, id)) await frame();
    drag.toSaved.push(performance.now() - s);
    await settle();
  }
  const ended = performance.now();
  const more = Array.from(column('SHOULD').querySelectorAll('button')).find(b => /\\(\\d+ /.test(b.textContent));
  const before = column('SHOULD').querySelectorAll('article').length;
  const m = performance.now();
  more.click();
  await frame();
  const showMoreToFrame = performance.now() - m;
  if (column('SHOULD').querySelectorAll('article').length < before + ${CAP}) throw new Error('»Vis flere« showed no more cards');
  const longtasks = window.__bench.longtasks.filter(([t]) => t >= started && t <= ended);
  return {
    keyboard, drag, showMoreToFrame,
    longTaskCount: longtasks.length, longTaskMaxMs: longtasks.reduce((x, [, d]) => Math.max(x, d), 0)
  };
})()`;

interface IRawTimes {
  keyboard: { toDom: number[]; toFrame: number[]; toSaved: number[] };
  drag: { dragStartToFrame: number[]; toDom: number[]; toFrame: number[]; toSaved: number[] };
  showMoreToFrame: number;
  longTaskCount: number;
  longTaskMaxMs: number;
}

/** Runs the Prioritering's part of the benchmark on its own local site and browser. */
export async function benchPrioritering(options: IPrioriteringBenchOptions): Promise<IPrioriteringBenchResult> {
  const count = options.tasks ?? 5_000;
  const moves = options.moves ?? 20;
  const manifest = readManifests(path.join(options.releaseDir, 'manifests')).find(m => m.alias === 'PrioriteringWebPart');
  if (!manifest) throw new Error('No PrioriteringWebPart manifest in release/manifests: run without --no-build');
  const component = shipComponent(options.releaseDir, manifest.id);
  const size = measureRelease(options.releaseDir).components.find(c => c.id === manifest.id)!;
  const properties = { ...(manifest as { preconfiguredEntries?: { properties?: Record<string, unknown> }[] }).preconfiguredEntries?.[0]?.properties };
  if (properties.cardsPerColumn !== CAP) throw new Error(`The bench expects ${CAP} cards per column, the manifest has ${String(properties.cardsPerColumn)}`);

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'os2-bench-prioritering-'));
  const site = await startLocalSite({ port: 0, dataDir });
  let browser: Browser | undefined;
  try {
    await prepareSite(site, { seed: 'none' });
    const services = servicesFor(site);
    const people = Object.values(await resolvePeople(services.people));
    const rows = benchTasks(todayInCopenhagen(new Date()), count, people);
    bulkWrite({ store: site.store, asUser: DEMO_EMAILS.mette, log: () => undefined }, services.repositories.tasks, rows, f => validateTask(f));
    const shown = shownOf(rows);
    const user = site.store.findUser(DEMO_EMAILS.mette)!;
    await mountWebPartPage(site.app, {
      name: 'prioritering', title: 'Prioritering (gulp bundle --ship)', releaseDir: options.releaseDir, component,
      siteUrl: site.siteUrl, graphRoot: graphRootOf(site), properties,
      issueDigest: () => ({ value: site.store.formDigests.issue(user), timeoutSeconds: site.store.formDigests.timeoutSeconds })
    });
    browser = await options.chromium();
    const url = `${site.url}/bench/prioritering`;
    const { cold, warm, requests } = await coldWarmLoads({ browser, site, url, selector: SELECTOR, expected: shown, runs: options.runs, label: 'Prioritering' });

    const context = await benchContext(browser, SELECTOR, shown);
    let times: IRawTimes;
    let writes = 0;
    let ifMatch = 0;
    try {
      const page = await context.newPage();
      page.on('pageerror', e => console.error(`[prioritering] ${e.message}`));
      await page.goto(url);
      await readLoad(page, SELECTOR);
      await page.waitForLoadState('networkidle');
      site.requests.clear();
      page.on('request', r => {
        const h = r.headers();
        if (r.url().includes('/_api/') && (h['x-http-method'] === 'MERGE' || r.method() === 'PATCH' || r.method() === 'MERGE')) {
          writes++;
          if (h['if-match']) ifMatch++;
        }
      });
      times = await page.evaluate(interactions(moves)) as IRawTimes;
    } finally {
      await context.close();
    }
    return {
      tasks: count, shown, runs: options.runs,
      bundle: { scripts: component.scripts.map(s => path.basename(s.src)), firstLoadGzip: size.firstLoadGzip, chunks: size.chunks.map(c => c.file) },
      board: { cold: loadSummaries(cold), warm: loadSummaries(warm) },
      requests,
      keyboard: { toDom: summarize(times.keyboard.toDom), toFrame: summarize(times.keyboard.toFrame), toSaved: summarize(times.keyboard.toSaved) },
      drag: {
        dragStartToFrame: summarize(times.drag.dragStartToFrame), toDom: summarize(times.drag.toDom),
        toFrame: summarize(times.drag.toFrame), toSaved: summarize(times.drag.toSaved)
      },
      showMoreToFrame: summarize([times.showMoreToFrame]),
      interaction: { longTaskCount: times.longTaskCount, longTaskMaxMs: times.longTaskMaxMs, moves: 2 * moves, writes, ifMatch },
      samples: { cold, warm }
    };
  } finally {
    await browser?.close();
    await site.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const ms = (x: number): string => (Number.isFinite(x) ? `${x.toFixed(x < 100 ? 1 : 0)} ms` : '–');
const pad = (t: string, w: number): string => (t.length >= w ? t : t + ' '.repeat(w - t.length));
const lpad = (t: string, w: number): string => (t.length >= w ? t : ' '.repeat(w - t.length) + t);

/** The Prioritering's table for the console. */
export function printPrioritering(r: IPrioriteringBenchResult): void {
  const kb = (b: number): string => `${(b / KB).toFixed(1)} KB`;
  const pp = (s: ISummary, count = false): string => (count ? `${s.p50} / ${s.p95}` : `${ms(s.p50)} / ${ms(s.p95)}`);
  const line = (label: string, s: ISummary): void => console.log(`${pad(label, 46)}p50 ${ms(s.p50)}, p95 ${ms(s.p95)} (${s.n})`);
  console.log('');
  console.log(`Prioritering: ${r.bundle.scripts.join(' + ')} from release/, first load ${kb(r.bundle.firstLoadGzip)} gzip, lazy chunks ${r.bundle.chunks.length}.`);
  console.log(`${r.tasks} open tasks (+ 1,000 done), the first render shows ${r.shown} cards (25 per column); ${r.runs} cold + warm loads; p50 / p95.`);
  for (const mode of ['cold', 'warm'] as const) {
    for (const [key, label] of LOAD_FIGURES) {
      console.log(`${pad(mode, 6)}${pad(label, 40)}${lpad(pp(r.board[mode][key], key === 'longTaskCount'), 24)}`);
    }
  }
  console.log(`Requests for the first render: SharePoint ${[...new Set(r.requests)].join('/')} ($batch).`);
  line('Keyboard move (»Flyt til«) → card in the DOM', r.keyboard.toDom);
  line('Keyboard move → next frame', r.keyboard.toFrame);
  line('Keyboard move → saved (MERGE answered)', r.keyboard.toSaved);
  line('Drag: dragstart → next frame', r.drag.dragStartToFrame);
  line('Drag: drop → card in the DOM', r.drag.toDom);
  line('Drag: drop → next frame', r.drag.toFrame);
  line('Drag: drop → saved (MERGE answered)', r.drag.toSaved);
  line('»Vis flere« → next frame', r.showMoreToFrame);
  const i = r.interaction;
  console.log(`During the ${i.moves} moves: ${i.longTaskCount} long tasks (longest ${ms(i.longTaskMaxMs)}); ${i.writes} writes, ${i.ifMatch} with If-Match.`);
}
