import { fireEvent, screen, within } from '@testing-library/react';
import { da, en, loaded, renderInbox, servicesWith } from './helpers';
import { format } from '../../../../src/common/strings';
import { durationText } from '../../../../src/webparts/henvendelser/components/InquiryOverview';

jest.setTimeout(90_000);

describe('Henvendelser overview', () => {
  test('»Overblik« loads twelve months in one call and shows figures, a chart with a text equal, and the table', async () => {
    const { fake } = renderInbox();
    await loaded();
    fireEvent.click(screen.getByRole('button', { name: da.Overview }));
    await screen.findByRole('heading', { name: da.OverviewHeading }, { timeout: 20_000 });
    expect(await screen.findByText(da.OverviewTotal)).toBeInTheDocument();
    expect(fake.backend.callsOf('inquiries.loadReceived').map(c => c.args)).toEqual([['2026-01-01', '2026-12-01']]);
    // The sample: five inquiries, all received in November or December 2026.
    const total = screen.getByText(da.OverviewTotal).closest('div')!;
    expect(within(total).getByText('5')).toBeInTheDocument();
    const chart = screen.getByRole('img');
    expect(chart.getAttribute('aria-label')).toContain('november 2026 4');
    expect(chart.getAttribute('aria-label')).toContain('december 2026 1');
    const table = screen.getByRole('table', { name: da.OverviewTableCaption });
    const sum = within(table).getAllByRole('row').find(r => within(r).queryByRole('rowheader', { name: da.OverviewSum }))!;
    expect(within(sum).getAllByRole('cell').map(c => c.textContent).slice(-3)).toEqual(['4', '1', '5']);
    expect(within(table).getByRole('rowheader', { name: da.CategoryMembership })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: da.BackToQueue }));
    expect(await screen.findByRole('group', { name: da.QueuesLabel })).toBeInTheDocument();
  });

  test('an error while loading offers a retry', async () => {
    const fake = servicesWith();
    fake.backend.failNext('inquiries.loadReceived', new Error('network'));
    renderInbox({ fake });
    await loaded();
    fireEvent.click(screen.getByRole('button', { name: da.Overview }));
    fireEvent.click(await screen.findByRole('button', { name: da.Retry }, { timeout: 20_000 }));
    expect(await screen.findByText(da.OverviewTotal)).toBeInTheDocument();
  });

  test('durations in working time, Danish and English', () => {
    expect(durationText(75, da, 'da')).toBe(format(da.OverviewDurationHours, 1, 15));
    expect(durationText(630, da, 'da')).toBe(format(da.OverviewDurationDays, '1,5'));
    expect(durationText(630, en, 'en')).toBe(format(en.OverviewDurationDays, '1.5'));
    expect(durationText(undefined, da, 'da')).toBe(da.OverviewNotMeasured);
  });
});
