import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Browser } from 'playwright-core';
import { startLocalSite, type ILocalSite } from '../../localsite/server';
import { graphRootOf, prepareSite, servicesFor } from '../../localsite/prepare';
import { DEMO_EMAILS, seedLarge } from '../../localsite/seed';
import { DEFAULT_SLA_POLICIES } from '../../src/domain/inquiries';
import { todayInCopenhagen } from '../../src/domain/timeZone';
import type { IInquiry } from '../../src/domain/models';
import { inquiryRows, queueCounts } from '../../src/webparts/henvendelser/model/queueModel';
import { KB, measureRelease, readManifests } from '../bundle/measure';
import { mountWebPartPage, shipComponent } from './pages';
import { benchContext, coldWarmLoads } from './loads';
import { readLoad, type ILoadSample } from './probe';
import { summarize, type ISummary } from './stats';

/**
 * The Henvendelser's figures for `npm run bench` (issue 12): the queue's first render with 20,000 inquiries, switching
 * queue, and assigning 20 selected — on the web part exactly as `gulp bundle --ship` wrote it, in the SPFx stand-in
 * (`scripts/bench-host`), against a local site of its own with the `large` seed's 20,000 inquiries (five years; a few
 * hundred open, the rest solved or closed).
 *
 * - **Queue**: cold loads (fresh browser context) and warm reloads, navigation → the first frame whose table holds
 *   every row of the default queue »Ufordelte«, and `$batch` end → that frame. The `$batch` brings every open inquiry
 *   and those closed in the last 90 days; the counts of all six queues come from it.
 * - **Switch queue**: in the page, a click on a queue button → the committed DOM (React 17's legacy mode renders inside
 *   the event) and → the next animation frame, over the six queues in turn (»Lukkede« is the longest table).
 * - **Assign 20**: check the first 20 rows of »Ufordelte«, click »Tildel mig« → the notice that 20 are updated (20
 *   partial updates, five at a time) and → the frame after the queue reloaded without them. Between runs the 20 are
 *   unassigned again through the services (not timed), so each run assigns 20 that are nobody's.
 */

/** What {@link benchHenvendelser} needs from `scripts/bench.ts`. */
export interface IHenvendelserBenchOptions {
  releaseDir: string;
  runs: number;
  chromium: () => Promise<Browser>;
  inquiries?: number;
  /** The local site's port (default: a free one). */
  port?: number;
}

/** Everything measured, as the JSON gets it. */
export interface IHenvendelserBenchResult {
  inquiries: number;
  /** What the first `$batch` brought: open ones, closed in the last 90 days; rows of »Ufordelte«. */
  loaded: { open: number; closed: number; unassigned: number };
  runs: number;
  bundle: { scripts: string[]; firstLoadGzip: number; chunks: string[] };
  queue: { cold: Record<LoadFigure, ISummary>; warm: Record<LoadFigure, ISummary> };
  /** SharePoint requests of each cold load's first render. */
  requests: number[];
  /** Per queue (and all together): click → DOM, click → frame. */
  switchQueue: { clickToDom: ISummary; clickToFrame: ISummary; perQueue: Record<string, { rows: number; clickToFrame: ISummary }> };
  /** `writes`: SharePoint write requests per run (20 partial updates; a `$batch` counts once). */
  assign: { clickToNotice: ISummary; clickToReloadedFrame: ISummary; writes: number[] };
  samples: { cold: ILoadSample[]; warm: ILoadSample[] };
}

type LoadFigure = 'navToBatchStart' | 'navToFrame' | 'batchToFrame' | 'longTaskCount' | 'longTaskMaxMs' | 'longTaskTotalMs';
const LOAD_FIGURES: [LoadFigure, string, (s: ILoadSample) => number][] = [
  ['navToBatchStart', 'navigation → $batch sent', s => s.navToBatchStart],
  ['navToFrame', 'navigation → queue frame', s => s.navToFrame],
  ['batchToFrame', '$batch end → queue frame', s => s.batchToFrame],
  ['longTaskCount', 'long tasks before the frame (count)', s => s.longTasks.count],
  ['longTaskMaxMs', 'longest task before the frame', s => s.longTasks.maxMs],
  ['longTaskTotalMs', 'long tasks before the frame (total)', s => s.longTasks.totalMs]
];

const SELECTOR = 'tr[data-inquiry-id]';
const ASSIGN = 20;
/** The queue buttons' Danish names, in the order the switch walks them (ending where it began). */
const QUEUE_NAMES = ['Mine', 'Alle åbne', 'I risiko / overskredet', 'Afventer svar', 'Lukkede', 'Ufordelte'];

function loadSummaries(samples: ILoadSample[]): Record<LoadFigure, ISummary> {
  return Object.fromEntries(LOAD_FIGURES.map(([key, , get]) => [key, summarize(samples.map(get))])) as Record<LoadFigure, ISummary>;
}

/**
 * In the page (a string: tsx's transform would add helpers the page does not have): `cycles` rounds over the six
 * queue buttons, each click timed to the DOM and to the next frame, with the table's row count after it.
 */
const switchScript = (cycles: number): string => `(async () => {
  const frame = () => new Promise(r => requestAnimationFrame(() => r()));
  const settle = async () => { await frame(); await new Promise(r => setTimeout(r, 0)); };
  const names = ${JSON.stringify(QUEUE_NAMES)};
  const button = name => Array.from(document.querySelectorAll('[role="group"] button[aria-pressed]'))
    .find(b => b.firstChild && b.firstChild.textContent.trim() === name);
  const out = [];
  for (let c = 0; c < ${cycles}; c++) {
    for (const name of names) {
      const b = button(name);
      if (!b) throw new Error('no queue button ' + name);
      const s = performance.now();
      b.click();
      void document.body.offsetHeight;
      const toDom = performance.now() - s;
      if (b.getAttribute('aria-pressed') !== 'true') throw new Error('queue ' + name + ' did not switch in the event');
      await frame();
      out.push({ name, toDom, toFrame: performance.now() - s, rows: document.querySelectorAll(${JSON.stringify(SELECTOR)}).length });
      await settle();
    }
  }
  return out;
})()`;

/**
 * In the page: check the first 20 rows of the current queue (»Ufordelte«), click »Tildel mig«, and time the notice
 * »20 henvendelser er opdateret.« and the frame after the reloaded queue no longer lists them.
 */
const assignScript = `(async () => {
  const frame = () => new Promise(r => requestAnimationFrame(() => r()));
  const rows = Array.from(document.querySelectorAll(${JSON.stringify(SELECTOR)})).slice(0, ${ASSIGN});
  if (rows.length < ${ASSIGN}) throw new Error('only ' + rows.length + ' rows in Ufordelte');
  const ids = rows.map(r => r.getAttribute('data-inquiry-id'));
  for (const row of rows) { row.querySelector('input[type="checkbox"]').click(); await frame(); }
  const assign = Array.from(document.querySelectorAll('button')).find(b => b.textContent.trim() === 'Tildel mig');
  if (!assign) throw new Error('no »Tildel mig«');
  const s = performance.now();
  assign.click();
  const done = '${ASSIGN} henvendelser er opdateret.';
  while (!Array.from(document.querySelectorAll('.ms-MessageBar')).some(m => m.textContent.includes(done))) await frame();
  const toNotice = performance.now() - s;
  const listed = () => ids.some(id => document.querySelector('tr[data-inquiry-id="' + id + '"]'));
  while (listed()) await frame();
  await frame();
  return { ids: ids.map(Number), toNotice, toReloadedFrame: performance.now() - s };
})()`;

interface ISwitchSample { name: string; toDom: number; toFrame: number; rows: number }
interface IAssignSample { ids: number[]; toNotice: number; toReloadedFrame: number }

/** The inbox: the `large` seed's inquiries only, through the schema mapping in bulk. */
async function seed(site: ILocalSite, inquiries: number): Promise<{ open: IInquiry[]; closed: IInquiry[]; unassigned: number }> {
  const services = servicesFor(site);
  const now = new Date();
  await seedLarge({ services, store: site.store, today: now, activities: 0, inquiries, tasks: 0, decisions: 0, decisionActions: 0, processes: 0, processSteps: 0 });
  const data = await services.inquiries.loadQueue(todayInCopenhagen(now));
  const counts = queueCounts(inquiryRows([...data.open, ...data.closed], DEFAULT_SLA_POLICIES, now), data.currentUser.id, { search: '' });
  return { open: data.open, closed: data.closed, unassigned: counts.unassigned };
}

/** Runs the Henvendelser's part of the benchmark on its own local site and browser. */
export async function benchHenvendelser(options: IHenvendelserBenchOptions): Promise<IHenvendelserBenchResult> {
  const inquiries = options.inquiries ?? 20_000;
  const manifest = readManifests(path.join(options.releaseDir, 'manifests')).find(m => m.alias === 'HenvendelserWebPart');
  if (!manifest) throw new Error('No HenvendelserWebPart manifest in release/manifests: run without --no-build');
  const component = shipComponent(options.releaseDir, manifest.id);
  const size = measureRelease(options.releaseDir).components.find(c => c.id === manifest.id)!;

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'os2-bench-henvendelser-'));
  const site = await startLocalSite({ port: options.port ?? 0, dataDir });
  let browser: Browser | undefined;
  try {
    await prepareSite(site, { seed: 'none' });
    process.stdout.write(`  Henvendelser: seeding ${inquiries} inquiries …\r`);
    const loaded = await seed(site, inquiries);
    const user = site.store.findUser(DEMO_EMAILS.mette)!;
    await mountWebPartPage(site.app, {
      name: 'henvendelser', title: 'Henvendelser (gulp bundle --ship)', releaseDir: options.releaseDir, component,
      siteUrl: site.siteUrl, graphRoot: graphRootOf(site),
      properties: { ...(manifest as { preconfiguredEntries?: { properties?: object }[] }).preconfiguredEntries?.[0]?.properties },
      issueDigest: () => ({ value: site.store.formDigests.issue(user), timeoutSeconds: site.store.formDigests.timeoutSeconds })
    });
    browser = await options.chromium();
    const url = `${site.url}/bench/henvendelser`;
    const { cold, warm, requests } = await coldWarmLoads({ browser, site, url, selector: SELECTOR, expected: loaded.unassigned, runs: options.runs, label: 'Henvendelser' });

    // Switching queue: three rounds over the six queues on one loaded page.
    let switches: ISwitchSample[];
    const context = await benchContext(browser, SELECTOR, loaded.unassigned);
    try {
      const page = await context.newPage();
      await page.goto(url);
      await readLoad(page, SELECTOR);
      await page.waitForLoadState('networkidle');
      switches = await page.evaluate(switchScript(3)) as ISwitchSample[];
    } finally {
      await context.close();
    }

    // Assigning 20: a fresh warm page each run; afterwards the 20 are nobody's again (untimed, through the services).
    const services = servicesFor(site);
    const assigns: IAssignSample[] = [];
    const writes: number[] = [];
    const assignContext = await benchContext(browser, SELECTOR, loaded.unassigned);
    try {
      const page = await assignContext.newPage();
      for (let i = 0; i < Math.max(3, Math.ceil(options.runs / 2)); i++) {
        await page.goto(url);
        await readLoad(page, SELECTOR);
        await page.waitForLoadState('networkidle');
        site.requests.clear();
        const sample = await page.evaluate(assignScript) as IAssignSample;
        await page.waitForLoadState('networkidle');
        writes.push(site.requests.list().filter(r => r.api === 'sharepoint' && r.method !== 'GET' && !r.path.includes('$batch')).length);
        assigns.push(sample);
        const assigned = await Promise.all(sample.ids.map(id => services.repositories.inquiries.get(id)));
        await services.inquiryActions.changeMany(assigned, { assignedTo: null }, new Date().toISOString(), DEFAULT_SLA_POLICIES);
        process.stdout.write(`  Henvendelser: assign ${i + 1}          \r`);
      }
    } finally {
      await assignContext.close();
    }

    const perQueue: Record<string, { rows: number; clickToFrame: ISummary }> = {};
    for (const name of QUEUE_NAMES) {
      const of = switches.filter(s => s.name === name);
      perQueue[name] = { rows: of[0]?.rows ?? 0, clickToFrame: summarize(of.map(s => s.toFrame)) };
    }
    return {
      inquiries, loaded: { open: loaded.open.length, closed: loaded.closed.length, unassigned: loaded.unassigned }, runs: options.runs,
      bundle: { scripts: component.scripts.map(s => path.basename(s.src)), firstLoadGzip: size.firstLoadGzip, chunks: size.chunks.map(c => c.file) },
      queue: { cold: loadSummaries(cold), warm: loadSummaries(warm) },
      requests,
      switchQueue: { clickToDom: summarize(switches.map(s => s.toDom)), clickToFrame: summarize(switches.map(s => s.toFrame)), perQueue },
      assign: { clickToNotice: summarize(assigns.map(a => a.toNotice)), clickToReloadedFrame: summarize(assigns.map(a => a.toReloadedFrame)), writes },
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

/** The Henvendelser's table for the console. */
export function printHenvendelser(r: IHenvendelserBenchResult): void {
  const kb = (b: number): string => `${(b / KB).toFixed(1)} KB`;
  const pp = (s: ISummary, count = false): string => (count ? `${s.p50} / ${s.p95}` : `${ms(s.p50)} / ${ms(s.p95)}`);
  console.log('');
  console.log(`Henvendelser: ${r.bundle.scripts.join(' + ')} from release/, first load ${kb(r.bundle.firstLoadGzip)} gzip, lazy chunks ${r.bundle.chunks.length}.`);
  console.log(`${r.inquiries} inquiries; the first $batch brings ${r.loaded.open} open + ${r.loaded.closed} closed in 90 days; »Ufordelte« lists ${r.loaded.unassigned}; ${r.runs} cold + warm loads; p50 / p95.`);
  for (const mode of ['cold', 'warm'] as const) {
    for (const [key, label] of LOAD_FIGURES) {
      console.log(`${pad(mode, 6)}${pad(label, 40)}${lpad(pp(r.queue[mode][key], key === 'longTaskCount'), 24)}`);
    }
  }
  console.log(`Requests for the first render: SharePoint ${[...new Set(r.requests)].join('/')} (the $batch).`);
  console.log(`Switch queue, click → DOM:               p50 ${ms(r.switchQueue.clickToDom.p50)}, p95 ${ms(r.switchQueue.clickToDom.p95)} (${r.switchQueue.clickToDom.n} switches)`);
  console.log(`Switch queue, click → next frame:        p50 ${ms(r.switchQueue.clickToFrame.p50)}, p95 ${ms(r.switchQueue.clickToFrame.p95)}`);
  for (const [name, q] of Object.entries(r.switchQueue.perQueue)) {
    console.log(`  ${pad(`→ ${name} (${q.rows} rows)`, 40)}p50 ${ms(q.clickToFrame.p50)}, p95 ${ms(q.clickToFrame.p95)}`);
  }
  console.log(`Assign ${ASSIGN} selected to me, click → »${ASSIGN} henvendelser er opdateret.«: p50 ${ms(r.assign.clickToNotice.p50)}, p95 ${ms(r.assign.clickToNotice.p95)} (${r.assign.clickToNotice.n} runs; ${[...new Set(r.assign.writes)].join('/')} write requests each)`);
  console.log(`  click → the reloaded queue's frame without them: p50 ${ms(r.assign.clickToReloadedFrame.p50)}, p95 ${ms(r.assign.clickToReloadedFrame.p95)}`);
}
