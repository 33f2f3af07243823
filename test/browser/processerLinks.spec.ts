import { activitiesList, processesList } from '../../src/schema';
import { test, expect } from './fixtures';

/**
 * Links between the web parts, on the Processer's side: `?page=processer&koordinator=proces:<id>` opens that process,
 * the address follows the process open, what links to it (årshjul activities, decisions, tasks) opens in the web part
 * that owns it, and a reader's link to a draft gets a notice instead of the draft.
 */

const F = activitiesList.fields;

test('a link opens the process; its linked activities open in the Årshjul; closing takes the link out of the address', async ({ openPage, site, page }) => {
  const [activity] = (await site.items<{ Id: number; Title: string; ProcessId: number | null }>('activities', { select: ['Id', 'Title', `${F.process.name}Id`] }))
    .filter(a => a.ProcessId);
  expect(activity).toBeDefined();
  const process = (await site.items<{ Id: number; Title: string }>('processes', { select: ['Id', 'Title'] })).find(p => p.Id === activity.ProcessId)!;
  await openPage({ page: 'processer', query: { koordinator: `proces:${process.Id}` } });
  const panel = page.getByRole('dialog');
  await expect(panel.getByRole('heading', { name: process.Title })).toBeVisible();
  await expect(panel.getByTestId('process-steps')).toBeVisible();
  expect(new URL(page.url()).searchParams.get('koordinator')).toBe(`proces:${process.Id}`);

  const link = panel.locator(`[data-koordinator-link="aktivitet:${activity.Id}"]`);
  await expect(link).toHaveText(activity.Title);
  await expect(link).toHaveAttribute('href', new RegExp(`koordinator=aktivitet:${activity.Id}$`));

  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(new URL(page.url()).searchParams.get('koordinator')).toBeNull();
  // Opening another process from the catalogue puts it in the address, so the address can be copied and sent.
  await page.getByRole('button', { name: process.Title }).click();
  await expect(page.getByRole('dialog').getByRole('heading', { name: process.Title })).toBeVisible();
  expect(new URL(page.url()).searchParams.get('koordinator')).toBe(`proces:${process.Id}`);
});

test('a reader\'s link to a draft shows a notice, not the draft', async ({ openPage, site, page }) => {
  const draft = (await site.items<{ Id: number; Title: string; ProcessStatus: string }>('processes', { select: ['Id', 'Title', processesList.fields.status.name] }))
    .find(p => p.ProcessStatus === 'Kladde');
  expect(draft).toBeDefined();
  await openPage({ user: 'reader', page: 'processer', query: { koordinator: `proces:${draft!.Id}` } });
  await expect(page.getByText('Linket peger på en proces, der ikke findes eller ikke er udgivet.')).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('button', { name: draft!.Title })).toHaveCount(0);
  expect(new URL(page.url()).searchParams.get('koordinator')).toBeNull();
});
