import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { da, en, JONAS, loaded, METTE, renderInbox, servicesWith } from './helpers';
import { httpError } from '../../../support/fakeServices';
import { format } from '../../../../src/common/strings';

const queueButton = (label: string): HTMLElement => screen.getByRole('button', { name: new RegExp(`^${label.replace(/[/]/g, '\\/')}\\s+\\d+$`) });
const rowsOf = (): string[] => screen.getAllByRole('row').slice(1).map(r => within(r).getAllByRole('cell').map(c => c.textContent).join('|'));

// Fluent panels and dropdowns in jsdom are slow on a shared two-core machine.
jest.setTimeout(90_000);

describe('Henvendelser queue', () => {
  test('first render: one load (one $batch), the six queues with counts, »Ufordelte« by due time with SLA badges', async () => {
    const { fake } = renderInbox();
    expect(screen.getByText(da.Loading)).toBeInTheDocument();
    await loaded();
    expect(fake.backend.callsOf('inquiries.loadQueue')).toHaveLength(1);
    expect(fake.backend.callsOf('provisioning.status')).toHaveLength(0);
    expect(queueButton(da.QueueUnassigned)).toHaveTextContent('2');
    expect(queueButton(da.QueueMine)).toHaveTextContent('1');
    expect(queueButton(da.QueueOpen)).toHaveTextContent('4');
    expect(queueButton(da.QueueWaiting)).toHaveTextContent('1');
    expect(queueButton(da.QueueClosed)).toHaveTextContent('1');
    expect(queueButton(da.QueueUnassigned)).toHaveAttribute('aria-pressed', 'true');
    const rows = rowsOf();
    // The breached MUST first (received 9 November), with »Overskredet«; the fresh one after it.
    expect(rows[0]).toContain('H-2026-0014');
    expect(rows[0]).toContain(da.SlaOverdue);
    expect(rows[1]).toContain('H-2026-0040');
    expect(rows[1]).not.toContain(da.SlaOverdue);
  });

  test('»Mine« shows what is assigned to the signed-in user; »Afventer svar« shows the paused clock', async () => {
    renderInbox();
    await loaded();
    fireEvent.click(queueButton(da.QueueMine));
    expect(rowsOf()).toHaveLength(1);
    expect(rowsOf()[0]).toContain('Faktura uden EAN');
    fireEvent.click(queueButton(da.QueueWaiting));
    expect(rowsOf()[0]).toContain('Interview til fagblad');
    expect(rowsOf()[0]).toContain(da.SlaPaused);
  });

  test('search and the category filter narrow the queue and its counts', async () => {
    renderInbox();
    await loaded();
    fireEvent.click(queueButton(da.QueueOpen));
    fireEvent.change(screen.getByRole('searchbox', { name: da.SearchLabel }), { target: { value: 'gladsaxe' } });
    expect(rowsOf()).toHaveLength(1);
    expect(queueButton(da.QueueOpen)).toHaveTextContent('1');
    fireEvent.change(screen.getByRole('searchbox', { name: da.SearchLabel }), { target: { value: 'H-2026-0039' } });
    expect(rowsOf()[0]).toContain('Faktura uden EAN');
  });

  test('»Tildel mig« on two selected rows: a partial update of the assignee only, per inquiry', async () => {
    const { fake } = renderInbox();
    await loaded();
    fireEvent.click(screen.getByRole('checkbox', { name: format(da.SelectRow, 'H-2026-0014') }));
    fireEvent.click(screen.getByRole('checkbox', { name: format(da.SelectRow, 'H-2026-0040') }));
    fireEvent.click(screen.getByRole('button', { name: da.AssignToMe }));
    await screen.findByText(format(da.BulkDone, 2));
    const patches = fake.backend.callsOf('inquiries.patch');
    expect(patches).toHaveLength(2);
    for (const call of patches) expect(Object.keys(call.args[1] as object)).toEqual(['assignedTo']);
    expect(fake.inquiries.items.filter(i => i.assignedTo?.id === METTE.id).map(i => i.reference).sort()).toEqual(['H-2026-0014', 'H-2026-0030', 'H-2026-0039', 'H-2026-0040']);
    // The queue reloads (one more request) and the two have left »Ufordelte«.
    await waitFor(() => expect(fake.backend.callsOf('inquiries.loadQueue')).toHaveLength(2));
    await waitFor(() => expect(queueButton(da.QueueUnassigned)).toHaveTextContent('0'));
  });

  test('a status set on a selection moves the SLA columns too; a failed row stays selected with the reason', async () => {
    const { fake } = renderInbox();
    await loaded();
    fireEvent.click(queueButton(da.QueueOpen));
    fireEvent.click(screen.getByRole('checkbox', { name: format(da.SelectRow, 'H-2026-0039') }));
    fireEvent.click(screen.getByRole('checkbox', { name: format(da.SelectRow, 'H-2026-0040') }));
    fake.backend.failNext('inquiries.patch', httpError(403, 'Access denied'));
    fireEvent.click(screen.getByRole('combobox', { name: da.SetStatus }));
    fireEvent.click(await screen.findByRole('option', { name: da.StatusWaiting }));
    await screen.findByText(new RegExp(format(da.BulkPartly, 1, 1).replace(/[()]/g, '.')));
    const ok = fake.backend.callsOf('inquiries.patch').map(c => c.args[1] as Record<string, unknown>).find(p => p.status === 'Afventer svar')!;
    expect(ok.statusHistory).toMatch(/Afventer svar$/);
    expect(ok).toHaveProperty('pausedMinutes');
    expect(ok).toHaveProperty('firstResponseAt');
    expect(screen.getAllByRole('checkbox', { checked: true })).toHaveLength(1);
  });

  test('a reader sees the queue without selection or »Ny henvendelse«', async () => {
    const fake = servicesWith();
    fake.backend.permissions = { canAdd: false, canEdit: false, canDelete: false, canManageLists: false };
    renderInbox({ fake });
    await loaded();
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: da.NewInquiry })).not.toBeInTheDocument();
    expect(rowsOf().length).toBeGreaterThan(0);
  });

  test('English labels; the empty state offers the first registration to editors only', async () => {
    renderInbox({ fake: servicesWith([]), strings: en, host: { language: 'en' } });
    await screen.findByText(en.EmptyTitle);
    expect(screen.getByRole('button', { name: en.NewInquiry })).toBeInTheDocument();
  });

  test('error state with retry; not configured when the lists are missing', async () => {
    const fake = servicesWith();
    fake.backend.failNext('inquiries.loadQueue', httpError(500, 'boom'));
    renderInbox({ fake });
    const retry = await screen.findByRole('button', { name: da.Retry });
    fireEvent.click(retry);
    await screen.findByText('H-2026-0014');

    const missing = servicesWith();
    missing.backend.listsExist = false;
    renderInbox({ fake: missing });
    await waitFor(() => expect(missing.backend.callsOf('provisioning.status')).toHaveLength(1));
  });

  test('the assignee column names the colleague', async () => {
    renderInbox();
    await loaded();
    fireEvent.click(queueButton(da.QueueOpen));
    expect(rowsOf().find(r => r.includes('Interview'))).toContain(JONAS.title);
  });

  test('a long queue shows its first 100 rows and »Vis 100 mere«; another queue starts at 100 again', async () => {
    const closed = Array.from({ length: 210 }, (_, i) => ({
      title: `Løst sag ${i + 1}`, reference: `H-2026-${String(1000 + i)}`, channel: 'E-mail' as const, status: 'Løst' as const,
      priority: 'SHOULD' as const, receivedDate: '2026-11-02', receivedAt: '2026-11-02T08:00:00Z', closedDate: '2026-11-20', assignedTo: METTE
    }));
    const { container } = renderInbox({ fake: servicesWith(closed) });
    await loaded();
    // Plain DOM queries: role queries over a table of hundreds of rows take minutes in jsdom.
    const rowCount = (): number => container.querySelectorAll('tbody tr').length;
    const button = (text: string): HTMLElement => screen.getByText(text).closest('button') as HTMLElement;
    const queue = (label: string): HTMLElement => Array.from(container.querySelectorAll<HTMLElement>('button[aria-pressed]'))
      .find(b => new RegExp(`^${label}\\s+\\d+$`).test(b.textContent!.trim()))!;
    fireEvent.click(queue(da.QueueClosed));
    expect(rowCount()).toBe(100);
    fireEvent.click(button(format(da.ShowMoreRows, 100, 110)));
    expect(rowCount()).toBe(200);
    fireEvent.click(button(format(da.ShowMoreRows, 10, 10)));
    expect(rowCount()).toBe(210);
    expect(container.querySelector('[data-show-more]')).toBeNull();
    fireEvent.click(queue(da.QueueMine));
    fireEvent.click(queue(da.QueueClosed));
    expect(rowCount()).toBe(100);
  });
});
