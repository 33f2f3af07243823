import { test, expect } from './fixtures';

/**
 * The Processer web part in the browser against the local site: a coordinator creates a process with three steps,
 * reorders them by keyboard, submits it, approves it and marks it reviewed; a reader sees published processes only
 * and no edit controls; onboarding writes tasks to Opgaver. axe-core checks catalogue, form, process page and history.
 */

test('create a process with three steps, reorder by keyboard, submit, approve, mark reviewed', async ({ openPage, site, checkA11y }) => {
  // Three axe scans, four saves and a re-seed at the end: longer than the default minute on a busy machine.
  test.setTimeout(120_000);
  const page = await openPage({ page: 'processer' });
  await expect(page.getByRole('heading', { name: /Processer og dokumentation/ })).toBeVisible();
  await checkA11y();

  const title = `Modtagelse af nye kommuner ${Date.now()}`;
  await page.getByRole('button', { name: 'Ny proces' }).click();
  const form = page.getByRole('dialog');
  await expect(form.getByRole('heading', { name: 'Ny proces' })).toBeVisible();
  await form.getByRole('textbox', { name: /^Titel/ }).fill(title);
  await form.getByRole('textbox', { name: 'Formål' }).fill('En ny medlemskommune kommer godt i gang.');
  const stepTitles = form.getByRole('textbox', { name: /^Trinets titel/ });
  await stepTitles.nth(0).fill('Send velkomstbrev');
  await form.getByRole('button', { name: 'Tilføj trin' }).click();
  await stepTitles.nth(1).fill('Holde opstartsmøde');
  await form.getByRole('button', { name: 'Tilføj trin' }).click();
  await stepTitles.nth(2).fill('Oprette adgang til fællesskabets værktøjer');
  await form.getByRole('textbox', { name: 'Ansvarlig rolle' }).nth(1).fill('Sekretariatschef');
  // Keyboard only: focus »Flyt ned« of the first step, press Enter twice (focus stays on the moved step).
  await form.getByRole('button', { name: 'Flyt ned: Send velkomstbrev' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(stepTitles.nth(2)).toHaveValue('Send velkomstbrev');
  await expect(stepTitles.nth(0)).toHaveValue('Holde opstartsmøde');
  await checkA11y({ include: '[role="dialog"]' });
  await page.getByRole('button', { name: 'Gem', exact: true }).click();

  const panel = page.getByRole('dialog');
  await expect(panel.getByRole('heading', { name: title })).toBeVisible();
  await expect(panel.getByTestId('process-steps').locator('li strong')).toHaveText(['Holde opstartsmøde', 'Oprette adgang til fællesskabets værktøjer', 'Send velkomstbrev']);
  const stored = (await site.items<{ Title: string; StepNumber: number; ProcessId: number }>('processSteps', { select: ['Title', 'StepNumber', 'ProcessId'] }));
  const processes = await site.items<{ Id: number; Title: string }>('processes', { select: ['Id', 'Title'] });
  const id = processes.find(p => p.Title === title)!.Id;
  expect(stored.filter(s => s.ProcessId === id).sort((a, b) => a.StepNumber - b.StepNumber).map(s => s.Title))
    .toEqual(['Holde opstartsmøde', 'Oprette adgang til fællesskabets værktøjer', 'Send velkomstbrev']);

  await panel.getByRole('button', { name: 'Send til godkendelse' }).click();
  await expect(panel.getByText('Til godkendelse', { exact: true })).toBeVisible();
  await panel.getByRole('button', { name: 'Godkend' }).click();
  await expect(panel.getByRole('button', { name: 'Markér som revideret' })).toBeVisible();
  const approved = (await site.items<{ Id: number; ProcessStatus: string; ProcessVersion: string; ApprovedById: number }>('processes',
    { select: ['Id', 'ProcessStatus', 'ProcessVersion', 'ApprovedById'] })).find(p => p.Id === id)!;
  expect(approved).toMatchObject({ ProcessStatus: 'Godkendt', ProcessVersion: '1.0' });
  expect(approved.ApprovedById).toBeGreaterThan(0);
  await panel.getByRole('button', { name: 'Markér som revideret' }).click();
  // The live region sits outside the modal panel (hidden from the accessibility tree while it is open): by CSS.
  await expect(page.locator('[role="status"]', { hasText: 'Processen er markeret som revideret.' }).first()).toBeAttached();
  await expect(panel.getByTestId('process-history').locator(':scope > li')).toHaveCount(4);
  await checkA11y({ include: '[role="dialog"]' });
  await site.resetAndSeed();
});

test('a reader sees published processes only and no edit controls', async ({ openPage, checkA11y }) => {
  const page = await openPage({ user: 'reader', page: 'processer' });
  await expect(page.getByRole('button', { name: 'Forberedelse og afvikling af bestyrelsesmøder' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Pressehenvendelser og krisekommunikation' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Ny proces' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Forberedelse og afvikling af bestyrelsesmøder' }).click();
  const panel = page.getByRole('dialog');
  await expect(panel.getByTestId('process-steps')).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Redigér' })).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Godkend' })).toHaveCount(0);
  await checkA11y();
});

test('onboarding a new colleague writes the checklist as tasks in Opgaver, once', async ({ openPage, site }) => {
  const page = await openPage({ page: 'processer' });
  await page.getByRole('button', { name: 'Onboarding', exact: true }).click();
  const panel = page.getByRole('dialog');
  const people = panel.getByRole('combobox', { name: 'Ny kollega' });
  await people.fill('Jonas');
  await page.getByRole('option', { name: /Jonas Berg/ }).first().click();
  await expect(panel.getByTestId('onboarding-checklist').locator('li').first()).toBeVisible();
  const expected = await panel.getByTestId('onboarding-checklist').locator('li').count();
  await panel.getByRole('button', { name: 'Opret opgaverne' }).click();
  await expect(panel.getByText(/opgaver er klar til Jonas Berg/)).toBeVisible();
  // Everything is created: the button is off, and the progress shows the person.
  await expect(panel.getByRole('button', { name: 'Opret opgaverne' })).toBeDisabled();
  await expect(panel.getByTestId('onboarding-progress')).toContainText(`Jonas Berg: 0 af ${expected} færdige.`);
  const tasks = await site.items<{ IdempotencyKey: string; SourceType: string }>('tasks', { select: ['IdempotencyKey', 'SourceType'] });
  const onboarding = tasks.filter(t => (t.IdempotencyKey ?? '').startsWith('onboarding:'));
  expect(onboarding).toHaveLength(expected);
  expect(onboarding.every(t => t.SourceType === 'Proces')).toBe(true);
  await site.resetAndSeed();
});

test('a form that grows past the screen keeps its Gem / Annuller bar opaque (the steps do not show through it)', async ({ openPage, page }) => {
  // Tall enough that the new form fits as it opens; three more steps make it scroll.
  await page.setViewportSize({ width: 1280, height: 1500 });
  await openPage({ page: 'processer' });
  await page.getByRole('button', { name: 'Ny proces' }).click();
  const form = page.getByRole('dialog');
  await expect(form.getByRole('textbox', { name: /^Titel/ })).toBeVisible();
  for (let i = 0; i < 3; i++) await form.getByRole('button', { name: 'Tilføj trin' }).click();
  await expect(form.getByRole('textbox', { name: /^Trinets titel/ })).toHaveCount(4);
  const footer = page.locator('.ms-Panel-footer');
  const overflows = await page.locator('.ms-Panel-scrollableContent').evaluate(el => el.scrollHeight > el.clientHeight);
  expect(overflows).toBe(true);
  expect(await footer.evaluate(el => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 255, 255)');
});

test('in Teams\' dark theme and at phone width the catalogue, a process page, the form and onboarding pass axe', async ({ openPage, checkA11y, page }) => {
  test.setTimeout(120_000);
  for (const options of [{ teams: 'dark' as const }, { mobile: true }]) {
    await openPage({ page: 'processer', ...options });
    await expect(page.getByRole('button', { name: 'Forberedelse og afvikling af bestyrelsesmøder' })).toBeVisible();
    await checkA11y();
    await page.getByRole('button', { name: 'Forberedelse og afvikling af bestyrelsesmøder' }).click();
    await expect(page.getByRole('dialog').getByTestId('process-history')).toBeVisible();
    await checkA11y({ include: '[role="dialog"]' });
    await page.getByRole('dialog').getByRole('button', { name: 'Redigér' }).click();
    await expect(page.getByRole('dialog').getByRole('textbox', { name: /^Titel/ })).toHaveValue('Forberedelse og afvikling af bestyrelsesmøder');
    await checkA11y({ include: '[role="dialog"]' });
    // The footer's »Annuller« (the panel's close button has the same name): back to the process page, then closed.
    await page.getByRole('dialog').getByRole('button', { name: 'Annuller' }).last().click();
    await expect(page.getByRole('dialog').getByTestId('process-history')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await page.getByRole('button', { name: 'Onboarding', exact: true }).click();
    await expect(page.getByRole('dialog').getByRole('combobox', { name: 'Ny kollega' })).toBeVisible();
    await checkA11y({ include: '[role="dialog"]' });
  }
});
