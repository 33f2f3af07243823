import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { da, en, loaded, renderWheel, SAMPLE, servicesWith } from './helpers';
import { httpError } from '../../../support/fakeServices';

/** Opens the form for a new activity from the toolbar. */
async function openNewForm(): Promise<HTMLElement> {
  fireEvent.click(screen.getByRole('button', { name: da.NewActivity }));
  return screen.findByRole('dialog');
}

/** Opens an activity's details, then its edit form. */
async function openEditForm(name: RegExp): Promise<HTMLElement> {
  fireEvent.click(screen.getByRole('button', { name }));
  const details = await screen.findByRole('dialog');
  fireEvent.click(within(details).getByRole('button', { name: da.Edit }));
  await screen.findByRole('heading', { name: da.FormEditTitle });
  return screen.getByRole('dialog');
}

describe('Årshjul activity form', () => {
  test('Danish validation messages on the fields, focus on the first, nothing sent', async () => {
    const { fake } = renderWheel();
    await loaded();
    const form = await openNewForm();
    fireEvent.change(within(form).getByRole('combobox', { name: /^Type/ }), { target: {} });
    fireEvent.click(within(form).getByRole('button', { name: da.Save }));
    expect(await within(form).findByText('Feltet »Titel« skal udfyldes.')).toBeInTheDocument();
    expect(within(form).getByText(da.FormHasErrors)).toBeInTheDocument();
    expect(document.activeElement).toBe(within(form).getByRole('textbox', { name: da.FieldTitle }));
    expect(fake.backend.callsOf('activities.add')).toHaveLength(0);
  });

  test('the English UI gives English field messages, naming the fields by their English labels', async () => {
    renderWheel({ strings: en, host: { language: 'en' } });
    await waitFor(() => expect(screen.queryByText(en.Loading)).not.toBeInTheDocument());
    fireEvent.click(screen.getByRole('button', { name: en.NewActivity }));
    const form = await screen.findByRole('dialog');
    fireEvent.change(within(form).getByRole('textbox', { name: en.FieldTitle }), { target: { value: 'x'.repeat(300) } });
    fireEvent.click(within(form).getByRole('combobox', { name: new RegExp(`^${en.FieldType}`) }));
    fireEvent.click(await screen.findByRole('option', { name: en.TypePeriod }));
    fireEvent.click(within(form).getByRole('button', { name: en.Save }));
    expect(await within(form).findByText('The title is 300 characters long. It may be at most 255 – please shorten it.')).toBeInTheDocument();
    expect(within(form).getByText('A period needs an end date.')).toBeInTheDocument();
    expect(within(form).queryByText(/skal|Feltet/)).not.toBeInTheDocument();
  });

  test('a ring an owner added to the list in SharePoint is drawn and the item saves unchanged', async () => {
    const fake = servicesWith([...SAMPLE, { title: 'Projektstart', category: 'Projekter' as never, activityType: 'Milepæl',
      startDate: '2026-06-01', repeat: 'Ingen', priority: 'COULD' }]);
    fake.repos.activities.extraChoices.category = ['Projekter'];
    const { container } = renderWheel({ fake });
    await loaded();
    // Its own ring, so the item is not invisible.
    const id = fake.activities.items.find(a => a.title === 'Projektstart')!.id;
    expect(container.querySelector(`[data-key="activity:${id}:2026-06-01"]`)).not.toBeNull();
    const form = await openEditForm(/^Projektstart,/);
    fireEvent.change(within(form).getByRole('textbox', { name: da.FieldTitle }), { target: { value: 'Projektstart (rettet)' } });
    fireEvent.click(within(form).getByRole('button', { name: da.Save }));
    await waitFor(() => expect(fake.backend.callsOf('activities.update')).toHaveLength(1));
    await waitFor(() => expect(fake.activities.items.find(a => a.id === id)).toMatchObject({ title: 'Projektstart (rettet)', category: 'Projekter' }));
  });

  test('a period needs an end date, and the message says so in Danish', async () => {
    renderWheel();
    await loaded();
    const form = await openNewForm();
    fireEvent.change(within(form).getByRole('textbox', { name: da.FieldTitle }), { target: { value: 'Budgetlægning' } });
    fireEvent.click(within(form).getByRole('combobox', { name: /^Type/ }));
    fireEvent.click(await screen.findByRole('option', { name: da.TypePeriod }));
    fireEvent.click(within(form).getByRole('button', { name: da.Save }));
    expect(await within(form).findByText('En periode skal have en slutdato.')).toBeInTheDocument();
  });

  test('creating an activity saves the fields and reloads the wheel', async () => {
    const { fake, container } = renderWheel();
    await loaded();
    const form = await openNewForm();
    fireEvent.change(within(form).getByRole('textbox', { name: da.FieldTitle }), { target: { value: 'Årsrapport' } });
    fireEvent.click(within(form).getByRole('combobox', { name: /^Gentages/ }));
    fireEvent.click(await screen.findByRole('option', { name: da.RepeatYearly }));
    // The friendly picker shows the rule in words.
    expect(await within(form).findByText('Gentages: Hvert år den 1. maj')).toBeInTheDocument();
    fireEvent.click(within(form).getByRole('button', { name: da.Save }));
    await waitFor(() => expect(fake.backend.callsOf('activities.add')).toHaveLength(1));
    const saved = fake.backend.callsOf('activities.add')[0].args[0];
    expect(saved).toMatchObject({
      title: 'Årsrapport', category: 'Sekretariat', activityType: 'Frist', startDate: '2026-05-01', repeat: 'Årligt',
      recurrence: 'FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=1', priority: 'SHOULD'
    });
    await waitFor(() => expect(screen.queryByRole('heading', { name: da.FormNewTitle })).not.toBeInTheDocument());
    await waitFor(() => expect(container.querySelector('[data-key="activity:5:2026-05-01"]')).not.toBeNull());
    expect(fake.backend.callsOf('wheel.load')).toHaveLength(2);
  });

  test('a failed save keeps everything typed and says why', async () => {
    const { fake } = renderWheel();
    await loaded();
    fake.backend.failNext('activities.add', httpError(503, 'Service unavailable'));
    const form = await openNewForm();
    fireEvent.change(within(form).getByRole('textbox', { name: da.FieldTitle }), { target: { value: 'Strategiseminar' } });
    fireEvent.change(within(form).getByRole('textbox', { name: da.FieldDescription }), { target: { value: 'To dage i Vejle' } });
    fireEvent.click(within(form).getByRole('button', { name: da.Save }));
    expect(await within(form).findByText(new RegExp(da.ErrorThrottled))).toBeInTheDocument();
    expect(within(form).getByText(new RegExp(da.SaveFailed.slice(0, 20)))).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: da.FieldTitle })).toHaveValue('Strategiseminar');
    expect(within(form).getByRole('textbox', { name: da.FieldDescription })).toHaveValue('To dage i Vejle');
    // Trying again with the same input succeeds.
    fireEvent.click(within(form).getByRole('button', { name: da.Save }));
    await waitFor(() => expect(fake.backend.callsOf('activities.add')).toHaveLength(2));
    expect(fake.activities.items.some(a => a.title === 'Strategiseminar' && a.description === 'To dage i Vejle')).toBe(true);
    await waitFor(() => expect(document.querySelector('[aria-label^="Strategiseminar,"]')).not.toBeNull());
  });

  test('a stale edit (412) offers "Gem alligevel", which overwrites with ETag *', async () => {
    const { fake } = renderWheel();
    await loaded();
    const form = await openEditForm(/^Generalforsamling, Bestyrelse/);
    // Someone else saves the activity meanwhile.
    const stored = fake.activities.items[0];
    fake.activities.replace(stored.id, { ...stored, description: 'Ændret af en kollega' }, stored.etag);
    fireEvent.change(within(form).getByRole('textbox', { name: da.FieldTitle }), { target: { value: 'Ordinær generalforsamling' } });
    fireEvent.click(within(form).getByRole('button', { name: da.Save }));
    expect(await within(form).findByText(da.ErrorConflict)).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: da.FieldTitle })).toHaveValue('Ordinær generalforsamling');
    fireEvent.click(within(form).getByRole('button', { name: da.ConflictOverwrite }));
    await waitFor(() => expect(fake.activities.items[0].title).toBe('Ordinær generalforsamling'));
    const updates = fake.backend.callsOf('activities.update');
    expect(updates.map(u => u.args[2])).toEqual(['"1"', '*']);
    // The form closes and the wheel shows the saved title after its one reload.
    await waitFor(() => expect(document.querySelector('[data-key="activity:1:2026-04-28"]'))
      .toHaveAttribute('aria-label', expect.stringMatching(/^Ordinær generalforsamling,/)));
    expect(screen.queryByRole('heading', { name: da.FormEditTitle })).not.toBeInTheDocument();
  });

  test('a stale edit (412) offers "Hent den nye version", which loads the other person\'s change', async () => {
    const { fake } = renderWheel();
    await loaded();
    const form = await openEditForm(/^Generalforsamling, Bestyrelse/);
    const stored = fake.activities.items[0];
    fake.activities.replace(stored.id, { ...stored, title: 'Generalforsamling (flyttet)' }, stored.etag);
    fireEvent.change(within(form).getByRole('textbox', { name: da.FieldTitle }), { target: { value: 'Min ændring' } });
    fireEvent.click(within(form).getByRole('button', { name: da.Save }));
    fireEvent.click(await within(form).findByRole('button', { name: da.ConflictReload }));
    await waitFor(() => expect(within(form).getByRole('textbox', { name: da.FieldTitle })).toHaveValue('Generalforsamling (flyttet)'));
    expect(within(form).queryByText(da.ErrorConflict)).not.toBeInTheDocument();
    // Saving now uses the new version's ETag and succeeds.
    fireEvent.click(within(form).getByRole('button', { name: da.Save }));
    await waitFor(() => expect(fake.backend.callsOf('activities.update')).toHaveLength(2));
    expect(fake.backend.callsOf('activities.update')[1].args[2]).toBe('"2"');
    await waitFor(() => expect(fake.backend.callsOf('wheel.load')).toHaveLength(2));
    await waitFor(() => expect(screen.queryByRole('heading', { name: da.FormEditTitle })).not.toBeInTheDocument());
  });

  test('delete asks first, then removes the activity', async () => {
    const { fake, container } = renderWheel();
    await loaded();
    fireEvent.click(screen.getByRole('button', { name: /^Generalforsamling, Bestyrelse/ }));
    const details = await screen.findByRole('dialog');
    fireEvent.click(within(details).getByRole('button', { name: da.Delete }));
    // A blocking confirmation is an alert dialog.
    const confirm = await screen.findByRole('alertdialog', { name: da.DeleteTitle });
    expect(within(confirm).getByText(/»Generalforsamling« slettes/)).toBeInTheDocument();
    expect(fake.backend.callsOf('activities.delete')).toHaveLength(0);
    fireEvent.click(within(confirm).getByRole('button', { name: da.DeleteConfirm }));
    await waitFor(() => expect(fake.backend.callsOf('activities.delete')).toHaveLength(1));
    expect(fake.backend.callsOf('activities.delete')[0].args).toEqual([1, '"1"']);
    await waitFor(() => expect(container.querySelector('[data-key^="activity:1:"]')).toBeNull());
  });

  test('a delete after someone else changed the activity says so, and offers the new version or deleting it anyway', async () => {
    const { fake, container } = renderWheel();
    await loaded();
    fireEvent.click(screen.getByRole('button', { name: /^Generalforsamling, Bestyrelse/ }));
    const details = await screen.findByRole('dialog');
    fireEvent.click(within(details).getByRole('button', { name: da.Delete }));
    // Meanwhile a colleague edits it: the ETag the dialog holds is stale.
    fake.activities.replace(1, { ...fake.activities.items[0], description: 'Ændret af en kollega' }, '"1"');
    const confirm = await screen.findByRole('alertdialog', { name: da.DeleteTitle });
    fireEvent.click(within(confirm).getByRole('button', { name: da.DeleteConfirm }));
    expect(await within(confirm).findByText(/er ændret af en anden, siden du åbnede den/)).toBeInTheDocument();
    expect(within(confirm).getByRole('button', { name: da.DeleteShowLatest })).toBeInTheDocument();
    expect(fake.activities.items.some(a => a.id === 1)).toBe(true);
    // »Slet alligevel« deletes the version the colleague saved — on purpose, with its ETag.
    fireEvent.click(within(confirm).getByRole('button', { name: da.DeleteAnyway }));
    await waitFor(() => expect(fake.activities.items.some(a => a.id === 1)).toBe(false));
    expect(fake.backend.callsOf('activities.delete').map(c => c.args)).toEqual([[1, '"1"'], [1, '"2"']]);
    await waitFor(() => expect(container.querySelector('[data-key^="activity:1:"]')).toBeNull());
  });

  test('the process dropdown loads processes only when the form opens', async () => {
    const fake = servicesWith();
    fake.processes.insert({ title: 'Bestyrelsesbetjening', area: 'Årshjul og mødeforum', status: 'Godkendt', reviewIntervalMonths: 12, onboarding: false, priority: 'MUST' });
    renderWheel({ fake });
    await loaded();
    expect(fake.backend.callsOf('processes.query')).toHaveLength(0);
    const form = await openNewForm();
    await waitFor(() => expect(fake.backend.callsOf('processes.query')).toHaveLength(1));
    await waitFor(() => expect(within(form).getByRole('combobox', { name: /^Proces/ })).not.toHaveAttribute('aria-disabled', 'true'));
    fireEvent.click(within(form).getByRole('combobox', { name: /^Proces/ }));
    expect(await screen.findByRole('option', { name: 'Bestyrelsesbetjening' })).toBeInTheDocument();
  });

  test('a typed date that is not a day blocks saving, keeps the text and says why on the field', async () => {
    const { fake } = renderWheel();
    await loaded();
    const form = await openNewForm();
    fireEvent.change(within(form).getByRole('textbox', { name: da.FieldTitle }), { target: { value: 'Frist' } });
    const start = within(form).getByRole('textbox', { name: da.FieldStart });
    fireEvent.change(start, { target: { value: '31.2.2027' } });
    fireEvent.blur(start);
    fireEvent.click(within(form).getByRole('button', { name: da.Save }));
    expect(await within(form).findByText(da.DateNotADay)).toBeInTheDocument();
    expect(within(form).getByText(da.FormHasErrors)).toBeInTheDocument();
    expect(start).toHaveValue('31.2.2027');
    expect(document.activeElement).toBe(start);
    expect(fake.backend.callsOf('activities.add')).toHaveLength(0);
    // Fixed, it saves that day.
    fireEvent.change(start, { target: { value: '14.5.27' } });
    fireEvent.blur(start);
    fireEvent.click(within(form).getByRole('button', { name: da.Save }));
    await waitFor(() => expect(fake.backend.callsOf('activities.add')).toHaveLength(1));
    expect(fake.backend.callsOf('activities.add')[0].args[0]).toMatchObject({ title: 'Frist', startDate: '2027-05-14' });
  });

  test('a period\'s first date is labelled Startdato; a deadline\'s Dato', async () => {
    renderWheel();
    await loaded();
    const form = await openNewForm();
    expect(within(form).getByRole('textbox', { name: da.FieldStart })).toBeInTheDocument();
    fireEvent.click(within(form).getByRole('combobox', { name: /^Type/ }));
    fireEvent.click(await screen.findByRole('option', { name: da.TypePeriod }));
    expect(await within(form).findByRole('textbox', { name: da.FieldStartPeriod })).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: da.FieldEnd })).toBeInTheDocument();
  });

  test('a long title is never cut: the counter shows the limit, and over it is an error that blocks saving', async () => {
    const { fake } = renderWheel();
    await loaded();
    const form = await openNewForm();
    const title = within(form).getByRole('textbox', { name: da.FieldTitle });
    expect(within(form).getByText('0/255 tegn')).toBeInTheDocument();
    fireEvent.change(title, { target: { value: 'x'.repeat(5000) } });
    expect(title).toHaveValue('x'.repeat(5000));
    expect(within(form).getByText('5000/255 tegn')).toBeInTheDocument();
    expect(await within(form).findByText('Titlen er 5000 tegn. Den må højst være 255 tegn – kort den ned.')).toBeInTheDocument();
    fireEvent.click(within(form).getByRole('button', { name: da.Save }));
    await waitFor(() => expect(within(form).getByText(da.FormHasErrors)).toBeInTheDocument());
    expect(fake.backend.callsOf('activities.add')).toHaveLength(0);
    fireEvent.change(title, { target: { value: 'x'.repeat(255) } });
    expect(within(form).getByText('255/255 tegn')).toBeInTheDocument();
    expect(within(form).queryByText(/Titlen er/)).not.toBeInTheDocument();
  });
});
