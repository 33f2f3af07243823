import type { IMeeting } from '../../../../src/domain/models';
import { buildEntries } from '../../../../src/webparts/aarshjul/model/entries';
import { MEETING_RING } from '../../../../src/webparts/aarshjul/model/properties';

/** An all-day Outlook event from `first` to `last` (both Copenhagen days, winter time). */
function allDay(id: string, first: string, last: string, dayAfterLast: string): IMeeting {
  return {
    id, subject: id, day: first, isAllDay: true, categories: [],
    start: `${first}T00:00:00+01:00`, end: `${dayAfterLast}T00:00:00+01:00`
  } as IMeeting;
}

describe('buildEntries', () => {
  it('keeps an Outlook meeting whose days run into the range, like an activity, and drops one that ended before', () => {
    const range = { from: '2026-01-01', to: '2026-12-31' };
    const entries = buildEntries([], [], [
      allDay('conference', '2025-12-30', '2026-01-01', '2026-01-02'),
      allDay('christmas', '2025-12-24', '2025-12-26', '2025-12-27')
    ], range, [MEETING_RING]);
    expect(entries.map(e => e.key)).toEqual(['meeting:conference']);
    expect(entries[0]).toMatchObject({ day: '2025-12-30', endDay: '2026-01-01' });
  });
});
