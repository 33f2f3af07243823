import {
  addWorkingDays, addWorkingMinutes, instantMillis, isWithinWorkingHours, nextWorkingInstant, workingMinutesBetween, workingWindow
} from '../../../../src/domain/inquiries';

const iso = (ms: number | undefined): string | undefined => (ms === undefined ? undefined : new Date(ms).toISOString().replace('.000Z', 'Z'));

describe('workingWindow: Copenhagen wall time, in UTC', () => {
  test.each([
    ['2026-03-27', '2026-03-27T07:30:00Z', '2026-03-27T13:00:00Z'], // Friday, winter time: 08:30–14:00 CET
    ['2026-03-30', '2026-03-30T06:30:00Z', '2026-03-30T13:30:00Z'], // Monday after summer time starts: 08:30–15:30 CEST
    ['2026-10-23', '2026-10-23T06:30:00Z', '2026-10-23T12:00:00Z'], // Friday, summer time
    ['2026-10-26', '2026-10-26T07:30:00Z', '2026-10-26T14:30:00Z'], // Monday after winter time starts
    ['2024-04-26', '2024-04-26T06:30:00Z', '2024-04-26T12:00:00Z'] // former Store bededag: open
  ])('%s: %s–%s', (day, start, end) => {
    const window = workingWindow(day);
    expect([iso(window?.start), iso(window?.end)]).toEqual([start, end]);
  });

  test.each(['2026-03-28', '2026-03-29', '2026-05-14', '2026-05-25', '2026-04-03', '2026-06-05', '2026-12-24', '2026-12-31', '2027-01-01', '2023-05-05'])(
    '%s is closed', (day) => {
      expect(workingWindow(day)).toBeUndefined();
    });

  test('closing days can be opened; hours are a parameter', () => {
    expect(iso(workingWindow('2026-06-05', { includeClosingDays: false })?.start)).toBe('2026-06-05T06:30:00Z');
    expect(workingWindow('2026-12-25', { includeClosingDays: false })).toBeUndefined();
    const hours = { 6: { open: '10:00', close: '12:00' } };
    expect(iso(workingWindow('2026-08-08', { hours })?.end)).toBe('2026-08-08T10:00:00Z');
    expect(workingWindow('2026-08-03', { hours })).toBeUndefined();
    expect(() => workingWindow('2026-08-03', { hours: { 1: { open: '12:00', close: '08:00' } } })).toThrow(RangeError);
  });
});

describe('workingMinutesBetween', () => {
  test.each([
    ['2026-08-03T00:00:00Z', '2026-08-08T00:00:00Z', 4 * 420 + 330], // a whole week
    ['2026-03-27T12:00:00Z', '2026-03-30T07:30:00Z', 120], // across the start of summer time
    ['2026-10-23T11:00:00Z', '2026-10-26T08:30:00Z', 120], // across the end of summer time
    ['2026-05-13T12:30:00Z', '2026-05-15T07:30:00Z', 120], // Kristi himmelfart in between
    ['2026-12-23T13:00:00Z', '2026-12-28T08:30:00Z', 150], // 14:00–15:30 on the 23rd, 08:30–09:30 on the 28th
    ['2026-08-03T16:00:00Z', '2026-08-03T20:00:00Z', 0], // evening
    ['2026-08-03T08:00:00Z', '2026-08-03T08:00:30Z', 0.5]
  ])('%s → %s = %p', (from, to, minutes) => {
    expect(workingMinutesBetween(from, to)).toBe(minutes);
  });

  test('negative when reversed', () => {
    expect(workingMinutesBetween('2026-03-30T07:30:00Z', '2026-03-27T12:00:00Z')).toBe(-120);
  });
});

describe('addWorkingMinutes', () => {
  test.each([
    ['2026-03-27T12:30:00Z', 60, '2026-03-30T07:00:00Z'], // Friday 13:30 CET + 60 = Monday 09:00 CEST
    ['2026-03-27T12:00:00Z', 60, '2026-03-27T13:00:00Z'], // exactly to Friday's closing
    ['2026-10-23T11:30:00Z', 60, '2026-10-26T08:00:00Z'], // Friday 13:30 CEST + 60 = Monday 09:00 CET
    ['2026-04-01T13:00:00Z', 60, '2026-04-07T07:00:00Z'], // Easter 2026
    ['2026-12-23T14:00:00Z', 60, '2026-12-28T08:00:00Z'], // Christmas 2026
    ['2026-12-30T14:00:00Z', 60, '2027-01-04T08:00:00Z'], // nytårsaften and nytårsdag
    ['2026-08-01T10:00:00Z', 30, '2026-08-03T07:00:00Z'], // Saturday: from Monday's opening
    ['2026-08-03T18:00:00Z', 0, '2026-08-03T18:00:00Z'] // 0 leaves the instant alone
  ])('%s + %i = %s', (from, minutes, expected) => {
    expect(addWorkingMinutes(from, minutes)).toBe(expected);
  });

  test('is the inverse of workingMinutesBetween from a working instant', () => {
    for (const minutes of [1, 90, 420, 1000, 5000]) {
      const end = addWorkingMinutes('2026-03-26T08:00:00Z', minutes);
      expect(workingMinutesBetween('2026-03-26T08:00:00Z', end)).toBe(minutes);
    }
  });

  test('refuses negative amounts and hours without any open day', () => {
    expect(() => addWorkingMinutes('2026-08-03T08:00:00Z', -1)).toThrow(RangeError);
    expect(() => addWorkingMinutes('2026-08-03T08:00:00Z', 10, { hours: {} })).toThrow(RangeError);
  });
});

describe('instants and working days', () => {
  test('nextWorkingInstant and isWithinWorkingHours', () => {
    expect(nextWorkingInstant('2026-08-03T08:00:00Z')).toBe('2026-08-03T08:00:00Z');
    expect(nextWorkingInstant('2026-08-03T13:30:00Z')).toBe('2026-08-04T06:30:00Z'); // closing time belongs to the next day
    expect(nextWorkingInstant('2026-05-13T20:00:00Z')).toBe('2026-05-15T06:30:00Z');
    expect(isWithinWorkingHours('2026-08-03T06:30:00Z')).toBe(true);
    expect(isWithinWorkingHours('2026-08-03T13:30:00Z')).toBe(false);
  });

  test('addWorkingDays counts days with opening hours', () => {
    expect(addWorkingDays('2026-05-13', 1)).toBe('2026-05-15');
    expect(addWorkingDays('2026-05-13', 0)).toBe('2026-05-13');
    expect(() => addWorkingDays('2026-05-13', -1)).toThrow(RangeError);
  });

  test('text without offset is UTC; garbage is refused', () => {
    expect(instantMillis('2026-08-03T08:00:00')).toBe(Date.UTC(2026, 7, 3, 8));
    expect(instantMillis('2026-08-03T10:00:00+02:00')).toBe(Date.UTC(2026, 7, 3, 8));
    expect(() => instantMillis('i går')).toThrow(RangeError);
  });
});

describe('workingWindow remembers each day with its holiday rule', () => {
  test('a closing day asked for both ways, in either order, answers each way (the rule is part of what is remembered)', () => {
    // Grundlovsdag 2031 is a Thursday: closed with the closing days, open without them.
    expect(workingWindow('2031-06-05')).toBeUndefined();
    expect(workingWindow('2031-06-05', { includeClosingDays: false })).toBeDefined();
    expect(workingWindow('2031-06-05')).toBeUndefined();
    expect(workingWindow('2032-12-24', { includeClosingDays: false })).toBeDefined(); // A Friday, asked open first.
    expect(workingWindow('2032-12-24')).toBeUndefined();
    // A public holiday is closed either way.
    expect(workingWindow('2031-12-25', { includeClosingDays: false })).toBeUndefined();
  });

  test('the same instant text gives the same milliseconds from memory, and garbage still throws each time', () => {
    expect(instantMillis('2026-12-01T08:00:00Z')).toBe(Date.parse('2026-12-01T08:00:00Z'));
    expect(instantMillis('2026-12-01T08:00:00Z')).toBe(Date.parse('2026-12-01T08:00:00Z'));
    expect(() => instantMillis('i morgen')).toThrow(RangeError);
    expect(() => instantMillis('i morgen')).toThrow(RangeError);
  });
});
