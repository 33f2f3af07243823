import type { IActivity, IMeeting } from '../../../../src/domain/models';
import { compareEntries } from '../../../../src/domain/meetings';
import { nextSummary, NEXT_DEADLINES } from '../../../../src/webparts/aarshjul/model/next';
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

describe('nextSummary (one pass, no sort of the year)', () => {
  it('gives what sorting all upcoming entries and taking the first gave', () => {
    const types = ['Frist', 'Milepæl', 'Møde', 'Periode'] as const;
    const forums = ['Bestyrelse', 'Sekretariat', 'Styregruppe'] as const;
    const priorities = ['MUST', 'SHOULD', 'COULD'] as const;
    const activities: IActivity[] = Array.from({ length: 300 }, (_, i) => ({
      id: i + 1, etag: '"1"', title: `Punkt ${(i * 7) % 23}`, category: 'Bestyrelse', activityType: types[i % 4],
      forum: types[i % 4] === 'Møde' ? forums[(i * 5) % 3] : undefined, priority: priorities[(i * 11) % 3],
      startDate: `2026-0${1 + (i % 9)}-${String(1 + ((i * 13) % 28)).padStart(2, '0')}`, repeat: 'Ingen'
    }) as IActivity);
    const today = '2026-03-10';
    const next = nextSummary(activities, new Map(), today, list => list);

    const upcoming = activities.filter(a => a.startDate >= today).map(a => ({
      key: `activity:${a.id}:${a.startDate}`, day: a.startDate, endDay: a.startDate, title: a.title, ring: a.category,
      source: 'activity' as const, activity: a
    })).sort(compareEntries());
    const deadlines = upcoming.filter(e => e.activity.activityType === 'Frist' || e.activity.activityType === 'Milepæl').slice(0, NEXT_DEADLINES);
    const byForum = new Map<string, string>();
    for (const e of upcoming) if (e.activity.activityType === 'Møde' && !byForum.has(e.activity.forum!)) byForum.set(e.activity.forum!, e.key);
    expect(next.deadlines.map(e => e.key)).toEqual(deadlines.map(e => e.key));
    expect(next.meetings.map(e => e.key)).toEqual([...byForum.values()]);
  });
});
