import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { IMeeting } from '../../../../src/domain/models';
import { buildEntries } from '../../../../src/webparts/aarshjul/model/entries';
import { MEETING_RING } from '../../../../src/webparts/aarshjul/model/properties';
import { httpError } from '../../../support/fakeServices';
import { da, loaded, renderWheel, SAMPLE, servicesWith, wheelKeys } from './helpers';

const meeting = (id: string, subject: string, day: string): IMeeting => ({
  id, subject, day, start: `${day}T08:00:00Z`, end: `${day}T10:00:00Z`, isAllDay: false, categories: []
});
const GF = meeting('m1', 'Generalforsamling 2026', '2026-04-28');

describe('Outlook meetings and hidden rings (issue 8 part 2, item 9)', () => {
  const activities = SAMPLE.map((a, i) => ({ ...a, id: i + 1, etag: '"1"' }));
  const range = { from: '2026-01-01', to: '2026-12-31' };

  test('buildEntries: a meeting matched to an activity of a shown ring is that activity', () => {
    const entries = buildEntries(activities, [], [GF], range, ['Bestyrelse', MEETING_RING]);
    expect(entries.find(e => e.key === 'meeting:m1')).toBeUndefined();
    expect(entries.find(e => e.activity?.title === 'Generalforsamling')?.meeting?.id).toBe('m1');
  });

  test('buildEntries: with its ring hidden, the meeting shows in the Møder ring', () => {
    const withoutRing = buildEntries(activities, [], [GF], range, ['Økonomi', MEETING_RING]);
    expect(withoutRing.find(e => e.key === 'meeting:m1')?.ring).toBe(MEETING_RING);
    const filtered = buildEntries(activities, [], [GF], range, ['Bestyrelse', MEETING_RING], { shownRings: [MEETING_RING] });
    expect(filtered.find(e => e.key === 'meeting:m1')?.ring).toBe(MEETING_RING);
    expect(filtered.find(e => e.activity?.title === 'Generalforsamling')?.meeting).toBeUndefined();
  });

  test('the wheel: a ring left out in the properties does not take its meetings with it', async () => {
    const fake = servicesWith();
    fake.backend.meetings = [GF];
    const { container } = renderWheel({ fake, properties: { meetingSource: 'me', ring1: '' } });
    await loaded();
    await waitFor(() => expect(wheelKeys(container)).toContain('meeting:m1'));
    expect(wheelKeys(container).some(k => k.startsWith('activity:1:'))).toBe(false);
  });

  test('the wheel: filtering to the Møder ring shows the meeting that was merged into a board activity', async () => {
    const fake = servicesWith();
    fake.backend.meetings = [GF];
    const { container } = renderWheel({ fake, properties: { meetingSource: 'me' } });
    await loaded();
    await waitFor(() => expect(container.querySelector('[data-key="activity:1:2026-04-28"]')).not.toBeNull());
    expect(wheelKeys(container)).not.toContain('meeting:m1');
    fireEvent.click(screen.getByRole('combobox', { name: new RegExp(`^${da.FilterRings}`) }));
    fireEvent.click(await screen.findByRole('option', { name: da.RingMeetings }));
    await waitFor(() => expect(wheelKeys(container)).toEqual(['meeting:m1']));
  });
});

describe('year steps after a failed load (item 9)', () => {
  test('"next year" after a failed load steps from the year the toolbar shows', async () => {
    const { fake } = renderWheel();
    await loaded();
    fake.backend.failNext('wheel.load', httpError(503, 'busy'));
    fireEvent.click(screen.getByRole('button', { name: da.NextYear }));
    expect(await screen.findByText(da.ErrorThrottled)).toBeInTheDocument();
    // The toolbar still shows 2026 (its data is on screen); the next step is 2027 again, not 2028.
    expect(screen.getByRole('application', { name: 'Årshjul 2026' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: da.NextYear }));
    await waitFor(() => expect(screen.getByRole('application', { name: 'Årshjul 2027' })).toBeInTheDocument());
    expect(fake.backend.callsOf('wheel.load').map(c => c.args[0])).toEqual(['2026-01-01', '2027-01-01', '2027-01-01']);
  });
});
