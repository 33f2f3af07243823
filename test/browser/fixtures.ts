/**
 * Shared fixtures for the browser tests (Playwright Test, Chromium, against the local page of a freshly seeded local
 * site — see `playwright.config.ts`). Import `test` and `expect` from here instead of `@playwright/test`:
 *
 * ```ts
 * import { test, expect } from './fixtures';
 *
 * test('a reader sees the wheel but cannot add', async ({ openPage, site, checkA11y }) => {
 *   const page = await openPage({ user: 'reader', lang: 'en', now: '2026-05-14' });
 *   await expect(page.getByRole('region', { name: 'Årshjul' })).toBeVisible();
 *   await checkA11y();                                     // no serious/critical axe violations
 *   expect(await site.itemCount('activities')).toBeGreaterThan(0);
 * });                                                      // any console error fails the test at the end
 * ```
 *
 * - `page` is Playwright's page, watched: every `console.error` and uncaught page error is collected and the test
 *   fails at teardown if there were any (expected ones can be allowed with `consoleErrors.allow(/pattern/)`).
 * - `openPage(options)` opens the local page in a given state (user, language, Teams theme, edit mode, mobile width,
 *   lists page, fixed "today") and waits until the signed-in user is known.
 * - `checkA11y(options)` runs axe-core — the project's own version, not the one @axe-core/playwright bundles — (WCAG
 *   2.0/2.1 A and AA rules) and fails on serious or critical violations.
 * - `site` reads the site back through SharePoint REST (raw items, counts) or through the project's own services
 *   (domain objects), and can wipe and re-seed the demo data.
 *
 * Tests run one at a time against one server (workers: 1). A test that changes data should leave the demo data as it
 * found it, or call `site.resetAndSeed()` afterwards so the next test starts from the demo seed.
 */
import * as fs from 'fs';
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { InjectHeaders } from '@pnp/queryable';
import type { TeamsTheme, UiLanguage } from '../../src/common/hosting';
import { LISTS, type ListKey } from '../../src/schema';
import { createServices, getGraphForUrl, getSPForUrl, type IServices } from '../../src/services';
import { provideListRules } from '../../src/services/repositories/repositories';
import * as validation from '../../src/domain/validation';
import { DEMO_EMAILS } from '../../localsite/seed/context';
import type { IFaultRule } from '../../localsite/server/http/faults';

// Playwright's loader cannot follow the repositories' on-demand import() of the rules; the setup writes need them.
provideListRules(validation);

/** The demo users by role, as the local site's directory and the demo seed define them. */
export const DEMO_USERS = {
  /** Mette Kjær, forretningskoordinator — site owner (Full Control). */
  coordinator: DEMO_EMAILS.mette,
  /** Lars Holm, sekretariatschef — site owner. */
  chief: DEMO_EMAILS.lars,
  /** Anne Sørensen, bestyrelsesmedlem — Edit. */
  board: DEMO_EMAILS.anne,
  /** Jonas Berg, kollega — Edit. */
  colleague: DEMO_EMAILS.jonas,
  /** Sofie Dahl — Read. */
  reader: DEMO_EMAILS.sofie
} as const;

/** A demo role name, or any e-mail the site knows. */
export type DemoUser = keyof typeof DEMO_USERS | string;

/** The state to open the local page in; each maps to a URL query parameter the page reads. */
export interface IOpenPageOptions {
  /** Signed-in user (role or e-mail); default: the coordinator. */
  user?: DemoUser;
  lang?: UiLanguage;
  /** Render as a Teams tab with this theme. */
  teams?: TeamsTheme;
  /** Page in edit mode (web part edit buttons, property pane). */
  edit?: boolean;
  /** Phone-width canvas. */
  mobile?: boolean;
  /** `lists` opens the site contents (lists with item counts); a web part's slug opens its page (`processer`, `henvendelser`). */
  page?: string;
  /** Fix the web parts' "today" (`host.now()`): `YYYY-MM-DD` or an ISO instant. */
  now?: string;
  /** Wait until the suite bar shows the signed-in user (default true). */
  waitForUser?: boolean;
  /** Further query parameters, e.g. a link between the web parts: `{ koordinator: 'proces:12' }`. */
  query?: Record<string, string>;
}

/** The e-mail of a demo role, or the argument itself. */
export function emailOf(user: DemoUser): string {
  return (DEMO_USERS as Record<string, string>)[user] ?? user;
}

/** The local page's URL (relative to `baseURL`) for a state. */
export function pageUrl(options: IOpenPageOptions = {}): string {
  const q = new URLSearchParams();
  q.set('user', emailOf(options.user ?? 'coordinator'));
  if (options.lang) q.set('lang', options.lang);
  if (options.teams) q.set('teams', options.teams);
  if (options.edit) q.set('edit', '1');
  if (options.mobile) q.set('mobile', '1');
  if (options.page) q.set('page', options.page);
  if (options.now) q.set('now', options.now);
  for (const [name, value] of Object.entries(options.query ?? {})) q.set(name, value);
  return `/?${q.toString()}`;
}

/** Console errors seen on the page during the test. */
export interface IConsoleErrors {
  /** Every error so far, as `console.error: <text>` or `pageerror: <message>`. */
  readonly messages: string[];
  /** Tolerates errors matching `pattern` (for a test that provokes one on purpose). */
  allow(pattern: RegExp): void;
}

/** Options for {@link IFixtures.checkA11y}. */
export interface IA11yOptions {
  /** CSS selector to limit the scan to (default: the whole page). */
  include?: string;
  /** CSS selectors to leave out. */
  exclude?: string[];
  /** axe rule ids to skip — say why in the test. */
  disableRules?: string[];
}

/** Options for {@link ILocalSiteClient.items}. */
export interface IItemsOptions {
  /** `$select` (internal names — tests that can, prefer `services()`, which speaks domain objects). */
  select?: string[];
  filter?: string;
  orderBy?: string;
  /** Page size; every page is read. */
  top?: number;
  /** Read as this user (default: the coordinator). */
  as?: DemoUser;
}

/** The local site, seen from the test process. */
export interface ILocalSiteClient {
  /** Absolute URL of the SharePoint web. */
  readonly siteUrl: string;
  /** Server-relative URL of a list (`/sites/os2/Lists/Aarshjul`). */
  listPath(key: ListKey): string;
  /** Raw list items through REST, all pages. */
  items<T = Record<string, unknown>>(key: ListKey, options?: IItemsOptions): Promise<T[]>;
  /** The list's `ItemCount`. */
  itemCount(key: ListKey): Promise<number>;
  /** The project's own services in the test process, signed in as `as` (default: the coordinator). */
  services(as?: DemoUser): IServices;
  /** Wipes the site (`POST /_localsite/reset`): no lists, no items, no events. */
  reset(): Promise<void>;
  /** Wipes the site and provisions and seeds the demo data again (`POST /_localsite/seed`). */
  resetAndSeed(): Promise<void>;
  /** Adds a fault for the next matching requests (`POST /_localsite/faults`); cleared again after the test. */
  fault(rule: IFaultRule): Promise<void>;
}

/** The fixtures `test` offers on top of Playwright's. */
export interface IFixtures {
  consoleErrors: IConsoleErrors;
  openPage(options?: IOpenPageOptions): Promise<Page>;
  checkA11y(options?: IA11yOptions): Promise<void>;
  site: ILocalSiteClient;
}

const A11Y_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * The project's own axe-core (a direct devDependency), injected instead of the older copy @axe-core/playwright bundles:
 * rules that became stable later (label-content-name-mismatch among them) are missed otherwise.
 */
export const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
/** The version of {@link AXE_SOURCE}, checked by a test so a dependency update cannot silently bring the old one back. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const AXE_VERSION = (require('axe-core/package.json') as { version: string }).version;

export const test = base.extend<IFixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern: none.
  consoleErrors: async ({}, use) => {
    const allowed: RegExp[] = [];
    const messages: string[] = [];
    await use({ messages, allow: pattern => { allowed.push(pattern); } });
    const unexpected = messages.filter(m => !allowed.some(p => p.test(m)));
    expect(unexpected, 'the page logged errors to the console').toEqual([]);
  },

  page: async ({ page, consoleErrors }, use) => {
    page.on('console', message => {
      if (message.type() !== 'error') return;
      const where = message.location();
      consoleErrors.messages.push(`console.error: ${message.text()}${where.url ? ` (${where.url}:${where.lineNumber})` : ''}`);
    });
    page.on('pageerror', error => consoleErrors.messages.push(`pageerror: ${error.message}`));
    await use(page);
  },

  openPage: async ({ page }, use) => {
    await use(async (options: IOpenPageOptions = {}) => {
      await page.goto(pageUrl(options));
      if (options.waitForUser !== false) {
        // The suite bar shows "…" until the page has asked the site who is signed in (/_api/web/currentuser).
        await expect(page.getByTestId('current-user')).not.toHaveText('…');
      }
      return page;
    });
  },

  checkA11y: async ({ page }, use, testInfo) => {
    await use(async (options: IA11yOptions = {}) => {
      // A panel or dialog fading in blends its colours with the page behind: axe would measure a primary button's
      // white on blue at 4.38:1 instead of 4.53:1. Let every animation that ends (not a spinner) end first.
      await page.waitForFunction(() => document.getAnimations()
        .every(a => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity), undefined, { timeout: 10000 });
      let builder = new AxeBuilder({ page, axeSource: AXE_SOURCE }).withTags(A11Y_TAGS);
      if (options.include) builder = builder.include(options.include);
      for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
      if (options.disableRules?.length) builder = builder.disableRules(options.disableRules);
      const results = await builder.analyze();
      await testInfo.attach('axe-results.json', { body: JSON.stringify(results.violations, undefined, 2), contentType: 'application/json' });
      const serious = results.violations.filter(v => v.impact === 'serious' || v.impact === 'critical');
      const report = serious.map(v =>
        `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 5).map(n => n.target.join(' ')).join('\n    ')}`);
      expect(report, 'axe-core: serious or critical accessibility violations').toEqual([]);
    });
  },

  site: async ({ request, baseURL }, use) => {
    const origin = baseURL!.replace(/\/+$/, '');
    const siteUrl = `${origin}/sites/os2`;
    const webPath = new URL(siteUrl).pathname;
    const listPath = (key: ListKey): string => {
      const def = LISTS.find(l => l.key === key);
      if (!def) throw new Error(`No list with key ${key}`);
      return `${webPath}/Lists/${def.url}`;
    };
    const get = async <T>(url: string, as: DemoUser = 'coordinator'): Promise<T> => {
      const response = await request.get(url, { headers: { Accept: 'application/json', 'X-LocalSite-User': emailOf(as) } });
      expect(response.status(), `GET ${url}`).toBe(200);
      return await response.json() as T;
    };
    let faulted = false;
    const post = async (path: string, data?: unknown): Promise<void> => {
      const response = await request.post(`${origin}${path}`, { data: data ?? {}, timeout: 180_000 });
      expect(response.ok(), `POST ${path}: ${response.status()} ${await response.text()}`).toBe(true);
    };
    await use({
      siteUrl,
      listPath,
      async items<T>(key: ListKey, options: IItemsOptions = {}): Promise<T[]> {
        const q = new URLSearchParams();
        if (options.select) q.set('$select', options.select.join(','));
        if (options.filter) q.set('$filter', options.filter);
        if (options.orderBy) q.set('$orderby', options.orderBy);
        q.set('$top', String(options.top ?? 5000));
        let url: string | undefined = `${siteUrl}/_api/web/getList('${listPath(key)}')/items?${q.toString()}`;
        const all: T[] = [];
        while (url) {
          const page: { value: T[]; 'odata.nextLink'?: string } = await get(url, options.as);
          all.push(...page.value);
          url = page['odata.nextLink'];
        }
        return all;
      },
      async itemCount(key: ListKey): Promise<number> {
        const list = await get<{ ItemCount: number }>(`${siteUrl}/_api/web/getList('${listPath(key)}')?$select=ItemCount`);
        return list.ItemCount;
      },
      services(as: DemoUser = 'coordinator'): IServices {
        const sp = getSPForUrl(siteUrl, InjectHeaders({ 'X-LocalSite-User': emailOf(as) }));
        return createServices(sp, getGraphForUrl(`${origin}/graph`), siteUrl);
      },
      async reset(): Promise<void> {
        await post('/_localsite/reset');
      },
      async resetAndSeed(): Promise<void> {
        await post('/_localsite/reset');
        await post('/_localsite/seed', { size: 'demo' });
      },
      async fault(rule: IFaultRule): Promise<void> {
        faulted = true;
        await post('/_localsite/faults', rule);
      }
    });
    // A test's faults never leak into the next test.
    if (faulted) {
      const response = await request.delete(`${origin}/_localsite/faults`);
      expect(response.ok(), 'DELETE /_localsite/faults').toBe(true);
    }
  }
});

export { expect };
