import type { APIRequestContext } from '@playwright/test';
import { aarshjulDefinition } from '../../src/webparts/aarshjul/AarshjulDefinition';
import { test, expect } from './fixtures';

/**
 * Outlook meetings (Microsoft Graph) failing or slow, provoked with the local site's faults: the warning names
 * Outlook and the real cause, and a Møder ring still loading says so.
 */

async function fault(request: APIRequestContext, rule: Record<string, unknown>): Promise<void> {
  const response = await request.post('/_localsite/faults', { data: { pathContains: '/graph/', ...rule } });
  expect(response.ok(), await response.text()).toBe(true);
}

test.afterEach(async ({ request }) => {
  await request.delete('/_localsite/faults');
});

const WARNING = 'Møderne fra Outlook kunne ikke hentes.';

test('Graph 503: the warning says Outlook is busy, not SharePoint; Prøv igen fetches the meetings', async ({ openPage, request, consoleErrors }) => {
  consoleErrors.allow(/status of 503/);
  // Every attempt of the Graph client's retries gets the 503.
  await fault(request, { count: 20, status: 503, retryAfter: 0 });
  const page = await openPage();
  await expect(page.getByText(WARNING)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/Outlook \(Microsoft Graph\) har travlt lige nu/)).toBeVisible();
  await expect(page.getByText(/SharePoint har travlt/)).toHaveCount(0);
  await request.delete('/_localsite/faults');
  await page.getByRole('button', { name: 'Prøv igen' }).click();
  await expect(page.getByText(WARNING)).toHaveCount(0);
  await expect(page.locator('[data-layer="items"] [data-key^="meeting:"]').first()).toBeAttached();
});

test('a dropped Graph connection: no connection to Outlook', async ({ openPage, request, consoleErrors }) => {
  consoleErrors.allow(/ERR_EMPTY_RESPONSE|Failed to load resource|net::/);
  await fault(request, { count: 20, drop: true });
  const page = await openPage();
  await expect(page.getByText(/Der er ingen forbindelse til Outlook \(Microsoft Graph\)/)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/forbindelse til SharePoint/)).toHaveCount(0);
});

test('a shared mailbox not shared with the user: says so, no admin-consent advice', async ({ page, openPage, consoleErrors }) => {
  consoleErrors.allow(/status of 403/);
  // The Årshjul reads Lars's calendar, which is not delegated to Mette (the local site answers 403 ErrorAccessDenied).
  await page.addInitScript(([key, value]) => window.localStorage.setItem(key, value),
    [`localsite:properties:${aarshjulDefinition.id}`, JSON.stringify({ meetingSource: 'mailbox', meetingMailbox: 'lars.holm@os2.eu' })]);
  await openPage();
  await expect(page.getByText(/Kalenderen i postkassen lars\.holm@os2\.eu er ikke delt med dig/)).toBeVisible();
  await expect(page.getByText(/Calendars\.Read/)).toHaveCount(0);
});

test('while Graph does not answer, a spinner by the Møder ring says the meetings are coming', async ({ openPage, request, checkA11y }) => {
  await fault(request, { count: 1, latencyMs: 20_000 });
  const page = await openPage();
  await page.locator('[data-layer="items"] [data-key]').first().waitFor();
  const notice = page.getByTestId('meetings-loading');
  await expect(notice).toHaveAttribute('role', 'status');
  await expect(notice).toContainText('Henter møder fra Outlook …');
  await expect(page.getByRole('group', { name: 'Signaturforklaring' }).getByTitle('Henter møder fra Outlook …')).toBeAttached();
  await checkA11y();
  await expect(notice).toContainText('Outlook svarer langsomt', { timeout: 15_000 });
  await expect(notice).toHaveCount(0, { timeout: 20_000 });
  await expect(page.locator('[data-layer="items"] [data-key^="meeting:"]').first()).toBeAttached();
});
