import type { Locator } from '@playwright/test';
import { test, expect } from './fixtures';
import { todayInCopenhagen } from '../../src/domain/timeZone';
import { toDateParts } from '../../src/domain/dates';
import { formatDay } from '../../src/common/formatDate';

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

test('record three decisions of a board meeting in a row; the action reaches its owner, who completes it', async ({ openPage, site, checkA11y }) => {
  // Two users, three saves and a fresh seed: more than the default minute on a shared machine.
  test.slow();
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
  // The meeting from Outlook: a seeded board meeting in the coordinator's calendar (the page's »Min kalender«).
  await form.getByRole('button', { name: 'Vælg mødet i Outlook' }).click();
  await form.getByRole('searchbox', { name: 'Filtrér møder' }).fill('Bestyrelsesmøde');
  const pick = form.getByRole('button', { name: /^Vælg Bestyrelsesmøde, / }).first();
  await expect(pick).toBeVisible();
  await pick.click();
  await expect(form.getByText('Knyttet til Outlook-mødet »Bestyrelsesmøde«.')).toBeVisible();
  const meetingDay = await form.getByRole('textbox', { name: /^Mødedato/ }).inputValue();
  expect(meetingDay).not.toBe('');
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
  // All three on the picked meeting's day, as the form showed it.
  expect(stored.map(d => [d.forum, formatDay(d.meetingDate, 'da')])).toEqual(titles.map(() => ['Bestyrelse', meetingDay]));
  // The Outlook event's id and links came with the meeting.
  expect(stored.every(d => !!d.meetingId && !!d.meetingUrl?.url)).toBe(true);
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

test('»Opfølgning på beslutninger« for the board lists exactly its open decisions, also one of last year; axe-clean with the protocol', async ({ openPage, site, checkA11y }) => {
  test.slow();
  const today = todayInCopenhagen(new Date());
  const lastYear = toDateParts(today).year - 1;
  const coordinator = site.services();
  const jonas = (await coordinator.repositories.decisions.query()).map(d => d.responsible).find(p => p?.email === 'jonas.berg@os2.eu')!;
  // Last year's: an open decision without a follow-up date (no view of this year finds it), and a completed one.
  const open = await coordinator.repositories.decisions.add({ title: 'Fælles designsystem for OS2-produkterne', kind: 'Beslutning',
    decisionText: 'Sekretariatet afdækker et fælles designsystem.', forum: 'Bestyrelse', meetingDate: `${lastYear}-09-10`,
    status: 'Besluttet', priority: 'SHOULD', responsible: jonas });
  await coordinator.repositories.tasks.add({ title: 'Afdæk designsystemer i fællesskaberne', status: 'I gang', priority: 'SHOULD',
    source: 'Beslutning', assignedTo: jonas, dueDate: `${lastYear}-10-15`, area: 'Beslutninger og opfølgning',
    decision: { id: open.id, title: open.title } });
  await coordinator.repositories.decisions.add({ title: 'Logo-retningslinjer vedtaget', kind: 'Beslutning', decisionText: 'Vedtaget.',
    forum: 'Bestyrelse', meetingDate: `${lastYear}-09-10`, status: 'Gennemført', priority: 'COULD' });

  // What the item must list: every open board decision before its next meeting (the earliest »Til behandling« one).
  const all = await coordinator.repositories.decisions.query();
  const board = all.filter(d => d.forum === 'Bestyrelse');
  const next = board.filter(d => d.status === 'Til behandling' && d.meetingDate >= today).map(d => d.meetingDate).sort()[0] ?? today;
  const expected = board.filter(d => (d.status === 'Besluttet' || d.status === 'Under opfølgning') && d.meetingDate < next)
    .map(d => d.title).sort();
  expect(expected).toContain('Fælles designsystem for OS2-produkterne');

  const page = await openPage({ page: 'beslutninger', user: 'reader' });
  const region = page.getByRole('region', { name: REGION });
  await expect(region.getByRole('heading', { level: 3 }).first()).toBeVisible();
  await region.getByRole('button', { name: 'Opfølgning til næste møde' }).click();
  const panel = page.getByRole('dialog');
  const doc = panel.getByRole('document', { name: 'Opfølgning på beslutninger' });
  await expect(doc).toBeVisible();
  const decisionItems = doc.locator('h3:text-is("Nye beslutninger siden sidste møde") + ul > li, h3:text-is("Åbne beslutninger fra tidligere møder") + ul > li');
  const listed = (await decisionItems.allInnerTexts()).map(t => t.split(' – ')[0]).sort();
  expect(listed).toEqual(expected);
  expect(listed).not.toContain('Logo-retningslinjer vedtaget');
  await expect(doc.getByText(/^Afdæk designsystemer i fællesskaberne – I gang/)).toBeVisible();
  await checkA11y();
  await panel.getByRole('button', { name: 'Luk' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // The protocol of a meeting: axe-clean too.
  await region.getByRole('button', { name: 'Alle', exact: true }).click();
  await region.getByRole('button', { name: /^Protokol for / }).first().click();
  await expect(page.getByRole('dialog').getByRole('document', { name: 'Beslutningsprotokol' })).toBeVisible();
  await checkA11y();
  await site.resetAndSeed();
});
