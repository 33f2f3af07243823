import { cockpit, cockpitHorizon, compareUrgency } from '../../../../src/domain/cockpit';
import type { CockpitProcess, CockpitTask } from '../../../../src/domain/cockpit';
import type { DecisionLike } from '../../../../src/domain/decisions';

const me = { id: 7, title: 'Mig' };
const other = { id: 8, title: 'Bo' };
const today = '2026-05-14'; // Thursday, week 20

describe('cockpitHorizon', () => {
  test.each([
    ['2026-05-14', 2, '2026-05-11', '2026-05-31'],
    ['2026-05-11', 0, '2026-05-11', '2026-05-17'],
    ['2026-05-17', 1, '2026-05-11', '2026-05-24'], // Sunday belongs to the week that began on Monday
    ['2026-12-31', 1, '2026-12-28', '2027-01-10'] // across New Year: weeks 53 of 2026 and 1 of 2027
  ])('%s + %i weeks → %s–%s', (day, weeks, from, to) => {
    expect(cockpitHorizon(day, weeks)).toEqual({ from, to });
  });

  test('refuses a negative or fractional number of weeks', () => {
    expect(() => cockpitHorizon(today, -1)).toThrow(RangeError);
    expect(() => cockpitHorizon(today, 1.5)).toThrow(RangeError);
  });
});

describe('compareUrgency', () => {
  test('date, then priority, then id; no date last', () => {
    const items = [
      { id: 4, date: '2026-05-10', priority: 'COULD' }, { id: 3, date: '2026-05-10', priority: 'MUST' },
      { id: 1 }, { id: 2, date: '2026-05-09', priority: "WON'T" }, { id: 5, date: '2026-05-10', priority: 'MUST' }
    ];
    expect([...items].sort(compareUrgency).map((i) => i.id)).toEqual([2, 3, 5, 4, 1]);
  });
});

describe('cockpit', () => {
  const t = (id: number, dueDate: string | undefined, fields: Partial<CockpitTask> = {}): CockpitTask =>
    ({ id, status: 'I gang', priority: 'SHOULD', dueDate, assignedTo: me, ...fields });
  const tasks = [
    t(1, '2026-05-13'), t(2, '2026-05-01', { priority: 'MUST' }), t(3, '2026-05-13', { priority: 'MUST' }),
    t(4, '2026-05-14'), t(5, '2026-05-31', { assignedTo: other }), t(6, '2026-06-01'),
    t(7, '2026-05-02', { status: 'Færdig' }), t(8, undefined)
  ];
  const p = (id: number, fields: Partial<CockpitProcess>): CockpitProcess =>
    ({ id, status: 'Godkendt', reviewIntervalMonths: 12, priority: 'SHOULD', owner: me, ...fields });
  const processes = [
    p(1, { lastReviewed: '2025-05-01' }), // overdue
    p(2, { lastReviewed: '2025-05-31', owner: other }), // due on the horizon's last day
    p(3, { lastReviewed: '2025-06-01' }), // after the horizon
    p(4, { lastReviewed: '2024-01-01', status: 'Kladde' }), // no review cycle
    p(5, { nextReview: '2026-05-20', status: 'Til revision' })
  ];
  const d = (id: number, fields: Partial<DecisionLike>): DecisionLike =>
    ({ id, status: 'Under opfølgning', forum: 'Bestyrelse', meetingDate: '2026-03-12', responsible: me, ...fields });
  const decisions = [
    d(1, { followUpDate: '2026-05-13' }), d(2, { followUpDate: '2026-05-14' }), d(3, { followUpDate: '2026-04-01', responsible: other }),
    d(4, { followUpDate: '2026-04-01', status: 'Gennemført' }),
    d(10, { status: 'Til behandling', meetingDate: '2026-06-11', priority: 'MUST' }), d(11, { status: 'Til behandling', meetingDate: '2026-06-11' }),
    d(12, { status: 'Til behandling', meetingDate: '2026-09-10' })
  ];
  const input = { today, scope: 'secretariat' as const, userId: 7, tasks, processes, decisions, top: 2 };

  test('Sekretariatet: counts and the most urgent items', () => {
    const c = cockpit(input);
    expect(c.horizon).toEqual({ from: '2026-05-11', to: '2026-05-31' });
    expect(c.overdueActions.count).toBe(3);
    expect(c.overdueActions.top.map((e) => [e.item.id, e.daysUntil])).toEqual([[2, -13], [3, -1]]);
    expect(c.dueSoonActions.count).toBe(2);
    expect(c.dueSoonActions.top.map((e) => e.item.id)).toEqual([4, 5]);
    expect(c.reviewsDue.count).toBe(3);
    expect(c.reviewsDue.top.map((e) => [e.item.id, e.date])).toEqual([[1, '2026-05-01'], [5, '2026-05-20']]);
    expect(c.decisionsPastFollowUp.top.map((e) => e.item.id)).toEqual([3, 1]);
  });

  test('Mine: only what the user is responsible for', () => {
    const c = cockpit({ ...input, scope: 'mine', top: 10 });
    expect(c.dueSoonActions.top.map((e) => e.item.id)).toEqual([4]);
    expect(c.reviewsDue.top.map((e) => e.item.id)).toEqual([1, 5]);
    expect(c.decisionsPastFollowUp.top.map((e) => e.item.id)).toEqual([1]);
    expect(cockpit({ ...input, scope: 'mine', userId: undefined }).overdueActions.count).toBe(0);
  });

  test('the board\'s next meeting with its deadlines and agenda', () => {
    const c = cockpit({ ...input, boardMeetingDates: ['2026-05-07', '2026-05-28', 'ikke en dato'] });
    expect(c.nextBoardMeeting).toMatchObject({ date: '2026-05-28', daysUntil: 14, agenda: [] });
    // 2. pinsedag (25 May) and Kristi himmelfart (14 May) do not count.
    expect(c.nextBoardMeeting?.deadlines.map((x) => [x.kind, x.date, x.state])).toEqual([
      ['indstillingKlar', '2026-05-12', 'passed'], ['dagsordenUdsendt', '2026-05-20', 'upcoming']
    ]);
    const fromDecisions = cockpit(input).nextBoardMeeting;
    expect(fromDecisions?.date).toBe('2026-06-11');
    expect(fromDecisions?.agenda.map((x) => x.id)).toEqual([10, 11]);
    expect(cockpit({ ...input, decisions: [] }).nextBoardMeeting).toBeUndefined();
  });
});
