import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { addDays, copenhagenDateTimeToUtc } from '../../src/domain';
import { todayInCopenhagen } from '../../src/domain/timeZone';
import type { IInquiry } from '../../src/domain/models';
import { openFilter } from '../../src/services/inquiries/inquiryQueries';

/**
 * »Hent nye e-mails« on the demo data: the six seeded mails in the shared mailbox `sekretariat@os2.eu` become six
 * inquiries with the sender as requester and the time they arrived; a second pull (with the delta link) and a pull
 * from a browser without it (the last 30 days read again) create none; a user the mailbox is not shared with gets the
 * clear 403 message and nothing is written.
 */

const MAILBOX = 'sekretariat@os2.eu';
/** The notice above the queue (the live region repeats its words for screen readers). */
const notice = (page: Page): Locator => page.locator('.ms-MessageBar');

test('a board member without access to the mailbox gets the 403 message, and nothing is created', async ({ openPage, site, consoleErrors, checkA11y }) => {
  // Graph's 403 is the point of the test: Chromium logs the failed request.
  consoleErrors.allow(/403/);
  const before = await site.itemCount('inquiries');
  const page = await openPage({ user: 'board', page: 'henvendelser' });
  await page.getByRole('button', { name: 'Hent nye e-mails' }).click();
  await expect(notice(page).getByText(`Du har ikke adgang til postkassen ${MAILBOX}. Bed om fuld adgang til den delte postkasse i Exchange.`)).toBeVisible();
  await checkA11y();
  expect(await site.itemCount('inquiries')).toBe(before);

  // The same in English.
  await openPage({ user: 'board', page: 'henvendelser', lang: 'en' });
  await page.getByRole('button', { name: 'Fetch new e-mails' }).click();
  await expect(notice(page).getByText(new RegExp(`You have no access to the mailbox ${MAILBOX.replace('.', '\\.')}`))).toBeVisible();
});

test('the coordinator pulls the six seeded mails into six inquiries; pulling again creates none', async ({ openPage, site, checkA11y }) => {
  test.setTimeout(120_000);
  const today = todayInCopenhagen(new Date());
  const fromMail = async (): Promise<IInquiry[]> =>
    (await site.services().repositories.inquiries.query({ filter: openFilter(), pageSize: 5000 })).filter(i => (i.internetMessageId ?? '') !== '');
  expect(await fromMail()).toEqual([]);
  const before = await site.itemCount('inquiries');

  const page = await openPage({ user: 'coordinator', page: 'henvendelser' });
  await page.getByRole('button', { name: /^Alle åbne \d+$/ }).click();
  await page.getByRole('button', { name: 'Hent nye e-mails' }).click();
  await expect(notice(page).getByText(`6 nye henvendelser fra ${MAILBOX}.`)).toBeVisible();
  await checkA11y();

  // Six inquiries, each from one mail: the sender as requester, the mail's arrival as received time, channel E-mail.
  const created = await fromMail();
  expect(created).toHaveLength(6);
  expect(await site.itemCount('inquiries')).toBe(before + 6);
  expect(new Set(created.map(i => i.internetMessageId)).size).toBe(6);
  expect(created.every(i => i.channel === 'E-mail' && i.status === 'Ny' && /^H-\d{4}-\d{4}$/.test(i.reference ?? ''))).toBe(true);
  const press = created.find(i => i.title === 'Pressehenvendelse: OS2 og kommunernes open source-strategi')!;
  expect(press).toMatchObject({
    requesterName: 'Jesper Lund', requesterEmail: 'jesper.lund@version2.dk',
    receivedAt: copenhagenDateTimeToUtc(addDays(today, -2), '15:05'), receivedDate: addDays(today, -2)
  });
  expect(press.description).toContain('Jeg skriver en artikel om kommunernes brug af open source');

  // The queue shows them (reloaded after the pull), and the inquiry tells who sent it and when it came.
  const row = page.getByRole('row').filter({ hasText: press.reference! });
  await expect(row).toContainText('Jesper Lund');
  await row.getByRole('button', { name: press.title }).click();
  const detail = page.getByRole('dialog');
  await expect(detail.getByText(/Modtaget via E-mail, .*15\.05/)).toBeVisible();
  await expect(detail.getByText('jesper.lund@version2.dk').first()).toBeVisible();
  await detail.getByRole('button', { name: 'Luk' }).click();

  // A second pull (from the delta link the first left behind): nothing new.
  await page.getByRole('button', { name: 'Hent nye e-mails' }).click();
  await expect(notice(page).getByText(`Ingen nye e-mails i ${MAILBOX}.`)).toBeVisible();
  expect(await site.itemCount('inquiries')).toBe(before + 6);

  // Another browser (no delta link: the last 30 days are read again) finds them all registered: still six.
  await page.evaluate(() => window.localStorage.clear());
  await openPage({ user: 'colleague', page: 'henvendelser' });
  await page.getByRole('button', { name: 'Hent nye e-mails' }).click();
  await expect(notice(page).getByText(`Ingen nye e-mails i ${MAILBOX}.`)).toBeVisible();
  expect(await site.itemCount('inquiries')).toBe(before + 6);
  expect(await fromMail()).toHaveLength(6);

  await site.resetAndSeed();
});
