import {
  addDays, addMonths, compareIsoDates, daysBetween, daysInMonth, formatIsoDate, fromFloatingDate, isIsoDate,
  dayNumber, fromDayNumber, isLeapYear, isoWeekday, isWeekend, isWithin, maxIsoDate, minIsoDate, parseIsoDate, toDateParts, toFloatingDate, compareOptionalIsoDates
} from '../../../src/domain/dates';
import { formatDanishDate } from '../../../src/domain/danishCalendar';

describe('parseIsoDate / isIsoDate', () => {
  test.each(['2026-05-14', '2024-02-29', '2000-02-29', '2026-12-31', '0001-01-01'])('accepts real day %s', (text) => {
    expect(isIsoDate(text)).toBe(true);
  });

  test.each([
    ['2026-02-30', 'day beyond February'],
    ['2025-02-29', 'leap day in a common year'],
    ['1900-02-29', 'leap day in a century year'],
    ['2026-13-01', 'month 13'],
    ['2026-00-10', 'month 0'],
    ['2026-04-31', '31 April'],
    ['2026-5-4', 'no zero padding'],
    ['2026-05-14T00:00:00Z', 'a date-time'],
    ['14-05-2026', 'Danish order'],
    ['', 'empty']
  ])('rejects %s (%s)', (text) => {
    expect(isIsoDate(text)).toBe(false);
    expect(parseIsoDate(text)).toBeUndefined();
  });

  test('rejects non-strings', () => {
    expect(isIsoDate(undefined)).toBe(false);
    expect(isIsoDate(20260514)).toBe(false);
  });

  test('splits into numbers with a 1-based month', () => {
    expect(parseIsoDate('2026-05-14')).toEqual({ year: 2026, month: 5, day: 14 });
  });

  test('toDateParts throws a Danish RangeError for an invalid day', () => {
    expect(() => toDateParts('2026-02-30')).toThrow(RangeError);
    expect(() => toDateParts('2026-02-30')).toThrow(/Ugyldig dato/);
  });
});

describe('formatIsoDate', () => {
  test('pads month and day', () => {
    expect(formatIsoDate(2026, 5, 4)).toBe('2026-05-04');
  });
  test('refuses a day that does not exist', () => {
    expect(() => formatIsoDate(2026, 2, 30)).toThrow(RangeError);
  });
});

describe('floating dates', () => {
  test('a day is 00:00 UTC and reads back unchanged', () => {
    expect(toFloatingDate('2026-03-29').toISOString()).toBe('2026-03-29T00:00:00.000Z');
    expect(fromFloatingDate(toFloatingDate('2026-10-25'))).toBe('2026-10-25');
  });
  test('years below 100 are not mapped to the 1900s', () => {
    expect(toFloatingDate('0099-01-01').getUTCFullYear()).toBe(99);
  });
});

describe('compare, min, max, within', () => {
  test('orders days', () => {
    expect(compareIsoDates('2026-01-01', '2026-01-02')).toBeLessThan(0);
    expect(compareIsoDates('2026-01-02', '2026-01-02')).toBe(0);
    expect(compareIsoDates('2027-01-01', '2026-12-31')).toBeGreaterThan(0);
    expect(['2026-03-01', '2025-12-31', '2026-01-15'].sort(compareIsoDates)).toEqual(['2025-12-31', '2026-01-15', '2026-03-01']);
  });
  test('min and max', () => {
    expect(minIsoDate('2026-05-14', '2026-01-01')).toBe('2026-01-01');
    expect(maxIsoDate('2026-05-14', '2026-01-01')).toBe('2026-05-14');
  });
  test('within includes both ends', () => {
    expect(isWithin('2026-01-01', '2026-01-01', '2026-01-31')).toBe(true);
    expect(isWithin('2026-01-31', '2026-01-01', '2026-01-31')).toBe(true);
    expect(isWithin('2026-02-01', '2026-01-01', '2026-01-31')).toBe(false);
  });
});

describe('addDays', () => {
  test.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2026-03-28', 1, '2026-03-29'], // the night summer time starts
    ['2026-03-29', 1, '2026-03-30'],
    ['2026-10-25', 1, '2026-10-26'], // the night winter time starts
    ['2026-01-10', -10, '2025-12-31'],
    ['2026-05-14', 0, '2026-05-14']
  ])('%s + %i days = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });
  test('refuses fractional days', () => {
    expect(() => addDays('2026-01-01', 1.5)).toThrow(RangeError);
  });
});

describe('addMonths clamps to the month end', () => {
  test.each([
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2026-05-14', 12, '2027-05-14'],
    ['2026-01-15', -2, '2025-11-15'],
    ['2026-03-31', -1, '2026-02-28']
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('daysBetween', () => {
  test.each([
    ['2026-03-28', '2026-03-30', 2], // across the spring DST change: still 2 calendar days
    ['2026-10-24', '2026-10-26', 2], // across the autumn DST change
    ['2026-01-01', '2027-01-01', 365],
    ['2024-01-01', '2025-01-01', 366],
    ['2026-05-14', '2026-05-14', 0],
    ['2026-05-14', '2026-05-10', -4]
  ])('from %s to %s is %i days', (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });
});

describe('weekdays', () => {
  test.each([
    ['2026-05-11', 1], ['2026-05-14', 4], ['2026-05-16', 6], ['2026-05-17', 7]
  ])('%s is ISO weekday %i', (date, weekday) => {
    expect(isoWeekday(date)).toBe(weekday);
  });
  test('weekend is Saturday and Sunday', () => {
    expect(isWeekend('2026-05-16')).toBe(true);
    expect(isWeekend('2026-05-17')).toBe(true);
    expect(isWeekend('2026-05-15')).toBe(false);
  });
  test('days in month knows leap years', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2026, 4)).toBe(30);
  });
});

describe('formatDanishDate', () => {
  test('writes the Danish way with lowercase month names', () => {
    expect(formatDanishDate('2026-05-14')).toBe('14. maj 2026');
    expect(formatDanishDate('2026-03-01', { withYear: false })).toBe('1. marts');
    expect(formatDanishDate('2026-05-14', { withWeekday: true })).toBe('torsdag den 14. maj 2026');
  });
});

describe('compareOptionalIsoDates', () => {
  test('earlier first, a missing day last', () => {
    // Wrapped in objects: Array.sort puts bare undefined last without asking the comparator.
    const days = [undefined, '2026-05-14', '', '2026-01-31', '2025-12-31'].map((day) => ({ day }));
    expect(days.sort((a, b) => compareOptionalIsoDates(a.day, b.day)).map((x) => x.day)).toEqual(['2025-12-31', '2026-01-31', '2026-05-14', undefined, '']);
    expect(compareOptionalIsoDates(undefined, '')).toBe(0);
    expect(() => compareOptionalIsoDates('14-05-2026', '2026-05-14')).toThrow(RangeError);
  });
});

describe('integer day arithmetic agrees with Date-based arithmetic, day by day 2000–2100', () => {
  const DAY = 86400000;
  const viaDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
  const first = Date.UTC(2000, 0, 1);
  const last = Date.UTC(2100, 11, 31);

  test('dayNumber, fromDayNumber, isoWeekday, daysBetween, addDays', () => {
    let mismatches = 0;
    for (let ms = first; ms <= last; ms += DAY) {
      const date = viaDate(ms);
      const n = ms / DAY;
      const weekday = new Date(ms).getUTCDay() || 7;
      if (dayNumber(date) !== n || fromDayNumber(n) !== date || isoWeekday(date) !== weekday ||
        daysBetween('2000-01-01', date) !== (ms - first) / DAY || addDays(date, 45) !== viaDate(ms + 45 * DAY) ||
        addDays(date, -400) !== viaDate(ms - 400 * DAY)) {
        mismatches++;
      }
    }
    expect(mismatches).toBe(0);
  });

  test('addMonths clamps to the month end as the Date-based version did', () => {
    let mismatches = 0;
    for (let ms = first; ms <= last; ms += 3 * DAY) {
      const date = viaDate(ms);
      for (const months of [-13, -1, 1, 2, 12, 25]) {
        const d = new Date(ms);
        const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
        const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
        target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
        if (addMonths(date, months) !== viaDate(target.getTime())) {
          mismatches++;
        }
      }
    }
    expect(mismatches).toBe(0);
  });

  test('daysInMonth counts months outside 1–12 on from the year; isLeapYear', () => {
    expect(daysInMonth(2023, 14)).toBe(29);
    expect(daysInMonth(2024, 0)).toBe(31);
    expect(daysInMonth(2024, -10)).toBe(28);
    expect([1900, 2000, 2024, 2100].map(isLeapYear)).toEqual([false, true, true, false]);
  });

  test('dayNumber of an invalid day throws, and huge steps fall back to Date', () => {
    expect(() => dayNumber('2026-02-30')).toThrow(RangeError);
    expect(fromDayNumber(-1)).toBe('1969-12-31');
    expect(addDays('2026-01-01', 20000000)).toBe(fromFloatingDate(new Date(Date.UTC(2026, 0, 1) + 20000000 * DAY)));
  });
});
