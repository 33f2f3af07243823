import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/**
 * Printing in the Processer web part: one process as a clean page of its own (facts, description, ordered steps) and
 * the published catalogue as a process handbook with a table of contents by area. The print dialog itself is the
 * browser's: `print()` of the new window is recorded instead of opened.
 */

/** Records the windows the page opens and their `print()` calls (window.__printed). */
async function capturePrint(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __printed: number; open: typeof window.open };
    w.__printed = 0;
    const open = window.open.bind(window);
    w.open = (...args: Parameters<typeof window.open>) => {
      const win = open(...args);
      if (win) win.print = () => { w.__printed++; };
      return win;
    };
  });
}

test('»Udskriv« on a process opens a clean page with its facts and steps in order, and the print dialog', async ({ openPage }) => {
  const page = await openPage({ page: 'processer' });
  const title = 'Forberedelse og afvikling af bestyrelsesmøder';
  await page.getByRole('button', { name: title }).click();
  const panel = page.getByRole('dialog');
  const steps = panel.getByTestId('process-steps').locator(':scope > li strong');
  await expect(steps.first()).toBeVisible();
  const expected = await steps.allTextContents();
  expect(expected.length).toBeGreaterThan(2);

  await capturePrint(page);
  const [popup] = await Promise.all([page.waitForEvent('popup'), panel.getByRole('button', { name: 'Udskriv' }).click()]);
  await expect(popup.locator('h2')).toHaveText(title);
  await expect(popup.locator('ol > li > strong')).toHaveText(expected);
  await expect(popup.locator('dl')).toContainText('Procesejer');
  // A printed process says when it was last reviewed and who approved it (the demo process was reviewed and approved).
  await expect(popup.locator('dt', { hasText: 'Senest revideret' })).toHaveCount(1);
  await expect(popup.locator('dt', { hasText: 'Godkendt af' })).toHaveCount(1);
  // A page of its own: none of the site's or Fluent's markup, no scripts.
  expect(await popup.locator('script, button, [class*="ms-"]').count()).toBe(0);
  expect(await popup.evaluate(() => document.documentElement.lang)).toBe('da');
  expect(await page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(1);

  // A browser that blocks the print page (a pop-up) gets told so, instead of nothing happening.
  await page.evaluate(() => { window.open = () => null; });
  await panel.getByRole('button', { name: 'Udskriv' }).click();
  await expect(panel.getByText(/Udskriftssiden kunne ikke åbnes/)).toBeVisible();
});

test('the process handbook has a table of contents by area linking to every published process with its steps', async ({ openPage }) => {
  const page = await openPage({ page: 'processer' });
  await page.getByRole('button', { name: 'Proceshåndbog' }).click();
  const handbook = page.getByTestId('handbook');
  await expect(handbook.getByRole('heading', { name: 'Indhold' })).toBeVisible();
  const toc = handbook.getByRole('navigation', { name: 'Indhold' });
  const areas = toc.locator(':scope > ol > li');
  // The four areas in their order, each with its processes.
  const areaNames = await areas.evaluateAll(lis => lis.map(li => (li.firstChild?.textContent ?? '').trim()));
  expect(areaNames).toEqual(['Processer og dokumentation', 'Årshjul og mødeforum', 'Beslutninger og opfølgning', 'Henvendelser og kommunikation']);
  const links = toc.locator('a');
  const sections = handbook.locator('section.process');
  const count = await sections.count();
  expect(count).toBeGreaterThan(10);
  await expect(links).toHaveCount(count);
  // Every entry points at its section, and only published processes are in it (the drafts of the demo are not).
  const hrefs = await links.evaluateAll(as => as.map(a => a.getAttribute('href')));
  const ids = await sections.evaluateAll(ss => ss.map(s => `#${s.id}`));
  expect(hrefs.sort()).toEqual(ids.sort());
  await expect(sections.locator('h2', { hasText: 'Pressehenvendelser og krisekommunikation' })).toHaveCount(0);
  const board = sections.filter({ has: page.locator('h2', { hasText: 'Forberedelse og afvikling af bestyrelsesmøder' }) });
  expect(await board.locator('ol > li').count()).toBeGreaterThan(2);
  // On screen as on paper: the facts as label–value rows, and the title once (the panel's).
  expect(await board.locator('dl').evaluate(dl => getComputedStyle(dl).display)).toBe('grid');
  await expect(handbook.locator('h1')).toBeHidden();

  await capturePrint(page);
  const [popup] = await Promise.all([page.waitForEvent('popup'), page.getByRole('dialog').getByRole('button', { name: 'Udskriv' }).click()]);
  await expect(popup.locator('h1')).toHaveText('Proceshåndbog');
  await expect(popup.locator('section.process')).toHaveCount(count);
  await expect(popup.locator('nav a')).toHaveCount(count);
  expect(await page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(1);
});

test('the handbook on screen is readable in Teams\' dark theme (its links in the theme\'s link colour)', async ({ openPage, checkA11y }) => {
  const page = await openPage({ page: 'processer', teams: 'dark' });
  await page.getByRole('button', { name: 'Proceshåndbog' }).click();
  const toc = page.getByTestId('handbook').getByRole('navigation', { name: 'Indhold' });
  await expect(toc.locator('a').first()).toBeVisible();
  // axe's colour-contrast (serious) on the handbook: the browser's own link blue fails on the dark panel.
  await checkA11y({ include: '[data-testid="handbook"]' });
});
