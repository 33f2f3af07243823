import { decisionDeadlines, isPlanDone, planDeadlineActivities } from '../../../../src/domain/decisions';

describe('planDeadlineActivities', () => {
  const deadlines = decisionDeadlines({ id: 42, meetingDate: '2026-05-21' }, '2026-05-01');

  test('first time: both deadlines are created, with their keys', () => {
    const plan = planDeadlineActivities(deadlines, []);
    expect(plan.create.map(x => [x.key, x.date])).toEqual([
      ['beslutning-frist:42:indstillingKlar', '2026-05-06'], ['beslutning-frist:42:dagsordenUdsendt', '2026-05-13']
    ]);
    expect(isPlanDone(plan)).toBe(false);
  });

  test('a second time nothing is written; after a half-finished attempt only the rest', () => {
    const stored = deadlines.map((x, i) => ({ key: x.key, id: i + 1, etag: '"1"', startDate: x.date }));
    expect(isPlanDone(planDeadlineActivities(deadlines, stored))).toBe(true);
    const half = planDeadlineActivities(deadlines, stored.slice(0, 1));
    expect(half.create.map(x => x.kind)).toEqual(['dagsordenUdsendt']);
    expect(half.unchanged.map(x => x.kind)).toEqual(['indstillingKlar']);
  });

  test('a moved meeting moves the activities instead of adding new ones', () => {
    const stored = deadlines.map((x, i) => ({ key: x.key, id: i + 1, etag: '"1"', startDate: x.date }));
    const moved = decisionDeadlines({ id: 42, meetingDate: '2026-06-18' }, '2026-05-01');
    const plan = planDeadlineActivities(moved, [...stored, { key: 'beslutning-frist:7:indstillingKlar', id: 9, etag: '"1"', startDate: '2026-01-01' }]);
    expect(plan.create).toEqual([]);
    expect(plan.move.map(m => [m.activity.id, m.activity.startDate, m.deadline.date])).toEqual([
      // 10 working days before 18 June: Grundlovsdag (5 June) does not count.
      [1, '2026-05-06', '2026-06-03'], [2, '2026-05-13', '2026-06-11']
    ]);
  });
});
