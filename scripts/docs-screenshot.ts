/**
 * `npm run docs:screenshot`: the Årshjul screenshot in `docs/images/aarshjul.png` (the Henvendelser queue's in
 * `docs/images/henvendelser.png`, the Overblik cockpit's in `docs/images/overblik.png`, the Prioritering board's in
 * `docs/images/prioritering.png`, the Beslutninger register's in `docs/images/beslutninger.png`, the Processer catalogue's in
 * `docs/images/processer.png` and a process page's in `docs/images/processer-proces.png`), made the way a person sees it — the
 * local page with the demo data, as the coordinator, in Danish, in Chromium — so the picture in the docs follows the
 * product. `--today=YYYY-MM-DD` fixes the day the demo and the page are relative to (default 2026-11-28, the day the
 * first screenshot was taken), so the picture only changes when the look does. `--only=<name>[,<name>]` (the images'
 * names: `aarshjul`, `henvendelser`, `overblik`, `prioritering`, `beslutninger`, `processer`) makes only those.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium } from 'playwright-core';
import { startLocalSite } from '../localsite/server';
import { mountLocalPage } from '../localsite/pageServer';
import { graphRootOf, prepareSite } from '../localsite/prepare';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { findChromium } = require('./ensure-chromium.js') as { findChromium(): string | undefined };

const OUT = path.join(__dirname, '..', 'docs', 'images', 'aarshjul.png');
const OUT_INQUIRIES = path.join(__dirname, '..', 'docs', 'images', 'henvendelser.png');
const OUT_OVERVIEW = path.join(__dirname, '..', 'docs', 'images', 'overblik.png');
const OUT_BOARD = path.join(__dirname, '..', 'docs', 'images', 'prioritering.png');
const OUT_DECISIONS = path.join(__dirname, '..', 'docs', 'images', 'beslutninger.png');
const OUT_PROCESSES = path.join(__dirname, '..', 'docs', 'images', 'processer.png');
const OUT_PROCESS = path.join(__dirname, '..', 'docs', 'images', 'processer-proces.png');

async function main(): Promise<void> {
  const today = /^--today=(\d{4}-\d{2}-\d{2})$/.exec(process.argv.find(a => a.startsWith('--today=')) ?? '')?.[1] ?? '2026-11-28';
  const only = process.argv.find(a => a.startsWith('--only='))?.slice('--only='.length).split(',');
  const wanted = (name: string): boolean => !only || only.includes(name);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'os2-docs-'));
  // PORT: a port of one's own on a shared machine (default: a free one).
  const site = await startLocalSite({ port: Number(process.env.PORT ?? 0), dataDir });
  await prepareSite(site, { seed: 'demo', today: new Date(`${today}T12:00:00Z`) });
  const page0 = await mountLocalPage(site.app, { siteUrl: site.siteUrl, graphRoot: graphRootOf(site) }, { production: true });
  const browser = await chromium.launch({
    executablePath: findChromium() ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, locale: 'da-DK', timezoneId: 'Europe/Copenhagen' });
    const page = await context.newPage();
    if (wanted('aarshjul')) {
      await page.goto(`${site.url}/?user=mette.kjaer@os2.eu&now=${today}`);
      await page.locator('[data-layer="items"] [data-key^="meeting:"]').first().waitFor({ state: 'attached' });
      await page.waitForFunction(() => document.getAnimations().every(a => a.playState !== 'running'));
      const part = page.locator('section[aria-label="Årshjul"]');
      await part.screenshot({ path: OUT });
      console.log(`${path.relative(process.cwd(), OUT)} (dagen: ${today})`);
    }
    // Henvendelser: the coordinator's »Alle åbne« queue on its own page.
    if (wanted('henvendelser')) {
      await page.goto(`${site.url}/?page=henvendelser&user=mette.kjaer@os2.eu&now=${today}`);
      await page.getByRole('button', { name: /^Alle åbne \d+$/ }).click();
      await page.getByRole('table').waitFor();
      await page.locator('section[aria-label="Henvendelser"]').screenshot({ path: OUT_INQUIRIES });
      console.log(path.relative(process.cwd(), OUT_INQUIRIES));
    }
    // Overblik: the coordinator's cockpit, »Sekretariatet«, on its own page.
    if (wanted('overblik')) {
      await page.goto(`${site.url}/?page=overblik&user=mette.kjaer@os2.eu&now=${today}`);
      await page.getByRole('region', { name: /^Bestyrelsens næste møde/ }).waitFor();
      await page.locator('section[aria-label="Overblik"]').screenshot({ path: OUT_OVERVIEW });
      console.log(path.relative(process.cwd(), OUT_OVERVIEW));
    }
    if (wanted('prioritering')) {
      await page.goto(`${site.url}/?page=prioritering&user=mette.kjaer@os2.eu&now=${today}`);
      await page.locator('[role="group"][data-priority="MUST"] article').first().waitFor();
      await page.locator('section[aria-label="Prioritering"]').screenshot({ path: OUT_BOARD });
      console.log(path.relative(process.cwd(), OUT_BOARD));
    }
    // Beslutninger: the coordinator's register (»Aktive«, this year) on its own page, the filters' dropdowns loaded.
    if (wanted('beslutninger')) {
      await page.goto(`${site.url}/?page=beslutninger&user=mette.kjaer@os2.eu&now=${today}`);
      const decisions = page.getByRole('region', { name: 'Beslutninger' });
      await decisions.locator('li[data-decision-id]').first().waitFor();
      await decisions.locator('[role="search"] [role="combobox"]').first().waitFor();
      await decisions.screenshot({ path: OUT_DECISIONS });
      console.log(path.relative(process.cwd(), OUT_DECISIONS));
    }
    if (wanted('processer')) {
      // Processer: the coordinator's catalogue, then a process page (its steps, swim lanes and links) over it.
      await page.goto(`${site.url}/?page=processer&user=mette.kjaer@os2.eu&now=${today}`);
      const processes = page.locator('section[aria-label="Processer"]');
      await processes.locator('li[data-process-id]').first().waitFor();
      await processes.screenshot({ path: OUT_PROCESSES });
      console.log(path.relative(process.cwd(), OUT_PROCESSES));
      await page.getByRole('button', { name: 'Forberedelse og afvikling af bestyrelsesmøder' }).click();
      await page.getByRole('dialog').getByTestId('process-history').waitFor();
      await page.waitForFunction(() => document.getAnimations().every(a => a.playState !== 'running'));
      await page.screenshot({ path: OUT_PROCESS });
      console.log(path.relative(process.cwd(), OUT_PROCESS));
    }
  } finally {
    await browser.close();
    await page0.dispose();
    await site.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
