import { layoutWheel } from '../../../src/domain/wheel';
import { yearOptions } from './fixtures';

describe('label bands', () => {
  it('shows the twelve months of a calendar year in Danish and English', () => {
    const da = layoutWheel([], yearOptions());
    expect(da.months).toHaveLength(12);
    expect(da.months[0]).toMatchObject({ key: '2026-01', label: 'januar', shortLabel: 'jan', start: '2026-01-01', end: '2026-01-31', startAngle: 0 });
    expect(da.months[4].label).toBe('maj');
    expect(da.months[11].endAngle).toBeCloseTo(2 * Math.PI, 10);
    const en = layoutWheel([], yearOptions({ language: 'en' }));
    expect(en.months[4]).toMatchObject({ label: 'May', shortLabel: 'May' });
  });

  it('starts an August year with August', () => {
    const layout = layoutWheel([], yearOptions({ from: '2026-08-01', to: '2027-07-31' }));
    expect(layout.months.map((month) => month.shortLabel)).toEqual(['aug', 'sep', 'okt', 'nov', 'dec', 'jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul']);
  });

  it('numbers ISO weeks, clips the first and last, and rolls over into the next week-year', () => {
    const year = layoutWheel([], yearOptions());
    // 2026 has 53 ISO weeks; week 1 began on Monday 29 December 2025.
    expect(year.weeks).toHaveLength(53);
    expect(year.weeks[0]).toMatchObject({ key: '2026-W01', label: 'Uge 1', shortLabel: '1', start: '2026-01-01', end: '2026-01-04', startAngle: 0 });
    expect(year.weeks[52]).toMatchObject({ key: '2026-W53', start: '2026-12-28', end: '2026-12-31' });
    const august = layoutWheel([], yearOptions({ from: '2026-08-01', to: '2027-07-31', language: 'en' }));
    const keys = august.weeks.map((week) => week.key);
    expect(keys.slice(keys.indexOf('2026-W53'), keys.indexOf('2026-W53') + 2)).toEqual(['2026-W53', '2027-W01']);
    expect(august.weeks[0].label).toBe('Week 31');
  });

  it('leaves the week band out when it is off', () => {
    const layout = layoutWheel([], yearOptions({ showWeekRing: false }));
    expect(layout.weeks).toEqual([]);
    expect(layout.bands.week).toBeUndefined();
  });

  it('shows days, weekends and holidays on a month wheel', () => {
    const may = layoutWheel([], yearOptions({ from: '2026-05-01', to: '2026-05-31' }));
    expect(may.months).toHaveLength(31);
    const ascension = may.months[13];
    expect(ascension).toMatchObject({ key: '2026-05-14', label: 'tor 14', shortLabel: '14', weekend: false, holiday: 'Kristi himmelfartsdag' });
    expect(may.months[1]).toMatchObject({ key: '2026-05-02', weekend: true });
    expect(may.months[1].holiday).toBeUndefined();
    // May 2026 touches ISO weeks 18 to 22.
    expect(may.weeks.map((week) => week.shortLabel)).toEqual(['18', '19', '20', '21', '22']);
    expect(may.weeks[0]).toMatchObject({ start: '2026-05-01', end: '2026-05-03' });
  });

  it('places labels in the middle of their segment, never upside down', () => {
    const layout = layoutWheel([], yearOptions());
    for (const month of layout.months) {
      expect(month.labelRotation).toBeGreaterThanOrEqual(-90);
      expect(month.labelRotation).toBeLessThanOrEqual(90);
    }
    const july = layout.months[6];
    // July straddles 6 o'clock: its label is below the centre.
    expect(july.labelY).toBeGreaterThan(layout.center);
    const januaryMiddle = (layout.months[0].startAngle + layout.months[0].endAngle) / 2;
    expect(layout.months[0].labelRotation).toBeCloseTo((januaryMiddle * 180) / Math.PI, 8);
  });
});
