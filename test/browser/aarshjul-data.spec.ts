import type { APIRequestContext, Download, Page } from '@playwright/test';
import { activitiesList } from '../../src/schema';
import { copenhagenMidnightUtc } from '../../src/domain/timeZone';
import { test, expect, DEMO_USERS } from './fixtures';

/**
 * What list editors can put into the Årshjul list through REST or SharePoint's own list view — values the form
 * never writes — must not break the web part: exports stay valid files, and an activity that cannot be drawn is
 * listed instead of silently missing.
 */

const F = activitiesList.fields;

/** Adds an item the way a list editor's script would: raw REST, internal names, no validation. */
async function addRaw(request: APIRequestContext, siteUrl: string, listPath: string, values: Record<string, unknown>): Promise<number> {
  const response = await request.post(`${siteUrl}/_api/web/getList('${listPath}')/items`, {
    headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-LocalSite-User': DEMO_USERS.coordinator },
    data: values
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { Id: number }).Id;
}

async function removeRaw(request: APIRequestContext, siteUrl: string, listPath: string, id: number): Promise<void> {
  await request.post(`${siteUrl}/_api/web/getList('${listPath}')/items(${id})`, {
    headers: { Accept: 'application/json', 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '*', 'X-LocalSite-User': DEMO_USERS.coordinator }
  });
}

async function downloadText(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function exportFile(page: Page, item: string): Promise<Buffer> {
  await page.getByRole('button', { name: 'Eksportér' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
  return downloadText(download);
}

test('control characters in a title (a Word line break, NUL, BEL, ESC, U+FFFE) leave SVG, PNG and ICS valid', async ({ openPage, site, request }) => {
  const today = new Date().toISOString().slice(0, 10);
  const title = 'Kontroltegn\u000Bi\u0000en\u0007titel\u001B\uFFFE';
  const id = await addRaw(request, site.siteUrl, site.listPath('activities'), {
    [F.title.name]: title, [F.category.name]: 'Bestyrelse', [F.activityType.name]: 'Frist',
    [F.startDate.name]: copenhagenMidnightUtc(today), [F.repeat.name]: 'Ingen', [F.priority.name]: 'MUST'
  });
  try {
    const page = await openPage();
    await page.locator('[data-layer="items"] [data-key]').first().waitFor();
    await expect(page.locator(`[data-layer="items"] [data-key^="activity:${id}:"]`)).toHaveCount(1);

    const svg = (await exportFile(page, 'Vektorgrafik af hjulet (SVG)')).toString('utf8');
    const parsed = await page.evaluate(text => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return { errors: doc.getElementsByTagName('parsererror').length, text: doc.documentElement.textContent ?? '' };
    }, svg);
    expect(parsed.errors).toBe(0);
    expect(parsed.text).toContain('Kontroltegn ientitel');
    // eslint-disable-next-line no-control-regex -- the test looks for control characters
    expect(svg).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE]/);

    const png = await exportFile(page, 'Billede af hjulet (PNG)');
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    await expect(page.getByText('Eksporten mislykkedes')).toHaveCount(0);

    const ics = (await exportFile(page, 'Kalenderfil til Outlook (.ics)')).toString('utf8');
    expect(ics).toContain('SUMMARY:Kontroltegn\\nientitel');
    // eslint-disable-next-line no-control-regex -- the test looks for control characters
    expect(ics).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE]/);
  } finally {
    await removeRaw(request, site.siteUrl, site.listPath('activities'), id);
  }
});

test('a recurring activity without a start date is listed under »Kan ikke vises«, linking to the list item', async ({ openPage, site, request, checkA11y }) => {
  const id = await addRaw(request, site.siteUrl, site.listPath('activities'), {
    [F.title.name]: 'Årlig frist uden dato', [F.category.name]: 'Økonomi', [F.activityType.name]: 'Deadline',
    [F.repeat.name]: 'Årligt', [F.priority.name]: 'SHOULD'
  });
  try {
    const page = await openPage();
    const notice = page.getByTestId('unshowable');
    await expect(notice).toContainText('1 aktivitet i listen kan ikke vises');
    await notice.getByText('1 aktivitet i listen kan ikke vises').click();
    const link = notice.getByRole('link', { name: 'Årlig frist uden dato' });
    await expect(link).toHaveAttribute('href', `${site.siteUrl}/Lists/${activitiesList.url}/DispForm.aspx?ID=${id}`);
    await expect(notice).toContainText('mangler en startdato');
    await checkA11y();
    // The link opens the item's display form in SharePoint, where it can be corrected.
    await link.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Årlig frist uden dato' })).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: 'Årligt' })).toBeVisible();
  } finally {
    await removeRaw(request, site.siteUrl, site.listPath('activities'), id);
  }
});

test('the longest unbroken title SharePoint takes, and a 10,000-character unbroken description, wrap and never cover the panel\'s buttons', async ({ openPage, site, request }) => {
  const today = new Date().toISOString().slice(0, 10);
  // A single line of text holds at most 255 characters in SharePoint (the local site refuses more, as online does).
  const title = `Langtord${'x'.repeat(247)}`;
  const id = await addRaw(request, site.siteUrl, site.listPath('activities'), {
    [F.title.name]: title, [F.description.name]: `Beskrivelse${'y'.repeat(10_000)}`, [F.category.name]: 'Bestyrelse', [F.activityType.name]: 'Frist',
    [F.startDate.name]: copenhagenMidnightUtc(today), [F.repeat.name]: 'Ingen', [F.priority.name]: 'MUST'
  });
  try {
    const page = await openPage();
    const viewport = page.viewportSize()!;
    const item = page.locator(`[data-layer="items"] [data-key^="activity:${id}:"]`);
    await item.hover();
    const tooltip = page.getByRole('tooltip', { includeHidden: true });
    await expect(tooltip).toBeVisible();
    // 280 px of text, plus padding and border.
    expect((await tooltip.boundingBox())!.width).toBeLessThanOrEqual(310);
    expect((await tooltip.boundingBox())!.height).toBeLessThan(200);

    await page.getByRole('button', { name: 'Liste' }).click();
    const line = page.locator(`button[data-key^="activity:${id}:"]`);
    await expect(line).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    expect((await line.boundingBox())!.height).toBeLessThan(120);

    await line.click();
    const panel = page.getByRole('dialog');
    for (const name of ['Redigér', 'Luk']) {
      // The footer's buttons (the panel's own close button is an icon named "Luk" too).
      const button = panel.getByRole('button', { name, exact: true }).last();
      await expect(button).toBeInViewport();
      // Nothing lies on top of the button: the point at its centre is the button itself.
      const box = (await button.boundingBox())!;
      const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.closest('button')?.textContent ?? '', [box.x + box.width / 2, box.y + box.height / 2]);
      expect(hit).toContain(name);
    }
    // The whole title is still there, in the details.
    await expect(panel.getByText(title, { exact: true }).last()).toBeAttached();
  } finally {
    await removeRaw(request, site.siteUrl, site.listPath('activities'), id);
  }
});
