import * as os from 'os';
import * as path from 'path';
import { defineConfig } from '@playwright/test';

/**
 * Browser tests: Playwright Test in Debian's Chromium (Playwright's own browser download is not available here)
 * against the local page, served by a local site started fresh for the run with the demo data seeded.
 * `npm run pretest:browser` (scripts/ensure-chromium.js) makes sure the browser exists first.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { findChromium } = require('./scripts/ensure-chromium.js') as { findChromium(): string | undefined };

const PORT = Number(process.env.BROWSER_TEST_PORT ?? 4410);
const BASE_URL = `http://127.0.0.1:${PORT}`;
// A data folder of its own, wiped by --reset at every start: each run sees exactly the demo seed.
const DATA_DIR = path.join(os.tmpdir(), `os2-koordinator-browser-${PORT}`);

export default defineConfig({
  testDir: './test/browser',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  // Two cores shared with other work: one worker by default; the suite is small and I/O-bound.
  workers: Number(process.env.BROWSER_TEST_WORKERS ?? 1),
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]] : 'list',
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    headless: true,
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    viewport: { width: 1280, height: 900 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    actionTimeout: 10_000,
    navigationTimeout: 30_000,
    launchOptions: {
      executablePath: findChromium() ?? '/usr/bin/chromium',
      args: [
        '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run'
      ]
    }
  },
  webServer: {
    command: 'npx tsx localsite/start.ts --reset',
    // /_localsite/ready (localsite/start.ts) answers 503 until the lists are provisioned and the demo data seeded.
    url: `${BASE_URL}/_localsite/ready`,
    env: { PORT: String(PORT), DATA_DIR, LOCALSITE_QUIET: '1' },
    // Never test against a server someone left running: its data would not be the fresh demo seed.
    reuseExistingServer: false,
    // Provisioning and the demo seed run through REST before the site reports healthy to this check.
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe'
  }
});
