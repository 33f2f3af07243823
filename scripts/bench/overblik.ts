import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Browser } from 'playwright-core';
import { startLocalSite } from '../../localsite/server';
import { countItems, graphRootOf, prepareSite, servicesFor } from '../../localsite/prepare';
import { DEMO_EMAILS, seedLarge } from '../../localsite/seed';
import { KB, measureRelease, readManifests } from '../bundle/measure';
import { mountWebPartPage, shipComponent } from './pages';
import { benchContext } from './loads';
import { readLoad, type ILoadSample } from './probe';
import { summarize, type ISummary } from './stats';

/**
 * The Overblik's figures for `npm run bench` (issue 13): the cockpit's first render on the `large` data set
 * (`seedLarge`: 20,000 activities over ten years plus 6,500 one-off ones this year, 6,000 inquiries, 20,000 decisions,
 * 50,000 tasks, 2,000 processes — as `test/integration/services/cockpitLarge.test.ts` seeds it), as the coordinator (»Sekretariatet«, the default horizon of this week and two more, her own Outlook calendar), on
 * the web part exactly as `gulp bundle --ship` wrote it, in the SPFx stand-in (`scripts/bench-host`).
 *
 * - **First render**: cold loads (fresh browser context) and warm reloads, navigation → the first frame with all seven
 *   sections, `$batch` end → that frame and the last data response (the batch or a Graph page) → that frame. The
 *   SharePoint and Graph requests of each cold load are counted (one `$batch`; the calendar's page(s)).
 * - **»Mine« / »Sekretariatet«**: a click on the scope toggle → the next frame (nothing is read again).
 */

/** What {@link benchOverblik} needs from `scripts/bench.ts`. */
export interface IOverblikBenchOptions {
  releaseDir: string;
  runs: number;
  chromium: () => Promise<Browser>;
}

/** Everything measured, as the JSON gets it. */
export interface IOverblikBenchResult {
  items: number;
  runs: number;
  bundle: { scripts: string[]; firstLoadGzip: number; chunks: string[] };
  cockpit: { cold: Record<LoadFigure, ISummary>; warm: Record<LoadFigure, ISummary> };
  /** Requests of each cold load's first render. */
  requests: { sharepoint: number; graph: number; status: number[] }[];
  /** The local site's time to answer the `$batch` of each cold load. */
  serverMs: ISummary;
  scopeToFrame: ISummary;
  samples: { cold: ILoadSample[]; warm: ILoadSample[] };
}

type LoadFigure = 'navToBatchStart' | 'navToFrame' | 'batchToFrame' | 'lastDataToFrame' | 'longTaskCount' | 'longTaskMaxMs' | 'longTaskTotalMs';
const LOAD_FIGURES: [LoadFigure, string, (s: ILoadSample) => number][] = [
  ['navToBatchStart', 'navigation → $batch sent', s => s.navToBatchStart],
  ['navToFrame', 'navigation → cockpit frame', s => s.navToFrame],
  ['batchToFrame', '$batch end → cockpit frame', s => s.batchToFrame],
  ['lastDataToFrame', 'last data end → cockpit frame', s => s.lastDataToFrame],
  ['longTaskCount', 'long tasks before the frame (count)', s => s.longTasks.count],
  ['longTaskMaxMs', 'longest task before the frame', s => s.longTasks.maxMs],
  ['longTaskTotalMs', 'long tasks before the frame (total)', s => s.longTasks.totalMs]
];

const SELECTOR = 'section[data-section]';
const SECTIONS = 7;

function loadSummaries(samples: ILoadSample[]): Record<LoadFigure, ISummary> {
  return Object.fromEntries(LOAD_FIGURES.map(([key, , get]) => [key, summarize(samples.map(get))])) as Record<LoadFigure, ISummary>;
}

/** In the page: the scope toggle (the first two buttons of its group), clicked back and forth. */
const SCOPE = `(async () => {
  const frame = () => new Promise(r => requestAnimationFrame(() => r()));
  const settle = async () => { await frame(); await new Promise(r => setTimeout(r, 0)); };
  const [mine, all] = Array.from(document.querySelectorAll('[role="group"] button')).slice(0, 2);
  const times = [];
  for (let i = 0; i < 20; i++) {
    const button = i % 2 === 0 ? mine : all;
    const s = performance.now();
    button.click();
    await frame();
    times.push(performance.now() - s);
    if (button.getAttribute('aria-pressed') !== 'true') throw new Error('the scope did not change');
    await settle();
  }
  return times;
})()`;

/** Runs the Overblik's part of the benchmark on its own local site (seeded with `large`) and browser. */
export async function benchOverblik(options: IOverblikBenchOptions): Promise<IOverblikBenchResult> {
  const manifest = readManifests(path.join(options.releaseDir, 'manifests')).find(m => m.alias === 'OverblikWebPart');
  if (!manifest) throw new Error('No OverblikWebPart manifest in release/manifests: run without --no-build');
  const component = shipComponent(options.releaseDir, manifest.id);
  const size = measureRelease(options.releaseDir).components.find(c => c.id === manifest.id)!;
  const properties: Record<string, unknown> = {
    ...(manifest as { preconfiguredEntries?: { properties?: Record<string, unknown> }[] }).preconfiguredEntries?.[0]?.properties, meetingSource: 'me'
  };
  if ((properties.sections as unknown[] | undefined)?.length !== SECTIONS) throw new Error(`The bench expects all ${SECTIONS} sections in the manifest's properties`);

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'os2-bench-overblik-'));
  const site = await startLocalSite({ port: 0, dataDir });
  let browser: Browser | undefined;
  try {
    console.log('  Overblik: the large data set …');
    await prepareSite(site, { seed: 'none' });
    await seedLarge({ services: servicesFor(site), store: site.store, today: new Date(), oneOffsThisYear: 6_500 });
    const items = await countItems(site);
    const user = site.store.findUser(DEMO_EMAILS.mette)!;
    await mountWebPartPage(site.app, {
      name: 'overblik', title: 'Overblik (gulp bundle --ship)', releaseDir: options.releaseDir, component,
      siteUrl: site.siteUrl, graphRoot: graphRootOf(site), properties,
      issueDigest: () => ({ value: site.store.formDigests.issue(user), timeoutSeconds: site.store.formDigests.timeoutSeconds })
    });
    browser = await options.chromium();
    const url = `${site.url}/bench/overblik`;
    const cold: ILoadSample[] = [];
    const warm: ILoadSample[] = [];
    const requests: IOverblikBenchResult['requests'] = [];
    const serverMs: number[] = [];
    for (let i = 0; i <= options.runs; i++) {
      const context = await benchContext(browser, SELECTOR, SECTIONS);
      try {
        const page = await context.newPage();
        page.on('pageerror', e => console.error(`[overblik] ${e.message}`));
        site.requests.clear();
        await page.goto(url);
        const c = await readLoad(page, SELECTOR);
        await page.waitForLoadState('networkidle');
        const log = site.requests.list();
        const sharepoint = log.filter(r => r.api === 'sharepoint');
        await page.reload();
        const w = await readLoad(page, SELECTOR);
        // The first pair warms the browser process up and is not counted.
        if (i > 0) {
          cold.push(c);
          warm.push(w);
          requests.push({ sharepoint: sharepoint.length, graph: log.filter(r => r.api === 'graph').length, status: sharepoint.map(r => r.status) });
          serverMs.push(...sharepoint.filter(r => r.path.includes('$batch')).map(r => r.durationMs));
        }
      } finally {
        await context.close();
      }
      process.stdout.write(`  Overblik ${i}/${options.runs}\r`);
    }
    const context = await benchContext(browser, SELECTOR, SECTIONS);
    let scope: number[];
    try {
      const page = await context.newPage();
      await page.goto(url);
      await readLoad(page, SELECTOR);
      await page.waitForLoadState('networkidle');
      scope = await page.evaluate(SCOPE) as number[];
    } finally {
      await context.close();
    }
    return {
      items, runs: options.runs,
      bundle: { scripts: component.scripts.map(s => path.basename(s.src)), firstLoadGzip: size.firstLoadGzip, chunks: size.chunks.map(c => c.file) },
      cockpit: { cold: loadSummaries(cold), warm: loadSummaries(warm) },
      requests, serverMs: summarize(serverMs), scopeToFrame: summarize(scope), samples: { cold, warm }
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

/** The Overblik's table for the console. */
export function printOverblik(r: IOverblikBenchResult): void {
  const kb = (b: number): string => `${(b / KB).toFixed(1)} KB`;
  const pp = (s: ISummary, count = false): string => (count ? `${s.p50} / ${s.p95}` : `${ms(s.p50)} / ${ms(s.p95)}`);
  console.log('');
  console.log(`Overblik: ${r.bundle.scripts.join(' + ')} from release/, first load ${kb(r.bundle.firstLoadGzip)} gzip, lazy chunks ${r.bundle.chunks.length}.`);
  console.log(`The large data set (${r.items} items), »Sekretariatet«, this week + 2, Outlook: own calendar; ${r.runs} cold + warm loads; p50 / p95.`);
  for (const mode of ['cold', 'warm'] as const) {
    for (const [key, label] of LOAD_FIGURES) {
      console.log(`${pad(mode, 6)}${pad(label, 40)}${lpad(pp(r.cockpit[mode][key], key === 'longTaskCount'), 24)}`);
    }
  }
  const sp = [...new Set(r.requests.map(x => x.sharepoint))].join('/');
  const graph = [...new Set(r.requests.map(x => x.graph))].join('/');
  const statuses = [...new Set(r.requests.flatMap(x => x.status))].join('/');
  console.log(`Requests for the first render: SharePoint ${sp} ($batch, HTTP ${statuses}), Graph ${graph} (calendar pages).`);
  console.log(`  of which the local site answering the $batch: p50 ${ms(r.serverMs.p50)}, p95 ${ms(r.serverMs.p95)}`);
  console.log(`»Mine« ⇄ »Sekretariatet« → next frame:   p50 ${ms(r.scopeToFrame.p50)}, p95 ${ms(r.scopeToFrame.p95)} (${r.scopeToFrame.n})`);
}
