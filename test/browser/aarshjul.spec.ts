import type { Page } from '@playwright/test';
import { activitiesList } from '../../src/schema';
import { test, expect } from './fixtures';

/**
 * The Årshjul web part on the local page, against the freshly seeded local site: keyboard use, create/edit/delete
 * read back through SharePoint REST, what a reader sees, agenda/wheel parity, axe-core, and a Teams dark screenshot.
 */

const WHEEL = 'svg[role="application"]';
const ITEMS = '[data-layer="items"] [data-key]';

/** The keys the wheel draws, sorted. */
async function wheelKeys(page: Page): Promise<string[]> {
  await page.locator(ITEMS).first().waitFor();
  return (await page.locator(ITEMS).evaluateAll(els => els.map(e => e.getAttribute('data-key') ?? ''))).sort();
}

/** The keys the agenda lists, sorted. */
async function agendaKeys(page: Page): Promise<string[]> {
  const buttons = page.locator('section[aria-label^="Aktiviteter i"] button[data-key]');
  await buttons.first().waitFor();
  return (await buttons.evaluateAll(els => els.map(e => e.getAttribute('data-key') ?? ''))).sort();
}

/**
 * The open panel (details or form). Fluent's dialog element is a zero-size wrapper around a fixed-position panel,
 * so visibility is checked on its heading.
 */
async function openPanel(page: Page, heading?: string | RegExp): Promise<ReturnType<Page['getByRole']>> {
  const panel = page.getByRole('dialog');
  await expect(heading ? panel.getByRole('heading', { name: heading }) : panel.getByRole('heading').first()).toBeVisible();
  return panel;
}

/** Tabs until focus is inside the wheel (its single tab stop), and returns the focused item's accessible name. */
async function tabIntoWheel(page: Page): Promise<string> {
  await page.locator(ITEMS).first().waitFor();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => {
      const el = document.activeElement;
      return el && el.closest('[data-layer="items"]') ? el.getAttribute('aria-label') : undefined;
    });
    if (name) return name;
  }
  throw new Error('Tab never reached the wheel');
}

test('keyboard: Tab reaches an activity on the wheel, arrows move, Enter opens its details, Escape closes', async ({ openPage }) => {
  const page = await openPage();
  const first = await tabIntoWheel(page);
  expect(first).toMatch(/, \d{1,2}\. [a-zæøå]+ \d{4}/);
  await page.keyboard.press('ArrowUp');
  const moved = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
  expect(moved).toBeTruthy();
  // A visible focus indicator is drawn over the focused item.
  await expect(page.locator(`${WHEEL} [data-export="skip"]`).first()).toBeVisible();
  await page.keyboard.press('Enter');
  const panel = await openPanel(page, moved!.split(', ')[0]);
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  // Focus returns to the wheel item that opened the panel.
  expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(moved);
});

test('create, edit and delete an activity; each change is read back through SharePoint REST', async ({ openPage, site }) => {
  const page = await openPage();
  const title = `Browsertest ${Date.now()}`;
  const stored = async (): Promise<{ Id: number; Title: string }[]> =>
    (await site.items<{ Id: number; Title: string }>('activities', { select: ['Id', 'Title'] })).filter(i => i.Title.startsWith(title));

  await page.getByRole('button', { name: 'Ny aktivitet' }).click();
  const form = await openPanel(page, 'Ny aktivitet');
  await form.getByRole('textbox', { name: 'Titel' }).fill(title);
  await form.getByRole('textbox', { name: 'Beskrivelse' }).fill('Oprettet af browsertesten');
  await form.getByRole('button', { name: 'Gem' }).click();
  await expect(form).toHaveCount(0);
  await expect.poll(async () => (await stored()).map(i => i.Title)).toEqual([title]);
  await expect(page.locator(`[aria-label^="${title},"]`).first()).toBeAttached();

  // Edit it from the agenda.
  await page.getByRole('button', { name: 'Liste' }).click();
  await page.locator('section[aria-label^="Aktiviteter i"]').getByRole('button', { name: new RegExp(title) }).click();
  await (await openPanel(page, title)).getByRole('button', { name: 'Redigér' }).click();
  const edit = await openPanel(page, 'Redigér aktivitet');
  await edit.getByRole('textbox', { name: 'Titel' }).fill(`${title} (rettet)`);
  await edit.getByRole('button', { name: 'Gem' }).click();
  await expect.poll(async () => (await stored()).map(i => i.Title)).toEqual([`${title} (rettet)`]);
  // Saving returns to the details, now showing the new title.
  await openPanel(page, `${title} (rettet)`);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Delete it, after confirming.
  await page.locator('section[aria-label^="Aktiviteter i"]').getByRole('button', { name: new RegExp(`${title} \\(rettet\\)`) }).click();
  await (await openPanel(page, `${title} (rettet)`)).getByRole('button', { name: 'Slet' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Slet aktiviteten?' });
  await expect(confirm.getByText(/slettes fra årshjulet med alle sine gentagelser/)).toBeVisible();
  await confirm.getByRole('button', { name: 'Slet' }).click();
  await expect.poll(stored).toEqual([]);
  await expect(page.locator(`[aria-label^="${title}"]`)).toHaveCount(0);
});

test('a reader sees the wheel and the details, but no edit controls', async ({ openPage }) => {
  const page = await openPage({ user: 'reader' });
  await page.locator(ITEMS).first().waitFor();
  await expect(page.getByRole('button', { name: 'Ny aktivitet' })).toHaveCount(0);
  await page.locator(ITEMS).first().click();
  const panel = await openPanel(page);
  await expect(panel.getByRole('button', { name: 'Redigér' })).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Slet' })).toHaveCount(0);
  await expect(panel.getByRole('button', { name: /^Markér som udført/ })).toHaveCount(0);
});

test('the agenda shows exactly the items of the wheel, also when filtered', async ({ openPage }) => {
  const page = await openPage();
  const onWheel = await wheelKeys(page);
  expect(onWheel.length).toBeGreaterThan(10);
  await page.getByRole('button', { name: 'Liste' }).click();
  expect(await agendaKeys(page)).toEqual(onWheel);
  await page.getByRole('searchbox', { name: 'Søg i årshjulet' }).fill('bestyrelse');
  await expect.poll(async () => (await agendaKeys(page)).length).toBeLessThan(onWheel.length);
  const filtered = await agendaKeys(page);
  await page.getByRole('button', { name: 'Hjul' }).click();
  expect(await wheelKeys(page)).toEqual(filtered);
});

test('axe-core finds no serious or critical violations in the wheel, the agenda and the details panel', async ({ openPage, checkA11y }) => {
  const page = await openPage();
  await page.locator(ITEMS).first().waitFor();
  await checkA11y();
  await page.getByRole('button', { name: 'Liste' }).click();
  await page.locator('section[aria-label^="Aktiviteter i"] button[data-key]').first().waitFor();
  await checkA11y();
  await page.locator('section[aria-label^="Aktiviteter i"] button[data-key]').first().click();
  await openPanel(page);
  // Measure the panel's real colours, not a frame of its fade-in.
  await page.waitForFunction(() => document.getAnimations().every(a => a.playState !== 'running'));
  await checkA11y();
  // The form too, with its validation messages showing.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Ny aktivitet' }).click();
  const form = await openPanel(page, 'Ny aktivitet');
  await form.getByRole('button', { name: 'Gem' }).click();
  await expect(form.getByText('Feltet »Titel« skal udfyldes.')).toBeVisible();
  await page.waitForFunction(() => document.getAnimations().every(a => a.playState !== 'running'));
  await checkA11y();
});

test('Teams dark mode renders the wheel in the dark theme (screenshot in test-results/)', async ({ openPage, checkA11y }, testInfo) => {
  const page = await openPage({ teams: 'dark' });
  await page.locator(ITEMS).first().waitFor();
  const background = await page.locator('section[aria-label="Årshjul"]').evaluate(el => {
    let node: HTMLElement | null = el as HTMLElement;
    while (node && getComputedStyle(node).backgroundColor === 'rgba(0, 0, 0, 0)') node = node.parentElement;
    return node ? getComputedStyle(node).backgroundColor : '';
  });
  expect(background).toBe('rgb(31, 31, 31)');
  await checkA11y();
  const path = testInfo.outputPath('aarshjul-teams-dark.png');
  await page.screenshot({ path, fullPage: true });
  await page.screenshot({ path: 'test-results/aarshjul-teams-dark.png', fullPage: true });
});

test('PNG export downloads the wheel and its legend at twice their size', async ({ openPage }) => {
  const page = await openPage();
  await page.locator(ITEMS).first().waitFor();
  await page.getByRole('button', { name: 'Eksportér' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: 'Billede af hjulet (PNG)' }).click()
  ]);
  expect(download.suggestedFilename()).toMatch(/^aarshjul-\d{4}(-\d{2})?\.png$/);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const png = Buffer.concat(chunks);
  // PNG signature, then the IHDR chunk's width and height (big-endian) at bytes 16–23.
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  // The wheel is 800 wide; under it the legend makes the image taller than it is wide.
  expect(png.readUInt32BE(16)).toBe(1600);
  expect(png.readUInt32BE(20)).toBeGreaterThan(1600);
  expect(png.length).toBeGreaterThan(20_000);
});

test('»Ansvarlig« can be someone from the directory who is not a site user yet: picking her adds her, and the save stores her', async ({ openPage, site, request }) => {
  const karen = 'karen.mikkelsen@os2.eu';
  const asCoordinator = { Accept: 'application/json', 'X-LocalSite-User': 'mette.kjaer@os2.eu' };
  const siteUser = async (): Promise<number> =>
    (await request.get(`${site.siteUrl}/_api/web/siteusers/getByEmail('${karen}')?$select=Id`, { headers: asCoordinator })).status();
  expect(await siteUser()).toBe(404);

  const page = await openPage();
  const title = `Ansvarlig fra kataloget ${Date.now()}`;
  await page.getByRole('button', { name: 'Ny aktivitet' }).click();
  const form = await openPanel(page, 'Ny aktivitet');
  await form.getByRole('textbox', { name: 'Titel' }).fill(title);
  const picker = form.getByRole('combobox', { name: 'Ansvarlig' });
  await picker.click();
  await picker.pressSequentially('karen', { delay: 30 });
  await expect(page.getByText('Personer i organisationen')).toBeVisible();
  await page.getByRole('option', { name: /Karen Mikkelsen/ }).click();
  await expect(form.getByRole('button', { name: 'Fjern Karen Mikkelsen' })).toBeVisible();
  await expect.poll(siteUser).toBe(200);
  await form.getByRole('button', { name: 'Gem' }).click();
  await expect(form).toHaveCount(0);

  const [saved] = (await site.items<{ Id: number; Title: string; ResponsibleId: number }>('activities', { select: ['Id', 'Title', 'ResponsibleId'] }))
    .filter(i => i.Title === title);
  const karenId = (await (await request.get(`${site.siteUrl}/_api/web/siteusers/getByEmail('${karen}')?$select=Id`, { headers: asCoordinator })).json() as { Id: number }).Id;
  expect(saved.ResponsibleId).toBe(karenId);
  const read = await request.get(`${site.siteUrl}/_api/web/getList('${site.listPath('activities')}')/items(${saved.Id})?$select=Responsible/Title,Responsible/EMail&$expand=Responsible`, { headers: asCoordinator });
  expect(await read.json()).toMatchObject({ Responsible: { Title: 'Karen Mikkelsen', EMail: karen } });

  const removed = await request.post(`${site.siteUrl}/_api/web/getList('${site.listPath('activities')}')/items(${saved.Id})`,
    { headers: { ...asCoordinator, 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '*' } });
  expect(removed.status()).toBe(200);
});

test('a date typed after clicking the date field is saved (read back through REST); a wrong one is an error that keeps the text', async ({ openPage, site }) => {
  const page = await openPage();
  const title = `Datotest ${Date.now()}`;
  await page.getByRole('button', { name: 'Ny aktivitet' }).click();
  const form = await openPanel(page, 'Ny aktivitet');
  await form.getByRole('textbox', { name: 'Titel' }).fill(title);
  const start = form.getByRole('textbox', { name: /^Dato\b/ });
  // A mouse click, then typing: the text goes into the field (it replaces the date shown).
  await start.click();
  await page.keyboard.type('31.2.2027');
  await page.keyboard.press('Enter');
  await expect(form.getByText('Den dato findes ikke. Tjek dag og måned, fx 14.5.2027.')).toBeVisible();
  await expect(start).toHaveValue('31.2.2027');
  // Click again, select all, type a good date, save straight away.
  await start.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('15.3.27');
  await form.getByRole('button', { name: 'Gem' }).click();
  await expect(form).toHaveCount(0);
  const dateField = activitiesList.fields.startDate.name;
  const stored = async (): Promise<Record<string, unknown>[]> =>
    (await site.items<Record<string, unknown>>('activities', { select: ['Id', 'Title', dateField] })).filter(i => i.Title === title);
  await expect.poll(async () => (await stored()).length).toBe(1);
  const [item] = await stored();
  // A date column holds Copenhagen midnight in UTC: 15 March 2027 00:00 CET = 14 March 23:00 UTC.
  expect(item[dateField]).toBe('2027-03-14T23:00:00Z');
  const services = site.services();
  await services.repositories.activities.delete(item.Id as number, '*');
});

test('a board member finds the next board meeting in »Næste« and opens it; the agenda opens at today', async ({ openPage, checkA11y }) => {
  const page = await openPage({ user: 'board' });
  const next = page.getByRole('region', { name: 'Næste' });
  await expect(next).toBeVisible();
  const meetings = next.getByRole('list', { name: 'Næste møde i hvert forum' });
  const board = meetings.getByRole('button', { name: /Bestyrelsen: / });
  await expect(board).toBeVisible();
  await expect(next.getByRole('list', { name: 'Frister og milepæle' }).getByRole('button').first()).toBeVisible();
  await checkA11y();
  await board.click();
  const panel = await openPanel(page);
  await expect(panel.getByRole('heading').first()).toContainText(/Bestyrelse/);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Liste' }).click();
  const marker = page.getByTestId('agenda-today');
  await expect(marker).toHaveText(/^I dag, \d{1,2}\. [a-zæøå]+ \d{4}$/);
  await expect(marker).toBeInViewport();
  // The entry after the marker is not in the past.
  const firstKey = await marker.evaluate(el => el.nextElementSibling?.querySelector('button')?.getAttribute('data-key') ?? '');
  expect(firstKey).toMatch(/^(activity|meeting):/);
  await checkA11y();
});
