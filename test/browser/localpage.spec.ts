import { test, expect, AXE_SOURCE, AXE_VERSION, DEMO_USERS } from './fixtures';
import { LISTS } from '../../src/schema';

/**
 * The local page itself: chrome, user switching, language, Teams mode, accessibility and the lists overview.
 * Web part behaviour is tested in the web parts' own specs.
 */

test('loads as the coordinator with the SharePoint chrome and no console errors', async ({ openPage }) => {
  const page = await openPage();
  await expect(page.getByTestId('current-user')).toHaveText('Mette Kjær');
  await expect(page.getByRole('banner')).toContainText('OS2 Sekretariat');
  await expect(page.getByRole('navigation', { name: 'Webstedsnavigation' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'da-DK');
  // The skip link is the first thing keyboard users reach, and it moves focus to the main content.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Spring til hovedindhold' });
  await expect(skip).toBeFocused();
  await skip.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
});

test('switching user signs in as the new user; a reader sees the lists but no provisioning action', async ({ openPage }) => {
  const page = await openPage({ page: 'lists' });
  await expect(page.getByTestId('lists-table')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Nulstil demo-data' })).toBeVisible();

  // A sign-in is a page load: nothing the page held for Mette (PnPjs's cached form digest above all) survives it.
  await page.evaluate(() => { (window as unknown as { beforeSwitch?: boolean }).beforeSwitch = true; });
  await page.getByRole('button', { name: /^Skift bruger/ }).click();
  await page.getByRole('menuitemcheckbox', { name: /Sofie Dahl/ }).click();

  await expect(page.getByTestId('current-user')).toHaveText('Sofie Dahl');
  expect(await page.evaluate(() => (window as unknown as { beforeSwitch?: boolean }).beforeSwitch)).toBeUndefined();
  await expect(page).toHaveURL(url => url.searchParams.get('user') === DEMO_USERS.reader);
  await expect(page.getByTestId('lists-table')).toBeVisible();
  await expect(page.getByTestId('lists-table').locator('tbody tr')).toHaveCount(LISTS.length);
  await expect(page.getByRole('button', { name: 'Opret lister' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Nulstil demo-data' })).toHaveCount(0);

  // The cookie now names the reader: a reload keeps her signed in.
  await page.goto('/?page=lists');
  await expect(page.getByTestId('current-user')).toHaveText('Sofie Dahl');
});

test('after switching from Mette to Anne a write goes through: the form digest is Anne\'s, not Mette\'s cached one', async ({ openPage, site, request }) => {
  const page = await openPage();
  // The first render already sent a POST ($batch), so PnPjs holds a digest issued to Mette.
  await page.locator('[data-layer="items"] [data-key]').first().waitFor();
  await page.getByRole('button', { name: /^Skift bruger/ }).click();
  await page.getByRole('menuitemcheckbox', { name: /Anne Sørensen/ }).click();
  await expect(page.getByTestId('current-user')).toHaveText('Anne Sørensen');
  const title = `Skrevet af Anne ${Date.now()}`;
  await page.getByRole('button', { name: 'Ny aktivitet' }).click();
  const form = page.getByRole('dialog');
  await form.getByRole('textbox', { name: 'Titel' }).fill(title);
  await form.getByRole('button', { name: 'Gem' }).click();
  await expect(form).toHaveCount(0);
  const [saved] = (await site.items<{ Id: number; Title: string; AuthorId: number }>('activities', { select: ['Id', 'Title', 'AuthorId'] })).filter(i => i.Title === title);
  expect(saved.AuthorId).toBe(9);
  const removed = await request.post(`${site.siteUrl}/_api/web/getList('${site.listPath('activities')}')/items(${saved.Id})`,
    { headers: { Accept: 'application/json', 'X-LocalSite-User': DEMO_USERS.coordinator, 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '*' } });
  expect(removed.status()).toBe(200);
});

test('a member who may manage lists but is no site owner is not offered "Nulstil demo-data" (the site refuses it)', async ({ openPage }) => {
  const page = await openPage({ user: 'board', page: 'lists' });
  await expect(page.getByTestId('lists-table').locator('tbody tr')).toHaveCount(LISTS.length);
  await expect(page.getByRole('button', { name: 'Nulstil demo-data' })).toHaveCount(0);
});

test('the language switch changes the page to English and back, and the URL follows', async ({ openPage }) => {
  const page = await openPage();
  await page.getByRole('button', { name: /^Sprog: Dansk/ }).click();
  await page.getByRole('menuitemcheckbox', { name: 'English' }).click();

  await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
  await expect(page.getByRole('navigation', { name: 'Site navigation' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Site contents' })).toBeVisible();
  await expect(page).toHaveURL(/lang=en/);
  // The web parts are remounted with their English strings.
  await expect(page.getByRole('region', { name: 'Annual wheel' })).toBeVisible();

  await page.getByRole('button', { name: /^Language: English/ }).click();
  await page.getByRole('menuitemcheckbox', { name: 'Dansk' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'da-DK');
  await expect(page).not.toHaveURL(/lang=en/);
});

test('edit mode: the edit button opens the property pane; a change applies at once and survives a reload', async ({ openPage, checkA11y }) => {
  const page = await openPage();
  await expect(page.getByRole('region', { name: 'Årshjul' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Rediger egenskaber for Årshjul' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Rediger', exact: true }).click();
  await expect(page).toHaveURL(/edit=1/);

  await page.getByRole('button', { name: 'Rediger egenskaber for Årshjul' }).click();
  const heading = page.getByLabel('Overskrift');
  await expect(heading).toBeVisible();
  await heading.fill('Sekretariatets år');
  // Like SPFx's reactive property pane: the web part re-renders with the new value at once.
  await expect(page.getByRole('heading', { level: 2, name: 'Sekretariatets år' })).toBeVisible();
  await checkA11y();

  await page.getByRole('button', { name: 'Luk', exact: true }).click();
  await page.getByRole('button', { name: 'Udgiv', exact: true }).click();
  await expect(page).not.toHaveURL(/edit=1/);
  await expect(page.getByRole('button', { name: 'Rediger egenskaber for Årshjul' })).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Sekretariatets år' })).toBeVisible();
});

test('Teams dark mode renders a Teams tab without the SharePoint chrome', async ({ openPage, checkA11y }) => {
  const page = await openPage({ teams: 'dark', page: 'lists' });
  const shell = page.locator('[data-teams-theme="dark"]');
  await expect(shell).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Webstedsnavigation' })).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Faner' })).toBeVisible();
  // Teams' dark theme: light text on a dark background.
  const colours = await shell.evaluate(el => {
    const style = getComputedStyle(el);
    return { background: style.backgroundColor, text: style.color };
  });
  expect(colours.background).toBe('rgb(40, 40, 40)');
  expect(colours.text).toBe('rgb(255, 255, 255)');
  await expect(page.getByTestId('lists-table')).toBeVisible();
  await checkA11y();
});

test('the view menu switches to Teams high contrast and back to SharePoint', async ({ openPage }) => {
  const page = await openPage();
  await page.getByRole('button', { name: /^Visning: SharePoint-side/ }).click();
  await page.getByRole('menuitemcheckbox', { name: 'Teams (høj kontrast)' }).click();
  await expect(page.locator('[data-teams-theme="contrast"]')).toBeVisible();
  await expect(page).toHaveURL(/teams=contrast/);

  await page.getByRole('button', { name: /^Visning: Teams \(høj kontrast\)/ }).click();
  await page.getByRole('menuitemcheckbox', { name: 'SharePoint-side' }).click();
  await expect(page.getByRole('navigation', { name: 'Webstedsnavigation' })).toBeVisible();
  await expect(page).not.toHaveURL(/teams=/);
});

for (const state of [
  { name: 'SharePoint page (da)', options: {} },
  { name: 'site contents as a reader (en)', options: { page: 'lists' as const, user: 'reader', lang: 'en' as const } },
  { name: 'Teams high contrast, mobile width', options: { teams: 'contrast' as const, mobile: true, page: 'lists' as const } }
]) {
  test(`axe-core finds no serious or critical violation: ${state.name}`, async ({ openPage, checkA11y, page }) => {
    await openPage(state.options);
    await expect(page.locator('main#main')).toBeVisible();
    if (state.options.page === 'lists') await expect(page.getByTestId('lists-table')).toBeVisible();
    await checkA11y();
  });
}

test('the lists overview shows every list of the schema with the item counts the site reports', async ({ openPage, site }) => {
  const page = await openPage({ page: 'lists' });
  const table = page.getByTestId('lists-table');
  await expect(table).toBeVisible();
  await expect(table.locator('tbody tr')).toHaveCount(LISTS.length);
  for (const def of LISTS) {
    const expected = await site.itemCount(def.key);
    expect(expected, `${def.title} is seeded`).toBeGreaterThan(0);
    const row = table.locator(`tr[data-list="${def.key}"]`);
    await expect(row.getByRole('rowheader')).toHaveText(def.title);
    await expect(row.getByTestId(`count-${def.key}`)).toHaveText(String(expected));
    await expect(row).toContainText(site.listPath(def.key));
  }
});

test('"Nulstil demo-data" wipes the site and seeds the demo again', async ({ openPage, site }) => {
  test.setTimeout(240_000);
  // Something the demo seed does not contain, so the reset is visible.
  await site.services().repositories.inquiries.add({
    title: 'Midlertidig testhenvendelse', channel: 'E-mail', category: 'Andet', status: 'Ny', priority: 'SHOULD',
    receivedDate: '2026-05-14'
  });
  const withExtra = await site.itemCount('inquiries');

  const page = await openPage({ page: 'lists' });
  await expect(page.getByTestId('count-inquiries')).toHaveText(String(withExtra));
  await page.getByRole('button', { name: 'Nulstil demo-data' }).click();
  // Fluent's dialog element itself has no box of its own (Playwright calls it hidden); its content has.
  const dialog = page.getByRole('dialog', { name: 'Nulstil demo-data?' });
  await expect(dialog.getByText('Alle lister og elementer på det lokale websted slettes')).toBeVisible();
  await dialog.getByRole('button', { name: 'Nulstil demo-data' }).click();

  await expect(page.getByText(/Demo-data er indlæst \(\d+ elementer\)/)).toBeVisible({ timeout: 180_000 });
  const afterReset = await site.itemCount('inquiries');
  // Earlier tests may have added items of their own: the reset removes those too, so the count only shrinks.
  expect(afterReset).toBeLessThan(withExtra);
  const titles = (await site.items<{ Title: string }>('inquiries', { select: ['Title'] })).map(i => i.Title);
  expect(titles).not.toContain('Midlertidig testhenvendelse');
  await expect(page.getByTestId('count-inquiries')).toHaveText(String(afterReset));
});

test('on an empty site a reader is told to ask an owner, and an owner creates the lists with "Opret lister"', async ({ openPage, site, consoleErrors }) => {
  test.setTimeout(180_000);
  await site.reset();
  try {
    // Provisioning status probes each list by URL; the browser logs each missing one's 404 itself.
    consoleErrors.allow(/Failed to load resource: the server responded with a status of 404/);
    let page = await openPage({ user: 'reader', page: 'lists' });
    await expect(page.getByText('Bed en ejer af webstedet om at oprette listerne.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Opret lister' })).toHaveCount(0);

    page = await openPage({ user: 'coordinator', page: 'lists' });
    await page.getByRole('button', { name: 'Opret lister' }).click();
    await expect(page.getByText('Oprettede listen »Årshjul«.')).toBeVisible({ timeout: 60_000 });
    await expect(page.getByText(/^Færdig: \d+ ændringer\.$/)).toBeVisible({ timeout: 60_000 });
    const table = page.getByTestId('lists-table');
    await expect(table.getByText('Findes')).toHaveCount(LISTS.length);
    await expect(page.getByRole('button', { name: 'Opret lister' })).toHaveCount(0);
    for (const def of LISTS) await expect(table.getByTestId(`count-${def.key}`)).toHaveText('0');
  } finally {
    await site.resetAndSeed();
  }
});

test('an unknown ?user= gets a clear message with the known users instead of a raw 401, and one click signs in', async ({ openPage }) => {
  const page = await openPage({ user: 'nobody@os2.eu' });
  await expect(page.getByText('Det lokale websted kender ikke brugeren »nobody@os2.eu«')).toBeVisible();
  await expect(page.getByText(/401|Unauthorized|odata\.error/)).toHaveCount(0);
  const known = page.getByTestId('known-users');
  await expect(known.getByRole('listitem')).toHaveCount(5);
  await known.getByRole('button', { name: 'Sofie Dahl' }).click();
  await expect(page.getByTestId('current-user')).toHaveText('Sofie Dahl');
  await expect(page.getByRole('region', { name: 'Årshjul' })).toBeVisible();
});

test('the axe run is the project\'s own axe-core, which knows label-content-name-mismatch', async ({ openPage }) => {
  const page = await openPage();
  await page.addScriptTag({ content: AXE_SOURCE });
  const info = await page.evaluate(() => {
    const axe = (window as unknown as { axe: { version: string; getRules(): { ruleId: string }[] } }).axe;
    return { version: axe.version, rules: axe.getRules().map(r => r.ruleId) };
  });
  expect(info.version).toBe(AXE_VERSION);
  expect(AXE_VERSION).toBe('4.14.1');
  expect(info.rules).toContain('label-content-name-mismatch');
});

test('at phone width the top bar grows to hold its controls and never covers the site header', async ({ openPage, checkA11y }) => {
  for (const teams of [undefined, 'dark'] as const) {
    const page = await openPage({ mobile: true, teams });
    const boxes = await page.getByTestId('user-switcher').evaluate((button, inTeams) => {
      // The bar holding the controls: SharePoint's suite bar, or the local page's bar above the Teams frame.
      const bar = button.closest(inTeams ? 'header' : '[role="group"]')!;
      // What comes right under it: the site header's title, or the Teams tab's header.
      const below = inTeams ? bar.nextElementSibling! : document.querySelector('header p')!;
      const box = (el: Element): { top: number; bottom: number } => { const r = el.getBoundingClientRect(); return { top: r.top, bottom: r.bottom }; };
      return { bar: box(bar), button: box(button), below: box(below) };
    }, !!teams);
    expect(boxes.button.bottom, `${teams ?? 'sharepoint'}: the user button inside the bar`).toBeLessThanOrEqual(boxes.bar.bottom + 0.5);
    expect(boxes.bar.bottom, `${teams ?? 'sharepoint'}: the bar above what follows`).toBeLessThanOrEqual(boxes.below.top + 0.5);
    await checkA11y();
  }
});
