import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Browser } from 'playwright-core';
import { startLocalSite, type ILocalSite } from '../../localsite/server';
import { graphRootOf, prepareSite, servicesFor } from '../../localsite/prepare';
import { DEMO_EMAILS } from '../../localsite/seed';
import { resolvePeople } from '../../localsite/seed/context';
import { bulkWrite } from '../../localsite/seed/large';
import { LARGE_PROCESS_MAX_STEPS, largeProcesses, largeProcessSteps, stepCounts } from '../../localsite/seed/largeProcesses';
import { Prng } from '../../localsite/seed/random';
import { validateProcess, validateProcessStep } from '../../src/domain/validation';
import { CATALOGUE_PAGE_SIZE } from '../../src/domain/processes/catalogue';
import { todayInCopenhagen } from '../../src/domain/timeZone';
import { KB, measureRelease, readManifests } from '../bundle/measure';
import { mountWebPartPage, shipComponent } from './pages';
import { readLoad, type ILoadSample } from './probe';
import { benchContext, coldWarmLoads } from './loads';
import { summarize, type ISummary } from './stats';

/**
 * The Processer's figures for `npm run bench` (issue 10): the catalogue's first render with 2,000 processes and
 * 20,000 steps, a search keystroke → its results, and opening a process with 30 steps — on the web part exactly as
 * `gulp bundle --ship` wrote it, in the SPFx stand-in (`scripts/bench-host`), against a local site of its own.
 *
 * - **Catalogue**: cold loads (fresh browser context) and warm reloads, navigation → the first frame whose DOM holds
 *   what the first render shows the coordinator (all 2,000 match — editors see every status —, each area lists its
 *   first `CATALOGUE_PAGE_SIZE`), and `$batch` end → that frame.
 * - **Search**: in the page, each keystroke is an `input` event on the search box (what a key press gives React);
 *   timed from the event to the committed DOM (React 17's legacy mode renders inside the event) and to the next
 *   animation frame. The first keystroke loads the step texts (20,000 steps): timed separately, to the frame that
 *   shows the matches found in steps.
 * - **Open a process**: a click on the title of the process with 30 steps → the frame whose panel lists all 30; the
 *   first open loads the page's code on demand, the later ones only the data (one `$batch` each).
 *
 * Review tasks that have fallen due are created before the timed loads (as the first editor's page view would), so
 * no load writes.
 */

/** What {@link benchProcesser} needs from `scripts/bench.ts`. */
export interface IProcesserBenchOptions {
  releaseDir: string;
  runs: number;
  chromium: () => Promise<Browser>;
  processes?: number;
  steps?: number;
}

/** Everything measured, as the JSON gets it. */
export interface IProcesserBenchResult {
  processes: number;
  steps: number;
  /** Processes listed by the first render (each area's first `CATALOGUE_PAGE_SIZE`). */
  shown: number;
  runs: number;
  bundle: { scripts: string[]; firstLoadGzip: number; chunks: string[] };
  catalogue: { cold: Record<LoadFigure, ISummary>; warm: Record<LoadFigure, ISummary> };
  /** SharePoint requests of each cold load's first render. */
  requests: number[];
  search: { firstKeystrokeToStepMatches: ISummary; keystrokeToDom: ISummary; keystrokeToFrame: ISummary };
  /**
   * `requestsPerOpen`: the `$batch` requests of the opens divided by the opens (1: one request per open); `serverMs`:
   * how long the local site took to answer each of them (its in-memory lists scan what SharePoint's index seeks).
   */
  open: { first: ISummary; again: ISummary; requestsPerOpen: number[]; serverMs: ISummary };
  samples: { cold: ILoadSample[]; warm: ILoadSample[] };
}

type LoadFigure = 'navToBatchStart' | 'navToFrame' | 'batchToFrame' | 'longTaskCount' | 'longTaskMaxMs' | 'longTaskTotalMs';
const LOAD_FIGURES: [LoadFigure, string, (s: ILoadSample) => number][] = [
  ['navToBatchStart', 'navigation → $batch sent', s => s.navToBatchStart],
  ['navToFrame', 'navigation → catalogue frame', s => s.navToFrame],
  ['batchToFrame', '$batch end → catalogue frame', s => s.batchToFrame],
  ['longTaskCount', 'long tasks before the frame (count)', s => s.longTasks.count],
  ['longTaskMaxMs', 'longest task before the frame', s => s.longTasks.maxMs],
  ['longTaskTotalMs', 'long tasks before the frame (total)', s => s.longTasks.totalMs]
];

const SELECTOR = 'li[data-process-id]';

/** A Danish string of the web part: its `loc/da-dk.js` is an AMD module (`define([], function () { return {…}; })`). */
function daString(key: string): string {
  let strings: Record<string, string> = {};
  const define = (...args: unknown[]): void => {
    strings = (args.find(a => typeof a === 'function') as () => Record<string, string>)();
  };
  // eslint-disable-next-line no-new-func -- the strings file is the project's own, read as SharePoint's loader would
  new Function('define', fs.readFileSync(path.join(__dirname, '..', '..', 'src', 'webparts', 'processer', 'loc', 'da-dk.js'), 'utf8'))(define);
  return strings[key];
}

function loadSummaries(samples: ILoadSample[]): Record<LoadFigure, ISummary> {
  return Object.fromEntries(LOAD_FIGURES.map(([key, , get]) => [key, summarize(samples.map(get))])) as Record<LoadFigure, ISummary>;
}

/** 2,000 processes and 20,000 steps through the schema mapping, and the due review tasks created once. */
async function seed(site: ILocalSite, processes: number, steps: number): Promise<{ processId: number; shown: number }> {
  const services = servicesFor(site);
  const today = todayInCopenhagen(new Date());
  const people = Object.values(await resolvePeople(services.people));
  const target = { store: site.store, asUser: DEMO_EMAILS.mette, log: () => undefined };
  const rows = largeProcesses(new Prng(10), today, processes, people);
  const ids = bulkWrite(target, services.repositories.processes, rows, f => validateProcess(f, today));
  bulkWrite(target, services.repositories.processSteps, largeProcessSteps(rows, ids, stepCounts(rows.length, steps)), validateProcessStep);
  const catalogue = await services.processData.loadCatalogue();
  await services.processActions.ensureReviewTasks(catalogue.processes, today);
  // What the first render shows: each area's first CATALOGUE_PAGE_SIZE processes (the coordinator sees every status).
  const perArea = new Map<string, number>();
  for (const row of rows) perArea.set(row.area, (perArea.get(row.area) ?? 0) + 1);
  const shown = Array.from(perArea.values()).reduce((sum, n) => sum + Math.min(n, CATALOGUE_PAGE_SIZE), 0);
  return { processId: ids[0], shown };
}

/**
 * In the page (a string: tsx's transform would add helpers the page does not have). Keystrokes are `input` events
 * with the value set through the native setter, as a key press reaches React's `onChange`.
 */
const interactions = (processId: number, steps: number, matchedInSteps: string): string => `(async () => {
  const frame = () => new Promise(r => requestAnimationFrame(() => r()));
  const settle = async () => { await frame(); await new Promise(r => setTimeout(r, 0)); };
  const input = document.querySelector('input.ms-SearchBox-field');
  if (!input) throw new Error('no search box');
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const type = value => { setter.call(input, value); input.dispatchEvent(new Event('input', { bubbles: true })); };
  const matched = () => Array.from(document.querySelectorAll('${SELECTOR} em')).some(e => e.textContent === ${JSON.stringify(matchedInSteps)});

  // The first search loads every step's text: » runde« (only step titles have it) until matches in steps show.
  const t0 = performance.now();
  type('runde');
  while (!matched()) await frame();
  const firstKeystrokeToStepMatches = performance.now() - t0;
  type('');
  await settle();

  const toDom = [];
  const toFrame = [];
  for (const word of ['bestyrelse', 'budget', 'kommunikation', 'møde', 'runde 2', 'onboarding']) {
    for (let i = 1; i <= word.length; i++) {
      const s = performance.now();
      type(word.slice(0, i));
      void document.body.offsetHeight;
      toDom.push(performance.now() - s);
      await frame();
      toFrame.push(performance.now() - s);
      await settle();
    }
    type('');
    await settle();
  }

  const open = [];
  for (let i = 0; i < 8; i++) {
    const find = () => document.querySelector('${SELECTOR}[data-process-id="' + ${processId} + '"] button');
    // Each area shows its first hits: »Vis … mere« until the process is listed (once; the list stays expanded).
    while (!find()) {
      const more = document.querySelector('[data-show-more]');
      if (!more) throw new Error('process ${processId} is not in the catalogue');
      more.click();
      await settle();
    }
    const button = find();
    const s = performance.now();
    button.click();
    while (document.querySelectorAll('[data-testid="process-steps"] > li').length < ${steps}) await frame();
    await frame();
    open.push(performance.now() - s);
    document.querySelector('.ms-Panel-closeButton').click();
    while (document.querySelector('.ms-Panel-main')) await frame();
    await settle();
  }
  return { firstKeystrokeToStepMatches, toDom, toFrame, open };
})()`;

interface IInteractionTimes { firstKeystrokeToStepMatches: number; toDom: number[]; toFrame: number[]; open: number[] }


/** Runs the Processer's part of the benchmark on its own local site and browser. */
export async function benchProcesser(options: IProcesserBenchOptions): Promise<IProcesserBenchResult> {
  const processes = options.processes ?? 2_000;
  const steps = options.steps ?? 20_000;
  const manifest = readManifests(path.join(options.releaseDir, 'manifests')).find(m => m.alias === 'ProcesserWebPart');
  if (!manifest) throw new Error('No ProcesserWebPart manifest in release/manifests: run without --no-build');
  const component = shipComponent(options.releaseDir, manifest.id);
  const size = measureRelease(options.releaseDir).components.find(c => c.id === manifest.id)!;
  const matchedInSteps = daString('MatchedInSteps');

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'os2-bench-processer-'));
  const site = await startLocalSite({ port: 0, dataDir });
  let browser: Browser | undefined;
  try {
    await prepareSite(site, { seed: 'none' });
    const { processId, shown } = await seed(site, processes, steps);
    const user = site.store.findUser(DEMO_EMAILS.mette)!;
    await mountWebPartPage(site.app, {
      name: 'processer', title: 'Processer (gulp bundle --ship)', releaseDir: options.releaseDir, component,
      siteUrl: site.siteUrl, graphRoot: graphRootOf(site),
      properties: { ...(manifest as { preconfiguredEntries?: { properties?: object }[] }).preconfiguredEntries?.[0]?.properties },
      issueDigest: () => ({ value: site.store.formDigests.issue(user), timeoutSeconds: site.store.formDigests.timeoutSeconds })
    });
    browser = await options.chromium();
    const url = `${site.url}/bench/processer`;
    // The first render's requests: the $batch. After it, an editor's view asks for the keys of the reviews due.
    const { cold, warm, requests } = await coldWarmLoads({
      browser, site, url, selector: SELECTOR, expected: shown, runs: options.runs, label: 'Processer',
      counts: r => r.api === 'sharepoint' && r.path.includes('$batch')
    });

    const context = await benchContext(browser, SELECTOR, shown);
    let times: IInteractionTimes;
    const requestsPerOpen: number[] = [];
    const serverMs: number[] = [];
    try {
      const page = await context.newPage();
      await page.goto(url);
      await readLoad(page, SELECTOR);
      await page.waitForLoadState('networkidle');
      // The search reads the step texts with plain GETs; every `$batch` in the interactions is a process opened.
      let batches = 0;
      page.on('response', r => { if (r.url().includes('/_api/$batch')) batches++; });
      site.requests.clear();
      times = await page.evaluate(interactions(processId, LARGE_PROCESS_MAX_STEPS, matchedInSteps)) as IInteractionTimes;
      requestsPerOpen.push(batches / times.open.length);
      serverMs.push(...site.requests.list().filter(r => r.path.includes('$batch')).map(r => r.durationMs));
    } finally {
      await context.close();
    }
    return {
      processes, steps, shown, runs: options.runs,
      bundle: { scripts: component.scripts.map(s => path.basename(s.src)), firstLoadGzip: size.firstLoadGzip, chunks: size.chunks.map(c => c.file) },
      catalogue: { cold: loadSummaries(cold), warm: loadSummaries(warm) },
      requests,
      search: {
        firstKeystrokeToStepMatches: summarize([times.firstKeystrokeToStepMatches]),
        keystrokeToDom: summarize(times.toDom), keystrokeToFrame: summarize(times.toFrame)
      },
      open: { first: summarize(times.open.slice(0, 1)), again: summarize(times.open.slice(1)), requestsPerOpen, serverMs: summarize(serverMs) },
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

/** The Processer's table for the console. */
export function printProcesser(r: IProcesserBenchResult): void {
  const kb = (b: number): string => `${(b / KB).toFixed(1)} KB`;
  const pp = (s: ISummary, count = false): string => (count ? `${s.p50} / ${s.p95}` : `${ms(s.p50)} / ${ms(s.p95)}`);
  console.log('');
  console.log(`Processer: ${r.bundle.scripts.join(' + ')} from release/, first load ${kb(r.bundle.firstLoadGzip)} gzip, lazy chunks ${r.bundle.chunks.length}.`);
  console.log(`${r.processes} processes (the first render lists ${r.shown}), ${r.steps} steps; ${r.runs} cold + warm loads; p50 / p95.`);
  for (const mode of ['cold', 'warm'] as const) {
    for (const [key, label] of LOAD_FIGURES) {
      console.log(`${pad(mode, 6)}${pad(label, 40)}${lpad(pp(r.catalogue[mode][key], key === 'longTaskCount'), 24)}`);
    }
  }
  console.log(`Requests for the first render: SharePoint ${[...new Set(r.requests)].join('/')} ($batch; then the due reviews' key checks).`);
  console.log(`First search (loads ${r.steps} step texts) → matches in steps:  ${ms(r.search.firstKeystrokeToStepMatches.p50)}`);
  console.log(`Search keystroke → results in the DOM:   p50 ${ms(r.search.keystrokeToDom.p50)}, p95 ${ms(r.search.keystrokeToDom.p95)} (${r.search.keystrokeToDom.n} keystrokes)`);
  console.log(`Search keystroke → next frame:           p50 ${ms(r.search.keystrokeToFrame.p50)}, p95 ${ms(r.search.keystrokeToFrame.p95)}`);
  console.log(`Open the process with 30 steps, first (code on demand + data): ${ms(r.open.first.p50)}`);
  console.log(`Open it again (data: one $batch):        p50 ${ms(r.open.again.p50)}, p95 ${ms(r.open.again.p95)} (${r.open.again.n} opens; ${r.open.requestsPerOpen.join('/')} $batch per open)`);
  console.log(`  of which the local site answering the $batch: p50 ${ms(r.open.serverMs.p50)}, p95 ${ms(r.open.serverMs.p95)}`);
}
