import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';

/**
 * The Beslutninger web part on the local page with the demo data: recording a board meeting's decisions in a row
 * with an action for a board member, who then finds it in »Mine handlinger«, completes it and accepts the suggested
 * »Gennemført«; readers see the register without edit controls; axe-core is clean in the register, the form and
 * the details.
 */

const REGION = 'Beslutninger';

async function typeDate(field: Locator, value: string): Promise<void> {
  await field.fill(value);
  await field.press('Tab');
}

async function chooseOption(page: Page, panel: Locator, label: string, option: string): Promise<void> {
  await panel.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
}

test('record three decisions of a board meeting in a row; the action reaches its owner, who completes it', async ({ openPage, site, checkA11y }) => {
  const stamp = Date.now();
  const titles = [`Ny medlemsstrategi ${stamp}`, `Kontingent 2027 ${stamp}`, `Revisionsudvalg ${stamp}`];
  const action = `Udsend strategien ${stamp}`;
  let page = await openPage({ page: 'beslutninger' });
  const region = page.getByRole('region', { name: REGION });
  await expect(region.getByRole('heading', { level: 3 }).first()).toBeVisible();
  await checkA11y();

  await region.getByRole('button', { name: 'Registrér beslutninger' }).click();
  const form = page.getByRole('dialog');
  await expect(form.getByRole('textbox', { name: /^Titel/ })).toBeVisible();
  await chooseOption(page, form, 'Forum', 'Bestyrelse');
  await typeDate(form.getByRole('textbox', { name: /^Mødedato/ }), '12.11.2026');
  for (const [i, title] of titles.entries()) {
    await form.getByRole('textbox', { name: /^Titel/ }).fill(title);
    await form.getByRole('textbox', { name: /^Beslutningstekst/ }).fill(`Bestyrelsen vedtager punkt ${i + 1}.`);
    if (i === 0) {
      await form.getByRole('button', { name: 'Tilføj handling' }).click();
      await form.getByRole('textbox', { name: /^Handling/ }).fill(action);
      const owner = form.getByRole('combobox', { name: 'Ejer' });
      await owner.fill('Anne');
      await page.getByRole('option', { name: /Anne Sørensen/ }).first().click();
      await typeDate(form.getByRole('textbox', { name: /^Frist/ }), '01.12.2026');
      await checkA11y();
    }
    await form.getByRole('button', { name: i < titles.length - 1 ? 'Gem og registrér næste' : 'Gem', exact: true }).click();
    if (i < titles.length - 1) await expect(form.getByText(new RegExp(`Gemt fra dette møde: .*${title}`))).toBeVisible();
  }
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const stored = (await site.services().repositories.decisions.query()).filter(d => titles.includes(d.title));
  expect(stored.map(d => [d.forum, d.meetingDate]).sort()).toEqual(titles.map(() => ['Bestyrelse', '2026-11-12']));
  await expect(region.getByRole('button', { name: titles[2] })).toBeVisible();

  // Anne, the action's owner: »Mine handlinger«, complete, accept the suggestion.
  page = await openPage({ page: 'beslutninger', user: 'board' });
  const hers = page.getByRole('region', { name: REGION });
  await hers.getByRole('button', { name: 'Mine handlinger' }).click();
  await expect(hers.getByText(action)).toBeVisible();
  await hers.getByRole('button', { name: `Markér »${action}« som udført` }).click();
  await expect(hers.getByText('Alle handlinger er udført')).toBeVisible();
  const first = stored.find(d => d.title === titles[0])!;
  expect((await site.services().repositories.decisions.get(first.id)).status).toBe('Besluttet');
  await hers.getByRole('button', { name: 'Markér som gennemført' }).click();
  await expect.poll(async () => (await site.services().repositories.decisions.get(first.id)).status).toBe('Gennemført');
  await expect(hers.getByText(action)).toHaveCount(0);
  await site.resetAndSeed();
});

test('a reader sees the register and the details without edit controls; axe is clean in the details', async ({ openPage, checkA11y }) => {
  const page = await openPage({ page: 'beslutninger', user: 'reader' });
  const region = page.getByRole('region', { name: REGION });
  await expect(region.getByRole('heading', { level: 3 }).first()).toBeVisible();
  await expect(region.getByRole('button', { name: 'Registrér beslutninger' })).toHaveCount(0);
  await region.locator('section > ul button').first().click();
  const details = page.getByRole('dialog');
  await expect(details.getByRole('heading', { name: 'Opfølgningshandlinger' })).toBeVisible();
  await expect(details.getByRole('button', { name: 'Redigér' })).toHaveCount(0);
  await expect(details.getByRole('button', { name: /Markér .* som udført/ })).toHaveCount(0);
  await checkA11y();
});

test('English, Teams dark, phone width: the register is usable and axe-clean', async ({ openPage, checkA11y }) => {
  const page = await openPage({ page: 'beslutninger', lang: 'en', teams: 'dark', mobile: true });
  const region = page.getByRole('region', { name: 'Decisions' });
  await expect(region.getByRole('button', { name: 'Follow-up due' })).toBeVisible();
  await region.getByRole('button', { name: 'Archive' }).click();
  await expect(region.getByText(/Showing \d+ of \d+ decisions/)).toBeVisible();
  await checkA11y();
});
