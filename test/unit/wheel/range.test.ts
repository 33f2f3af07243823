import { wheelMonthOf, wheelQuarterOf, wheelRange, wheelYearLabel, wheelYearOf } from '../../../src/domain/wheel';

describe('wheelRange', () => {
  it('covers a calendar year', () => {
    expect(wheelRange(2026, 1, { kind: 'year' })).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('covers an August-start year into the next calendar year', () => {
    expect(wheelRange(2026, 8, { kind: 'year' })).toEqual({ from: '2026-08-01', to: '2027-07-31' });
  });

  it('counts quarters from the start month', () => {
    expect(wheelRange(2026, 8, { kind: 'quarter', quarter: 1 })).toEqual({ from: '2026-08-01', to: '2026-10-31' });
    expect(wheelRange(2026, 8, { kind: 'quarter', quarter: 3 })).toEqual({ from: '2027-02-01', to: '2027-04-30' });
    expect(wheelRange(2026, 1, { kind: 'quarter', quarter: 4 })).toEqual({ from: '2026-10-01', to: '2026-12-31' });
  });

  it('counts months from the start month and knows February in leap years', () => {
    expect(wheelRange(2026, 8, { kind: 'month', month: 1 })).toEqual({ from: '2026-08-01', to: '2026-08-31' });
    expect(wheelRange(2027, 8, { kind: 'month', month: 7 })).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(wheelRange(2026, 1, { kind: 'month', month: 2 })).toEqual({ from: '2026-02-01', to: '2026-02-28' });
  });

  it('rejects impossible input with a Danish message', () => {
    expect(() => wheelRange(2026, 13, { kind: 'year' })).toThrow(/Startmåned/);
    expect(() => wheelRange(2026, 1, { kind: 'month', month: 0 })).toThrow(/Måned/);
    expect(() => wheelRange(2026, 1, { kind: 'quarter', quarter: 5 as 1 })).toThrow(/Kvartal/);
  });
});

describe('wheel year helpers', () => {
  it('labels calendar and split years', () => {
    expect(wheelYearLabel(2026, 1)).toBe('2026');
    expect(wheelYearLabel(2026, 8)).toBe('2026/27');
    expect(wheelYearLabel(2099, 8)).toBe('2099/00');
  });

  it('finds the wheel year, month and quarter of a day', () => {
    expect(wheelYearOf('2027-03-15', 8)).toBe(2026);
    expect(wheelYearOf('2026-08-01', 8)).toBe(2026);
    expect(wheelYearOf('2026-03-15', 1)).toBe(2026);
    expect(wheelMonthOf(8, 8)).toBe(1);
    expect(wheelMonthOf(7, 8)).toBe(12);
    expect(wheelQuarterOf(wheelMonthOf(11, 8))).toBe(2);
  });
});
