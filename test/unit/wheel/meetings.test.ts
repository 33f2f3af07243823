import {
  activityEntries,
  entryToWheelItem,
  groupByMonth,
  meetingEndDay,
  mergeMeetings
} from '../../../src/domain/meetings';
import type { IAgendaEntry } from '../../../src/domain/meetings';
import type { IActivity, IMeeting, ITask } from '../../../src/domain/models';

let nextId = 1;

function activity(fields: Partial<IActivity>): IActivity {
  return {
    id: nextId++,
    etag: '"1"',
    title: 'Aktivitet',
    category: 'Bestyrelse',
    activityType: 'Frist',
    startDate: '2026-05-20',
    repeat: 'Ingen',
    priority: 'SHOULD',
    ...fields
  };
}

function meeting(fields: Partial<IMeeting> & { id: string; day: string }): IMeeting {
  return {
    subject: 'Møde',
    start: `${fields.day}T08:00:00Z`,
    end: `${fields.day}T10:00:00Z`,
    isAllDay: false,
    categories: [],
    webLink: `https://outlook.office.com/calendar/item/${fields.id}`,
    ...fields
  };
}

function doneTask(activityId: number, occurrenceDate: string, status: ITask['status'] = 'Færdig'): ITask {
  return {
    id: nextId++,
    etag: '"1"',
    title: 'Udført',
    priority: 'SHOULD',
    status,
    source: 'Årshjul',
    wheelActivity: { id: activityId, title: 'x' },
    occurrenceDate
  };
}

const boardMeeting = activity({ title: 'Bestyrelsesmøde', activityType: 'Møde', forum: 'Bestyrelse', startDate: '2026-05-20', priority: 'MUST' });

describe('activityEntries', () => {
  it('expands recurring activities into one entry per occurrence in the range', () => {
    const monthly = activity({ title: 'Månedsrapport', repeat: 'Månedligt', startDate: '2026-01-10' });
    const entries = activityEntries([monthly, boardMeeting], '2026-04-01', '2026-06-30', []);
    expect(entries.filter((e) => e.activity === monthly).map((e) => e.day)).toEqual(['2026-04-10', '2026-05-10', '2026-06-10']);
    expect(entries.find((e) => e.activity === boardMeeting)).toMatchObject({
      key: `activity:${boardMeeting.id}:2026-05-20`, day: '2026-05-20', endDay: '2026-05-20', ring: 'Bestyrelse', source: 'activity'
    });
    expect(entries.find((e) => e.day === '2026-05-10')!.occurrence).toEqual({ start: '2026-05-10', end: '2026-05-10', index: 4 });
  });

  it('marks an occurrence done only when a finished task exists for that activity and day', () => {
    const monthly = activity({ title: 'Månedsrapport', repeat: 'Månedligt', startDate: '2026-01-10' });
    const other = activity({ title: 'Andet', repeat: 'Månedligt', startDate: '2026-01-10' });
    const tasks = [doneTask(monthly.id, '2026-05-10'), doneTask(monthly.id, '2026-06-10', 'I gang'), doneTask(other.id, '2026-04-10')];
    const entries = activityEntries([monthly, other], '2026-04-01', '2026-06-30', tasks);
    const doneDays = (a: IActivity): string[] => entries.filter((e) => e.activity === a && e.done).map((e) => e.day);
    expect(doneDays(monthly)).toEqual(['2026-05-10']);
    expect(doneDays(other)).toEqual(['2026-04-10']);
  });

  it('keeps a period’s length and includes one already running at the start of the range', () => {
    const period = activity({ activityType: 'Periode', startDate: '2026-03-20', endDate: '2026-04-10', category: 'Økonomi' });
    const [entry] = activityEntries([period], '2026-04-01', '2026-04-30', []);
    expect(entry).toMatchObject({ day: '2026-03-20', endDay: '2026-04-10' });
    expect(entryToWheelItem(entry)).toEqual({ key: entry.key, ring: 'Økonomi', start: '2026-03-20', end: '2026-04-10', kind: 'period' });
  });
});

describe('mergeMeetings', () => {
  const entries = (): IAgendaEntry[] => activityEntries([boardMeeting], '2026-05-01', '2026-05-31', []);

  it('shows a meeting of the activity’s forum on the same day once, as the activity carrying the meeting', () => {
    const outlook = meeting({ id: 'ev1', day: '2026-05-20', subject: 'BESTYRELSESMØDE nr. 3' });
    const merged = mergeMeetings(entries(), [outlook], 'Møder');
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ source: 'activity', activity: boardMeeting, meeting: outlook, ring: 'Bestyrelse' });
  });

  it('matches on a category when the subject does not name the forum', () => {
    const outlook = meeting({ id: 'ev2', day: '2026-05-20', subject: 'Møde om strategi', categories: ['Bestyrelse'] });
    expect(mergeMeetings(entries(), [outlook], 'Møder')).toHaveLength(1);
  });

  it('does not merge a meeting of the forum on another day', () => {
    const outlook = meeting({ id: 'ev3', day: '2026-05-21', subject: 'Bestyrelsesmøde' });
    const merged = mergeMeetings(entries(), [outlook], 'Møder');
    expect(merged.map((e) => e.source)).toEqual(['activity', 'meeting']);
    expect(merged[0].meeting).toBeUndefined();
  });

  it('leaves a meeting that names no matching forum in the meeting ring', () => {
    const outlook = meeting({ id: 'ev4', day: '2026-05-20', subject: 'Frokost med KL', categories: ['Ekstern'] });
    const merged = mergeMeetings(entries(), [outlook], 'Møder');
    const own = merged.find((e) => e.source === 'meeting')!;
    expect(own).toMatchObject({ key: 'meeting:ev4', ring: 'Møder', title: 'Frokost med KL', day: '2026-05-20', endDay: '2026-05-20', meeting: outlook });
    expect(merged.find((e) => e.source === 'activity')!.meeting).toBeUndefined();
  });

  it('only merges into meeting activities, gives each occurrence one meeting and shows a repeated meeting once', () => {
    const deadline = activity({ title: 'Bestyrelsesmateriale', activityType: 'Frist', forum: 'Bestyrelse', startDate: '2026-05-20' });
    const all = activityEntries([boardMeeting, deadline], '2026-05-01', '2026-05-31', []);
    const first = meeting({ id: 'a', day: '2026-05-20', subject: 'Bestyrelsesmøde', start: '2026-05-20T07:00:00Z' });
    const second = meeting({ id: 'b', day: '2026-05-20', subject: 'Bestyrelsesmøde (fortsat)', start: '2026-05-20T12:00:00Z' });
    const merged = mergeMeetings(all, [second, first, first], 'Møder');
    expect(merged.find((e) => e.activity === boardMeeting)!.meeting).toBe(first);
    expect(merged.find((e) => e.activity === deadline)!.meeting).toBeUndefined();
    expect(merged.filter((e) => e.source === 'meeting').map((e) => e.key)).toEqual(['meeting:b']);
  });

  it('never treats forum "Andet" as a name, and does not change its input', () => {
    const other = activity({ title: 'Andet møde', activityType: 'Møde', forum: 'Andet', startDate: '2026-05-20' });
    const input = activityEntries([other], '2026-05-01', '2026-05-31', []);
    const merged = mergeMeetings(input, [meeting({ id: 'c', day: '2026-05-20', subject: 'Andet møde' })], 'Møder');
    expect(merged).toHaveLength(2);
    expect(input).toHaveLength(1);
    expect(input[0].meeting).toBeUndefined();
  });

  it('gives an all-day meeting its real last day and a nameless one a title', () => {
    const allDay = meeting({ id: 'd', day: '2026-06-04', subject: '', isAllDay: true, start: '2026-06-03T22:00:00Z', end: '2026-06-05T22:00:00Z' });
    expect(meetingEndDay(allDay)).toBe('2026-06-05');
    const [entry] = mergeMeetings([], [allDay], 'Møder');
    expect(entry).toMatchObject({ title: '(Intet emne)', day: '2026-06-04', endDay: '2026-06-05' });
    expect(entryToWheelItem(entry).kind).toBe('marker');
    // Until midnight Copenhagen time (22:00 UTC in summer) is still the same day.
    expect(meetingEndDay(meeting({ id: 'e', day: '2026-06-04', start: '2026-06-04T18:00:00Z', end: '2026-06-04T22:00:00Z' }))).toBe('2026-06-04');
  });
});

describe('groupByMonth', () => {
  const entry = (key: string, day: string, title: string, priority?: IActivity['priority']): IAgendaEntry => ({
    key, day, endDay: day, title, ring: 'Bestyrelse', source: priority ? 'activity' : 'meeting',
    ...(priority ? { activity: activity({ title, priority, startDate: day }) } : {})
  });

  it('groups by month with Danish labels, sorted by day, then MoSCoW priority, then title', () => {
    const months = groupByMonth([
      entry('1', '2026-06-02', 'Juni-ting', 'COULD'),
      entry('2', '2026-05-14', 'Øvelse', 'SHOULD'),
      entry('3', '2026-05-14', 'Frokostmøde'),
      entry('4', '2026-05-14', 'Budget', 'MUST'),
      entry('5', '2026-05-14', 'Åbent hus', 'SHOULD'),
      entry('6', '2026-05-14', 'Zebra', 'SHOULD'),
      entry('7', '2026-05-02', 'Tidligt', "WON'T")
    ], 'da');
    expect(months.map((m) => [m.key, m.label])).toEqual([['2026-05', 'maj 2026'], ['2026-06', 'juni 2026']]);
    // Meetings (no priority) after prioritised work; the Danish alphabet ends …, Z, Æ, Ø, Å.
    expect(months[0].entries.map((e) => e.title)).toEqual(['Tidligt', 'Budget', 'Zebra', 'Øvelse', 'Åbent hus', 'Frokostmøde']);
  });

  it('labels in English and files entries running since before `from` under its month', () => {
    const months = groupByMonth([entry('1', '2026-03-20', 'Budgetperiode', 'MUST'), entry('2', '2026-04-15', 'April')], 'en', '2026-04-01');
    expect(months).toHaveLength(1);
    expect(months[0]).toMatchObject({ key: '2026-04', label: 'April 2026' });
    expect(months[0].entries.map((e) => e.key)).toEqual(['1', '2']);
  });
});
