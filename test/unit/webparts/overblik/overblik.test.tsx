import * as path from 'path';
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import type { IHostContext } from '../../../../src/common/hosting';
import type { IPersonRef } from '../../../../src/domain/models';
import { format } from '../../../../src/common/strings';
import { overblikDefinition } from '../../../../src/webparts/overblik/OverblikDefinition';
import type { IOverblikWebPartProps } from '../../../../src/webparts/overblik/IOverblikWebPartProps';
import { createFakeServices, httpError, type IFakeServices } from '../../../support/fakeServices';
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { loadWebPartStrings } = require('../../../support/locStrings');

setIconOptions({ disableWarnings: true });
jest.setTimeout(60_000);

const LOC = path.join(__dirname, '../../../../src/webparts/overblik/loc');
const da: IOverblikWebPartStrings = loadWebPartStrings(LOC, 'da-dk');
const en: IOverblikWebPartStrings = loadWebPartStrings(LOC, 'en-us');

/** Tuesday 1 December 2026, 11:00 in Copenhagen (week 49). */
const NOW = new Date('2026-12-01T10:00:00Z');
const METTE: IPersonRef = { id: 1, title: 'Mette Kjær', email: 'mette.kjaer@os2.eu' };
const LARS: IPersonRef = { id: 2, title: 'Lars Holm', email: 'lars.holm@os2.eu' };

/** A small secretariat: something in every section, some of it Mette's. */
function seeded(): IFakeServices {
  const fake = createFakeServices();
  fake.backend.currentUser = METTE;
  fake.tasks.insert({ title: 'Send referat til bestyrelsen', priority: 'MUST', status: 'I gang', assignedTo: METTE, dueDate: '2026-11-24', source: 'Beslutning' });
  fake.tasks.insert({ title: 'Opdatér medlemslisten', priority: 'SHOULD', status: 'Ikke startet', assignedTo: LARS, dueDate: '2026-11-30', source: 'Andet' });
  fake.tasks.insert({ title: 'Gammel opgave, der er færdig', priority: 'SHOULD', status: 'Færdig', assignedTo: METTE, dueDate: '2026-11-20', source: 'Andet', completedDate: '2026-11-20' });
  fake.tasks.insert({ title: 'Bestil lokale til temadag', priority: 'COULD', status: 'Ikke startet', assignedTo: METTE, dueDate: '2026-12-08', source: 'Andet' });
  fake.inquiries.insert({ title: 'Databehandleraftale mangler', reference: 'H-2026-0014', channel: 'E-mail', status: 'Ny', priority: 'MUST',
    receivedDate: '2026-11-09', receivedAt: '2026-11-09T09:00:00Z', assignedTo: LARS });
  fake.inquiries.insert({ title: 'Indmeldelse i OS2', reference: 'H-2026-0040', channel: 'E-mail', status: 'Ny', priority: 'SHOULD',
    receivedDate: '2026-12-01', receivedAt: '2026-12-01T08:00:00Z' });
  fake.processes.insert({ title: 'Afholdelse af generalforsamling', area: 'Årshjul og mødeforum', status: 'Godkendt', reviewIntervalMonths: 12,
    lastReviewed: '2025-10-01', nextReview: '2026-10-01', onboarding: false, priority: 'SHOULD', owner: LARS });
  fake.decisions.insert({ title: 'Kontingentet fastholdes', decisionText: 'Uændret kontingent.', forum: 'Bestyrelse', meetingDate: '2026-09-10',
    status: 'Under opfølgning', followUpDate: '2026-11-26', responsible: METTE, priority: 'SHOULD' });
  fake.decisions.insert({ title: 'Strategi 2027–2030 for OS2', decisionText: 'Indstilling om strategien.', forum: 'Bestyrelse', meetingDate: '2026-12-10',
    status: 'Til behandling', responsible: LARS, priority: 'MUST', caseReference: '2026-0276' });
  fake.activities.insert({ title: 'Nyhedsbrev udsendes', category: 'Kommunikation', activityType: 'Frist', startDate: '2026-12-04', repeat: 'Ingen',
    priority: 'SHOULD', responsible: LARS });
  fake.activities.insert({ title: 'Budgetopfølgning', category: 'Økonomi', activityType: 'Frist', startDate: '2026-01-03', repeat: 'Månedligt',
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=3', priority: 'MUST', responsible: METTE });
  fake.backend.meetings = [{ id: 'ev1', subject: 'Sekretariatsmøde', start: '2026-12-07T08:00:00Z', end: '2026-12-07T09:00:00Z', day: '2026-12-07',
    isAllDay: false, categories: [], webLink: 'https://outlook.office.com/calendar/item/ev1' }];
  return fake;
}

function host(overrides: Partial<IHostContext> = {}): IHostContext {
  return { webUrl: 'https://os2.example/sites/os2', language: 'da', isEditMode: false, openPropertyPane: () => undefined, now: () => NOW, ...overrides };
}

function renderCockpit(fake: IFakeServices, options: { properties?: Partial<IOverblikWebPartProps>; strings?: IOverblikWebPartStrings; host?: Partial<IHostContext> } = {}): void {
  const Root = overblikDefinition.Root;
  render(<Root services={fake.services} host={host(options.host)} strings={options.strings ?? da}
    properties={{ ...overblikDefinition.defaults, meetingSource: 'me', ...options.properties }} />);
}

/** A section by its heading's title. */
function section(title: string): HTMLElement {
  return screen.getByRole('heading', { level: 3, name: new RegExp(`^${title}`) }).closest('section') as HTMLElement;
}

describe('Overblik', () => {
  test('Sekretariatet: every section with its count and its items, from one batch read and the Outlook meetings beside it', async () => {
    const fake = seeded();
    renderCockpit(fake);
    await screen.findByRole('heading', { level: 3, name: new RegExp(`^${da.SectionOverdueActions}`) });
    expect(fake.backend.callsOf('batch.read')).toHaveLength(1);
    expect(fake.backend.callsOf('calendar.getMeetings')[0].args.slice(1, 3)).toEqual(['2026-11-30', '2026-12-20']);

    const overdue = section(da.SectionOverdueActions);
    // The count is part of the heading's name, so a screen reader hears it with the title.
    expect(within(overdue).getByRole('heading', { level: 3 })).toHaveAccessibleName(`${da.SectionOverdueActions} , ${format(da.CountLabel, 2)}`);
    expect(within(overdue).getAllByRole('listitem').map(li => li.textContent)).toEqual([
      expect.stringContaining('Send referat til bestyrelsen'), expect.stringContaining('Opdatér medlemslisten')
    ]);
    expect(within(overdue).getByText(/7 dage over/)).toBeInTheDocument();
    expect(within(overdue).queryByText('Gammel opgave, der er færdig')).not.toBeInTheDocument();
    expect(within(section(da.SectionDueSoonActions)).getByText('Bestil lokale til temadag')).toBeInTheDocument();

    const inquiries = section(da.SectionInquiries);
    expect(within(inquiries).getByText('H-2026-0014 · Databehandleraftale mangler')).toBeInTheDocument();
    expect(within(inquiries).getByText(da.SlaOverdue)).toBeInTheDocument();
    expect(within(inquiries).queryByText(/Indmeldelse i OS2/)).not.toBeInTheDocument();

    expect(within(section(da.SectionReviews)).getByText('Afholdelse af generalforsamling')).toBeInTheDocument();
    expect(within(section(da.SectionFollowUps)).getByText('Kontingentet fastholdes')).toBeInTheDocument();

    const board = section(da.SectionBoard);
    expect(within(board).getByText(/Møde 10\. december · om 9 dage/)).toBeInTheDocument();
    expect(within(board).getByText('Strategi 2027–2030 for OS2')).toBeInTheDocument();
    expect(within(board).getByText(da.DeadlineIndstillingKlar)).toBeInTheDocument();

    // Each item opens in its own web part; without the site's page settings »Vis alle« opens the list itself.
    expect(within(overdue).getByRole('link', { name: 'Send referat til bestyrelsen' }).getAttribute('href')).toMatch(/[?&]koordinator=opgave:1$/);
    expect(within(overdue).getByRole('link', { name: format(da.ShowAllLabel, da.SectionOverdueActions) }))
      .toHaveAttribute('href', 'https://os2.example/sites/os2/Lists/Opgaver');
    expect(within(inquiries).getByRole('link', { name: 'H-2026-0014 · Databehandleraftale mangler' }).getAttribute('href')).toMatch(/koordinator=henvendelse:1$/);

    const wheel = section(da.SectionWheel);
    expect(within(wheel).getByRole('heading', { level: 4, name: new RegExp(`^${format(da.WeekHeadingCurrent, 49).replace(/[()]/g, '\\$&')}`) })).toBeInTheDocument();
    expect(within(wheel).getByText('Nyhedsbrev udsendes')).toBeInTheDocument();
    expect(within(wheel).getByText('Budgetopfølgning')).toBeInTheDocument(); // the monthly occurrence on 3 December
    expect(within(wheel).getByRole('link', { name: 'Sekretariatsmøde' })).toHaveAttribute('href', 'https://outlook.office.com/calendar/item/ev1');
  });

  test('»Vis alle« opens the owning web part\'s page from the site\'s settings, read in the same batch', async () => {
    const fake = seeded();
    fake.pageLinks.insert({ title: 'Henvendelser', webPart: 'Henvendelser', pageUrl: { url: 'https://os2.example/sites/os2/SitePages/Henvendelser.aspx' } });
    renderCockpit(fake);
    const link = await screen.findByRole('link', { name: format(da.ShowAllLabel, da.SectionInquiries) });
    expect(link).toHaveAttribute('href', 'https://os2.example/sites/os2/SitePages/Henvendelser.aspx');
    expect(fake.backend.callsOf('batch.read')).toHaveLength(1);
    expect(fake.backend.callsOf('pageLinks.query')).toHaveLength(1);
    expect(fake.services.links.known()).toEqual({ Henvendelser: 'https://os2.example/sites/os2/SitePages/Henvendelser.aspx' });
  });

  test('»Mine« keeps what the signed-in user is responsible for, and the change is announced', async () => {
    const fake = seeded();
    renderCockpit(fake);
    await screen.findByText('Opdatér medlemslisten');
    fireEvent.click(screen.getByRole('button', { name: da.ScopeMine }));
    await waitFor(() => expect(screen.queryByText('Opdatér medlemslisten')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: da.ScopeMine })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('Send referat til bestyrelsen')).toBeInTheDocument();
    expect(screen.queryByText('Afholdelse af generalforsamling')).not.toBeInTheDocument();
    expect(screen.queryByText('Nyhedsbrev udsendes')).not.toBeInTheDocument();
    expect(screen.getByText('Budgetopfølgning')).toBeInTheDocument();
    expect(within(section(da.SectionInquiries)).getByText(da.EmptyInquiries)).toBeInTheDocument();
    // The board's next meeting is the secretariat's in both scopes.
    expect(screen.getByText('Strategi 2027–2030 for OS2')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(new RegExp(`^${da.ScopeMine}: \\d+`));
    // Switching scope does not read SharePoint again.
    expect(fake.backend.callsOf('batch.read')).toHaveLength(1);
  });

  test('the sections and the horizon are properties; »Mine« can be the default', async () => {
    const fake = seeded();
    renderCockpit(fake, { properties: { sections: ['inquiries', 'overdueActions'], weeksAhead: 0, defaultScope: 'mine', itemsPerSection: 1 } });
    await screen.findByRole('heading', { level: 3, name: new RegExp(`^${da.SectionOverdueActions}`) });
    expect(screen.getAllByRole('heading', { level: 3 }).map(h => h.textContent?.split(/\d/)[0])).toEqual([da.SectionOverdueActions, da.SectionInquiries]);
    expect(screen.getByText(/^Uge 49 · 30\. november – 6\. december 2026/)).toBeInTheDocument();
    expect(fake.backend.callsOf('calendar.getMeetings')[0].args.slice(1, 3)).toEqual(['2026-11-30', '2026-12-06']);
    expect(screen.getByRole('button', { name: da.ScopeMine })).toHaveAttribute('aria-pressed', 'true');
  });

  test('an error with a retry, and not configured with the owner\'s repair', async () => {
    const fake = seeded();
    fake.backend.failNext('batch.read', httpError(500, 'Server error'));
    renderCockpit(fake);
    fireEvent.click(await screen.findByRole('button', { name: da.Retry }));
    expect(await screen.findByText('Send referat til bestyrelsen')).toBeInTheDocument();

    const empty = createFakeServices();
    empty.backend.listsExist = false;
    empty.backend.failNext('batch.read', httpError(404, 'List does not exist at site with URL'));
    renderCockpit(empty);
    expect(await screen.findByText(da.NotConfiguredTitle)).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: da.ProvisionButton }, { timeout: 10_000 })).toBeInTheDocument();
  });

  test('empty: says so for the scope; a failed Outlook read is a warning, not an error', async () => {
    const fake = createFakeServices();
    fake.backend.failNext('calendar.getMeetings', httpError(403, 'Forbidden'));
    renderCockpit(fake, { strings: en, host: { language: 'en' } });
    expect(await screen.findByText(en.EmptyTitle)).toBeInTheDocument();
    expect(await screen.findByText(new RegExp(en.MeetingsFailed.slice(0, 20)))).toBeInTheDocument();
    expect(screen.getByRole('button', { name: en.ScopeSecretariat })).toHaveAttribute('aria-pressed', 'true');
  });

  test('the inquiries section reads the SLA clocks with the SLA properties, the Henvendelser web part\'s group shared', async () => {
    // The pane has the Henvendelser's group (the same fields, from src/common/slaPropertyGroup.ts) with the same defaults.
    const groups = overblikDefinition.propertyGroups(da);
    const sla = groups.find(g => g.name === da.PropGroupSla)!;
    expect(sla.fields.map(f => f.name)).toEqual(['firstMust', 'resolveMust', 'firstShould', 'resolveShould', 'firstCould', 'resolveCould', 'firstWont', 'resolveWont']);
    expect(sla.fields[2].label).toBe(format(da.PropSlaFirst, 'SHOULD'));
    const henvendelser = (await import('../../../../src/webparts/henvendelser/HenvendelserDefinition')).henvendelserDefinition;
    expect(henvendelser.propertyGroups(da as never).map(g => g.fields.map(f => f.name)))
      .toContainEqual(sla.fields.map(f => f.name));
    for (const f of sla.fields) {
      expect(overblikDefinition.defaults[f.name as keyof IOverblikWebPartProps]).toBe((henvendelser.defaults as unknown as Record<string, unknown>)[f.name]);
    }

    // SHOULD's first response within one working hour: »Indmeldelse i OS2«, received two working hours ago, is breached.
    const fake = seeded();
    renderCockpit(fake, { properties: { sections: ['inquiries'], firstShould: '1 t', firstMust: 'snart' } });
    const inquiries = await screen.findByRole('region', { name: new RegExp(`^${da.SectionInquiries}`) });
    expect(within(inquiries).getByText('H-2026-0040 · Indmeldelse i OS2')).toBeInTheDocument();
    // An unreadable target keeps its default: the MUST inquiry is still breached by the default 4 working hours.
    expect(within(inquiries).getByText('H-2026-0014 · Databehandleraftale mangler')).toBeInTheDocument();
    expect(within(inquiries).getAllByText(da.SlaOverdue)).toHaveLength(2);
  });
});
