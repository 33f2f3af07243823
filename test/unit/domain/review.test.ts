import { effectiveReviewInterval, nextReviewDate, reviewPeriod, reviewState, reviewStatus } from '../../../src/domain/review';
import type { IReviewable } from '../../../src/domain/review';

describe('nextReviewDate', () => {
  test.each([
    ['2025-05-14', 12, '2026-05-14'],
    ['2023-08-31', 6, '2024-02-29'], // month-end clamping in a leap year
    ['2024-08-31', 6, '2025-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2025-11-30', 3, '2026-02-28'],
    ['2025-01-15', 60, '2030-01-15'],
    ['2025-01-15', 1, '2025-02-15']
  ])('reviewed %s every %i months → %s', (last, months, expected) => {
    expect(nextReviewDate(last, months)).toBe(expected);
  });

  test.each([0, 61, 1.5, -12, Number.NaN])('interval %p is refused', (months) => {
    expect(() => nextReviewDate('2025-01-15', months)).toThrow(/Revisionsintervallet/);
  });
});

describe('reviewState', () => {
  const approved = (fields: Partial<IReviewable>): IReviewable => ({ status: 'Godkendt', reviewIntervalMonths: 12, ...fields });
  const today = '2026-05-14';

  test.each([
    ['2025-05-13', 'overdue', -1], // due yesterday
    ['2025-05-14', 'dueSoon', 0], // due today: not yet overdue
    ['2025-06-13', 'dueSoon', 30], // exactly at the 30-day edge
    ['2025-06-14', 'ok', 31],
    ['2026-01-10', 'ok', 241]
  ])('last reviewed %s → %s (%i days)', (lastReviewed, state, days) => {
    expect(reviewStatus(approved({ lastReviewed }), today)).toEqual({
      state, daysUntilDue: days, dueDate: nextReviewDate(lastReviewed, 12)
    });
  });

  test('Udfaset processes are retired whatever their dates', () => {
    expect(reviewState(approved({ status: 'Udfaset', lastReviewed: '2010-01-01' }), today)).toBe('retired');
  });

  test('never reviewed and no due date: notReviewed', () => {
    expect(reviewStatus(approved({}), today)).toEqual({ state: 'notReviewed' });
  });

  test('never reviewed but a stored next review: that date is used', () => {
    expect(reviewStatus(approved({ nextReview: '2026-05-01' }), today)).toEqual({ state: 'overdue', dueDate: '2026-05-01', daysUntilDue: -13 });
    expect(reviewState(approved({ nextReview: '2026-12-01' }), today)).toBe('ok');
  });

  test('lastReviewed wins over a stale stored nextReview', () => {
    const status = reviewStatus(approved({ lastReviewed: '2026-01-10', nextReview: '2026-02-01' }), today);
    expect(status.dueDate).toBe('2027-01-10');
    expect(status.state).toBe('ok');
  });

  test('the warning window is configurable', () => {
    const process = approved({ lastReviewed: '2025-07-01' }); // due 2026-07-01, 48 days away
    expect(reviewState(process, today)).toBe('ok');
    expect(reviewState(process, today, 60)).toBe('dueSoon');
  });

  test('an invalid interval from the list falls back to 12 months instead of throwing', () => {
    expect(reviewStatus(approved({ lastReviewed: '2025-06-01', reviewIntervalMonths: 0 }), today).dueDate).toBe('2026-06-01');
  });

  test('month-end clamping applies to the state too', () => {
    const process = approved({ lastReviewed: '2023-08-31', reviewIntervalMonths: 6 });
    expect(reviewStatus(process, '2024-02-29')).toEqual({ state: 'dueSoon', dueDate: '2024-02-29', daysUntilDue: 0 });
    expect(reviewState(process, '2024-03-01')).toBe('overdue');
  });
});

describe('reviewPeriod', () => {
  const base: IReviewable = { status: 'Godkendt', reviewIntervalMonths: 1 };

  test('from the last review; 31 January + 1 month is the end of February', () => {
    expect(reviewPeriod({ ...base, lastReviewed: '2024-01-31' })).toEqual({ start: '2024-01-31', due: '2024-02-29', intervalMonths: 1 });
    expect(reviewPeriod({ ...base, lastReviewed: '2025-01-31' })).toEqual({ start: '2025-01-31', due: '2025-02-28', intervalMonths: 1 });
  });

  test('from a stored due date: one interval back; none for retired or never reviewed', () => {
    expect(reviewPeriod({ ...base, nextReview: '2026-03-31' })).toEqual({ start: '2026-02-28', due: '2026-03-31', intervalMonths: 1 });
    expect(reviewPeriod({ ...base, status: 'Udfaset', lastReviewed: '2026-01-01' })).toBeUndefined();
    expect(reviewPeriod(base)).toBeUndefined();
  });

  test('an invalid interval counts as 12 months', () => {
    expect(effectiveReviewInterval(0)).toBe(12);
    expect(effectiveReviewInterval(2.5)).toBe(12);
    expect(effectiveReviewInterval(60)).toBe(60);
  });
});
