import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { format } from '../../../../src/common/strings';
import { da, loaded, renderRegister, servicesWith } from './helpers';
import { httpError } from '../../../support/fakeServices';

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
