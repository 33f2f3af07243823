import type { Browser, BrowserContext } from 'playwright-core';
import type { ILocalSite } from '../../localsite/server';
import type { IRequestLogEntry } from '../../localsite/server/http/request-log';
import { probeScript, readLoad, type ILoadSample } from './probe';

/**
 * What the web part benches share: a browser context as a Danish user sees the page (1280 × 1000, da-DK, Copenhagen),
 * with the probe that times the frame in which `selector` matches `expected` elements.
 */
export async function benchContext(browser: Browser, selector: string, expected: number): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, locale: 'da-DK', timezoneId: 'Europe/Copenhagen' });
  await context.addInitScript({ content: probeScript(selector, expected) });
  return context;
}

/** Options of {@link coldWarmLoads}. */
export interface IColdWarmOptions {
  browser: Browser;
  site: ILocalSite;
  url: string;
  selector: string;
  expected: number;
  runs: number;
  /** For the progress line and page errors, e.g. »Beslutninger«. */
  label: string;
  /** Which of the cold load's logged requests count as the first render's (default: every SharePoint request). */
  counts?: (request: IRequestLogEntry) => boolean;
}

/**
 * `runs` cold loads (a fresh context each) and a warm reload after each, plus one first pair that warms the browser
 * process up and is not counted; with the SharePoint requests of each cold load.
 */
export async function coldWarmLoads(o: IColdWarmOptions): Promise<{ cold: ILoadSample[]; warm: ILoadSample[]; requests: number[] }> {
  const cold: ILoadSample[] = [];
  const warm: ILoadSample[] = [];
  const requests: number[] = [];
  for (let i = 0; i <= o.runs; i++) {
    const context = await benchContext(o.browser, o.selector, o.expected);
    try {
      const page = await context.newPage();
      page.on('pageerror', e => console.error(`[${o.label}] ${e.message}`));
      o.site.requests.clear();
      await page.goto(o.url);
      const c = await readLoad(page, o.selector);
      await page.waitForLoadState('networkidle');
      const n = o.site.requests.list().filter(o.counts ?? (r => r.api === 'sharepoint')).length;
      await page.reload();
      const w = await readLoad(page, o.selector);
      if (i > 0) {
        cold.push(c);
        warm.push(w);
        requests.push(n);
      }
    } finally {
      await context.close();
    }
    process.stdout.write(`  ${o.label} ${i}/${o.runs}          \r`);
  }
  return { cold, warm, requests };
}
