import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { format } from '../../../../src/common/strings';
import { da, loaded, renderRegister, servicesWith } from './helpers';
import { httpError } from '../../../support/fakeServices';

// Panels with Fluent's pickers render slowly on a busy machine; the behaviour, not the speed, is under test.
configure({ asyncUtilTimeout: 15_000 });
jest.setTimeout(120_000);

/** Fills a text field of the open panel by its label. */
function type(panel: HTMLElement, label: string, value: string): void {
  fireEvent.change(within(panel).getByRole('textbox', { name: new RegExp(`^${label}`) }), { target: { value } });
}

/** Picks an option of a Fluent dropdown of the panel. */
async function choose(panel: HTMLElement, label: string, option: string): Promise<void> {
  fireEvent.click(within(panel).getByRole('combobox', { name: new RegExp(`^${label}`) }));
  fireEvent.click(await screen.findByRole('option', { name: option }));
}

async function openForm(): Promise<HTMLElement> {
  fireEvent.click(screen.getAllByRole('button', { name: da.NewDecisions })[0]);
  const panel = await screen.findByRole('dialog');
  await within(panel).findByRole('textbox', { name: new RegExp(`^${da.FieldTitle}`) });
  return panel;
}

async function fillMeeting(panel: HTMLElement): Promise<void> {
  await choose(panel, da.FieldForum, 'Bestyrelse');
  const date = within(panel).getByRole('textbox', { name: new RegExp(`^${da.FieldMeetingDate}`) });
  fireEvent.change(date, { target: { value: '19.03.2026' } });
  fireEvent.blur(date);
}

test('records two decisions of one meeting in a row, the first with an action; the meeting is kept', async () => {
  const { fake } = renderRegister({ fake: servicesWith([], false) });
  await loaded();
  const panel = await openForm();
  await fillMeeting(panel);
  type(panel, da.FieldTitle, 'Strategi for OS2 2027');
  type(panel, da.FieldDecisionText, 'Bestyrelsen vedtager strategien.');
  fireEvent.click(within(panel).getByRole('button', { name: da.AddAction }));
  type(panel, da.ActionTitle, 'Udsend strategien til medlemmerne');
  const due = within(panel).getByRole('textbox', { name: new RegExp(`^${da.ActionDueDate}`) });
  fireEvent.change(due, { target: { value: '15.04.2026' } });
  fireEvent.blur(due);
  fireEvent.click(within(panel).getByRole('button', { name: da.SaveAndNext }));
  await within(panel).findByText(format(da.SavedThisMeeting, 'Strategi for OS2 2027'));
  expect(fake.decisions.items).toHaveLength(1);
  expect(fake.decisions.items[0]).toMatchObject({ forum: 'Bestyrelse', meetingDate: '2026-03-19', status: 'Besluttet' });
  expect(fake.tasks.items).toEqual([expect.objectContaining({
    title: 'Udsend strategien til medlemmerne', dueDate: '2026-04-15', source: 'Beslutning',
    decision: { id: fake.decisions.items[0].id, title: 'Strategi for OS2 2027' }
  })]);
  // The next decision: the title is empty again, the meeting is not.
  expect(within(panel).getByRole('textbox', { name: new RegExp(`^${da.FieldTitle}`) })).toHaveValue('');
  type(panel, da.FieldTitle, 'Medlemskontingent 2027');
  type(panel, da.FieldDecisionText, 'Kontingentet fastholdes.');
  fireEvent.click(within(panel).getByRole('button', { name: da.Save }));
  await waitFor(() => expect(fake.decisions.items).toHaveLength(2));
  expect(fake.decisions.items[1]).toMatchObject({ forum: 'Bestyrelse', meetingDate: '2026-03-19', title: 'Medlemskontingent 2027' });
});

test('missing required fields: messages in Danish, nothing saved', async () => {
  const { fake } = renderRegister({ fake: servicesWith([], false) });
  await loaded();
  const panel = await openForm();
  fireEvent.click(within(panel).getByRole('button', { name: da.Save }));
  await within(panel).findByText(da.FormHasErrors);
  expect(within(panel).getAllByText(format(da.ValidationRequired, da.FieldTitle)).length).toBeGreaterThan(0);
  expect(fake.backend.callsOf('decisions.add')).toHaveLength(0);
});

test('a save that fails at the action keeps what was typed; »Gem« again completes it with one decision', async () => {
  const { fake } = renderRegister({ fake: servicesWith([], false) });
  await loaded();
  const panel = await openForm();
  await fillMeeting(panel);
  type(panel, da.FieldTitle, 'Ny hjemmeside');
  type(panel, da.FieldDecisionText, 'Sekretariatet indhenter tilbud.');
  fireEvent.click(within(panel).getByRole('button', { name: da.AddAction }));
  type(panel, da.ActionTitle, 'Indhent tre tilbud');
  const due = within(panel).getByRole('textbox', { name: new RegExp(`^${da.ActionDueDate}`) });
  fireEvent.change(due, { target: { value: '30.04.2026' } });
  fireEvent.blur(due);
  fake.backend.failNext('tasks.add', httpError(503));
  fireEvent.click(within(panel).getByRole('button', { name: da.Save }));
  await within(panel).findByText(/Tryk »Gem« igen/);
  expect(fake.decisions.items).toHaveLength(1);
  expect(fake.tasks.items).toHaveLength(0);
  expect(within(panel).getByRole('textbox', { name: new RegExp(`^${da.ActionTitle}`) })).toHaveValue('Indhent tre tilbud');
  fireEvent.click(within(panel).getByRole('button', { name: da.Save }));
  await waitFor(() => expect(fake.tasks.items).toHaveLength(1));
  expect(fake.decisions.items).toHaveLength(1);
  expect(fake.backend.callsOf('decisions.add')).toHaveLength(1);
});

test('the meeting picker asks Outlook only when opened, and picking a meeting fills in the meeting', async () => {
  const fake = servicesWith([], false);
  fake.backend.meetings = [{
    id: 'AAMkADboard1', subject: 'Bestyrelsesmøde', start: '2026-03-19T09:00:00Z', end: '2026-03-19T11:00:00Z', day: '2026-03-19',
    isAllDay: false, categories: ['Bestyrelse'], organizer: 'Lars Holm', organizerEmail: 'lars.holm@os2.eu',
    webLink: 'https://outlook.office365.com/owa/?itemid=AAMkADboard1', joinUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0',
    attendees: [{ name: 'Anne Sørensen', email: 'anne.sorensen@os2.eu', type: 'required', response: 'accepted' },
      { name: 'Birgitte Skov', email: 'birgitte.skov@os2.eu', type: 'required', response: 'declined' }]
  }];
  renderRegister({ fake, properties: { meetingSource: 'me' } });
  await loaded();
  const panel = await openForm();
  expect(fake.backend.callsOf('calendar.getMeetingsWithAttendees')).toHaveLength(0);
  fireEvent.click(within(panel).getByRole('button', { name: da.PickMeeting }));
  fireEvent.click(await within(panel).findByRole('button', { name: format(da.PickMeetingChoose, 'Bestyrelsesmøde', '19. marts 2026') }));
  expect(fake.backend.callsOf('calendar.getMeetingsWithAttendees')).toHaveLength(1);
  expect(within(panel).getByText(format(da.PickedMeeting, 'Bestyrelsesmøde'))).toBeInTheDocument();
  expect(within(panel).getByRole('textbox', { name: da.FieldAttendees }))
    .toHaveValue('Lars Holm <lars.holm@os2.eu>\nAnne Sørensen <anne.sorensen@os2.eu>');
  type(panel, da.FieldTitle, 'Ny strategi');
  type(panel, da.FieldDecisionText, 'Vedtaget.');
  fireEvent.click(within(panel).getByRole('button', { name: da.Save }));
  await waitFor(() => expect(fake.decisions.items).toHaveLength(1));
  expect(fake.decisions.items[0]).toMatchObject({
    forum: 'Bestyrelse', meetingDate: '2026-03-19', meetingId: 'AAMkADboard1',
    meetingUrl: { url: 'https://outlook.office365.com/owa/?itemid=AAMkADboard1' },
    joinUrl: { url: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0' }
  });
});

test('the linked process is chosen from Processer (phased-out ones left out) and stored as the decision\'s lookup', async () => {
  const fake = servicesWith([], false);
  const conference = fake.processes.insert({ title: 'OS2konferencen', area: 'Årshjul og mødeforum', status: 'Godkendt', reviewIntervalMonths: 12, onboarding: false, priority: 'SHOULD' });
  fake.processes.insert({ title: 'Gammel mødeproces', area: 'Årshjul og mødeforum', status: 'Udfaset', reviewIntervalMonths: 12, onboarding: false, priority: 'SHOULD' });
  renderRegister({ fake });
  await loaded();
  const panel = await openForm();
  await fillMeeting(panel);
  type(panel, da.FieldTitle, 'Sponsormodel');
  type(panel, da.FieldDecisionText, 'Tre sponsorniveauer.');
  fireEvent.click(within(panel).getByRole('combobox', { name: new RegExp(`^${da.FieldProcess}`) }));
  await screen.findByRole('option', { name: 'OS2konferencen' });
  expect(screen.queryByRole('option', { name: 'Gammel mødeproces' })).not.toBeInTheDocument();
  fireEvent.click(screen.getByRole('option', { name: 'OS2konferencen' }));
  fireEvent.click(within(panel).getByRole('button', { name: da.Save }));
  await waitFor(() => expect(fake.decisions.items).toHaveLength(1));
  expect(fake.decisions.items[0].process).toEqual({ id: conference.id, title: 'OS2konferencen' });
});

/** Opens the details of `title` and its edit form. */
async function openEdit(title: string): Promise<HTMLElement> {
  fireEvent.click(await screen.findByRole('button', { name: title }));
  const details = await screen.findByRole('dialog');
  fireEvent.click(await within(details).findByRole('button', { name: da.Edit }));
  await waitFor(() => expect(screen.getByRole('dialog')).toHaveTextContent(da.FormEditTitle));
  const panel = screen.getByRole('dialog');
  await within(panel).findByRole('textbox', { name: new RegExp(`^${da.FieldTitle}`) });
  return panel;
}

describe('editing a decision someone else changed meanwhile (412)', () => {
  test('»Gem alligevel« writes this form\'s fields over the other change, with the ETag read now', async () => {
    const { fake } = renderRegister();
    await loaded();
    const panel = await openEdit('Ny kommunikationsplan');
    type(panel, da.FieldTitle, 'Ny kommunikationsplan 2026–2027');
    const stored = fake.decisions.items.find(d => d.title === 'Ny kommunikationsplan')!;
    fake.decisions.replace(stored.id, { rationale: 'Tilføjet af en kollega.' }, '*', true);
    fireEvent.click(within(panel).getByRole('button', { name: da.Save }));
    await within(panel).findByText(da.ConflictText);
    expect(fake.decisions.items.find(d => d.id === stored.id)!.title).toBe('Ny kommunikationsplan');
    fireEvent.click(within(panel).getByRole('button', { name: da.ConflictOverwrite }));
    await waitFor(() => expect(fake.decisions.items.find(d => d.id === stored.id)!.title).toBe('Ny kommunikationsplan 2026–2027'));
    // The form's rationale (empty) is what it saves: »Gem alligevel« means this version wins.
    expect(fake.decisions.items.find(d => d.id === stored.id)!.etag).toBe('"3"');
  });

  test('»Hent den nye version« shows the stored decision; saving then succeeds', async () => {
    const { fake } = renderRegister();
    await loaded();
    const panel = await openEdit('Ny kommunikationsplan');
    type(panel, da.FieldTitle, 'Min titel');
    const stored = fake.decisions.items.find(d => d.title === 'Ny kommunikationsplan')!;
    fake.decisions.replace(stored.id, { title: 'Kollegaens titel' }, '*', true);
    fireEvent.click(within(panel).getByRole('button', { name: da.Save }));
    fireEvent.click(await within(panel).findByRole('button', { name: da.ConflictReload }));
    await waitFor(() => expect(within(panel).getByRole('textbox', { name: new RegExp(`^${da.FieldTitle}`) })).toHaveValue('Kollegaens titel'));
    expect(within(panel).queryByText(da.ConflictText)).not.toBeInTheDocument();
    type(panel, da.FieldRationale, 'Drøftet på mødet.');
    fireEvent.click(within(panel).getByRole('button', { name: da.Save }));
    await waitFor(() => expect(fake.decisions.items.find(d => d.id === stored.id)).toMatchObject({ title: 'Kollegaens titel', rationale: 'Drøftet på mødet.' }));
  });
});
