import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Browser } from 'playwright-core';
import { startLocalSite } from '../../localsite/server';
import { graphRootOf, prepareSite, servicesFor } from '../../localsite/prepare';
import { DEMO_EMAILS, seedLarge } from '../../localsite/seed';
import { NO_REGISTER_FILTER } from '../../src/domain/decisions';
import { todayInCopenhagen } from '../../src/domain/timeZone';
import { registerModel, searchTextsOf } from '../../src/webparts/beslutninger/model/registerModel';
import { KB, measureRelease, readManifests } from '../bundle/measure';
import { mountWebPartPage, shipComponent } from './pages';
import { benchContext, coldWarmLoads } from './loads';
import { readLoad, type ILoadSample } from './probe';
import { summarize, type ISummary } from './stats';

/**
 * The Beslutninger figures for `npm run bench` (issue 11): the register's first render with 20,000 decisions and
 * 50,000 tasks (the `large` seed: 44,000 of them decision actions), a filter change and opening one decision — on the
 * web part exactly as `gulp bundle --ship` wrote it, in the SPFx stand-in (`scripts/bench-host`), against a local site
 * of its own.
 *
 * - **Register**: cold loads (fresh browser context) and warm reloads, navigation → the first frame whose DOM lists
 *   every decision the first render shows (»Aktive« of the current year: about 1,200), and `$batch` end → that frame.
 * - **Filter change**: the forum filter (Fluent's multi-select dropdown, already open): a click on »Bestyrelse« → the
 *   frame that lists exactly the board's decisions, and the click that takes it off → the frame with all of them
 *   again; and the view buttons »Alle« / »Aktive« (toggle buttons) → the frame with that view's decisions. Filters
 *   and views work on the loaded year, with no request.
 * - **Open one decision**: a click on a title → the frame whose details panel lists the decision's actions (read by
 *   the indexed `Decision` lookup: one request); the first open loads the details' code on demand.
 */

/** What {@link benchBeslutninger} needs from `scripts/bench.ts`. */
export interface IBeslutningerBenchOptions {
  releaseDir: string;
  runs: number;
  chromium: () => Promise<Browser>;
  /** The local site's port (0: a free one). */
  port?: number;
  decisions?: number;
  decisionActions?: number;
}

/** Everything measured, as the JSON gets it. */
export interface IBeslutningerBenchResult {
  decisions: number;
  tasks: number;
  /** Decisions the first render lists (»Aktive«, this year), the board's among them, and »Alle« of this year. */
  shown: { active: number; board: number; all: number };
  runs: number;
  bundle: { scripts: string[]; firstLoadGzip: number; chunks: string[] };
  register: { cold: Record<LoadFigure, ISummary>; warm: Record<LoadFigure, ISummary> };
  /** SharePoint requests of each cold load's first render. */
  requests: number[];
  filter: { forumOn: ISummary; forumOff: ISummary; viewAll: ISummary; viewActive: ISummary };
  /** `requests`: SharePoint requests per open (1: the actions by the lookup). */
  open: { first: ISummary; again: ISummary; actions: number; requestsPerOpen: number; serverMs: ISummary };
  samples: { cold: ILoadSample[]; warm: ILoadSample[] };
}

type LoadFigure = 'navToBatchStart' | 'navToFrame' | 'batchToFrame' | 'longTaskCount' | 'longTaskMaxMs' | 'longTaskTotalMs';
const LOAD_FIGURES: [LoadFigure, string, (s: ILoadSample) => number][] = [
  ['navToBatchStart', 'navigation → $batch sent', s => s.navToBatchStart],
  ['navToFrame', 'navigation → register frame', s => s.navToFrame],
  ['batchToFrame', '$batch end → register frame', s => s.batchToFrame],
  ['longTaskCount', 'long tasks before the frame (count)', s => s.longTasks.count],
  ['longTaskMaxMs', 'longest task before the frame', s => s.longTasks.maxMs],
  ['longTaskTotalMs', 'long tasks before the frame (total)', s => s.longTasks.totalMs]
];

const SELECTOR = 'li[data-decision-id]';

/** A Danish string of the web part: its `loc/da-dk.js` is an AMD module (`define([], function () { return {…}; })`). */
function daStrings(): Record<string, string> {
  let strings: Record<string, string> = {};
  const define = (...args: unknown[]): void => {
    strings = (args.find(a => typeof a === 'function') as () => Record<string, string>)();
  };
  // eslint-disable-next-line no-new-func -- the strings file is the project's own, read as SharePoint's loader would
  new Function('define', fs.readFileSync(path.join(__dirname, '..', '..', 'src', 'webparts', 'beslutninger', 'loc', 'da-dk.js'), 'utf8'))(define);
  return strings;
}

function loadSummaries(samples: ILoadSample[]): Record<LoadFigure, ISummary> {
  return Object.fromEntries(LOAD_FIGURES.map(([key, , get]) => [key, summarize(samples.map(get))])) as Record<LoadFigure, ISummary>;
}

interface IInteractionTimes { forumOn: number[]; forumOff: number[]; viewAll: number[]; viewActive: number[]; open: number[] }

/**
 * In the page (a string: tsx's transform would add helpers the page does not have). Each timing runs from the click to
 * the animation frame after the DOM shows the expected decisions (or the panel the expected actions).
 */
const interactions = (o: { active: number; board: number; all: number; openId: number; actions: number; forum: string; viewAll: string;
  viewActive: string }): string => `(async () => {
  const o = ${JSON.stringify(o)};
  const frame = () => new Promise(r => requestAnimationFrame(() => r()));
  const settle = async () => { await frame(); await new Promise(r => setTimeout(r, 0)); };
  const count = () => document.querySelectorAll('${SELECTOR}').length;
  const until = async (done, what) => {
    const limit = performance.now() + 60000;
    while (!done()) { if (performance.now() > limit) throw new Error('timed out waiting for ' + what); await frame(); }
    await frame();
  };
  const timed = async (act, done, what) => { const s = performance.now(); act(); await until(done, what); return performance.now() - s; };
  const combo = () => document.querySelector('[role="search"] [role="combobox"]');
  await until(() => !!combo(), 'the forum filter');
  // A multi-select option is a check box input; its text is in the label it names (aria-labelledby).
  const option = () => Array.from(document.querySelectorAll('[role="option"]'))
    .find(e => ((e.getAttribute('aria-labelledby') && document.getElementById(e.getAttribute('aria-labelledby'))) || e).textContent.trim() === o.forum);

  const forumOn = [];
  const forumOff = [];
  combo().click();
  await until(() => !!option(), 'the forum options (' + document.querySelectorAll('[role="option"]').length + ' options)');
  for (let i = 0; i < 10; i++) {
    forumOn.push(await timed(() => option().click(), () => count() === o.board, 'the board only (' + o.board + ')'));
    await settle();
    forumOff.push(await timed(() => option().click(), () => count() === o.active, 'every forum again (' + o.active + ')'));
    await settle();
  }
  // Close the options: Escape where the focus is, else a click outside (what dismisses a Fluent callout).
  (document.activeElement || document.body).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', keyCode: 27, which: 27, bubbles: true }));
  for (let i = 0; i < 30 && document.querySelector('.ms-Dropdown-callout'); i++) await frame();
  if (document.querySelector('.ms-Dropdown-callout')) {
    document.body.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  }
  await until(() => !document.querySelector('.ms-Dropdown-callout'), 'the callout to close');
  await settle();

  const view = text => Array.from(document.querySelectorAll('[role="group"] button')).find(b => b.textContent.trim() === text);
  const viewAll = [];
  const viewActive = [];
  for (let i = 0; i < 10; i++) {
    viewAll.push(await timed(() => view(o.viewAll).click(), () => count() === o.all, 'Alle (' + o.all + ')'));
    await settle();
    viewActive.push(await timed(() => view(o.viewActive).click(), () => count() === o.active, 'Aktive (' + o.active + ')'));
    await settle();
  }

  const open = [];
  const actionsShown = () => {
    const list = document.querySelector('.ms-Panel-main [data-testid="decision-actions"]');
    return !!list && (o.actions === 0 ? list.tagName === 'P' : list.querySelectorAll(':scope > li').length === o.actions);
  };
  for (let i = 0; i < 8; i++) {
    const title = document.querySelector('${SELECTOR}[data-decision-id="' + o.openId + '"] button');
    if (!title) throw new Error('decision ' + o.openId + ' is not listed');
    open.push(await timed(() => title.click(), actionsShown, 'the details with ' + o.actions + ' actions'));
    document.querySelector('.ms-Panel-closeButton').click();
    await until(() => !document.querySelector('.ms-Panel-main'), 'the panel to close');
    await settle();
  }
  return { forumOn, forumOff, viewAll, viewActive, open };
})()`;

/** Runs the Beslutninger part of the benchmark on its own local site and browser. */
export async function benchBeslutninger(options: IBeslutningerBenchOptions): Promise<IBeslutningerBenchResult> {
  const manifest = readManifests(path.join(options.releaseDir, 'manifests')).find(m => m.alias === 'BeslutningerWebPart');
  if (!manifest) throw new Error('No BeslutningerWebPart manifest in release/manifests: run without --no-build');
  const component = shipComponent(options.releaseDir, manifest.id);
  const size = measureRelease(options.releaseDir).components.find(c => c.id === manifest.id)!;
  const strings = daStrings();

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'os2-bench-beslutninger-'));
  const site = await startLocalSite({ port: options.port ?? 0, dataDir });
  let browser: Browser | undefined;
  try {
    await prepareSite(site, { seed: 'none' });
    const services = servicesFor(site);
    const now = new Date();
    const report = await seedLarge({
      services, store: site.store, today: now, activities: 0, inquiries: 0, tasks: 6_000, processes: 0, processSteps: 0,
      decisions: options.decisions ?? 20_000, decisionActions: options.decisionActions ?? 44_000
    });
    // What the first render, the board filter and »Alle« list: the register's own model on the service's data.
    const today = todayInCopenhagen(now);
    const year = Number(today.slice(0, 4));
    const data = await services.decisions.load(year, today, 7);
    const texts = searchTextsOf(data.decisions);
    const context0 = { today, userId: data.currentUser.id, followUpWindowDays: 7, year };
    const active = registerModel(data.decisions, data.actions, 'active', NO_REGISTER_FILTER, context0, texts).shown;
    const board = registerModel(data.decisions, data.actions, 'active', { ...NO_REGISTER_FILTER, forums: ['Bestyrelse'] }, context0, texts).shown;
    const all = registerModel(data.decisions, data.actions, 'all', NO_REGISTER_FILTER, context0, texts).shown;
    // The decision to open: the shown one with the most actions.
    const shownIds = new Set(registerModel(data.decisions, data.actions, 'active', NO_REGISTER_FILTER, context0, texts)
      .groups.flatMap(g => g.decisions.map(d => d.id)));
    const perDecision = new Map<number, number>();
    for (const a of data.actions) if (a.decision && shownIds.has(a.decision.id)) perDecision.set(a.decision.id, (perDecision.get(a.decision.id) ?? 0) + 1);
    const openId = [...perDecision.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
    const actions = (await services.decisions.actionsOf(openId)).length;

    const user = site.store.findUser(DEMO_EMAILS.mette)!;
    await mountWebPartPage(site.app, {
      name: 'beslutninger', title: 'Beslutninger (gulp bundle --ship)', releaseDir: options.releaseDir, component,
      siteUrl: site.siteUrl, graphRoot: graphRootOf(site),
      properties: { ...(manifest as { preconfiguredEntries?: { properties?: object }[] }).preconfiguredEntries?.[0]?.properties },
      issueDigest: () => ({ value: site.store.formDigests.issue(user), timeoutSeconds: site.store.formDigests.timeoutSeconds })
    });
    browser = await options.chromium();
    const url = `${site.url}/bench/beslutninger`;
    const { cold, warm, requests } = await coldWarmLoads({ browser, site, url, selector: SELECTOR, expected: active, runs: options.runs, label: 'Beslutninger' });

    const context = await benchContext(browser, SELECTOR, active);
    let times: IInteractionTimes;
    const serverMs: number[] = [];
    let openRequests = 0;
    try {
      const page = await context.newPage();
      page.on('pageerror', e => console.error(`[beslutninger] ${e.message}`));
      await page.goto(url);
      await readLoad(page, SELECTOR);
      await page.waitForLoadState('networkidle');
      site.requests.clear();
      times = await page.evaluate(interactions({
        active, board, all, openId, actions, forum: 'Bestyrelse', viewAll: strings.ViewAll, viewActive: strings.ViewActive
      })) as IInteractionTimes;
      // Filters and views ask for nothing; every SharePoint request here is a decision opened.
      const log = site.requests.list().filter(r => r.api === 'sharepoint');
      openRequests = log.length;
      serverMs.push(...log.map(r => r.durationMs));
    } finally {
      await context.close();
    }
    return {
      decisions: report.decisions, tasks: report.tasks, shown: { active, board, all }, runs: options.runs,
      bundle: { scripts: component.scripts.map(s => path.basename(s.src)), firstLoadGzip: size.firstLoadGzip, chunks: size.chunks.map(c => c.file) },
      register: { cold: loadSummaries(cold), warm: loadSummaries(warm) },
      requests,
      filter: {
        forumOn: summarize(times.forumOn), forumOff: summarize(times.forumOff),
        viewAll: summarize(times.viewAll), viewActive: summarize(times.viewActive)
      },
      open: {
        first: summarize(times.open.slice(0, 1)), again: summarize(times.open.slice(1)), actions,
        requestsPerOpen: openRequests / times.open.length, serverMs: summarize(serverMs)
      },
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

/** The Beslutninger table for the console. */
export function printBeslutninger(r: IBeslutningerBenchResult): void {
  const kb = (b: number): string => `${(b / KB).toFixed(1)} KB`;
  const pp = (s: ISummary, count = false): string => (count ? `${s.p50} / ${s.p95}` : `${ms(s.p50)} / ${ms(s.p95)}`);
  const line = (label: string, s: ISummary): string => `${pad(label, 52)}p50 ${ms(s.p50)}, p95 ${ms(s.p95)} (${s.n})`;
  console.log('');
  console.log(`Beslutninger: ${r.bundle.scripts.join(' + ')} from release/, first load ${kb(r.bundle.firstLoadGzip)} gzip, lazy chunks ${r.bundle.chunks.length}.`);
  console.log(`${r.decisions} decisions, ${r.tasks} tasks; the first render lists ${r.shown.active} (»Aktive« this year); ${r.runs} cold + warm loads; p50 / p95.`);
  for (const mode of ['cold', 'warm'] as const) {
    for (const [key, label] of LOAD_FIGURES) {
      console.log(`${pad(mode, 6)}${pad(label, 40)}${lpad(pp(r.register[mode][key], key === 'longTaskCount'), 24)}`);
    }
  }
  console.log(`Requests for the first render: SharePoint ${[...new Set(r.requests)].join('/')} ($batch).`);
  console.log(line(`Forum filter »Bestyrelse« on → ${r.shown.board} shown:`, r.filter.forumOn));
  console.log(line(`Forum filter off → ${r.shown.active} shown:`, r.filter.forumOff));
  console.log(line(`View »Alle« → ${r.shown.all} shown:`, r.filter.viewAll));
  console.log(line(`View »Aktive« → ${r.shown.active} shown:`, r.filter.viewActive));
  console.log(line(`Open a decision with ${r.open.actions} actions, first (code + data):`, r.open.first));
  console.log(line(`Open it again (data: ${r.open.requestsPerOpen} request per open):`, r.open.again));
  console.log(line('  of which the local site answering:', r.open.serverMs));
}
