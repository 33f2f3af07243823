import { DEFAULT_SLA_POLICIES, inquiryStatistics, measureInquiry, median } from '../../../../src/domain/inquiries';
import type { IInquiryMeasure } from '../../../../src/domain/inquiries';

describe('median', () => {
  test('odd, even, none', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeUndefined();
    expect(median([Number.NaN, 2])).toBe(2);
  });
});

describe('measureInquiry', () => {
  const must = DEFAULT_SLA_POLICIES[0]; // 4 working hours to respond, 2 working days to resolve

  test('working minutes of the clocks, month of receipt in Copenhagen', () => {
    const measure = measureInquiry({
      received: '2026-07-31T22:30:00Z', // 1 August 00:30 in Copenhagen, a Saturday: the clock starts Monday 08:30
      firstResponseAt: '2026-08-03T08:30:00Z',
      history: [{ status: 'Afventer svar', from: '2026-08-03T08:30:00Z' }, { status: 'Under behandling', from: '2026-08-04T06:30:00Z' },
        { status: 'Løst', from: '2026-08-04T07:30:00Z' }]
    }, 'Medlemskab', must, '2026-08-10T10:00:00Z');
    expect(measure).toEqual({
      category: 'Medlemskab', month: '2026-08', firstResponseMinutes: 120, resolutionMinutes: 180, firstResponseMet: true, resolutionMet: true
    });
  });

  test('an open inquiry: no times; an overdue one counts as missed', () => {
    const open = measureInquiry({ received: '2026-08-03T06:30:00Z', history: [] }, undefined, must, '2026-08-03T08:00:00Z');
    expect(open).toEqual({ month: '2026-08' });
    const late = measureInquiry({ received: '2026-08-03T06:30:00Z', history: [] }, undefined, must, '2026-08-10T08:00:00Z');
    expect(late).toEqual({ month: '2026-08', firstResponseMet: false, resolutionMet: false });
  });
});

describe('inquiryStatistics', () => {
  const m = (month: string, fields: Partial<IInquiryMeasure> = {}): IInquiryMeasure => ({ month, ...fields });

  test('counts, medians, attainment', () => {
    const stats = inquiryStatistics([
      m('2026-05', { category: 'Økonomi og fakturering', firstResponseMinutes: 30, firstResponseMet: true, resolutionMinutes: 600, resolutionMet: true }),
      m('2026-04', { category: 'Medlemskab', firstResponseMinutes: 90, firstResponseMet: true, resolutionMet: false }),
      m('2026-05', { firstResponseMinutes: 300, firstResponseMet: false }),
      m('2026-05', { category: 'Økonomi og fakturering', firstResponseMinutes: 60, firstResponseMet: true, resolutionMinutes: 200, resolutionMet: true }),
      m('2026-05', { category: 'Medlemskab' })
    ]);
    expect(stats).toEqual({
      total: 5,
      byCategoryAndMonth: [
        { category: 'Medlemskab', month: '2026-04', count: 1 },
        { category: 'Økonomi og fakturering', month: '2026-05', count: 2 },
        { category: 'Medlemskab', month: '2026-05', count: 1 },
        { month: '2026-05', count: 1 }
      ],
      medianFirstResponseMinutes: 75,
      medianResolutionMinutes: 400,
      firstResponseAttainment: 75,
      resolutionAttainment: (100 * 2) / 3
    });
  });

  test('nothing measured: no medians, no attainment', () => {
    expect(inquiryStatistics([])).toEqual({ total: 0, byCategoryAndMonth: [] });
  });
});
