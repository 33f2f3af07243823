import * as fs from 'fs';
import * as path from 'path';
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

/**
 * The Prioritering board on its own page: a card moved by keyboard from COULD to MUST is stored (read back through
 * REST) and the balance bar changes; a card dragged to another column is stored too; a reader sees the board without
 * move controls; axe-core is clean (light, Teams dark, phone width); the Teams personal app renders all its tabs.
 */

const balance = (page: Page, priority: string): Promise<string> =>
  page.getByTestId('balance').locator(`li[data-priority="${priority}"]`).innerText();
const percentOf = (text: string): number => Number(/: (\d+) %/.exec(text)![1]);

test('a card moved by keyboard from COULD to MUST is stored and the balance bar changes', async ({ openPage, site, checkA11y }) => {
  test.setTimeout(120_000);
  const title = `Tavletest ${Date.now()}`;
  const created = await site.services().repositories.tasks.add({
    title, priority: 'COULD', status: 'Ikke startet', source: 'Andet', effort: 20, dueDate: '2026-12-03'
  });
  const page = await openPage({ page: 'prioritering', now: '2026-12-01' });
  const card = page.locator('article', { has: page.getByRole('heading', { name: title }) });
  await expect(page.locator('[data-priority="COULD"][role="group"]').getByRole('heading', { name: title })).toBeVisible();
  await checkA11y();
  const mustBefore = percentOf(await balance(page, 'MUST'));

  // Keyboard only: Tab to »Flyt«, open it with Enter, Tab to »Flyt til MUST«, Enter.
  await card.getByRole('button', { name: `Flyt »${title}«` }).focus();
  await page.keyboard.press('Enter');
  await card.getByRole('button', { name: 'Flyt til MUST' }).focus();
  await page.keyboard.press('Enter');

  const must = page.locator('[data-priority="MUST"][role="group"]');
  await expect(must.getByRole('heading', { name: title })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: `»${title}« er flyttet til MUST.` })).toHaveCount(1);
  await expect(must.locator('article', { has: page.getByRole('heading', { name: title }) })).toBeFocused();
  await expect.poll(async () => (await site.items<{ Id: number; Priority: string }>('tasks', { select: ['Id', 'Priority'], filter: `Id eq ${created.id}` }))[0]?.Priority)
    .toBe('MUST');
  await expect.poll(async () => percentOf(await balance(page, 'MUST'))).toBeGreaterThan(mustBefore);
});

test('a card dragged onto another column is stored', async ({ openPage, site }) => {
  const title = `Trækketest ${Date.now()}`;
  const created = await site.services().repositories.tasks.add({ title, priority: 'SHOULD', status: 'I gang', source: 'Andet', dueDate: '2026-12-04' });
  const page = await openPage({ page: 'prioritering', now: '2026-12-01' });
  const card = page.locator('article', { has: page.getByRole('heading', { name: title }) });
  await card.dragTo(page.locator("[data-priority=\"WON'T\"][role=\"group\"]"));
  await expect(page.locator("[data-priority=\"WON'T\"][role=\"group\"]").getByRole('heading', { name: title })).toBeVisible();
  await expect.poll(async () => (await site.items<{ Priority: string }>('tasks', { select: ['Priority'], filter: `Id eq ${created.id}` }))[0]?.Priority)
    .toBe("WON'T");
});

test('a reader sees the board but cannot move, estimate or add', async ({ openPage, checkA11y }) => {
  const page = await openPage({ user: 'reader', page: 'prioritering', now: '2026-12-01' });
  await expect(page.getByRole('heading', { name: 'MUST' }).first()).toBeVisible();
  await expect(page.locator('article').first()).toBeVisible();
  await expect(page.getByText('Du kan se tavlen, men ikke flytte eller tilføje opgaver.')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Flyt/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Tilføj opgave/ })).toHaveCount(0);
  await expect(page.locator('article[draggable="true"]')).toHaveCount(0);
  await checkA11y();
});

test('English, Teams dark and phone width: axe-core clean, columns stacked', async ({ openPage, checkA11y }) => {
  const page = await openPage({ page: 'prioritering', lang: 'en', teams: 'dark', mobile: true, now: '2026-12-01' });
  await expect(page.getByText('Not this time')).toBeVisible();
  const boxes = await page.locator('[role="group"][data-priority]').evaluateAll(els => els.map(e => e.getBoundingClientRect().left));
  expect(new Set(boxes.map(Math.round)).size).toBe(1);
  await checkA11y();
});

test('the Teams personal app shows its tabs across the top and every tab renders its web part', async ({ openPage }) => {
  test.setTimeout(120_000);
  const page = await openPage({ teams: 'dark', page: 'prioritering' });
  await page.goto(page.url() + '&personal=1');
  const tabs = page.getByRole('navigation', { name: 'Faner' }).getByRole('link');
  await expect(page.getByRole('heading', { level: 1, name: 'Koordinator' })).toBeVisible();
  const names = await tabs.allInnerTexts();
  // Every one of the Teams app's personal tabs (teams/manifest.json: Overblik, Årshjul, Processer, Beslutninger,
  // Henvendelser, Prioritering), and nothing else.
  const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'teams', 'manifest.json'), 'utf8')) as
    { staticTabs: { name: string; scopes: string[] }[] };
  const personal = manifest.staticTabs.filter(t => t.scopes.includes('personal')).map(t => t.name);
  expect(personal).toHaveLength(6);
  expect([...names].sort()).toEqual([...personal].sort());
  for (const name of names) {
    await tabs.filter({ hasText: name }).first().click();
    await expect(tabs.filter({ hasText: name }).first()).toHaveAttribute('aria-current', 'page');
    // Exactly the tab's web part, loaded: its frame, no spinner left, and no error view.
    await expect(page.locator('main [data-webpart]')).toHaveCount(1);
    await expect(page.locator('main .ms-Spinner')).toHaveCount(0, { timeout: 30_000 });
    await expect(page.locator('main [data-webpart]').getByText(/kunne ikke vises|could not be shown/)).toHaveCount(0);
  }
});
