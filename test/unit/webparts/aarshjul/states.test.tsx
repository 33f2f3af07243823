import { fireEvent, screen, waitFor } from '@testing-library/react';
import { da, loaded, renderWheel, servicesWith, wheelElement } from './helpers';
import { httpError } from '../../../support/fakeServices';

describe('Årshjul states', () => {
  test('loading: a localised spinner until the one SharePoint request answers', async () => {
    const { fake } = renderWheel();
    expect(screen.getByText(da.Loading)).toBeInTheDocument();
    await loaded();
    expect(fake.backend.callsOf('wheel.load')).toHaveLength(1);
    expect(fake.backend.callsOf('wheel.load')[0].args).toEqual(['2026-01-01', '2026-12-31']);
    // A normal first render asks nothing about provisioning.
    expect(fake.backend.callsOf('provisioning.status')).toHaveLength(0);
  });

  test('first render starts the SharePoint load and the Graph meetings in parallel', async () => {
    const fake = servicesWith();
    let release: () => void = () => undefined;
    const gate = new Promise<void>(resolve => { release = resolve; });
    const originalLoad = fake.services.wheel.load.bind(fake.services.wheel);
    fake.services.wheel.load = async (from, to) => { await gate; return originalLoad(from, to); };
    renderWheel({ fake, properties: { meetingSource: 'me' } });
    // SharePoint has not answered yet, but Graph has already been asked.
    await waitFor(() => expect(fake.backend.callsOf('calendar.getMeetings')).toHaveLength(1));
    release();
    await loaded();
    expect(fake.backend.callsOf('calendar.getMeetings')[0].args.slice(0, 3)).toEqual([{ kind: 'me' }, '2026-01-01', '2026-12-31']);
  });

  test('a year load that is no longer wanted is aborted; changing the Outlook filter downloads no Graph page', async () => {
    const fake = servicesWith();
    fake.backend.meetings = [
      { id: 'm1', subject: 'Bestyrelsesmøde', start: '2026-03-03T09:00:00Z', end: '2026-03-03T11:00:00Z', day: '2026-03-03', isAllDay: false, categories: ['Bestyrelse'] },
      { id: 'm2', subject: 'Teammøde', start: '2026-03-04T09:00:00Z', end: '2026-03-04T10:00:00Z', day: '2026-03-04', isAllDay: false, categories: [] }
    ];
    const { rerender, container } = renderWheel({ fake, properties: { meetingSource: 'me' } });
    await loaded();
    await waitFor(() => expect(container.querySelectorAll('[data-key^="meeting:"]')).toHaveLength(2));
    // Two quick year changes: the first year's load is aborted when the next starts.
    fireEvent.click(screen.getByRole('button', { name: da.NextYear }));
    fireEvent.click(screen.getByRole('button', { name: da.NextYear }));
    await waitFor(() => expect(fake.backend.callsOf('wheel.load')).toHaveLength(3));
    expect(fake.backend.signals.filter(s => s?.aborted).length).toBeGreaterThanOrEqual(2);
    fireEvent.click(await screen.findByRole('button', { name: da.ThisYear }));
    await waitFor(() => expect(container.querySelectorAll('[data-key^="meeting:"]')).toHaveLength(2));
    const graphCalls = fake.backend.callsOf('calendar.getMeetings').length;
    rerender(wheelElement({ fake, properties: { meetingSource: 'me', meetingCategory: 'bestyrelse' } }));
    await waitFor(() => expect(container.querySelectorAll('[data-key^="meeting:"]')).toHaveLength(1));
    expect(fake.backend.callsOf('calendar.getMeetings')).toHaveLength(graphCalls);
  });

  test('error: a friendly message in view mode, no technical details, and "Prøv igen" loads again', async () => {
    const fake = servicesWith();
    fake.backend.failNext('wheel.load', httpError(500, 'System.InvalidOperationException: boom'));
    renderWheel({ fake });
    expect(await screen.findByText(da.ErrorUnknown)).toBeInTheDocument();
    expect(screen.queryByText(da.ErrorDetails)).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: da.Retry }));
    await waitFor(() => expect(document.querySelectorAll('[data-layer="items"] [data-key]').length).toBeGreaterThan(0));
    expect(fake.backend.callsOf('wheel.load')).toHaveLength(2);
  });

  test('error: forbidden gets its own message, and edit mode shows the server text', async () => {
    const fake = servicesWith();
    fake.backend.failNext('wheel.load', httpError(403, 'Access denied. You do not have permission'));
    renderWheel({ fake, host: { isEditMode: true } });
    expect(await screen.findByText(da.ErrorForbidden)).toBeInTheDocument();
    expect(screen.getByText(da.ErrorDetails)).toBeInTheDocument();
    expect(screen.getByText(/Access denied/)).toBeInTheDocument();
  });

  test('not configured (owner): "Opret lister" provisions with a report, then the wheel loads', async () => {
    const fake = servicesWith();
    fake.backend.listsExist = false;
    renderWheel({ fake });
    expect(await screen.findByText(da.NotConfiguredTitle)).toBeInTheDocument();
    fireEvent.click(await screen.findByRole('button', { name: da.ProvisionButton }));
    expect(await screen.findByText('Oprettede listen »Årshjul«.')).toBeInTheDocument();
    expect(fake.backend.callsOf('provisioning.provision')).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: da.ProvisionContinue }));
    await waitFor(() => expect(document.querySelectorAll('[data-layer="items"] [data-key]').length).toBeGreaterThan(0));
  });

  test('a column deleted in SharePoint: the owner is offered »Reparér lister«, which provisions and loads again', async () => {
    const fake = servicesWith();
    const deleted = httpError(400, "Column 'Forum' does not exist. It may have been deleted by another user.");
    fake.backend.failNext('wheel.load', deleted);
    renderWheel({ fake });
    expect(await screen.findByText(da.RepairTitle)).toBeInTheDocument();
    expect(screen.getByText(/\(Forum\)/)).toBeInTheDocument();
    fireEvent.click(await screen.findByRole('button', { name: da.RepairButton }));
    expect(await screen.findByText('Oprettede listen »Årshjul«.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: da.ProvisionContinue }));
    await waitFor(() => expect(document.querySelectorAll('[data-layer="items"] [data-key]').length).toBeGreaterThan(0));
  });

  test('a column deleted in SharePoint, as a reader: a clear message naming it, no button, no »unexpected error«', async () => {
    const fake = servicesWith();
    fake.backend.canProvision = false;
    fake.backend.failNext('wheel.load', httpError(400, "The field or property 'Forum' does not exist."));
    renderWheel({ fake });
    expect(await screen.findByText(/Bed en ejer af webstedet om at åbne siden og vælge »Reparér lister«/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: da.RepairButton })).not.toBeInTheDocument();
    expect(screen.queryByText(da.ErrorUnknown)).not.toBeInTheDocument();
  });

  test('not configured (reader): a plain explanation and no button', async () => {
    const fake = servicesWith();
    fake.backend.listsExist = false;
    fake.backend.canProvision = false;
    renderWheel({ fake });
    expect(await screen.findByText(da.NotConfiguredReaderText)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: da.ProvisionButton })).not.toBeInTheDocument();
  });

  test('empty: editors are offered the first activity, readers are not', async () => {
    const editor = renderWheel({ fake: servicesWith([]) });
    expect(await screen.findByText('Ingen aktiviteter i 2026')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: da.AddFirst }));
    expect(await screen.findByRole('heading', { name: da.FormNewTitle })).toBeInTheDocument();
    editor.unmount();

    const fake = servicesWith([]);
    fake.backend.permissions = { canAdd: false, canEdit: false, canDelete: false, canManageLists: false };
    renderWheel({ fake });
    expect(await screen.findByText(da.EmptyReaderText)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: da.AddFirst })).not.toBeInTheDocument();
  });
});
