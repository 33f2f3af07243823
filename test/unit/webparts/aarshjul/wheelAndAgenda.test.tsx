import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { IMeeting, ITaskFields } from '../../../../src/domain/models';
import { occurrenceKey } from '../../../../src/services';
import { agendaKeys, da, loaded, renderWheel, SAMPLE, servicesWith, wheelKeys } from './helpers';
import { httpError } from '../../../support/fakeServices';

/** Switches between the two views with the toolbar's toggle buttons. */
function showView(name: string): void {
  fireEvent.click(screen.getByRole('button', { name }));
}

describe('Årshjul wheel and agenda', () => {
  test('the agenda lists exactly the entries the wheel draws', async () => {
    const { container } = renderWheel();
    await loaded();
    const onWheel = wheelKeys(container);
    // 1 meeting + 4 quarterly deadlines + 1 period + 12 monthly milestones.
    expect(onWheel).toHaveLength(18);
    showView(da.ViewAgenda);
    expect(agendaKeys(container)).toEqual(onWheel);
    expect(screen.getByRole('heading', { name: 'april 2026' })).toBeInTheDocument();
    // Dates are written out in words for screen readers.
    expect(screen.getByText('28. april 2026')).toBeInTheDocument();
  });

  test('a meeting that began last year and runs into this one is on the wheel as well as in the agenda', async () => {
    const { container } = renderWheel({ fake: servicesWith([...SAMPLE, {
      title: 'Nytårsseminar', category: 'Bestyrelse', activityType: 'Møde', startDate: '2025-12-31', endDate: '2026-01-02',
      repeat: 'Ingen', priority: 'COULD'
    }]) });
    await loaded();
    const onWheel = wheelKeys(container);
    expect(onWheel).toContain('activity:5:2025-12-31');
    showView(da.ViewAgenda);
    expect(agendaKeys(container)).toEqual(onWheel);
  });

  test('every wheel item has an accessible name with title, ring, date and priority', async () => {
    renderWheel();
    await loaded();
    expect(screen.getByRole('button', { name: 'Generalforsamling, Bestyrelse, 28. april 2026, MUST' })).toBeInTheDocument();
  });

  test('filters and search apply to wheel and agenda alike', async () => {
    const { container } = renderWheel();
    await loaded();
    fireEvent.change(screen.getByRole('searchbox', { name: da.Search }), { target: { value: 'budget' } });
    await waitFor(() => expect(wheelKeys(container)).toHaveLength(4));
    expect(wheelKeys(container).every(k => /^activity:2:/.test(k))).toBe(true);
    const filteredWheel = wheelKeys(container);
    showView(da.ViewAgenda);
    expect(agendaKeys(container)).toEqual(filteredWheel);
    expect(screen.queryByText('Generalforsamling')).not.toBeInTheDocument();
    // Clearing the filters brings everything back.
    fireEvent.click(screen.getByRole('button', { name: da.ClearFilters }));
    await waitFor(() => expect(agendaKeys(container)).toHaveLength(18));
  });

  test('the result count is announced in the singular for one activity', async () => {
    const { container } = renderWheel();
    await loaded();
    fireEvent.change(screen.getByRole('searchbox', { name: da.Search }), { target: { value: 'generalforsamling' } });
    await waitFor(() => expect(wheelKeys(container)).toHaveLength(1));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/: 1 aktivitet vises\./));
  });

  test('a priority filter keeps only that MoSCoW priority', async () => {
    const { container } = renderWheel();
    await loaded();
    fireEvent.click(screen.getByRole('combobox', { name: new RegExp(`^${da.FilterPriority}`) }));
    fireEvent.click(await screen.findByRole('option', { name: /^MUST/ }));
    await waitFor(() => expect(wheelKeys(container)).toHaveLength(1));
    expect(wheelKeys(container)[0]).toMatch(/^activity:1:2026-04-28$/);
  });

  test('keyboard: Tab enters the wheel on the first item, arrows move in time and between rings, Enter opens details, Escape closes', async () => {
    const { container } = renderWheel();
    await loaded();
    const svg = container.querySelector('svg[role="application"]') as SVGSVGElement;
    expect(svg).toHaveAttribute('tabindex', '0');
    act(() => svg.focus());
    const focusedName = (): string | null => (document.activeElement as Element).getAttribute('aria-label');
    // The first item of the innermost ring; once inside, the wheel itself leaves the tab order (one tab stop).
    expect(focusedName()).toBe('Generalforsamling, Bestyrelse, 28. april 2026, MUST');
    expect(svg).toHaveAttribute('tabindex', '-1');
    // Nothing later in the Bestyrelse ring: focus stays and the live region says so.
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(focusedName()).toMatch(/^Generalforsamling/);
    expect(screen.getByRole('status')).toHaveTextContent(da.WheelEnd);
    // Up goes out a ring (Sekretariat), then out again (Økonomi) to the item nearest in time.
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(focusedName()).toMatch(/^Sommerlukning, Sekretariat/);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(focusedName()).toBe('Budgetopfølgning, Økonomi, 15. juni 2026, SHOULD');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(focusedName()).toBe('Budgetopfølgning, Økonomi, 15. september 2026, SHOULD');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(focusedName()).toMatch(/^Sommerlukning/);
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    const panel = await screen.findByRole('dialog');
    expect(within(panel).getByRole('heading', { name: 'Sommerlukning' })).toBeInTheDocument();
    expect(within(panel).getByText('6. juli – 24. juli 2026')).toBeInTheDocument();
    fireEvent.keyDown(panel, { key: 'Escape', keyCode: 27, which: 27 });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  test('the details panel shows the rule in words and the next occurrences', async () => {
    renderWheel();
    await loaded();
    fireEvent.click(screen.getByRole('button', { name: /^Budgetopfølgning, Økonomi, 15\. juni 2026/ }));
    const panel = await screen.findByRole('dialog');
    expect(within(panel).getByText('Lars Holm')).toBeInTheDocument();
    expect(within(panel).getByText(/Hvert kvartal/)).toBeInTheDocument();
    const next = within(panel).getByRole('heading', { name: da.DetailsNext }).nextElementSibling as HTMLElement;
    expect(within(next).getAllByRole('listitem').map(li => li.textContent)).toEqual(
      ['15. juni 2026', '15. september 2026', '15. december 2026']);
  });

  test('"Markér som udført" asks for a future occurrence, stores one task keyed on activity and day, keeps focus, and can be undone', async () => {
    const { fake, container } = renderWheel();
    await loaded();
    fireEvent.click(screen.getByRole('button', { name: /^Budgetopfølgning, Økonomi, 15\. juni 2026/ }));
    const panel = await screen.findByRole('dialog');
    fireEvent.click(within(panel).getByRole('button', { name: 'Markér som udført for 15. juni 2026' }));
    // 15 June is after "today" (1 May): the web part asks first, and nothing is stored until confirmed.
    expect(await screen.findByText(da.MarkDoneFutureTitle)).toBeInTheDocument();
    expect(fake.backend.callsOf('tasks.add')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: da.MarkDoneFutureConfirm }));
    await waitFor(() => expect(fake.backend.callsOf('tasks.add')).toHaveLength(1));
    const [fields, options] = fake.backend.callsOf('tasks.add')[0].args as [ITaskFields, { key: string }];
    expect(fields).toMatchObject({ title: 'Budgetopfølgning', occurrenceDate: '2026-06-15', completedDate: '2026-05-01', status: 'Færdig', source: 'Årshjul' });
    expect(options.key).toBe(occurrenceKey(2, '2026-06-15'));
    // The occurrence reads as done at once, and after the one reload; focus stays in the panel, on »Fortryd«.
    await waitFor(() => expect(container.querySelector('[data-key="activity:2:2026-06-15"]'))
      .toHaveAttribute('aria-label', 'Budgetopfølgning, Økonomi, 15. juni 2026, SHOULD, udført'));
    await waitFor(() => expect(fake.backend.callsOf('wheel.load')).toHaveLength(2));
    const details = screen.getByRole('dialog', { name: 'Budgetopfølgning' });
    const undo = within(details).getByRole('button', { name: da.MarkDoneUndo });
    await waitFor(() => expect(undo).toHaveFocus());
    expect(within(details).getByText('Udført for 15. juni 2026')).toBeInTheDocument();
    expect(within(details).queryByRole('button', { name: /^Markér som udført/ })).not.toBeInTheDocument();
    // Other occurrences are not done.
    expect(container.querySelector('[data-key="activity:2:2026-09-15"]')).toHaveAttribute('aria-label', expect.not.stringMatching(/udført/));
    // Marking the same occurrence again (a lost response, a colleague) finds the first task: still one.
    await fake.services.wheelActions.markOccurrenceDone(fake.activities.items[1], '2026-06-15', '2026-05-01');
    expect(fake.tasks.items).toHaveLength(1);
    // »Fortryd« deletes the task; the occurrence is not done and the action is offered again, with focus.
    fireEvent.click(undo);
    await waitFor(() => expect(fake.tasks.items).toHaveLength(0));
    const again = await within(details).findByRole('button', { name: 'Markér som udført for 15. juni 2026' });
    await waitFor(() => expect(again).toHaveFocus());
    await waitFor(() => expect(container.querySelector('[data-key="activity:2:2026-06-15"]'))
      .toHaveAttribute('aria-label', expect.not.stringMatching(/udført/)));
  });

  test('Outlook meetings get their own ring; a meeting that is also an activity is shown once, with its Outlook link', async () => {
    const fake = servicesWith();
    const meeting = (id: string, subject: string, day: string): IMeeting => ({
      id, subject, day, start: `${day}T08:00:00Z`, end: `${day}T10:00:00Z`, isAllDay: false, categories: [],
      webLink: `https://outlook.office.com/calendar/item/${id}`
    });
    fake.backend.meetings = [meeting('m1', 'Generalforsamling 2026', '2026-04-28'), meeting('m2', 'Kvartalsmøde med KL', '2026-05-20')];
    const { container } = renderWheel({ fake, properties: { meetingSource: 'me' } });
    await loaded();
    await waitFor(() => expect(container.querySelector('[data-key="meeting:m2"]')).not.toBeNull());
    expect(container.querySelector('[data-key="meeting:m1"]')).toBeNull();
    expect(wheelKeys(container)).toHaveLength(19);
    fireEvent.click(screen.getByRole('button', { name: /^Generalforsamling, Bestyrelse, 28\. april 2026/ }));
    const panel = await screen.findByRole('dialog');
    expect(within(panel).getByRole('link', { name: da.OpenInOutlook })).toHaveAttribute('href', 'https://outlook.office.com/calendar/item/m1');
  });

  test('when Graph fails, the activities still show with a warning that explains why', async () => {
    const fake = servicesWith();
    fake.backend.failNext('calendar.getMeetings', httpError(403, 'Insufficient privileges'));
    const { container } = renderWheel({ fake, properties: { meetingSource: 'me' } });
    await loaded();
    expect(await screen.findByText(da.MeetingsWarningTitle)).toBeInTheDocument();
    expect(screen.getByText(/Calendars\.Read/)).toBeInTheDocument();
    expect(wheelKeys(container)).toHaveLength(18);
  });

  test('year navigation loads the next year and the live region announces it', async () => {
    const { fake } = renderWheel();
    await loaded();
    fireEvent.click(screen.getByRole('button', { name: da.NextYear }));
    await waitFor(() => expect(fake.backend.callsOf('wheel.load')).toHaveLength(2));
    expect(fake.backend.callsOf('wheel.load')[1].args).toEqual(['2027-01-01', '2027-12-31']);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^2027: \d+ aktiviteter vises\./));
  });

  test('two Årshjul web parts on one page label only their own agenda months', async () => {
    const first = renderWheel({ properties: { defaultView: 'agenda' } });
    const second = renderWheel({ properties: { defaultView: 'agenda' } });
    await loaded();
    const ids = Array.from(document.querySelectorAll('h3[id]')).map(h => h.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { container } of [first, second]) {
      for (const list of Array.from(container.querySelectorAll('ul[aria-labelledby]'))) {
        expect(container.querySelector(`[id="${list.getAttribute('aria-labelledby')}"]`)).not.toBeNull();
      }
    }
  });

  test('two quick clicks on "next year" move two years, even before the first has loaded', async () => {
    const { fake } = renderWheel();
    await loaded();
    fireEvent.click(screen.getByRole('button', { name: da.NextYear }));
    fireEvent.click(screen.getByRole('button', { name: da.NextYear }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^2028: \d+ aktiviteter vises\./));
    expect(fake.backend.callsOf('wheel.load').map(c => c.args[0])).toContain('2028-01-01');
  });

  test('an August wheel year is labelled 2025/26 and loads August to July', async () => {
    const { fake } = renderWheel({ properties: { startMonth: 8 } });
    await loaded();
    expect(fake.backend.callsOf('wheel.load')[0].args).toEqual(['2025-08-01', '2026-07-31']);
    expect(screen.getByRole('application', { name: 'Årshjul 2025/26' })).toBeInTheDocument();
  });
});
