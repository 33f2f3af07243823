import { DEFAULT_SLA_POLICIES, inquiryOverview, overviewRange, workingDuration } from '../../../../src/domain/inquiries';
import type { IInquiryFields } from '../../../../src/domain/models';

describe('overviewRange', () => {
  test('twelve months back to the first of the month, across a year end', () => {
    const range = overviewRange('2026-03-17');
    expect(range.from).toBe('2025-04-01');
    expect(range.to).toBe('2026-03-17');
    expect(range.months).toHaveLength(12);
    expect(range.months[0]).toBe('2025-04');
    expect(range.months[8]).toBe('2025-12');
    expect(range.months[11]).toBe('2026-03');
    expect(overviewRange('2026-01-05', 2).months).toEqual(['2025-12', '2026-01']);
  });
});

describe('inquiryOverview', () => {
  const base = (over: Partial<IInquiryFields>): IInquiryFields => ({ title: 'X', channel: 'E-mail', status: 'Ny', priority: 'MUST', receivedDate: '2026-11-02', ...over });
  const months = ['2026-10', '2026-11', '2026-12'];
  const now = '2026-12-01T10:00:00Z';

  test('every month of the range with its total (empty months as 0); each inquiry against its own policy', () => {
    const overview = inquiryOverview([
      // MUST: respond within 4 working hours. Answered after 2 hours, resolved the same day: both met.
      base({ category: 'Medlemskab', receivedAt: '2026-11-02T08:00:00Z', firstResponseAt: '2026-11-02T10:00:00Z', status: 'Løst',
        statusHistory: '2026-11-02T08:00:00Z Ny\n2026-11-02T12:00:00Z Løst', closedDate: '2026-11-02' }),
      // SHOULD (1 working day to respond) still open after a month: both targets missed.
      base({ category: 'Medlemskab', priority: 'SHOULD', receivedAt: '2026-11-03T08:00:00Z', statusHistory: '2026-11-03T08:00:00Z Ny' }),
      // Received before the range: left out.
      base({ receivedDate: '2026-09-30', receivedAt: '2026-09-30T08:00:00Z', statusHistory: '2026-09-30T08:00:00Z Ny' }),
      base({ receivedDate: '2026-12-01', receivedAt: '2026-12-01T08:00:00Z', statusHistory: '2026-12-01T08:00:00Z Ny' })
    ], DEFAULT_SLA_POLICIES, months, now);
    expect(overview.months).toEqual([{ month: '2026-10', count: 0 }, { month: '2026-11', count: 2 }, { month: '2026-12', count: 1 }]);
    expect(overview.total).toBe(3);
    expect(overview.byCategoryAndMonth).toEqual([{ category: 'Medlemskab', month: '2026-11', count: 2 }, { month: '2026-12', count: 1 }]);
    expect(overview.medianFirstResponseMinutes).toBe(120);
    expect(overview.medianResolutionMinutes).toBe(240);
    expect(overview.firstResponseAttainment).toBe(50);
    expect(overview.resolutionAttainment).toBe(50);
  });
});

describe('workingDuration', () => {
  test('hours and minutes under a working day, days with one decimal from there', () => {
    expect(workingDuration(75)).toEqual({ hours: 1, minutes: 15 });
    expect(workingDuration(419.6)).toEqual({ days: 1 });
    expect(workingDuration(630)).toEqual({ days: 1.5 });
    expect(workingDuration(0)).toEqual({ hours: 0, minutes: 0 });
  });
});
