import { test, expect } from './fixtures';

/**
 * The board pipeline of the Beslutninger web part on the demo data: the seeded decision »Til behandling« for the
 * board's next meeting shows its preparation deadlines, and »Sæt i årshjulet« puts them into the Årshjul once —
 * a second click changes nothing. A reader sees the pipeline without the button. axe-core is clean in the view.
 */

// Two users' writes and a re-seed at the end: slower than the default minute on a shared machine.
test.setTimeout(180_000);

const REGION = 'Beslutninger';
const STRATEGY = 'Strategi 2027–2030 for OS2';

test('the pipeline shows the board meeting\'s deadlines; »Sæt i årshjulet« twice stores one set', async ({ openPage, site, checkA11y }) => {
  const page = await openPage({ page: 'beslutninger' });
  const region = page.getByRole('region', { name: REGION });
  await region.getByRole('button', { name: 'Til behandling', exact: true }).click();
  const meeting = region.getByRole('region', { name: /^Bestyrelsesmøde / }).filter({ hasText: STRATEGY });
  const deadlines = meeting.getByRole('list', { name: 'Frister' });
  await expect(deadlines).toContainText('Indstilling klar: ');
  await expect(deadlines).toContainText('(10 arbejdsdage før)');
  await expect(deadlines).toContainText('Dagsorden udsendt: ');
  await expect(deadlines).toContainText('(5 arbejdsdage før)');
  await checkA11y();

  const decision = (await site.services().repositories.decisions.query()).find(d => d.title === STRATEGY)!;
  const linked = async (): Promise<string[]> => (await site.services().repositories.activities.query())
    .filter(a => a.decision?.id === decision.id).map(a => `${a.title} ${a.startDate} ${a.activityType}`).sort();
  const put = meeting.getByRole('button', { name: `Sæt i årshjulet: fristerne for »${STRATEGY}«` });
  await put.click();
  await expect(region.locator('.ms-MessageBar').getByText(`Fristerne for »${STRATEGY}« står i årshjulet: 2 nye, 0 flyttet.`)).toBeVisible();
  const once = await linked();
  expect(once).toHaveLength(2);
  expect(once.every(a => a.endsWith(' Frist'))).toBe(true);
  expect(once[0]).toMatch(new RegExp(`^Dagsorden udsendt: ${STRATEGY} \\d{4}-\\d{2}-\\d{2} Frist$`));

  await put.click();
  await expect(region.locator('.ms-MessageBar').getByText(`Fristerne for »${STRATEGY}« stod allerede i årshjulet.`)).toBeVisible();
  expect(await linked()).toEqual(once);
  await site.resetAndSeed();
});

test('a reader sees the pipeline without »Sæt i årshjulet«', async ({ openPage }) => {
  const page = await openPage({ page: 'beslutninger', user: 'reader' });
  const region = page.getByRole('region', { name: REGION });
  await region.getByRole('button', { name: 'Til behandling', exact: true }).click();
  await expect(region.getByRole('region', { name: /^Bestyrelsesmøde / }).filter({ hasText: STRATEGY })).toBeVisible();
  await expect(region.getByRole('button', { name: /^Sæt i årshjulet: / })).toHaveCount(0);
});
