import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { da, loaded, renderInbox, servicesWith } from './helpers';
import { httpError } from '../../../support/fakeServices';
import { format } from '../../../../src/common/strings';
import { changeOf } from '../../../../src/webparts/henvendelser/components/InquiryPanel';
import { slaPolicies, unreadableSlaProperties } from '../../../../src/webparts/henvendelser/model/properties';
import type { IInquiry } from '../../../../src/domain/models';
import { inquiriesList } from '../../../../src/schema';

// Fluent panels and dropdowns in jsdom are slow on a shared two-core machine.
jest.setTimeout(90_000);

describe('Henvendelser intake (loaded on demand)', () => {
  test('an empty subject is refused in Danish before anything is sent; a failed save keeps the text and the retry creates one inquiry', async () => {
    const fake = servicesWith([]);
    renderInbox({ fake });
    fireEvent.click(await screen.findByRole('button', { name: da.NewInquiry }));
    const submit = await screen.findByRole('button', { name: da.IntakeSubmit });
    fireEvent.click(submit);
    expect(await screen.findByText(format(da.ValidationRequired, da.FieldSubject))).toBeInTheDocument();
    expect(fake.backend.callsOf('inquiries.add')).toHaveLength(0);

    fireEvent.change(screen.getByRole('textbox', { name: new RegExp(da.FieldSubject) }), { target: { value: 'Telefon: spørgsmål om kontingent' } });
    fireEvent.change(screen.getByRole('textbox', { name: da.FieldRequesterEmail }), { target: { value: 'ikke-en-mail' } });
    fireEvent.click(submit);
    expect(await screen.findByText(format(da.ValidationEmail, da.FieldRequesterEmail))).toBeInTheDocument();
    fireEvent.change(screen.getByRole('textbox', { name: da.FieldRequesterEmail }), { target: { value: 'hbu@syddjurs.dk' } });

    // The connection drops on the first try: the form stays with what was typed.
    fake.backend.failNext('inquiries.add', httpError(503, 'Service unavailable'));
    fireEvent.click(submit);
    expect(await screen.findByText(new RegExp(da.SaveFailed.slice(0, 20)))).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: new RegExp(da.FieldSubject) })).toHaveValue('Telefon: spørgsmål om kontingent');
    fireEvent.click(submit);
    await screen.findByText(format(da.IntakeDone, 'H-2026-0001'));
    expect(fake.inquiries.items).toHaveLength(1);
    const item = fake.inquiries.items[0];
    expect(item).toMatchObject({ reference: 'H-2026-0001', status: 'Ny', channel: 'Telefon', receivedDate: '2026-12-01' });
    expect(item.dueAt).toBeDefined();
    // Both tries carried the same idempotency key.
    const keys = fake.backend.callsOf('inquiries.add').map(c => (c.args[1] as { key: string }).key);
    expect(new Set(keys).size).toBe(1);
  });
});

describe('Henvendelser detail panel (loaded on demand)', () => {
  test('assign, status and a note are saved as one partial update; a template fills the reply and the mailto link', async () => {
    const fake = servicesWith();
    fake.replyTemplates.insert({ title: 'Kvittering', body: 'Kære {navn}\nVi har registreret {reference}.' });
    fake.replyTemplates.insert({ title: 'Faktura rettet', category: 'Økonomi og fakturering', body: 'Rettet.' });
    renderInbox({ fake });
    await loaded();
    fireEvent.click(screen.getByRole('button', { name: 'Databehandleraftale mangler' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: da.AssignToMe }));
    fireEvent.click(within(dialog).getByRole('combobox', { name: new RegExp(`^${da.FieldStatus}`) }));
    fireEvent.click(await screen.findByRole('option', { name: da.StatusInProgress }));
    fireEvent.change(within(dialog).getByRole('textbox', { name: da.FieldNote }), { target: { value: 'Ringet til Line.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: da.Save }));
    await within(dialog).findByText(da.Saved);
    const patch = fake.backend.callsOf('inquiries.patch')[0].args[1] as Record<string, unknown>;
    expect(patch).toMatchObject({ assignedTo: { id: 1 }, status: 'Under behandling', workNote: 'Ringet til Line.' });
    expect(patch).not.toHaveProperty('title');

    // Only the templates for every category or this one's are offered.
    fireEvent.click(within(dialog).getByRole('combobox', { name: new RegExp(`^${da.ReplyTemplate}`) }));
    expect(screen.queryByRole('option', { name: 'Faktura rettet' })).not.toBeInTheDocument();
    fireEvent.click(await screen.findByRole('option', { name: 'Kvittering' }));
    expect(within(dialog).getByRole('textbox', { name: da.ReplyText })).toHaveValue('Kære Line Holm\nVi har registreret H-2026-0014.');
    const link = within(dialog).getByRole('link', { name: da.ReplyOpenOutlook });
    expect(link.getAttribute('href')).toMatch(/^mailto:liho@gladsaxe\.dk\?subject=Sv%3A%20Databehandleraftale%20mangler%20%5BH-2026-0014%5D&body=K%C3%A6re%20Line%20Holm%0D%0AVi/);
    fireEvent.click(within(dialog).getByRole('button', { name: da.Close }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  test('»Opret opgave« twice makes one task; »Gør til sag for bestyrelsen« one decision »Til behandling«', async () => {
    const fake = servicesWith();
    renderInbox({ fake });
    await loaded();
    fireEvent.click(screen.getByRole('button', { name: 'Databehandleraftale mangler' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: da.CreateTask }));
    await within(dialog).findByText(da.TaskCreated);
    fireEvent.click(within(dialog).getByRole('button', { name: da.CreateTask }));
    await waitFor(() => expect(fake.backend.callsOf('tasks.add')).toHaveLength(2));
    expect(fake.tasks.items).toHaveLength(1);
    expect(fake.tasks.items[0]).toMatchObject({ source: 'Henvendelse', inquiry: { id: 1 } });
    fireEvent.click(within(dialog).getByRole('button', { name: da.CreateBoardCase }));
    await within(dialog).findByText(da.BoardCaseCreated);
    expect(fake.decisions.items[0]).toMatchObject({ status: 'Til behandling', forum: 'Bestyrelse', caseReference: 'H-2026-0014', meetingDate: '2026-12-15' });
  });
});

describe('Henvendelser model', () => {
  test('SLA properties: readable ones are used, unreadable ones fall back to the default and are reported', () => {
    const policies = slaPolicies({ firstMust: '2 t', resolveMust: 'snart' });
    expect(policies[0]).toEqual({ priority: 'MUST', firstResponse: { amount: 2, unit: 'workingHours' }, resolution: { amount: 2, unit: 'workingDays' } });
    expect(unreadableSlaProperties({ firstMust: '2 t', resolveMust: 'snart' })).toEqual(['resolveMust']);
  });

  test('changeOf holds only what the user changed; clearing the assignee is null', () => {
    const inquiry = { id: 1, etag: '"1"', title: 'X', channel: 'E-mail', status: 'Ny', priority: 'MUST', receivedDate: '2026-12-01', assignedTo: { id: 4, title: 'Jonas' } } as IInquiry;
    expect(changeOf(inquiry, { assignedTo: { id: 4, title: 'Jonas' }, status: 'Ny', priority: 'MUST', note: ' ' })).toEqual({});
    expect(changeOf(inquiry, { status: 'Afventer svar', priority: 'MUST', note: '' })).toEqual({ assignedTo: null, status: 'Afventer svar' });
  });
});

describe('Henvendelser detail: linking to a process', () => {
  test('an editor picks a process (Processer, by title); the save is a partial update of the lookup alone', async () => {
    const fake = servicesWith();
    fake.processes.insert({ title: 'Behandling af henvendelser', area: 'Sekretariat', status: 'Godkendt' } as never);
    fake.processes.insert({ title: 'Årsregnskab', area: 'Økonomi', status: 'Godkendt' } as never);
    renderInbox({ fake });
    await loaded();
    fireEvent.click(screen.getByRole('button', { name: 'Indmeldelse i OS2' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('combobox', { name: new RegExp(`^${da.FieldProcess}`) }));
    fireEvent.click(await screen.findByRole('option', { name: 'Behandling af henvendelser' }));
    fireEvent.click(within(dialog).getByRole('button', { name: da.Save }));
    await within(dialog).findByText(da.Saved);
    const patch = fake.backend.callsOf('inquiries.patch')[0].args[1] as Record<string, unknown>;
    expect(patch).toEqual({ process: { id: 1, title: 'Behandling af henvendelser' } });
    expect(fake.inquiries.items.find(i => i.title === 'Indmeldelse i OS2')?.process?.id).toBe(1);
  });

  test('a reader sees the linked process and no process choice', async () => {
    const fake = servicesWith();
    fake.inquiries.items.find(i => i.title === 'Indmeldelse i OS2')!.process = { id: 3, title: 'Medlemsadministration' };
    fake.backend.permissions = { canAdd: false, canEdit: false, canDelete: false, canManageLists: false };
    renderInbox({ fake });
    await loaded();
    fireEvent.click(screen.getByRole('button', { name: 'Indmeldelse i OS2' }));
    const dialog = await screen.findByRole('dialog');
    // The linked process opens where processes are handled (ItemLink), as a real link.
    const link = within(dialog).getByRole('link', { name: 'Medlemsadministration' });
    expect(link.getAttribute('data-koordinator-link')).toBe('proces:3');
    expect(within(dialog).queryByRole('combobox', { name: new RegExp(`^${da.FieldProcess}`) })).not.toBeInTheDocument();
    expect(fake.backend.callsOf('inquiries.loadProcesses')).toHaveLength(0);
  });
});

describe('Henvendelser deep links', () => {
  test('?koordinator=henvendelse:N opens that inquiry; closing it takes the parameter out of the address', async () => {
    window.history.replaceState(null, '', '/sites/os2/SitePages/Henvendelser.aspx?koordinator=henvendelse:3');
    renderInbox();
    const dialog = await screen.findByRole('dialog', {}, { timeout: 20_000 });
    expect(within(dialog).getByText('H-2026-0039 · Faktura uden EAN')).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: da.Close }));
    await waitFor(() => expect(window.location.search).toBe(''));
    // Opening another one puts it in the address, so a copied link opens the same inquiry.
    fireEvent.click(screen.getByRole('button', { name: 'Indmeldelse i OS2' }));
    await screen.findByRole('dialog');
    expect(window.location.search).toBe('?koordinator=henvendelse:2');
  });

  test('a task made from the inquiry is linked in the confirmation', async () => {
    renderInbox();
    await loaded();
    fireEvent.click(screen.getByRole('button', { name: 'Indmeldelse i OS2' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: da.CreateTask }));
    await within(dialog).findByText(da.TaskCreated, { exact: false });
    const link = within(dialog).getByRole('link', { name: /Indmeldelse i OS2/ });
    expect(link.getAttribute('data-koordinator-link')).toMatch(/^opgave:\d+$/);
  });
});

/** Opens »Faktura uden EAN« (id 3) by its link and reads its timeline's lines. */
async function timelineOfInquiry3(fake: ReturnType<typeof servicesWith>): Promise<string[]> {
  window.history.replaceState(null, '', '/sites/os2/SitePages/Henvendelser.aspx?koordinator=henvendelse:3');
  renderInbox({ fake });
  const dialog = await screen.findByRole('dialog', {}, { timeout: 20_000 });
  const heading = within(dialog).getByRole('heading', { name: da.TimelineHeading });
  const list = await waitFor(() => {
    const ol = heading.parentElement!.querySelector('ol');
    expect(ol).not.toBeNull();
    return ol!;
  });
  return Array.from(list.querySelectorAll('li')).map(li => li.textContent ?? '');
}

describe('Henvendelser timeline', () => {
  test('status changes the stored history has and no version shows are in the timeline, in order after »Registreret«', async () => {
    const fake = servicesWith();
    const f = inquiriesList.fields;
    // »Faktura uden EAN« (id 3) was written once, already »Under behandling« (imported with its history): one version.
    fake.backend.inquiryVersions.set(3, [
      { VersionLabel: '1.0', Created: '2026-11-30T08:00:00Z', Editor: { LookupValue: 'Mette Kjær' }, [f.status.name]: 'Under behandling' }
    ]);
    const lines = await timelineOfInquiry3(fake);
    // The version (08:00 UTC = 09.00 in Copenhagen) is the registration; the history's »Ny« at the same moment is not
    // repeated; its 09:00 change, an hour later, is added — without a name: the history does not say who.
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/09\.00 · Mette Kjær: Registreret\.$/);
    expect(lines[1]).toMatch(/10\.00: Status: Under behandling\.$/);
  });

  test('a mail registered after it arrived: »Modtaget« first, then »Registreret«', async () => {
    const fake = servicesWith();
    const f = inquiriesList.fields;
    // The mail arrived at 08:00 UTC; the mailbox pull registered it at 11:00; a colleague took it at 11:05.
    fake.inquiries.items.find(i => i.id === 3)!.statusHistory = '2026-11-30T08:00:00Z Ny\n2026-11-30T11:05:00Z Under behandling';
    fake.backend.inquiryVersions.set(3, [
      { VersionLabel: '1.0', Created: '2026-11-30T11:00:00Z', Editor: { LookupValue: 'Mette Kjær' }, [f.status.name]: 'Ny' },
      { VersionLabel: '2.0', Created: '2026-11-30T11:05:00Z', Editor: { LookupValue: 'Mette Kjær' }, [f.status.name]: 'Under behandling' }
    ]);
    const lines = await timelineOfInquiry3(fake);
    expect(lines.map(l => l.replace(/^.*?: /, ''))).toEqual([da.TimelineReceived, da.TimelineCreated, 'Status: Under behandling.']);
    expect(lines[0]).toMatch(/09\.00: /);
  });
});
