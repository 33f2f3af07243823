import { act, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { format } from '../../../../src/common/strings';
import { da, en, loaded, renderRegister, servicesWith } from './helpers';
import { httpError } from '../../../support/fakeServices';

// Panels with Fluent's pickers render slowly on a busy machine; the behaviour, not the speed, is under test.
configure({ asyncUtilTimeout: 15_000 });
jest.setTimeout(120_000);

describe('the register', () => {
  test('first render is one batch read; decisions of the year grouped by meeting, newest meeting first', async () => {
    const { fake } = renderRegister();
    await loaded();
    expect(fake.backend.callsOf('batch.read')).toHaveLength(1);
    const meetings = screen.getAllByRole('heading', { level: 3 }).map(h => h.textContent);
    // »Aktive« (the default view): the two open board decisions of 12 March; last year's are not in 2026.
    expect(meetings).toEqual([expect.stringContaining('Bestyrelse, 12. marts 2026')]);
    expect(screen.getByText('Godkendelse af årsregnskab 2025')).toBeInTheDocument();
    expect(screen.queryByText('Budget 2025 godkendt')).not.toBeInTheDocument();
    // The follow-up date has passed, and the open action is overdue.
    expect(screen.getByText(/Opfølgningsdatoen er passeret/)).toBeInTheDocument();
    expect(screen.getByText(da.ActionsOpenOne)).toBeInTheDocument();
    expect(screen.getByText(`, ${format(da.ActionsOverdue, 1)}`)).toBeInTheDocument();
    expect(screen.getByText(`${da.LabelCase}: 2026-0312`)).toBeInTheDocument();
  });

  test('a long register shows whole meetings up to 100 decisions, then »Vis flere møder«', async () => {
    // 30 board meetings this year, 5 open decisions each.
    const many = Array.from({ length: 150 }, (_, i) => ({
      title: `Beslutning ${i + 1}`, kind: 'Beslutning' as const, decisionText: 'Vedtaget.', forum: 'Bestyrelse' as const,
      meetingDate: `2026-0${1 + Math.floor(Math.floor(i / 5) / 28)}-${String(1 + (Math.floor(i / 5) % 28)).padStart(2, '0')}`,
      status: 'Besluttet' as const, priority: 'SHOULD' as const
    }));
    const { container } = renderRegister({ fake: servicesWith(many, false) });
    await loaded();
    const shown = (): number => container.querySelectorAll('[data-decision-id]').length;
    expect(shown()).toBe(100);
    fireEvent.click(screen.getByText(format(da.ShowMoreMeetings, 50)).closest('button')!);
    expect(shown()).toBe(150);
    expect(container.querySelector('[data-show-more]')).toBeNull();
  });

  test('views: Arkiv shows the completed agreement; Mine aktive only Mette\'s; Alle every 2026 meeting', async () => {
    renderRegister();
    await loaded();
    fireEvent.click(screen.getByRole('button', { name: da.ViewArchive }));
    expect(screen.getByText('Aftale med KL om netværksmøde')).toBeInTheDocument();
    expect(screen.queryByText('Ny kommunikationsplan')).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: da.ViewMineActive }));
    expect(screen.getByText('Ny kommunikationsplan')).toBeInTheDocument();
    expect(screen.queryByText('Godkendelse af årsregnskab 2025')).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: da.ViewAll }));
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(2);
    expect(screen.getByRole('button', { name: da.ViewAll })).toHaveAttribute('aria-pressed', 'true');
  });

  test('text search finds a case number; no match shows the filtered empty state', async () => {
    jest.useFakeTimers();
    try {
      renderRegister();
      await act(async () => { await Promise.resolve(); });
      await act(async () => { jest.runOnlyPendingTimers(); });
      await loaded();
      const search = screen.getByRole('searchbox');
      fireEvent.change(search, { target: { value: '2026-0313' } });
      await act(async () => { jest.advanceTimersByTime(300); });
      expect(screen.getByText('Ny kommunikationsplan')).toBeInTheDocument();
      expect(screen.queryByText('Godkendelse af årsregnskab 2025')).not.toBeInTheDocument();
      fireEvent.change(search, { target: { value: 'findes ikke' } });
      await act(async () => { jest.advanceTimersByTime(300); });
      expect(screen.getByText(da.EmptyFilteredTitle)).toBeInTheDocument();
    } finally {
      jest.useRealTimers();
    }
  });

  test('the previous year loads on demand (one more batch) and shows last year\'s decisions', async () => {
    const { fake } = renderRegister();
    await loaded();
    fireEvent.click(screen.getByRole('button', { name: da.PrevYear }));
    fireEvent.click(await screen.findByRole('button', { name: da.ViewAll }));
    await waitFor(() => expect(screen.getByText('Budget 2025 godkendt')).toBeInTheDocument());
    expect(fake.backend.callsOf('batch.read')).toHaveLength(2);
  });

  test('English: labels and stored values in English', async () => {
    renderRegister({ strings: en, host: { language: 'en' } });
    await loaded(en);
    expect(screen.getByRole('button', { name: en.ViewFollowUp })).toBeInTheDocument();
    expect(screen.getByText('Being followed up')).toBeInTheDocument();
    expect(screen.getAllByText(/Board, 12 March 2026/).length).toBeGreaterThan(0);
  });
});

describe('four states', () => {
  test('empty: says what to do, with the button for those who may add', async () => {
    renderRegister({ fake: servicesWith([], false) });
    await loaded();
    expect(screen.getByText(format(da.EmptyTitle, '2026'))).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: da.NewDecisions }).length).toBeGreaterThan(0);
  });

  test('error: a friendly message and »Prøv igen«, which loads again', async () => {
    const fake = servicesWith();
    fake.backend.failNext('batch.read', httpError(503));
    renderRegister({ fake });
    await screen.findByRole('button', { name: da.Retry });
    fireEvent.click(screen.getByRole('button', { name: da.Retry }));
    await screen.findByText('Godkendelse af årsregnskab 2025');
  });

  test('not configured: a 404 with lists missing offers provisioning', async () => {
    const fake = servicesWith();
    fake.backend.listsExist = false;
    fake.backend.failNext('batch.read', httpError(404, 'List does not exist'));
    renderRegister({ fake });
    await screen.findByText(da.NotConfiguredTitle);
  });
});

describe('readers', () => {
  test('see the register and the details without edit controls', async () => {
    const fake = servicesWith();
    fake.backend.permissions = { canAdd: false, canEdit: false, canDelete: false, canManageLists: false };
    renderRegister({ fake });
    await loaded();
    expect(screen.queryByRole('button', { name: da.NewDecisions })).not.toBeInTheDocument();
    fireEvent.click(screen.getByText('Godkendelse af årsregnskab 2025'));
    const panel = await screen.findByRole('dialog');
    await within(panel).findByText('Send regnskabet til revisor');
    expect(within(panel).queryByRole('button', { name: da.Edit })).not.toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: da.ActionComplete })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: da.Close }));
    fireEvent.click(screen.getByRole('button', { name: da.ViewMyActions }));
    expect(screen.queryByRole('button', { name: da.ActionComplete })).not.toBeInTheDocument();
  });
});

describe('»Mine handlinger« and the status suggestion', () => {
  test('completing the last open action suggests »Gennemført«, applied only when accepted', async () => {
    const { fake } = renderRegister();
    await loaded();
    fireEvent.click(screen.getByRole('button', { name: da.ViewMyActions }));
    expect(screen.getByText('Send regnskabet til revisor')).toBeInTheDocument();
    expect(screen.getByText(`${da.Overdue}:`, { exact: false })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: format(da.ActionCompleteLabel, 'Send regnskabet til revisor') }));
    await screen.findByText(da.SuggestTitle);
    expect(fake.tasks.items[0]).toMatchObject({ status: 'Færdig', completedDate: '2026-03-25' });
    // Not applied by itself.
    expect(fake.decisions.items[0].status).toBe('Under opfølgning');
    fireEvent.click(screen.getByRole('button', { name: da.SuggestAccept }));
    await waitFor(() => expect(fake.decisions.items[0].status).toBe('Gennemført'));
    await waitFor(() => expect(screen.getByText(da.MyActionsEmpty)).toBeInTheDocument());
  });
});
