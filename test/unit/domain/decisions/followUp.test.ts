import { followUpForMeeting, lastMeetingBefore } from '../../../../src/domain/decisions';
import type { DecisionLike, FollowUpTask } from '../../../../src/domain/decisions';

const d = (id: number, meetingDate: string, fields: Partial<DecisionLike> = {}): DecisionLike =>
  ({ id, status: 'Besluttet', forum: 'Bestyrelse', meetingDate, ...fields });
const t = (id: number, decisionId: number, fields: Partial<FollowUpTask> = {}): FollowUpTask =>
  ({ id, status: 'I gang', decision: { id: decisionId, title: '' }, ...fields });

const decisions = [
  d(1, '2026-01-15'), // carried over: open, from before the last meeting
  d(2, '2026-01-15', { status: 'Gennemført' }),
  d(3, '2026-03-12'), // decided at the last meeting
  d(4, '2026-03-20', { status: 'Under opfølgning' }), // decided between meetings
  d(5, '2026-03-12', { status: 'Annulleret' }),
  d(6, '2026-05-21', { status: 'Til behandling' }), // on the next meeting's agenda
  d(7, '2026-03-12', { forum: 'Sekretariat' }),
  d(8, '2026-04-20', { status: 'Til behandling' }) // still »Til behandling« after its planned day: not a held meeting
];
const tasks = [
  t(10, 1, { dueDate: '2026-06-01' }),
  t(11, 3, { dueDate: '2026-04-01', priority: 'MUST' }),
  t(12, 2), // open task on a completed decision: still raised
  t(13, 3, { status: 'Færdig', completedDate: '2026-03-12' }), // done on the meeting day: counts as since
  t(14, 1, { status: 'Færdig', completedDate: '2026-03-11' }), // done before the last meeting
  t(15, 7), // another forum
  t(16, 6) // belongs to a decision of the next meeting
];

describe('lastMeetingBefore', () => {
  test('the latest known meeting day strictly before the next meeting, pipeline days left out', () => {
    expect(lastMeetingBefore('Bestyrelse', '2026-05-21', [], decisions)).toBe('2026-03-20');
    expect(lastMeetingBefore('Bestyrelse', '2026-05-21', ['2026-03-12', '2026-05-21', 'ugyldig'], decisions.filter((x) => x.id !== 4))).toBe('2026-03-12');
    expect(lastMeetingBefore('Bestyrelse', '2026-03-12', [], decisions)).toBe('2026-01-15');
    expect(lastMeetingBefore('Generalforsamling', '2026-05-21', [], decisions)).toBeUndefined();
  });
});

describe('followUpForMeeting', () => {
  const selection = followUpForMeeting({
    forum: 'Bestyrelse', nextMeetingDate: '2026-05-21', meetingDates: ['2026-03-12', '2026-01-15'], decisions, tasks
  });
  // The decision of 20 March is a later meeting day than the calendar's 12 March: it is the last "meeting".
  const ids = (items: { id: number }[]): number[] => items.map((x) => x.id);

  test('the last meeting', () => {
    expect(selection.lastMeetingDate).toBe('2026-03-20');
  });

  test('with the calendar only, decisions since the last meeting include that meeting and the days after', () => {
    const calendarOnly = followUpForMeeting({
      forum: 'Bestyrelse', nextMeetingDate: '2026-05-21', meetingDates: ['2026-03-12'], decisions: decisions.filter((x) => x.id !== 4), tasks
    });
    expect(calendarOnly.lastMeetingDate).toBe('2026-03-12');
    expect(ids(calendarOnly.newSinceLastMeeting)).toEqual([3]);
    expect(ids(calendarOnly.carriedOver)).toEqual([1]);
    expect(ids(calendarOnly.actionsDoneSinceLastMeeting)).toEqual([13]);
  });

  test('open decisions split at the last meeting; closed, pipeline and other forums left out', () => {
    expect(ids(selection.newSinceLastMeeting)).toEqual([4]);
    expect(ids(selection.carriedOver)).toEqual([1, 3]);
  });

  test('open actions of the forum\'s decisions before the meeting, by due date', () => {
    expect(ids(selection.openActions)).toEqual([11, 10, 12]);
  });

  test('the forum\'s first meeting has nothing to follow up; the second follows up the first', () => {
    const first = followUpForMeeting({ forum: 'Bestyrelse', nextMeetingDate: '2026-01-15', decisions, tasks });
    expect(first.lastMeetingDate).toBeUndefined();
    expect(first).toMatchObject({ newSinceLastMeeting: [], carriedOver: [], openActions: [] });
    const firstEver = followUpForMeeting({ forum: 'Bestyrelse', nextMeetingDate: '2026-01-16', decisions: [d(1, '2026-01-15')], tasks });
    expect(firstEver.lastMeetingDate).toBe('2026-01-15');
    expect(ids(firstEver.newSinceLastMeeting)).toEqual([1]);
  });
});
