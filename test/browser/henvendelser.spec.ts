import { test, expect } from './fixtures';
import { newInquiryFields } from '../../src/services/inquiries/InquiryActions';
import { DEFAULT_SLA_POLICIES, formatReference } from '../../src/domain/inquiries';

/**
 * The Henvendelser web part on its own page: a colleague registers an inquiry, the coordinator finds it in
 * »Ufordelte« and assigns it to Jonas, Jonas finds it in »Mine«, sets »Afventer svar« (the clock pauses) and fills a
 * reply from a template; a reader changes nothing; axe-core is clean in the queue, the detail and the form.
 */

test('intake as a colleague → »Ufordelte« → assign to Jonas → »Mine« → pause → reply template', async ({ openPage, checkA11y }) => {
  // Three users' pages and four axe scans on a shared two-core machine.
  test.setTimeout(180_000);
  const subject = `Spørgsmål om kontingent ${Date.now()}`;
  let page = await openPage({ user: 'board', page: 'henvendelser' });
  await page.getByRole('button', { name: 'Ny henvendelse' }).click();
  const form = page.getByRole('dialog');
  await expect(form.getByRole('heading', { name: 'Ny henvendelse' })).toBeVisible();
  await form.getByRole('button', { name: 'Registrér' }).click();
  await expect(form.getByText('Feltet »Emne« skal udfyldes.')).toBeVisible();
  await checkA11y({ include: '.ms-Panel-main' });
  await form.getByRole('textbox', { name: /Emne/ }).fill(subject);
  await form.getByRole('textbox', { name: 'Afsenderens navn' }).fill('Helle Bundgaard');
  await form.getByRole('textbox', { name: 'Afsenderens e-mail' }).fill('hbu@syddjurs.dk');
  await form.getByRole('combobox', { name: /Organisation/ }).fill('Syddjurs Kommune');
  await form.getByRole('button', { name: 'Registrér' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Henvendelsen er registreret som H-\d{4}-\d{4}\./ }).first()).toBeVisible();
  const reference = (await page.getByText(/Henvendelsen er registreret som/).first().textContent())!.match(/H-\d{4}-\d{4}/)![0];

  page = await openPage({ user: 'coordinator', page: 'henvendelser' });
  await expect(page.getByRole('button', { name: /^Ufordelte \d+$/ })).toHaveAttribute('aria-pressed', 'true');
  await checkA11y();
  const row = page.getByRole('row').filter({ hasText: reference });
  await expect(row).toContainText(subject);
  await row.getByRole('button', { name: subject }).click();
  const detail = page.getByRole('dialog');
  await expect(detail.getByRole('heading', { name: `${reference} · ${subject}` })).toBeVisible();
  await checkA11y({ include: '.ms-Panel-main' });
  await detail.getByRole('combobox', { name: 'Tildelt' }).fill('Jonas');
  await page.getByRole('option', { name: /Jonas Berg/ }).first().click();
  await detail.getByRole('button', { name: 'Gem' }).click();
  await expect(detail.getByText('Ændringerne er gemt.')).toBeVisible();

  page = await openPage({ user: 'colleague', page: 'henvendelser' });
  await page.getByRole('button', { name: /^Mine \d+$/ }).click();
  const mine = page.getByRole('row').filter({ hasText: reference });
  await expect(mine).toContainText('Jonas Berg');
  await mine.getByRole('button', { name: subject }).click();
  const handling = page.getByRole('dialog');
  await handling.getByRole('combobox', { name: /^Status/ }).click();
  await page.getByRole('option', { name: 'Afventer svar' }).click();
  await handling.getByRole('button', { name: 'Gem' }).click();
  await expect(handling.getByText('Ændringerne er gemt.')).toBeVisible();
  await handling.getByRole('button', { name: 'Luk' }).click();
  await page.getByRole('button', { name: /^Afventer svar \d+$/ }).click();
  await expect(page.getByRole('row').filter({ hasText: reference })).toContainText('På pause');

  await page.getByRole('row').filter({ hasText: reference }).getByRole('button', { name: subject }).click();
  await page.getByRole('dialog').getByRole('combobox', { name: /^Svarskabelon/ }).click();
  await page.getByRole('option', { name: 'Kvittering for modtagelse' }).click();
  await expect(page.getByRole('dialog').getByRole('textbox', { name: 'Svartekst' })).toHaveValue(new RegExp(`^Kære Helle Bundgaard[\\s\\S]*${reference}`));
  await expect(page.getByRole('dialog').getByRole('link', { name: 'Åbn svaret i Outlook' })).toHaveAttribute('href', /^mailto:hbu@syddjurs\.dk\?subject=/);
});

test('a reader sees the queue and an inquiry but cannot change anything; English and phone width', async ({ openPage, checkA11y }) => {
  const page = await openPage({ user: 'reader', page: 'henvendelser' });
  await expect(page.getByRole('button', { name: /^Ufordelte \d+$/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ny henvendelse' })).toHaveCount(0);
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  await page.getByRole('button', { name: /^Alle åbne \d+$/ }).click();
  await page.getByRole('row').nth(1).getByRole('button').first().click();
  const detail = page.getByRole('dialog');
  await expect(detail.getByRole('heading', { name: 'Tidslinje' })).toBeVisible();
  await expect(detail.getByRole('button', { name: 'Gem' })).toHaveCount(0);
  await checkA11y();

  const phone = await openPage({ user: 'coordinator', page: 'henvendelser', lang: 'en', mobile: true, teams: 'dark' });
  await expect(phone.getByRole('button', { name: /^Unassigned \d+$/ })).toBeVisible();
  await expect(phone.getByRole('columnheader', { name: 'Subject' })).toBeVisible();
  await expect(phone.getByRole('columnheader', { name: 'Requester' })).toHaveCount(0);
  await checkA11y();
});

test('»Afventer svar« stops the clock; on resume the due time has moved by the paused working time (the page\'s clock)', async ({ openPage, site }) => {
  test.setTimeout(120_000);
  // A MUST inquiry received Monday 23 November 2026 at 09:00 (first response 4 t, resolution 2 d by Wednesday 15.30).
  const subject = `Kontingent for 2027 ${Date.now()}`;
  const receivedAt = '2026-11-23T08:00:00Z';
  const fields = newInquiryFields({ title: subject, channel: 'Telefon', priority: 'MUST', requesterName: 'Per Riis', requesterEmail: 'peri@holb.dk', receivedAt },
    formatReference(2026, 9000 + (Date.now() % 900)), receivedAt, DEFAULT_SLA_POLICIES);
  const repository = site.services().repositories.inquiries;
  const created = await repository.add(fields, { key: `browser-pause-${subject}` });
  try {
    const row = (page: Awaited<ReturnType<typeof openPage>>) => page.getByRole('row').filter({ hasText: subject });
    const find = async (now: string) => {
      const page = await openPage({ user: 'coordinator', page: 'henvendelser', now });
      await page.getByRole('button', { name: /^Alle åbne \d+$/ }).click();
      await page.getByRole('searchbox').fill(subject);
      return page;
    };

    // Monday 10:00: the first response is due at 13.00. Set »Afventer svar« (the reply went out: first response).
    let page = await find('2026-11-23T09:00:00Z');
    await expect(row(page)).toContainText('første svar');
    await expect(row(page)).toContainText('13.00');
    await row(page).getByRole('button', { name: subject }).click();
    let detail = page.getByRole('dialog');
    await detail.getByRole('combobox', { name: /^Status/ }).click();
    await page.getByRole('option', { name: 'Afventer svar' }).click();
    await detail.getByRole('button', { name: 'Gem' }).click();
    await expect(detail.getByText('Ændringerne er gemt.')).toBeVisible();
    await detail.getByRole('button', { name: 'Luk' }).click();
    await expect(row(page)).toContainText('På pause');

    // Tuesday 10:00, a working day later: still paused; resume »Under behandling».
    page = await find('2026-11-24T09:00:00Z');
    await expect(row(page)).toContainText('På pause');
    await row(page).getByRole('button', { name: subject }).click();
    detail = page.getByRole('dialog');
    await detail.getByRole('combobox', { name: /^Status/ }).click();
    await page.getByRole('option', { name: 'Under behandling' }).click();
    await detail.getByRole('button', { name: 'Gem' }).click();
    await expect(detail.getByText('Ændringerne er gemt.')).toBeVisible();
    await detail.getByRole('button', { name: 'Luk' }).click();

    // The resolution was due Wednesday 25 November 15.30; 7 working hours paused (Monday 10–15.30, Tuesday 8.30–10)
    // move it to Thursday 26 November 15.30 — in the row and in the stored columns SharePoint's views sort on.
    await expect(row(page)).toContainText('løsning');
    await expect(row(page)).toContainText('26. nov.');
    await expect(row(page)).toContainText('15.30');
    const stored = await repository.get(created.id);
    expect(stored).toMatchObject({ status: 'Under behandling', pausedMinutes: 420, dueAt: '2026-11-26T14:30:00Z', firstResponseAt: '2026-11-23T09:00:00Z' });
  } finally {
    await repository.delete(created.id, (await repository.get(created.id)).etag);
  }
});

