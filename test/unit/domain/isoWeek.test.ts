import {
  isoWeek, isoWeekContaining, isoWeekOf, isoWeeksOfYear, isoWeekYear, mondayOfIsoWeek, startOfIsoWeek, weekLabel,
  weeksInIsoYear
} from '../../../src/domain/isoWeek';

describe('ISO week number and week-year at year boundaries', () => {
  test.each([
    ['2027-01-01', 2026, 53], // a Friday: still the last week of 2026
    ['2027-01-03', 2026, 53],
    ['2027-01-04', 2027, 1],
    ['2024-12-30', 2025, 1], // a Monday in December already in week 1 of 2025
    ['2024-12-29', 2024, 52],
    ['2026-01-01', 2026, 1], // a Thursday: week 1
    ['2025-12-29', 2026, 1],
    ['2021-01-03', 2020, 53],
    ['2023-01-01', 2022, 52], // a Sunday: belongs to the previous year's last week
    ['2026-04-02', 2026, 14],
    ['2026-03-29', 2026, 13] // Sunday of the DST week
  ])('%s is week %i-%i', (date, year, week) => {
    expect(isoWeekOf(date)).toEqual({ year, week });
    expect(isoWeek(date)).toBe(week);
    expect(isoWeekYear(date)).toBe(year);
  });
});

describe('weeks in a year', () => {
  test.each([[2020, 53], [2024, 52], [2025, 52], [2026, 53], [2027, 52], [2032, 53]])('%i has %i weeks', (year, count) => {
    expect(weeksInIsoYear(year)).toBe(count);
    expect(isoWeeksOfYear(year)).toHaveLength(count);
  });

  test('the weeks of 2026 run Monday–Sunday from 29 Dec 2025 to 3 Jan 2027 without gaps', () => {
    const weeks = isoWeeksOfYear(2026);
    expect(weeks[0]).toEqual({ year: 2026, week: 1, start: '2025-12-29', end: '2026-01-04', label: 'Uge 1' });
    expect(weeks[52]).toEqual({ year: 2026, week: 53, start: '2026-12-28', end: '2027-01-03', label: 'Uge 53' });
    for (let i = 1; i < weeks.length; i++) {
      expect(weeks[i].start > weeks[i - 1].end).toBe(true);
    }
  });

  test('English labels on request', () => {
    expect(isoWeeksOfYear(2027, 'en')[13].label).toBe('Week 14');
  });
});

describe('Monday of a week', () => {
  test.each([
    [2026, 1, '2025-12-29'],
    [2026, 14, '2026-03-30'],
    [2026, 53, '2026-12-28'],
    [2025, 1, '2024-12-30'],
    [2027, 1, '2027-01-04']
  ])('week %i-%i starts %s', (year, week, monday) => {
    expect(mondayOfIsoWeek(year, week)).toBe(monday);
  });

  test('a week the year does not have is refused', () => {
    expect(() => mondayOfIsoWeek(2027, 53)).toThrow(/2027 har ingen uge 53/);
    expect(() => mondayOfIsoWeek(2026, 0)).toThrow(RangeError);
  });

  test('startOfIsoWeek goes back to Monday, and a Sunday belongs to the week before', () => {
    expect(startOfIsoWeek('2026-05-14')).toBe('2026-05-11');
    expect(startOfIsoWeek('2026-05-17')).toBe('2026-05-11');
    expect(startOfIsoWeek('2026-05-11')).toBe('2026-05-11');
  });
});

describe('labels', () => {
  test('Danish by default', () => {
    expect(weekLabel(14)).toBe('Uge 14');
    expect(weekLabel(14, 'en')).toBe('Week 14');
  });
  test('isoWeekContaining gives the full week', () => {
    expect(isoWeekContaining('2027-01-01')).toEqual({ year: 2026, week: 53, start: '2026-12-28', end: '2027-01-03', label: 'Uge 53' });
  });
});

describe('the day-number arithmetic agrees with date-fns (what the weeks were worked out with before)', () => {
  test('every day of 1999–2101: week, week-year, its Monday; every year: the number of weeks', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const fns = require('date-fns') as typeof import('date-fns');
    const utc = (date: string): Date => new Date(`${date}T00:00:00Z`);
    const at = (date: Date): Date => new Date(date.getTime() + date.getTimezoneOffset() * 60000);
    let mismatches = 0;
    for (let d = new Date(Date.UTC(1999, 0, 1)); d.getUTCFullYear() <= 2101; d = new Date(d.getTime() + 86400000)) {
      const day = d.toISOString().slice(0, 10);
      const local = at(utc(day));
      const monday = fns.format(fns.startOfISOWeek(local), 'yyyy-MM-dd');
      if (isoWeek(day) !== fns.getISOWeek(local) || isoWeekYear(day) !== fns.getISOWeekYear(local) || startOfIsoWeek(day) !== monday) mismatches++;
    }
    expect(mismatches).toBe(0);
    for (let year = 1999; year <= 2101; year++) expect(weeksInIsoYear(year)).toBe(fns.getISOWeeksInYear(new Date(year, 6, 1)));
  });
});
