import { describeRule } from '../../../src/domain/describeRule';
import { parseRule } from '../../../src/domain/recurrenceRule';

describe('describeRule in Danish', () => {
  test.each([
    ['FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=14', '2026-05-14', 'Hvert år den 14. maj'],
    ['FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=1', '2026-01-01', 'Hvert kvartal den 1.'],
    ['FREQ=MONTHLY;BYMONTHDAY=-1', '2026-01-31', 'Hver måned den sidste dag'],
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=MO', '2026-05-11', 'Hver 2. uge om mandagen'],
    ['FREQ=YEARLY;BYMONTH=2;BYDAY=1MO', '2026-01-05', 'Hvert år den første mandag i februar'],
    ['FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1', '2024-02-29', 'Hvert år den sidste dag i februar'],
    ['FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29', '2024-02-29', 'Hvert år den 29. februar'],
    ['FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=28,29,30;BYSETPOS=-1', '2026-04-30', 'Hvert halve år den 30. (eller sidste dag i måneden)'],
    ['FREQ=MONTHLY;BYDAY=-1FR', '2026-01-30', 'Hver måned den sidste fredag'],
    ['FREQ=MONTHLY;INTERVAL=3;BYDAY=2TU', '2026-01-13', 'Hvert kvartal den anden tirsdag'],
    ['FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=10', '2026-01-10', 'Hver 2. måned den 10.'],
    ['FREQ=MONTHLY;BYMONTHDAY=1,15', '2026-01-01', 'Hver måned den 1. og 15.'],
    ['FREQ=WEEKLY;BYDAY=TH,MO', '2026-05-11', 'Hver uge om mandagen og torsdagen'],
    ['FREQ=WEEKLY;BYDAY=MO,WE,FR', '2026-05-11', 'Hver uge om mandagen, onsdagen og fredagen'],
    ['FREQ=DAILY', '2026-05-11', 'Hver dag'],
    ['FREQ=DAILY;INTERVAL=3', '2026-05-11', 'Hver 3. dag'],
    ['FREQ=YEARLY;INTERVAL=2;BYMONTH=9;BYMONTHDAY=1', '2026-09-01', 'Hvert 2. år den 1. september'],
    ['FREQ=YEARLY;BYMONTH=1,7;BYMONTHDAY=1', '2026-01-01', 'Hvert år den 1. i januar og juli']
  ])('%s → %s', (rule, start, expected) => {
    expect(describeRule(rule, start)).toBe(expected);
  });

  test('parts the rule leaves out are taken from the start date, as rrule does', () => {
    expect(describeRule('FREQ=YEARLY', '2026-03-01')).toBe('Hvert år den 1. marts');
    expect(describeRule('FREQ=MONTHLY', '2026-03-20')).toBe('Hver måned den 20.');
    expect(describeRule('FREQ=WEEKLY', '2026-05-14')).toBe('Hver uge om torsdagen');
  });

  test('COUNT and UNTIL are added', () => {
    expect(describeRule('FREQ=MONTHLY;BYMONTHDAY=15;COUNT=6', '2026-01-15')).toBe('Hver måned den 15., 6 gange');
    expect(describeRule('FREQ=WEEKLY;BYDAY=FR;COUNT=1', '2026-01-02')).toBe('Hver uge om fredagen, 1 gang');
    expect(describeRule('FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=14;UNTIL=20301231', '2026-05-14')).toBe(
      'Hvert år den 14. maj, til og med 31. december 2030'
    );
  });

  test('all twelve Danish month names are lowercase', () => {
    const months = Array.from({ length: 12 }, (_, i) => describeRule(`FREQ=YEARLY;BYMONTH=${i + 1};BYMONTHDAY=1`, '2026-01-01').replace('Hvert år den 1. ', ''));
    expect(months).toEqual(['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december']);
  });

  test('accepts parsed parts as well as text', () => {
    expect(describeRule(parseRule('FREQ=MONTHLY;BYMONTHDAY=-1'), '2026-01-31')).toBe('Hver måned den sidste dag');
  });

  test('shapes without a Danish sentence show the rule as a custom recurrence', () => {
    expect(describeRule('FREQ=YEARLY;BYWEEKNO=14;BYDAY=MO', '2026-03-30')).toBe('Tilpasset gentagelse (FREQ=YEARLY;BYWEEKNO=14;BYDAY=MO)');
    expect(describeRule('FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1', '2026-01-30')).toMatch(/^Tilpasset gentagelse/);
    // BYMONTHDAY without BYMONTH in a yearly rule repeats every month: it must not be worded as "hvert år den 14. maj".
    expect(describeRule('FREQ=YEARLY;BYMONTHDAY=14', '2026-05-14')).toMatch(/^Tilpasset gentagelse/);
  });

  test('one-offs and invalid rules', () => {
    expect(describeRule(undefined, '2026-05-14')).toBe('Gentages ikke');
    expect(describeRule('FREQ=HOURLY', '2026-05-14')).toBe('Ugyldig gentagelsesregel');
  });
});

describe('describeRule in English (rrule toText)', () => {
  test.each([
    ['FREQ=YEARLY;BYMONTH=2;BYDAY=1MO', 'Every February on the 1st Monday'],
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=MO', 'Every 2 weeks on Monday'],
    ['FREQ=MONTHLY;BYMONTHDAY=-1', 'Every month on the last day'],
    ['FREQ=MONTHLY;BYDAY=-1FR', 'Every month on the last Friday'],
    ['FREQ=MONTHLY;BYMONTHDAY=28,29,30;BYSETPOS=-1', 'Every month on the 30th (or the last day of shorter months)'],
    ['FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1;COUNT=4', 'Every 3 months on the last day, 4 times'],
    ['FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=14;UNTIL=20301231', 'Every May on the 14th until December 31, 2030']
  ])('%s → %s', (rule, expected) => {
    expect(describeRule(rule, '2026-01-05', 'en')).toBe(expected);
  });

  test('one-offs and invalid rules', () => {
    expect(describeRule(undefined, '2026-05-14', 'en')).toBe('Does not repeat');
    expect(describeRule('nonsense', '2026-05-14', 'en')).toBe('Invalid recurrence rule');
  });
});
