import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { da, JONAS, loaded, renderInbox } from './helpers';
import { format } from '../../../../src/common/strings';
import { changedFields } from '../../../../src/services/inquiries/InquiryActions';
import { DEFAULT_SLA_POLICIES, slaStoredValues } from '../../../../src/domain/inquiries';
import type { IInquiry } from '../../../../src/domain/models';

jest.setTimeout(90_000);

const select = (...references: string[]): void => references.forEach(r =>
  fireEvent.click(screen.getByRole('checkbox', { name: format(da.SelectRow, r) })));
const queueButton = (label: string): HTMLElement => screen.getByRole('button', { name: new RegExp(`^${label}\\s+\\d+$`) });

describe('bulk actions on several selected inquiries', () => {
  test('»Tildel kollega«: a people choice, then one partial update of the assignee per inquiry', async () => {
    const { fake } = renderInbox();
    await loaded();
    select('H-2026-0014', 'H-2026-0040');
    fireEvent.click(screen.getByRole('button', { name: da.AssignToColleague }));
    const dialog = await screen.findByRole('dialog', {}, { timeout: 20_000 });
    expect(within(dialog).getByText(format(da.AssignToColleagueText, 2))).toBeInTheDocument();
    // Assigning with nobody chosen says so and writes nothing.
    fireEvent.click(within(dialog).getByRole('button', { name: da.AssignToColleagueConfirm }));
    expect(await within(dialog).findByText(da.AssignToColleagueMissing)).toBeInTheDocument();
    const input = within(dialog).getByRole('combobox', { name: da.FieldAssignee });
    act(() => { input.focus(); });
    fireEvent.input(input, { target: { value: 'Jon' } });
    fireEvent.click(await screen.findByText('Jonas Berg', {}, { timeout: 5000 }));
    await waitFor(() => expect(within(dialog).queryByText(da.AssignToColleagueMissing)).not.toBeInTheDocument());
    fireEvent.click(within(dialog).getByRole('button', { name: da.AssignToColleagueConfirm }));
    await screen.findByText(format(da.BulkDone, 2));
    const patches = fake.backend.callsOf('inquiries.patch');
    expect(patches).toHaveLength(2);
    for (const call of patches) {
      expect(Object.keys(call.args[1] as object)).toEqual(['assignedTo']);
      expect((call.args[1] as { assignedTo: { id: number } }).assignedTo.id).toBe(JONAS.id);
    }
    await waitFor(() => expect(queueButton(da.QueueUnassigned)).toHaveTextContent('0'));
  });

  test('»Sæt kategori« and »Sæt prioritet« on a selection: only that column of each', async () => {
    const { fake } = renderInbox();
    await loaded();
    fireEvent.click(queueButton(da.QueueOpen));
    select('H-2026-0039', 'H-2026-0040', 'H-2026-0035');
    fireEvent.click(screen.getByRole('combobox', { name: da.SetCategory }));
    fireEvent.click(await screen.findByRole('option', { name: da.CategoryEvents }));
    await screen.findByText(format(da.BulkDone, 3));
    const categoryPatches = fake.backend.callsOf('inquiries.patch').map(c => c.args[1] as Record<string, unknown>);
    expect(categoryPatches).toEqual([{ category: 'Arrangementer' }, { category: 'Arrangementer' }, { category: 'Arrangementer' }].map(p => expect.objectContaining(p)));
    // The sample's items have no stored SLA columns yet, so those may come along; nothing else does.
    const sla = ['dueAt', 'dueDate', 'atRiskAt', 'pausedMinutes'];
    for (const p of categoryPatches) expect(Object.keys(p).filter(k => k !== 'category' && !sla.includes(k))).toEqual([]);

    // Those that failed stay selected; all succeeded, so the selection is empty: select two again for the priority.
    await waitFor(() => expect(screen.queryByRole('combobox', { name: da.SetCategory })).not.toBeInTheDocument());
    select('H-2026-0039', 'H-2026-0040');
    fireEvent.click(screen.getByRole('combobox', { name: da.SetPriority }));
    fireEvent.click(await screen.findByRole('option', { name: /^MUST/ }));
    await waitFor(() => expect(fake.backend.callsOf('inquiries.patch')).toHaveLength(5));
    const priorityPatches = fake.backend.callsOf('inquiries.patch').slice(3).map(c => c.args[1] as Record<string, unknown>);
    for (const p of priorityPatches) expect(p.priority).toBe('MUST');
    // A new priority moves the SLA targets with it, and touches nothing else.
    for (const p of priorityPatches) expect(Object.keys(p).filter(k => k !== 'priority' && !sla.includes(k))).toEqual([]);
    expect(fake.inquiries.items.filter(i => i.category === 'Arrangementer')).toHaveLength(3);
  });
});

test('a new category on an inquiry whose SLA columns are current is an update of the category alone', () => {
  const now = '2026-12-01T10:00:00Z';
  const base = { id: 1, etag: '"1"', title: 'X', channel: 'E-mail', status: 'Under behandling', priority: 'SHOULD', receivedDate: '2026-11-30',
    receivedAt: '2026-11-30T08:00:00Z', statusHistory: '2026-11-30T08:00:00Z Ny\n2026-11-30T09:00:00Z Under behandling' } as IInquiry;
  const inquiry = { ...base, ...slaStoredValues(base, DEFAULT_SLA_POLICIES, now) } as IInquiry;
  expect(changedFields(inquiry, { category: 'Medlemskab' }, now, DEFAULT_SLA_POLICIES)).toEqual({ category: 'Medlemskab' });
  // A higher priority moves the due time: those columns come along.
  const higher = changedFields(inquiry, { priority: 'MUST' }, now, DEFAULT_SLA_POLICIES);
  expect(higher.priority).toBe('MUST');
  expect(higher.dueAt).not.toBe(inquiry.dueAt);
});
