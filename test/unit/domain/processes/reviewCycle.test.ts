import {
  markReviewed, parseReviewTaskKey, reviewLight, reviewTaskKey, reviewTasksToCreate
} from '../../../../src/domain/processes';
import type { IProcessActor, IReviewTaskCandidate } from '../../../../src/domain/processes';
import type { IReviewable } from '../../../../src/domain/review';

const approved = (fields: Partial<IReviewable>): IReviewable => ({ status: 'Godkendt', reviewIntervalMonths: 12, ...fields });
const owner: IProcessActor = { canEdit: true, canApprove: false, isOwner: true };
const coordinator: IProcessActor = { canEdit: true, canApprove: true, isOwner: false };
const editor: IProcessActor = { canEdit: true, canApprove: false, isOwner: false };
const reader: IProcessActor = { canEdit: false, canApprove: false, isOwner: true };

describe('reviewLight', () => {
  // Reviewed 2025-05-14, due 2026-05-14: a period of 365 days, 10 % = 36.5 days.
  const process = approved({ lastReviewed: '2025-05-14' });

  test.each([
    ['2026-04-07', 'green', 37],
    ['2026-04-08', 'yellow', 36], // inside the last 10 %
    ['2026-05-13', 'yellow', 1],
    ['2026-05-14', 'red', 0], // due today is red (Nintex: "due immediately")
    ['2026-06-01', 'red', -18]
  ])('on %s the light is %s (%i days left)', (today, light, days) => {
    expect(reviewLight(process, today)).toEqual({ light, dueDate: '2026-05-14', daysUntilDue: days, periodDays: 365 });
  });

  test('the 10 % edge is exact: 30-day period, yellow from 3 days left', () => {
    // 2026-04-30 + 1 month = 2026-05-30: 30 days.
    const monthly = approved({ lastReviewed: '2026-04-30', reviewIntervalMonths: 1 });
    expect(reviewLight(monthly, '2026-05-26').light).toBe('green'); // 4 days left
    expect(reviewLight(monthly, '2026-05-27').light).toBe('yellow'); // 3 days left = 10 %
  });

  test('31 January + 1 month is the last day of February, in leap and common years', () => {
    expect(reviewLight(approved({ lastReviewed: '2024-01-31', reviewIntervalMonths: 1 }), '2024-02-01'))
      .toMatchObject({ dueDate: '2024-02-29', periodDays: 29, light: 'green' });
    expect(reviewLight(approved({ lastReviewed: '2025-01-31', reviewIntervalMonths: 1 }), '2025-02-28'))
      .toMatchObject({ dueDate: '2025-02-28', light: 'red' });
    expect(reviewLight(approved({ lastReviewed: '2025-01-31', reviewIntervalMonths: 1 }), '2025-02-26').light).toBe('yellow'); // 2 of 28 days
  });

  test('a stored next review without last review: period is one interval back', () => {
    expect(reviewLight(approved({ nextReview: '2026-06-30', reviewIntervalMonths: 6 }), '2026-06-15'))
      .toEqual({ light: 'yellow', dueDate: '2026-06-30', daysUntilDue: 15, periodDays: 182 }); // 2025-12-30 → 2026-06-30
  });

  test('notReviewed and retired as review.ts has them; the warning share is a parameter', () => {
    expect(reviewLight(approved({}), '2026-05-14')).toEqual({ light: 'notReviewed' });
    expect(reviewLight(approved({ status: 'Udfaset', lastReviewed: '2000-01-01' }), '2026-05-14')).toEqual({ light: 'retired' });
    expect(reviewLight(process, '2026-03-01', 25).light).toBe('yellow'); // 74 of 365 days left ≤ 25 %
    expect(reviewLight(process, '2026-03-01').light).toBe('green');
  });
});

describe('markReviewed', () => {
  test('last reviewed today, next review today + interval, month end clamped', () => {
    expect(markReviewed(approved({ lastReviewed: '2025-01-31', reviewIntervalMonths: 1 }), '2026-01-31', owner))
      .toEqual({ ok: true, changes: { lastReviewed: '2026-01-31', nextReview: '2026-02-28' } });
    expect(markReviewed(approved({ reviewIntervalMonths: 1 }), '2028-01-31', coordinator))
      .toEqual({ ok: true, changes: { lastReviewed: '2028-01-31', nextReview: '2028-02-29' } });
  });

  test('an invalid interval from the list counts as 12 months', () => {
    expect(markReviewed(approved({ reviewIntervalMonths: 0 }), '2026-05-14', owner))
      .toEqual({ ok: true, changes: { lastReviewed: '2026-05-14', nextReview: '2027-05-14' } });
  });

  test.each([
    [reader, 'Godkendt', 'readOnly'],
    [editor, 'Godkendt', 'notPermitted'],
    [owner, 'Kladde', 'notPublished'],
    [owner, 'Til godkendelse', 'notPublished'],
    [owner, 'Til revision', 'inRevision'],
    [coordinator, 'Udfaset', 'retired']
  ] as const)('refused: %o on %s → %s', (actor, status, reason) => {
    expect(markReviewed(approved({ status }), '2026-05-14', actor)).toEqual({ ok: false, reason });
  });
});

describe('review task keys', () => {
  test('deterministic, and parsed back', () => {
    expect(reviewTaskKey(12, '2026-05-14')).toBe('proces-revision:12:2026-05-14');
    expect(reviewTaskKey(12, '2026-05-14')).toBe(reviewTaskKey(12, '2026-05-14'));
    expect(parseReviewTaskKey('proces-revision:12:2026-05-14')).toEqual({ processId: 12, dueDate: '2026-05-14' });
  });

  test.each(['', 'proces-revision:0:2026-05-14', 'proces-revision:12:2026-02-30', 'proces-revision:12:2026-05-14 ', 'onboarding:1:2'])(
    '%p is not a review task key', (key) => {
      expect(parseReviewTaskKey(key)).toBeUndefined();
    });

  test('an invalid id or day is a programming error', () => {
    expect(() => reviewTaskKey(0, '2026-05-14')).toThrow(RangeError);
    expect(() => reviewTaskKey(1.5, '2026-05-14')).toThrow(RangeError);
    expect(() => reviewTaskKey(3, '14-05-2026')).toThrow(RangeError);
  });
});

describe('reviewTasksToCreate', () => {
  const p = (id: number, fields: Partial<IReviewable>): IReviewTaskCandidate => ({ id, ...approved(fields) });
  const processes = [
    p(1, { lastReviewed: '2025-05-14' }), // due today
    p(2, { lastReviewed: '2025-04-30' }), // overdue
    p(3, { lastReviewed: '2025-05-15' }), // due tomorrow
    p(4, { lastReviewed: '2025-01-01', status: 'Til revision' }), // in revision, overdue
    p(5, { lastReviewed: '2025-01-01', status: 'Kladde' }), // drafts have no review cycle
    p(6, { lastReviewed: '2025-01-01', status: 'Udfaset' }),
    p(7, {}) // never reviewed
  ];

  test('one task per process whose review is due, oldest first', () => {
    expect(reviewTasksToCreate(processes, '2026-05-14', [])).toEqual([
      { processId: 4, dueDate: '2026-01-01', key: 'proces-revision:4:2026-01-01', overdue: true },
      { processId: 2, dueDate: '2026-04-30', key: 'proces-revision:2:2026-04-30', overdue: true },
      { processId: 1, dueDate: '2026-05-14', key: 'proces-revision:1:2026-05-14', overdue: false }
    ]);
  });

  test('wanted once: existing keys and a process listed twice are skipped', () => {
    const first = reviewTasksToCreate([...processes, processes[0]], '2026-05-14', []);
    expect(first.map((n) => n.processId)).toEqual([4, 2, 1]);
    expect(reviewTasksToCreate(processes, '2026-05-15', first.map((n) => n.key)).map((n) => n.processId)).toEqual([3]);
  });

  test('after "Markér som revideret" the next period asks for a new task', () => {
    const reviewed = p(1, { lastReviewed: '2026-05-14' });
    expect(reviewTasksToCreate([reviewed], '2027-05-14', ['proces-revision:1:2026-05-14']).map((n) => n.key))
      .toEqual(['proces-revision:1:2027-05-14']);
  });

  test('lead days create the task ahead of the due date', () => {
    expect(reviewTasksToCreate([processes[2]], '2026-05-14', [], 1).map((n) => n.processId)).toEqual([3]);
  });
});
