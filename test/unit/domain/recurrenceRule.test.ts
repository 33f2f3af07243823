import { formatRule, parseRule, RuleError, type RuleProblem } from '../../../src/domain/recurrenceRule';
import { validateRule } from '../../../src/domain/rruleAdapter';

describe('parseRule', () => {
  test('reads the parts', () => {
    expect(parseRule('FREQ=YEARLY;BYMONTH=2;BYDAY=1MO')).toEqual({
      freq: 'YEARLY', interval: 1, byMonth: [2], byDay: [{ weekday: 'MO', n: 1 }]
    });
    expect(parseRule('FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=28,29,30;BYSETPOS=-1')).toEqual({
      freq: 'MONTHLY', interval: 6, byMonthDay: [28, 29, 30], bySetPos: [-1]
    });
  });

  test('accepts an RRULE: prefix, lowercase and a trailing semicolon', () => {
    expect(parseRule(' rrule:freq=weekly;byday=mo,th; ')).toEqual({
      freq: 'WEEKLY', interval: 1, byDay: [{ weekday: 'MO' }, { weekday: 'TH' }]
    });
  });

  test('UNTIL as a date, or as a UTC time turned into the Copenhagen day', () => {
    expect(parseRule('FREQ=DAILY;UNTIL=20271231').until).toBe('2027-12-31');
    // 22:59:59Z on 31 December is 23:59:59 in Copenhagen: still the 31st.
    expect(parseRule('FREQ=DAILY;UNTIL=20271231T225959Z').until).toBe('2027-12-31');
    // 22:30Z on 14 May is 00:30 on 15 May in Copenhagen (summer time).
    expect(parseRule('FREQ=DAILY;UNTIL=20260514T223000Z').until).toBe('2026-05-15');
  });

  test('formatRule writes canonical text, so equal rules compare equal as strings', () => {
    expect(formatRule(parseRule('bymonthday=14;freq=yearly;bymonth=5;interval=1'))).toBe('FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=14');
    expect(formatRule(parseRule('UNTIL=20301231;FREQ=MONTHLY;BYDAY=-1FR;INTERVAL=3'))).toBe('FREQ=MONTHLY;INTERVAL=3;BYDAY=-1FR;UNTIL=20301231');
  });

  test.each([
    ['', 'empty'],
    ['FREQ=FOO', 'freqUnknown', { freq: 'FOO' }],
    ['FREQ=HOURLY', 'freqTooOften', { freq: 'HOURLY' }],
    ['FREQ=MINUTELY', 'freqTooOften', { freq: 'MINUTELY' }],
    ['FREQ=SECONDLY', 'freqTooOften', { freq: 'SECONDLY' }],
    ['INTERVAL=2', 'freqMissing'],
    ['FREQ=DAILY;INTERVAL=0', 'outOfRange', { key: 'INTERVAL', min: 1, max: 1000, value: 0 }],
    ['FREQ=DAILY;INTERVAL=abc', 'notInteger', { key: 'INTERVAL', value: 'ABC' }],
    ['FREQ=YEARLY;BYMONTH=13', 'outOfRange', { key: 'BYMONTH', min: 1, max: 12, value: 13 }],
    ['FREQ=MONTHLY;BYMONTHDAY=32', 'outOfRange', { key: 'BYMONTHDAY', min: -31, max: 31, value: 32 }],
    ['FREQ=MONTHLY;BYMONTHDAY=0', 'zero', { key: 'BYMONTHDAY' }],
    ['FREQ=WEEKLY;BYDAY=XX', 'weekdayInvalid', { key: 'BYDAY', value: 'XX' }],
    ['FREQ=WEEKLY;BYDAY=1MO', 'numberedWeekdayFreq', { value: '1MO' }],
    ['FREQ=MONTHLY;BYDAY=6MO', 'numberedWeekdayRange', { value: '6MO', max: 5 }],
    ['FREQ=DAILY;COUNT=3;UNTIL=20261231', 'countAndUntil'],
    ['FREQ=DAILY;UNTIL=20260230', 'untilInvalid', { value: '20260230' }],
    ['DTSTART:20260101T000000Z\nRRULE:FREQ=YEARLY', 'dtstart'],
    ['FREQ=DAILY;BYHOUR=9', 'timeParts', { key: 'BYHOUR' }],
    ['FREQ=DAILY;TZID=Europe/Copenhagen', 'unknownPart', { key: 'TZID' }],
    ['FREQ=DAILY;FREQ=WEEKLY', 'repeatedPart', { key: 'FREQ' }],
    ['FREQ=MONTHLY;BYWEEKNO=3', 'byWeekNoYearly'],
    ['FREQ=WEEKLY;BYMONTHDAY=3', 'byMonthDayWeekly'],
    ['FREQ=DAILY;BYSETPOS=1', 'bySetPosAlone'],
    ['hver mandag', 'notKeyValue', { part: 'hver mandag' }]
  ].map(([text, problem, params]) => [text, problem, params ?? null]) as [string, RuleProblem, Record<string, string | number> | null][])(
    'refuses %p with the problem %s', (text, problem, params) => {
      expect(() => parseRule(text)).toThrow(RuleError);
      expect(validateRule(text)).toEqual({ problem, params: params ?? undefined });
    });
});

describe('validateRule with a start date', () => {
  test('a usable rule gives no message; an infinite rule is allowed', () => {
    expect(validateRule('FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=14', '2026-05-14')).toBeUndefined();
    expect(validateRule('FREQ=DAILY', '2026-05-14')).toBeUndefined();
  });

  test.each([
    ['FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30', '2026-01-01'],
    ['FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=31', '2026-01-01'],
    ['FREQ=WEEKLY;BYDAY=MO;BYSETPOS=2', '2026-01-01'],
    ['FREQ=MONTHLY;INTERVAL=12;BYMONTH=2', '2026-01-15'] // only Januaries are visited
  ])('%s never yields a day', (rule, start) => {
    expect(validateRule(rule, start)?.problem).toMatch(/^never/);
  });

  test('30 February is recognised at once, even in a daily rule', () => {
    const started = Date.now();
    expect(validateRule('FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30', '2026-01-01')).toEqual({ problem: 'neverMonthDay' });
    // Unguarded, rrule walks every day until year 9999 (about 8 s).
    expect(Date.now() - started).toBeLessThan(100);
  });

  test('other impossible daily rules are caught by the bounded 400-year probe', () => {
    const started = Date.now();
    // Every 7th day from a Monday is always a Monday, never a Tuesday: the worst case, a day-by-day search.
    expect(validateRule('FREQ=DAILY;INTERVAL=7;BYDAY=TU', '2026-05-11')).toEqual({ problem: 'neverOccurs' });
    expect(validateRule('FREQ=DAILY;INTERVAL=7;BYDAY=MO', '2026-05-11')).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(3000);
  });

  test('rare but real rules are accepted: 5th Monday of February happens in some years', () => {
    expect(validateRule('FREQ=YEARLY;BYMONTH=2;BYDAY=5MO', '2026-01-01')).toBeUndefined();
    expect(validateRule('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29', '2026-01-01')).toBeUndefined();
  });

  test('UNTIL before the start, or before the first occurrence', () => {
    expect(validateRule('FREQ=YEARLY;UNTIL=20251231', '2026-05-14')).toEqual({ problem: 'untilBeforeStart' });
    expect(validateRule('FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=1;UNTIL=20261130', '2026-05-14')).toEqual({ problem: 'untilBeforeFirst' });
    expect(validateRule('FREQ=YEARLY;UNTIL=20260514', '2026-05-14')).toBeUndefined();
  });
});
