import type { APIRequestContext } from '@playwright/test';
import { activitiesList } from '../../src/schema';
import { WHEEL_CATEGORIES } from '../../src/domain/models';
import { test, expect, DEMO_USERS } from './fixtures';

/**
 * The Årshjul form as a coordinator meets it: the save notice and »Gå til <år>« for an item in another year, a
 * category an owner added to the list in SharePoint (its own ring, saved unchanged), and field errors in English.
 */

const F = activitiesList.fields;

/** A change to the list's »Ring« column the way an owner makes it in SharePoint (raw REST, as the coordinator). */
async function setCategoryChoices(request: APIRequestContext, siteUrl: string, listPath: string, choices: readonly string[]): Promise<void> {
  const response = await request.post(`${siteUrl}/_api/web/getList('${listPath}')/fields/getByInternalNameOrTitle('${F.category.name}')`, {
    headers: {
      Accept: 'application/json;odata=verbose', 'Content-Type': 'application/json;odata=verbose', 'X-HTTP-Method': 'MERGE',
      'IF-MATCH': '*', 'X-LocalSite-User': DEMO_USERS.coordinator
    },
    data: { __metadata: { type: 'SP.FieldChoice' }, Choices: { results: [...choices] } }
  });
  expect(response.status(), await response.text()).toBeLessThan(300);
}

test('an item saved in another year: a notice says so, and »Gå til 2027« shows that year with the item', async ({ openPage, site }) => {
  const page = await openPage();
  const title = `Næste års frist ${Date.now()}`;
  await page.getByRole('button', { name: 'Ny aktivitet' }).click();
  const form = page.getByRole('dialog');
  await expect(form.getByRole('heading', { name: 'Ny aktivitet' })).toBeVisible();
  await form.getByRole('textbox', { name: 'Titel' }).fill(title);
  const start = form.getByRole('textbox', { name: /^Dato\b/ });
  await start.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('12.5.2027');
  await form.getByRole('button', { name: 'Gem' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const notice = page.getByRole('status').filter({ hasText: `»${title}« er gemt. Den ligger i 2027` }).first();
  await expect(notice).toBeVisible();
  await page.getByRole('button', { name: 'Gå til 2027' }).click();
  await expect(page.getByText('2027', { exact: true }).first()).toBeVisible();
  await expect(page.locator(`[aria-label^="${title},"]`).first()).toBeAttached();
  const [stored] = (await site.items<{ Id: number; Title: string }>('activities', { select: ['Id', 'Title'] })).filter(i => i.Title === title);
  expect(stored).toBeDefined();
  await site.services().repositories.activities.delete(stored.Id, '*');
});

test('a category an owner added in SharePoint gets its own ring, and editing its item saves the category unchanged', async ({ openPage, site, request }) => {
  const title = `Workshopdag ${Date.now()}`;
  await setCategoryChoices(request, site.siteUrl, site.listPath('activities'), [...WHEEL_CATEGORIES, 'Workshops']);
  const today = new Date().toISOString().slice(0, 10);
  const created = await site.services().repositories.activities.add({
    title, category: 'Workshops', activityType: 'Frist', startDate: today, repeat: 'Ingen', priority: 'COULD'
  });
  try {
    const page = await openPage();
    await expect(page.locator('[data-ring="Workshops"]')).toBeAttached();
    await expect(page.locator(`[aria-label^="${title}, Workshops"]`).first()).toBeAttached();
    await page.getByRole('button', { name: 'Liste' }).click();
    await page.locator('section[aria-label^="Aktiviteter i"]').getByRole('button', { name: new RegExp(title) }).click();
    const details = page.getByRole('dialog');
    await details.getByRole('button', { name: 'Redigér' }).click();
    const edit = page.getByRole('dialog');
    await expect(edit.getByRole('heading', { name: 'Redigér aktivitet' })).toBeVisible();
    await edit.getByRole('textbox', { name: 'Beskrivelse' }).fill('Rettet uden at røre ringen');
    await edit.getByRole('button', { name: 'Gem' }).click();
    await expect.poll(async () => (await site.items<Record<string, unknown>>('activities', {
      select: [F.title.name, F.category.name, F.description.name]
    })).filter(i => i[F.title.name] === title).map(i => [i[F.category.name], i[F.description.name]]))
      .toEqual([['Workshops', 'Rettet uden at røre ringen']]);
  } finally {
    await site.services().repositories.activities.delete(created.id, '*');
    await setCategoryChoices(request, site.siteUrl, site.listPath('activities'), WHEEL_CATEGORIES);
  }
});

test('in English the form\'s field errors are English, and what was typed stays', async ({ openPage }) => {
  const page = await openPage({ lang: 'en' });
  await page.getByRole('button', { name: 'New activity' }).click();
  const form = page.getByRole('dialog');
  await expect(form.getByRole('heading', { name: 'New activity' })).toBeVisible();
  await form.getByRole('textbox', { name: 'Description' }).fill('Kept after the error');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByText('"Title" is required.')).toBeVisible();
  await expect(form.getByText(/påkrævet|skal udfyldes/)).toHaveCount(0);
  await expect(form.getByRole('textbox', { name: 'Description' })).toHaveValue('Kept after the error');
});
