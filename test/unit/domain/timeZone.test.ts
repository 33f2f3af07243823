import {
  copenhagenDateOfMillis, copenhagenDateTimeToUtc, copenhagenMidnightUtc, formatInstant, graphDateTimeToUtc, ianaTimeZone, todayInCopenhagen,
  utcToCopenhagenDate, utcToCopenhagenDateTime, WINDOWS_TIME_ZONES, zonedTimeToUtc
} from '../../../src/domain/timeZone';
import { tzOffset } from '@date-fns/tz';

describe('copenhagenMidnightUtc: what SharePoint stores for a date-only column', () => {
  test.each([
    ['2026-05-14', '2026-05-13T22:00:00Z'], // CEST, UTC+2
    ['2026-01-14', '2026-01-13T23:00:00Z'], // CET, UTC+1
    ['2026-03-29', '2026-03-28T23:00:00Z'], // summer time starts at 02:00 that day: midnight is still CET
    ['2026-03-30', '2026-03-29T22:00:00Z'],
    ['2026-10-25', '2026-10-24T22:00:00Z'], // winter time starts at 03:00 that day: midnight is still CEST
    ['2026-10-26', '2026-10-25T23:00:00Z'],
    ['2027-01-01', '2026-12-31T23:00:00Z']
  ])('%s → %s', (date, expected) => {
    expect(copenhagenMidnightUtc(date)).toBe(expected);
  });
});

describe('utcToCopenhagenDate', () => {
  test.each([
    ['2026-05-13T22:00:00Z', '2026-05-14'],
    ['2026-01-13T23:00:00Z', '2026-01-14'],
    ['2026-05-14T00:00:00Z', '2026-05-14'], // UTC-midnight style values
    ['2026-05-14T00:00:00.000Z', '2026-05-14'],
    ['2026-05-14T00:00:00+02:00', '2026-05-14'],
    ['2026-05-13T23:30:00-01:00', '2026-05-14'],
    ['2026-05-13T21:59:59Z', '2026-05-13'],
    ['2026-12-31T23:00:00Z', '2027-01-01'],
    ['2026-05-14T10:00:00', '2026-05-14'], // no offset: taken as UTC
    ['2026-05-14', '2026-05-14'] // already a day
  ])('%s → %s', (value, expected) => {
    expect(utcToCopenhagenDate(value)).toBe(expected);
  });

  test('is the inverse of copenhagenMidnightUtc every day of a year with both DST changes', () => {
    for (let day = new Date(Date.UTC(2026, 0, 1)); day.getUTCFullYear() === 2026; day.setUTCDate(day.getUTCDate() + 1)) {
      const iso = day.toISOString().slice(0, 10);
      expect(utcToCopenhagenDate(copenhagenMidnightUtc(iso))).toBe(iso);
    }
  });

  test('rejects garbage with a RangeError', () => {
    expect(() => utcToCopenhagenDate('i morgen')).toThrow(RangeError);
    expect(() => utcToCopenhagenDate('2026-02-30T00:00:00Z')).toThrow(RangeError);
  });
});

describe('utcToCopenhagenDateTime', () => {
  test('summer time', () => {
    expect(utcToCopenhagenDateTime('2026-05-14T08:30:00Z')).toEqual({
      date: '2026-05-14', time: '10:30', hour: 10, minute: 30, second: 0, utcOffsetMinutes: 120
    });
  });
  test.each([
    ['2026-03-29T00:59:59Z', '01:59', 60], // last second of winter time
    ['2026-03-29T01:00:00Z', '03:00', 120], // clocks jump from 02:00 to 03:00
    ['2026-10-25T00:30:00Z', '02:30', 120], // first 02:30 (summer time)
    ['2026-10-25T01:30:00Z', '02:30', 60] // second 02:30 (winter time)
  ])('DST change: %s is %s local, offset %i', (utc, time, offset) => {
    const local = utcToCopenhagenDateTime(utc);
    expect(local.time).toBe(time);
    expect(local.utcOffsetMinutes).toBe(offset);
  });
});

describe('todayInCopenhagen', () => {
  test.each([
    ['2026-05-13T21:59:59Z', '2026-05-13'],
    ['2026-05-13T22:00:00Z', '2026-05-14'], // midnight in Copenhagen while still the 13th in UTC
    ['2026-12-31T23:00:00Z', '2027-01-01'],
    ['2026-01-14T22:59:59Z', '2026-01-14']
  ])('at %s it is %s', (now, expected) => {
    expect(todayInCopenhagen(new Date(now))).toBe(expected);
  });

  test('by the EU rule: the day the time-zone database of the runtime gives, 1996–2099', () => {
    const byDatabase = (ms: number): string => new Date(ms + tzOffset('Europe/Copenhagen', new Date(ms)) * 60000).toISOString().slice(0, 10);
    const wrong: string[] = [];
    const check = (ms: number): void => {
      if (todayInCopenhagen(new Date(ms)) !== byDatabase(ms)) wrong.push(new Date(ms).toISOString());
    };
    // 22:00–24:00 UTC is where the offset decides the day: every day at 22:30 and 23:30, and every 5 minutes of those
    // hours in the last week of March and of October (summer time begins and ends on their last Sunday).
    for (let day = Date.UTC(1996, 0, 1); day < Date.UTC(2100, 0, 1); day += 86400000) {
      check(day + 22.5 * 3600000);
      check(day + 23.5 * 3600000);
      const d = new Date(day);
      if ((d.getUTCMonth() === 2 || d.getUTCMonth() === 9) && d.getUTCDate() >= 23) {
        for (let ms = day + 22 * 3600000; ms < day + 24 * 3600000; ms += 300000) check(ms);
      }
    }
    expect(wrong).toEqual([]);
    // Outside the rule's years the database answers.
    expect(todayInCopenhagen(new Date('1985-07-01T22:30:00Z'))).toBe(byDatabase(Date.UTC(1985, 6, 1, 22, 30)));
    expect(todayInCopenhagen(new Date('1985-07-01T22:30:00Z'))).toBe('1985-07-02');
  });

  test('copenhagenMidnightUtc: the instant the time-zone database gives, every day 1996–2099', () => {
    const wrong: string[] = [];
    for (let day = Date.UTC(1995, 11, 25); day < Date.UTC(2100, 0, 8); day += 86400000) {
      const date = new Date(day).toISOString().slice(0, 10);
      // The database's instant: UTC midnight less the offset in force then (changes are at 01:00 UTC, never near it).
      const midnightAsUtc = Date.parse(`${date}T00:00:00Z`);
      const byDatabase = new Date(midnightAsUtc - tzOffset('Europe/Copenhagen', new Date(midnightAsUtc - 3600000)) * 60000)
        .toISOString().replace('.000Z', 'Z');
      if (copenhagenMidnightUtc(date) !== byDatabase) wrong.push(date);
    }
    expect(wrong).toEqual([]);
    expect(copenhagenMidnightUtc('2026-03-29')).toBe('2026-03-28T23:00:00Z');
    expect(copenhagenMidnightUtc('2026-03-30')).toBe('2026-03-29T22:00:00Z');
    expect(copenhagenMidnightUtc('2026-10-25')).toBe('2026-10-24T22:00:00Z');
    expect(copenhagenMidnightUtc('2026-10-26')).toBe('2026-10-25T23:00:00Z');
    // Outside the rule's years, and text that is not a day, go the database's way (which says what is wrong).
    expect(copenhagenMidnightUtc('1985-07-02')).toBe('1985-07-01T22:00:00Z');
    expect(() => copenhagenMidnightUtc('2026-02-30')).toThrow();
  });

  test('Copenhagen conversions ask nothing of Intl in 1996–2099, fresh modules (the runtime\'s first format costs 20–70 ms)', () => {
    jest.isolateModules(() => {
      const formats = jest.spyOn(Intl, 'DateTimeFormat');
      try {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const fresh = require('../../../src/domain/timeZone') as typeof import('../../../src/domain/timeZone');
        expect(fresh.todayInCopenhagen(new Date('2026-05-14T10:00:00Z'))).toBe('2026-05-14');
        expect(fresh.copenhagenMidnightUtc('2026-10-26')).toBe('2026-10-25T23:00:00Z');
        expect(fresh.utcToCopenhagenDate('2026-05-13T22:00:00Z')).toBe('2026-05-14');
        expect(fresh.utcToCopenhagenDateTime('2026-12-24T15:30:00Z').time).toBe('16:30');
        expect(fresh.copenhagenDateTimeToUtc('2026-03-29', '02:30')).toBe('2026-03-29T01:30:00Z');
        expect(formats).not.toHaveBeenCalled();
        // Outside the rule's years the database answers.
        expect(fresh.utcToCopenhagenDate('1985-07-01T22:30:00Z')).toBe('1985-07-02');
        expect(formats).toHaveBeenCalled();
      } finally {
        formats.mockRestore();
      }
    });
  });

  test('a first load\'s today and query bounds ask nothing of Intl (its first answer costs the task 20–70 ms)', () => {
    const formats = jest.spyOn(Intl, 'DateTimeFormat');
    try {
      expect(todayInCopenhagen(new Date('2026-05-14T10:00:00Z'))).toBe('2026-05-14');
      expect(copenhagenMidnightUtc('2026-05-14')).toBe('2026-05-13T22:00:00Z');
      expect(formats).not.toHaveBeenCalled();
    } finally {
      formats.mockRestore();
    }
  });
});

describe('copenhagenDateTimeToUtc and zonedTimeToUtc', () => {
  test('ordinary times', () => {
    expect(copenhagenDateTimeToUtc('2026-05-14', '10:00')).toBe('2026-05-14T08:00:00Z');
    expect(copenhagenDateTimeToUtc('2026-01-14', '10:00')).toBe('2026-01-14T09:00:00Z');
  });
  test('a time in the skipped hour of March moves forward past the gap', () => {
    expect(copenhagenDateTimeToUtc('2026-03-29', '02:30')).toBe('2026-03-29T01:30:00Z');
    expect(utcToCopenhagenDateTime('2026-03-29T01:30:00Z').time).toBe('03:30');
  });
  test('a time in the repeated hour of October is the first (summer-time) one', () => {
    expect(copenhagenDateTimeToUtc('2026-10-25', '02:30')).toBe('2026-10-25T00:30:00Z');
  });
  test('the hours right around the October change', () => {
    expect(copenhagenDateTimeToUtc('2026-10-25', '01:59')).toBe('2026-10-24T23:59:00Z');
    expect(copenhagenDateTimeToUtc('2026-10-25', '03:00')).toBe('2026-10-25T02:00:00Z');
  });
  test('an explicit offset wins over the zone', () => {
    expect(zonedTimeToUtc('2026-05-14T10:00:00+00:00', 'Europe/Copenhagen')).toBe('2026-05-14T10:00:00Z');
  });
  test('a malformed time is refused', () => {
    expect(() => copenhagenDateTimeToUtc('2026-05-14', '10.00')).toThrow(/Ugyldigt klokkeslæt/);
  });
});

describe('graphDateTimeToUtc', () => {
  test.each([
    ['2026-05-14T10:00:00.0000000', 'Romance Standard Time', '2026-05-14T08:00:00Z'],
    ['2026-05-14T10:00:00.0000000', 'Europe/Copenhagen', '2026-05-14T08:00:00Z'],
    ['2026-05-14T10:00:00.0000000', 'UTC', '2026-05-14T10:00:00Z'],
    ['2026-01-14T10:00:00.0000000', 'Romance Standard Time', '2026-01-14T09:00:00Z'],
    ['2026-03-29T09:00:00.0000000', 'Romance Standard Time', '2026-03-29T07:00:00Z'], // first morning of summer time
    ['2026-10-25T09:00:00.0000000', 'Romance Standard Time', '2026-10-25T08:00:00Z'], // first morning of winter time
    ['2026-05-14T10:00:00.0000000', 'GMT Standard Time', '2026-05-14T09:00:00Z'],
    ['2026-05-14T10:00:00.5000000', 'UTC', '2026-05-14T10:00:00.500Z']
  ])('%s in %s → %s', (dateTime, timeZone, expected) => {
    expect(graphDateTimeToUtc({ dateTime, timeZone })).toBe(expected);
  });

  test('an unknown zone is refused in Danish', () => {
    expect(() => graphDateTimeToUtc({ dateTime: '2026-05-14T10:00:00', timeZone: 'Mars Standard Time' })).toThrow(/Ukendt tidszone/);
    expect(ianaTimeZone('Romance Standard Time')).toBe('Europe/Copenhagen');
  });
});

describe('offsets remembered per zone and week agree with the runtime (tzOffset), 2000–2100', () => {
  const HOUR = 3600000;
  const iso = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');

  // The conversion as it was before offsets were remembered: asks tzOffset every time.
  function referenceZonedToUtc(wall: string, zone: string): string {
    const [d, t] = wall.split('T');
    const [y, m, day] = d.split('-').map(Number);
    const [hh, mm] = t.split(':').map(Number);
    const wallAsUtc = Date.UTC(y, m - 1, day, hh, mm);
    const offset = (ms: number): number => tzOffset(zone, new Date(ms));
    const before = offset(wallAsUtc - 24 * HOUR);
    const after = offset(wallAsUtc + 24 * HOUR);
    const candidates = [before, after].map((o) => wallAsUtc - o * 60000)
      .filter((instant) => wallAsUtc - offset(instant) * 60000 === instant).sort((a, b) => a - b);
    return iso(candidates.length > 0 ? candidates[0] : wallAsUtc - before * 60000);
  }

  test('every 7 hours, and every 10 minutes on the change days, the wall clock matches tzOffset', () => {
    let mismatches = 0;
    const check = (ms: number): void => {
      const expected = tzOffset('Europe/Copenhagen', new Date(ms));
      const wall = utcToCopenhagenDateTime(iso(ms));
      const expectedWall = new Date(ms + expected * 60000).toISOString();
      if (wall.utcOffsetMinutes !== expected || wall.date !== expectedWall.slice(0, 10) || wall.time !== expectedWall.slice(11, 16)) {
        mismatches++;
      }
    };
    for (let ms = Date.UTC(2000, 0, 1); ms < Date.UTC(2101, 0, 1); ms += 7 * HOUR) {
      check(ms);
    }
    for (let year = 2000; year <= 2100; year++) {
      for (const month of [2, 9]) {
        // The last Sunday of March / October, 00:00–04:00 UTC.
        const lastDay = new Date(Date.UTC(year, month + 1, 0));
        const sunday = lastDay.getTime() - lastDay.getUTCDay() * 24 * HOUR;
        for (let ms = sunday - HOUR; ms < sunday + 4 * HOUR; ms += 10 * 60000) {
          check(ms);
          check(ms - 1);
        }
      }
    }
    expect(mismatches).toBe(0);
  });

  test('zonedTimeToUtc gives what the per-call conversion gave, hour by hour around every change 2000–2100', () => {
    let mismatches = 0;
    for (let year = 2000; year <= 2100; year++) {
      for (const month of [3, 10]) {
        const lastDay = new Date(Date.UTC(year, month, 0));
        const sunday = lastDay.getTime() - lastDay.getUTCDay() * 24 * HOUR;
        for (const dayMs of [sunday - 24 * HOUR, sunday, sunday + 24 * HOUR]) {
          const day = new Date(dayMs).toISOString().slice(0, 10);
          for (let hour = 0; hour < 24; hour++) {
            for (const minute of [0, 30]) {
              const wall = `${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
              for (const zone of ['Europe/Copenhagen', 'Europe/London', 'America/Nuuk']) {
                if (zonedTimeToUtc(wall, zone) !== referenceZonedToUtc(wall, zone)) {
                  mismatches++;
                }
              }
            }
          }
        }
      }
    }
    expect(mismatches).toBe(0);
  });

  test('every zone Graph names, every day at 00:30 and 12:30 wall time 2020–2040, converts as the per-call conversion', () => {
    const zones = [...new Set(Object.values(WINDOWS_TIME_ZONES))];
    let mismatches = 0;
    let checked = 0;
    for (const zone of zones) {
      for (let ms = Date.UTC(2020, 0, 1); ms < Date.UTC(2041, 0, 1); ms += 24 * HOUR) {
        const day = new Date(ms).toISOString().slice(0, 10);
        for (const time of ['00:30', '12:30']) {
          checked++;
          if (zonedTimeToUtc(`${day}T${time}`, zone) !== referenceZonedToUtc(`${day}T${time}`, zone)) mismatches++;
        }
      }
    }
    expect(checked).toBeGreaterThan(zones.length * 15000);
    expect(mismatches).toBe(0);
  });

  test('utcToCopenhagenDate remembers values but still refuses garbage every time', () => {
    expect(utcToCopenhagenDate('2026-05-13T22:00:00Z')).toBe('2026-05-14');
    expect(utcToCopenhagenDate('2026-05-13T22:00:00Z')).toBe('2026-05-14');
    expect(() => utcToCopenhagenDate('2026-02-30T10:00:00Z')).toThrow(RangeError);
    expect(() => utcToCopenhagenDate('2026-02-30T10:00:00Z')).toThrow(RangeError);
  });
});

describe('copenhagenDateOfMillis: the Copenhagen day of an instant without its text', () => {
  test('the same day as utcToCopenhagenDate(formatInstant(ms)) every 37 minutes over two years, DST changes included', () => {
    const from = Date.UTC(2026, 0, 1);
    const to = Date.UTC(2028, 0, 1);
    let checked = 0;
    for (let ms = from; ms < to; ms += 37 * 60000) {
      if (copenhagenDateOfMillis(ms) !== utcToCopenhagenDate(formatInstant(ms))) throw new Error(`differs at ${formatInstant(ms)}`);
      checked++;
    }
    expect(checked).toBeGreaterThan(28000);
    // The minutes around midnight and the summer-time change.
    expect(copenhagenDateOfMillis(Date.parse('2026-03-28T22:59:59Z'))).toBe('2026-03-28');
    expect(copenhagenDateOfMillis(Date.parse('2026-03-28T23:00:00Z'))).toBe('2026-03-29');
    expect(copenhagenDateOfMillis(Date.parse('2026-10-24T21:59:59Z'))).toBe('2026-10-24');
    expect(copenhagenDateOfMillis(Date.parse('2026-10-24T22:00:00Z'))).toBe('2026-10-25');
    expect(copenhagenDateOfMillis(Date.parse('2026-10-25T22:59:59Z'))).toBe('2026-10-25');
    expect(copenhagenDateOfMillis(Date.parse('2026-10-25T23:00:00Z'))).toBe('2026-10-26');
  });
});
