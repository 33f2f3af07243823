import {
  copenhagenDateTimeToUtc, copenhagenMidnightUtc, graphDateTimeToUtc, ianaTimeZone, todayInCopenhagen,
  utcToCopenhagenDate, utcToCopenhagenDateTime, zonedTimeToUtc
} from '../../../src/domain/timeZone';

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
