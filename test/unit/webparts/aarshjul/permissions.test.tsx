import { fireEvent, screen, within } from '@testing-library/react';
import { da, loaded, renderWheel, servicesWith } from './helpers';

describe('Årshjul for readers', () => {
  test('a reader sees no edit controls anywhere', async () => {
    const fake = servicesWith();
    fake.backend.permissions = { canAdd: false, canEdit: false, canDelete: false, canManageLists: false };
    renderWheel({ fake });
    await loaded();
    expect(screen.queryByRole('button', { name: da.NewActivity })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: /^Budgetopfølgning, Økonomi, 15\. juni 2026/ }));
    const panel = await screen.findByRole('dialog');
    expect(within(panel).getByText('Lars Holm')).toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: da.Edit })).not.toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: da.Delete })).not.toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: /^Markér som udført/ })).not.toBeInTheDocument();
  });

  test('an editor sees the same panel with edit, delete and mark done', async () => {
    renderWheel();
    await loaded();
    expect(screen.getByRole('button', { name: da.NewActivity })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: /^Budgetopfølgning, Økonomi, 15\. juni 2026/ }));
    const panel = await screen.findByRole('dialog');
    expect(within(panel).getByRole('button', { name: da.Edit })).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: da.Delete })).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Markér som udført for 15. juni 2026' })).toBeInTheDocument();
  });
});

describe('Årshjul in edit mode', () => {
  test('a meetings source without its group id points the author to the property pane', async () => {
    const openPropertyPane = jest.fn();
    renderWheel({ properties: { meetingSource: 'group', meetingGroupId: '' }, host: { isEditMode: true, openPropertyPane } });
    await loaded();
    expect(await screen.findByText(da.MeetingsSourceIncomplete)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: da.OpenProperties }));
    expect(openPropertyPane).toHaveBeenCalledTimes(1);
  });

  test('in view mode the same page shows no such hint', async () => {
    renderWheel({ properties: { meetingSource: 'group', meetingGroupId: '' } });
    await loaded();
    // The bar's action button renders at once (its text a tick later), so its absence is decisive.
    expect(screen.queryByRole('button', { name: da.OpenProperties })).not.toBeInTheDocument();
    expect(screen.queryByText(da.MeetingsSourceIncomplete)).not.toBeInTheDocument();
  });
});
