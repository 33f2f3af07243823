import { activitiesList } from '../../src/schema';
import { test, expect } from './fixtures';

/**
 * Links between the web parts, on the Årshjul's side: `?koordinator=aktivitet:<id>` opens that activity (in its own year
 * when that is not the year shown), the address follows what is open, and linked items in the details open on their
 * web part's page from the site's settings (`Koordinator-sider`, seeded for the local page).
 */

const F = activitiesList.fields;

test('a link opens the activity\'s details; closing them takes the link out of the address', async ({ openPage, site, page }) => {
  const [withProcess] = (await site.items<{ Id: number; Title: string; ProcessId: number | null }>('activities', { select: ['Id', 'Title', `${F.process.name}Id`] }))
    .filter(a => a.ProcessId);
  expect(withProcess).toBeDefined();
  await openPage({ query: { koordinator: `aktivitet:${withProcess.Id}` } });
  const details = page.getByRole('dialog');
  await expect(details.getByRole('heading', { name: withProcess.Title })).toBeVisible();
  // The linked process opens in Processer, on the page the settings name for it.
  const processLink = details.getByRole('link', { name: /.+/ }).and(details.locator(`[data-koordinator-link="proces:${withProcess.ProcessId}"]`));
  await expect(processLink).toHaveAttribute('href', new RegExp(`\\?page=processer&koordinator=proces:${withProcess.ProcessId}$`));
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(new URL(page.url()).searchParams.get('koordinator')).toBeNull();
});

test('an activity in another year: the wheel moves to that year and opens it; a deleted one gets a notice', async ({ openPage, site, page, consoleErrors }) => {
  const title = `Linket frist ${Date.now()}`;
  const nextYear = new Date().getUTCFullYear() + 2;
  const created = await site.services().repositories.activities.add({
    title, category: 'Sekretariat', activityType: 'Frist', startDate: `${nextYear}-03-10`, repeat: 'Ingen', priority: 'MUST'
  });
  try {
    await openPage({ query: { koordinator: `aktivitet:${created.id}` } });
    // Two loads (this year, then that one) before the details open.
    await expect(page.getByRole('dialog').getByRole('heading', { name: title })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText(String(nextYear), { exact: true }).first()).toBeVisible();
    expect(new URL(page.url()).searchParams.get('koordinator')).toBe(`aktivitet:${created.id}`);
  } finally {
    await site.services().repositories.activities.delete(created.id, '*');
  }
  // The browser logs the 404 of the look-up for the deleted item; the page answers it with a notice.
  consoleErrors.allow(/status of 404/);
  await openPage({ query: { koordinator: `aktivitet:${created.id}` } });
  await expect(page.getByRole('status').filter({ hasText: 'Aktiviteten i linket findes ikke længere' }).first()).toBeVisible();
  expect(new URL(page.url()).searchParams.get('koordinator')).toBeNull();
});
