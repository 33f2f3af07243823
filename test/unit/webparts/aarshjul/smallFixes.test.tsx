import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { IMeeting } from '../../../../src/domain/models';
import { agendaKeys, da, en, loaded, renderWheel, servicesWith } from './helpers';

/** Issue 8, part 2, item 10: small things a user noticed. */
describe('Årshjul: labels, one-off actions, End, meetings without subject', () => {
  test('a one-off activity offers "Markér som udført" (no "for 2026"); when done, the label is capitalised', async () => {
    const { container } = renderWheel();
    await loaded();
    fireEvent.click(screen.getByRole('button', { name: /^Generalforsamling, Bestyrelse, 28\. april 2026/ }));
    const panel = await screen.findByRole('dialog');
    fireEvent.click(within(panel).getByRole('button', { name: da.MarkDoneOnce }));
    await waitFor(() => expect(within(panel).getByText(da.MarkedDoneOnce)).toBeInTheDocument());
    expect(within(panel).getByText(da.DoneLabel, { selector: 'dt' })).toBeInTheDocument();
    // The agenda's line says "Udført", not "udført".
    fireEvent.keyDown(panel, { key: 'Escape', keyCode: 27, which: 27 });
    fireEvent.click(screen.getByRole('button', { name: da.ViewAgenda }));
    await waitFor(() => expect(agendaKeys(container).length).toBeGreaterThan(0));
    const line = container.querySelector('button[data-key="activity:1:2026-04-28"]') as HTMLElement;
    expect(line.textContent).toContain('· Udført');
    expect(line.textContent).not.toContain('udført');
  });

  test('a recurring activity still names the occurrence', async () => {
    renderWheel();
    await loaded();
    fireEvent.click(screen.getByRole('button', { name: /^Budgetopfølgning, Økonomi, 15\. juni 2026/ }));
    const panel = await screen.findByRole('dialog');
    expect(within(panel).getByRole('button', { name: 'Markér som udført for 15. juni 2026' })).toBeInTheDocument();
  });

  test('End on the wheel goes to the last item, Home to the first', async () => {
    const { container } = renderWheel();
    await loaded();
    const svg = container.querySelector('svg[role="application"]') as SVGSVGElement;
    svg.focus();
    const first = document.activeElement?.getAttribute('data-key');
    fireEvent.keyDown(svg, { key: 'End' });
    const last = document.activeElement?.getAttribute('data-key');
    expect(last).toBeTruthy();
    expect(last).not.toBe(first);
    // Nothing after it, in time or further out.
    fireEvent.keyDown(svg, { key: 'ArrowRight' });
    expect(document.activeElement?.getAttribute('data-key')).toBe(last);
    fireEvent.keyDown(svg, { key: 'ArrowUp' });
    expect(document.activeElement?.getAttribute('data-key')).toBe(last);
    fireEvent.keyDown(svg, { key: 'Home' });
    expect(document.activeElement?.getAttribute('data-key')).toBe(first);
  });

  test('a meeting without a subject is "(No subject)" in English and "(Intet emne)" in Danish', async () => {
    const meeting: IMeeting = {
      id: 'm9', subject: '', day: '2026-06-03', start: '2026-06-03T08:00:00Z', end: '2026-06-03T09:00:00Z', isAllDay: false, categories: []
    };
    const fake = servicesWith();
    fake.backend.meetings = [meeting];
    const english = renderWheel({ fake, strings: en, host: { language: 'en' }, properties: { meetingSource: 'me' } });
    await waitFor(() => expect(english.container.querySelector('[data-key="meeting:m9"]')).not.toBeNull());
    expect(english.container.querySelector('[data-key="meeting:m9"]')).toHaveAttribute('aria-label', expect.stringMatching(/^\(No subject\), Meetings,/));
    english.unmount();
    const danish = renderWheel({ fake, properties: { meetingSource: 'me' } });
    await waitFor(() => expect(danish.container.querySelector('[data-key="meeting:m9"]')).not.toBeNull());
    expect(danish.container.querySelector('[data-key="meeting:m9"]')).toHaveAttribute('aria-label', expect.stringMatching(/^\(Intet emne\), Møder,/));
  });
});
