import { expandOccurrences } from '../../../src/domain/recurrence';
import { RuleError } from '../../../src/domain/recurrenceRule';
import { pickerFromRule, ruleFromPicker } from '../../../src/domain/recurrencePicker';
import type { IRecurrencePicker } from '../../../src/domain/recurrencePicker';
import { validateRule } from '../../../src/domain/rruleAdapter';

const canonical: [IRecurrencePicker, string][] = [
  [{ pattern: 'Årligt', month: 5, dayOfMonth: 14 }, 'FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=14'],
  [{ pattern: 'Årligt', month: 2, weekday: 'MO', nthWeekday: 1 }, 'FREQ=YEARLY;BYMONTH=2;BYDAY=1MO'],
  [{ pattern: 'Årligt', month: 2, dayOfMonth: -1 }, 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1'],
  [{ pattern: 'Årligt', month: 1, dayOfMonth: 31 }, 'FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=31'],
  [{ pattern: 'Årligt' }, 'FREQ=YEARLY'],
  [{ pattern: 'Halvårligt', dayOfMonth: 15 }, 'FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=15'],
  [{ pattern: 'Kvartalsvis', dayOfMonth: 1 }, 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=1'],
  [{ pattern: 'Kvartalsvis', weekday: 'FR', nthWeekday: -1 }, 'FREQ=MONTHLY;INTERVAL=3;BYDAY=-1FR'],
  [{ pattern: 'Månedligt', dayOfMonth: -1 }, 'FREQ=MONTHLY;BYMONTHDAY=-1'],
  [{ pattern: 'Månedligt', dayOfMonth: 30 }, 'FREQ=MONTHLY;BYMONTHDAY=28,29,30;BYSETPOS=-1'],
  [{ pattern: 'Månedligt' }, 'FREQ=MONTHLY'],
  [{ pattern: 'Tilpasset', unit: 'week', interval: 2, weekday: 'MO' }, 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO'],
  [{ pattern: 'Tilpasset', unit: 'week', interval: 1, weekday: 'TH' }, 'FREQ=WEEKLY;BYDAY=TH'],
  [{ pattern: 'Tilpasset', unit: 'month', interval: 2, dayOfMonth: 10 }, 'FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=10'],
  [{ pattern: 'Tilpasset', unit: 'year', interval: 2, month: 9, dayOfMonth: 1 }, 'FREQ=YEARLY;INTERVAL=2;BYMONTH=9;BYMONTHDAY=1'],
  [{ pattern: 'Tilpasset', unit: 'day', interval: 14 }, 'FREQ=DAILY;INTERVAL=14'],
  [{ pattern: 'Månedligt', dayOfMonth: 15, count: 6 }, 'FREQ=MONTHLY;BYMONTHDAY=15;COUNT=6'],
  [{ pattern: 'Årligt', month: 5, dayOfMonth: 14, until: '2030-12-31' }, 'FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=14;UNTIL=20301231']
];

describe('picker ↔ rule round trip', () => {
  test.each(canonical)('%j ↔ %s', (picker, rule) => {
    expect(ruleFromPicker(picker)).toBe(rule);
    expect(pickerFromRule(rule)).toEqual(picker);
    expect(validateRule(rule, '2026-01-01')).toBeUndefined();
  });

  test('every canonical rule survives picker → rule → picker → rule unchanged', () => {
    for (const [, rule] of canonical) {
      const picker = pickerFromRule(rule);
      expect(picker && ruleFromPicker(picker)).toBe(rule);
    }
  });
});

describe('ruleFromPicker', () => {
  test('"first Monday of February every year" lands on the right Mondays', () => {
    const rule = ruleFromPicker({ pattern: 'Årligt', month: 2, weekday: 'MO', nthWeekday: 1 });
    const dates = expandOccurrences({ startDate: '2026-01-05', repeat: 'Tilpasset', recurrence: rule }, '2026-01-01', '2028-12-31');
    expect(dates.map((o) => o.start)).toEqual(['2026-02-02', '2027-02-01', '2028-02-07']);
  });

  test.each([
    [{ pattern: 'Årligt', month: 2, dayOfMonth: 29 }, 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1'], // last day of February
    [{ pattern: 'Årligt', month: 4, dayOfMonth: 31 }, 'FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=-1'], // April has no 31st
    [{ pattern: 'Månedligt', dayOfMonth: 31 }, 'FREQ=MONTHLY;BYMONTHDAY=-1'],
    [{ pattern: 'Kvartalsvis', dayOfMonth: 29 }, 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=28,29;BYSETPOS=-1'],
    [{ pattern: 'Tilpasset', weekday: 'WE' }, 'FREQ=WEEKLY;BYDAY=WE'], // unit defaults to week
    [{ pattern: 'Kvartalsvis', interval: 5, dayOfMonth: 1 }, 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=1'] // fixed patterns ignore interval
  ] as [IRecurrencePicker, string][])('%j → %s (clamped or defaulted)', (picker, rule) => {
    expect(ruleFromPicker(picker)).toBe(rule);
  });

  test('a custom every-3-months rule reads back as Kvartalsvis', () => {
    const rule = ruleFromPicker({ pattern: 'Tilpasset', unit: 'month', interval: 3, dayOfMonth: 1 });
    expect(pickerFromRule(rule as string)).toEqual({ pattern: 'Kvartalsvis', dayOfMonth: 1 });
  });

  test('Ingen has no rule', () => {
    expect(ruleFromPicker({ pattern: 'Ingen', month: 5 })).toBeUndefined();
  });

  test.each([
    [{ pattern: 'Månedligt', dayOfMonth: 1, count: 3, until: '2026-12-31' }, 'pickerCountAndUntil'],
    [{ pattern: 'Årligt', dayOfMonth: 14 }, 'pickerMonth'],
    [{ pattern: 'Månedligt', nthWeekday: 1 }, 'pickerNthWeekday'],
    [{ pattern: 'Årligt', month: 13, dayOfMonth: 1 }, 'outOfRange'],
    [{ pattern: 'Tilpasset', unit: 'day', interval: 0 }, 'outOfRange']
  ] as [IRecurrencePicker, string][])('%j is refused with the problem %s', (picker, problem) => {
    expect(() => ruleFromPicker(picker)).toThrow(RuleError);
    try { ruleFromPicker(picker); } catch (e) { expect((e as RuleError).problem).toBe(problem); }
  });
});

describe('pickerFromRule', () => {
  test.each([
    'FREQ=WEEKLY;BYDAY=MO,TH', // several weekdays
    'FREQ=YEARLY;BYWEEKNO=14;BYDAY=MO',
    'FREQ=MONTHLY;BYMONTHDAY=31', // RFC: skips short months, unlike the picker's last day
    'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29', // leap years only
    'FREQ=YEARLY;BYMONTHDAY=14', // every month of the year
    'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1',
    'FREQ=MONTHLY;BYDAY=-2FR',
    'FREQ=WEEKLY;WKST=SU;INTERVAL=2;BYDAY=MO',
    'nonsense'
  ])('%s is beyond the picker', (rule) => {
    expect(pickerFromRule(rule)).toBeUndefined();
  });

  test('accepts the RRULE: prefix and any part order', () => {
    expect(pickerFromRule('RRULE:BYMONTHDAY=14;BYMONTH=5;FREQ=YEARLY')).toEqual({ pattern: 'Årligt', month: 5, dayOfMonth: 14 });
  });
});
