import { test, expect } from './fixtures';

/**
 * Editing a decision that a colleague changed meanwhile: the coordinator opens the form, the chief changes the same
 * decision (a REST write as another user), and the coordinator's »Gem« meets 412 — the form offers »Hent den nye
 * version« and »Gem alligevel«, keeping what was typed until one is chosen.
 */

// Two users' writes and a re-seed at the end: slower than the default minute on a shared machine.
test.setTimeout(180_000);

const TITLE = 'OS2iot overgår til drift i fællesskabet';

test('a 412 on save: »Gem alligevel« keeps the coordinator\'s version, »Hent den nye version« shows the chief\'s', async ({ openPage, site, checkA11y, consoleErrors }) => {
  // The stale save's 412 is the browser's own log line; it is what this test provokes.
  consoleErrors.allow(/status of 412/);
  const page = await openPage({ page: 'beslutninger' });
  const region = page.getByRole('region', { name: 'Beslutninger' });
  await region.getByRole('button', { name: TITLE }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Redigér' }).click();
  const form = page.getByRole('dialog', { name: 'Redigér beslutning' });
  const title = form.getByRole('textbox', { name: /^Titel/ });
  await expect(title).toHaveValue(TITLE);
  await title.fill(`${TITLE} (rettet)`);

  // Meanwhile the chief adds a rationale.
  const chief = site.services('chief');
  const stored = (await chief.repositories.decisions.query()).find(d => d.title === TITLE)!;
  await chief.repositories.decisions.patch(stored.id, { rationale: 'Lars: godkendt på mødet.' }, stored.etag);

  await form.getByRole('button', { name: 'Gem', exact: true }).click();
  await expect(form.getByText(/En anden har ændret beslutningen/)).toBeVisible();
  await expect(title).toHaveValue(`${TITLE} (rettet)`);
  await checkA11y();
  expect((await chief.repositories.decisions.get(stored.id)).title).toBe(TITLE);
  await form.getByRole('button', { name: 'Gem alligevel' }).click();
  await expect(page.getByRole('dialog', { name: 'Redigér beslutning' })).toHaveCount(0);
  await expect.poll(async () => (await chief.repositories.decisions.get(stored.id)).title).toBe(`${TITLE} (rettet)`);

  // Again, the other way round: the chief renames it; the coordinator takes the new version.
  await region.getByRole('button', { name: `${TITLE} (rettet)` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Redigér' }).click();
  await expect(title).toHaveValue(`${TITLE} (rettet)`);
  await title.fill('Min egen titel');
  const now = await chief.repositories.decisions.get(stored.id);
  await chief.repositories.decisions.patch(stored.id, { title: 'Lars\' titel' }, now.etag);
  await form.getByRole('button', { name: 'Gem', exact: true }).click();
  await form.getByRole('button', { name: 'Hent den nye version' }).click();
  await expect(title).toHaveValue('Lars\' titel');
  await expect(form.getByText(/En anden har ændret beslutningen/)).toHaveCount(0);
  await site.resetAndSeed();
});
