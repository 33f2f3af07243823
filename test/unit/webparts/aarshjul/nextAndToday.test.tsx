import { fireEvent, screen, within } from '@testing-library/react';
import { FAKE_WEB_URL } from '../../../support/fakeServices';
import type { IActivity } from '../../../../src/domain/models';
import { nextSummary } from '../../../../src/webparts/aarshjul/model/next';
import { da, loaded, METTE, renderWheel, SAMPLE, servicesWith } from './helpers';

/** Issue 8 part 2, item 5: the agenda at today, and »Næste« for someone looking for what comes up. */

const BOARD = { title: 'Bestyrelsesmøde', category: 'Bestyrelse', activityType: 'Møde', startDate: '2026-02-12', repeat: 'Årligt',
  recurrence: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=12', priority: 'MUST', forum: 'Bestyrelse', responsible: METTE,
  process: { id: 3, title: 'Bestyrelsesbetjening' } } as const;

describe('nextSummary', () => {
  const activities = [...SAMPLE, BOARD].map((a, i) => ({ ...a, id: i + 1, etag: '"1"' })) as IActivity[];

  test('the next deadlines and milestones from today, soonest first, and the next meeting per forum — also next year', () => {
    const next = nextSummary(activities, new Map(), '2026-05-01', list => list);
    expect(next.deadlines.map(e => [e.title, e.day])).toEqual([
      ['Nyhedsbrev', '2026-05-10'], ['Budgetopfølgning', '2026-06-15']
    ]);
    // The board meets yearly on 12 February: the next one is in the next year. The general assembly is past.
    expect(next.meetings.map(e => [e.activity?.forum, e.day])).toEqual([['Bestyrelse', '2027-02-12']]);
  });

  test('a done occurrence is not next; the one after it is', () => {
    const key = 'activity:4:2026-05-10';
    const shown = new Map([[key, { key, day: '2026-05-10', endDay: '2026-05-10', title: 'Nyhedsbrev', ring: 'Kommunikation',
      source: 'activity' as const, activity: activities[3], done: true }]]);
    const next = nextSummary(activities, shown, '2026-05-01', list => list);
    expect(next.deadlines.find(e => e.title === 'Nyhedsbrev')?.day).toBe('2026-06-10');
  });
});

describe('»Næste« and the agenda at today', () => {
  test('»Næste« lists what comes up, and a line opens its details — even the board meeting of next year', async () => {
    renderWheel({ fake: servicesWith([...SAMPLE, BOARD]) });
    await loaded();
    const next = screen.getByRole('region', { name: da.NextHeading });
    const meetings = within(next).getByRole('list', { name: da.NextMeetings });
    expect(within(meetings).getAllByRole('listitem').map(li => li.textContent)).toEqual([
      'om 287 dageBestyrelsen: Bestyrelsesmøde12. februar 2027'
    ]);
    const deadlines = within(next).getByRole('list', { name: da.NextDeadlines });
    expect(within(deadlines).getAllByRole('button').map(b => b.textContent)).toEqual([
      'om 9 dageNyhedsbrev10. maj 2026', 'om 45 dageBudgetopfølgning15. juni 2026'
    ]);
    fireEvent.click(within(meetings).getByRole('button'));
    const panel = await screen.findByRole('dialog');
    expect(within(panel).getByRole('heading', { name: 'Bestyrelsesmøde' })).toBeInTheDocument();
    expect(within(panel).getAllByText('12. februar 2027').length).toBeGreaterThan(0);
    // The linked process opens in Processer; with no page set for it in Koordinator-sider, its item in SharePoint.
    expect(within(panel).getByRole('link', { name: 'Bestyrelsesbetjening' }))
      .toHaveAttribute('href', `${FAKE_WEB_URL}/Lists/Processer/DispForm.aspx?ID=3`);
  });

  test('browsing another year shows no »Næste«', async () => {
    renderWheel();
    await loaded();
    expect(screen.getByTestId('next-summary')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: da.PreviousYear }));
    await screen.findByText('Ingen aktiviteter i 2025');
    expect(screen.queryByTestId('next-summary')).not.toBeInTheDocument();
  });

  test('the agenda marks today before the first entry still to come, and Tab lands there', async () => {
    const { container } = renderWheel({ properties: { defaultView: 'agenda' } });
    await loaded();
    const marker = screen.getByTestId('agenda-today');
    expect(marker).toHaveTextContent('I dag, 1. maj 2026');
    const after = marker.nextElementSibling!.querySelector('button')!;
    expect(after.getAttribute('data-key')).toBe('activity:4:2026-05-10');
    // The FocusZone's one tab stop is that entry, not January's first.
    const agenda = container.querySelector('section[aria-label^="Aktiviteter i"]')!;
    const tabbable = Array.from(agenda.querySelectorAll('button[data-key]')).filter(b => b.getAttribute('tabindex') === '0');
    expect(tabbable.map(b => b.getAttribute('data-key'))).toEqual(['activity:4:2026-05-10']);
  });
});
