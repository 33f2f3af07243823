import { defaultRule, effectiveRule, expandOccurrences, MAX_OCCURRENCES, nextOccurrences } from '../../../src/domain/recurrence';
import type { IRecurringActivity } from '../../../src/domain/recurrence';

const activity = (startDate: string, repeat: IRecurringActivity['repeat'], recurrence?: string, endDate?: string): IRecurringActivity =>
  ({ startDate, repeat, recurrence, endDate });
const starts = (occurrences: { start: string }[]): string[] => occurrences.map((o) => o.start);

describe('defaultRule', () => {
  test.each([
    ['Årligt', '2026-05-14', 'FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=14'],
    ['Årligt', '2024-02-29', 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1'],
    ['Halvårligt', '2026-01-15', 'FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=15'],
    ['Kvartalsvis', '2026-02-01', 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=1'],
    ['Månedligt', '2026-03-10', 'FREQ=MONTHLY;BYMONTHDAY=10'],
    ['Månedligt', '2026-01-31', 'FREQ=MONTHLY;BYMONTHDAY=-1'],
    ['Månedligt', '2026-01-30', 'FREQ=MONTHLY;BYMONTHDAY=28,29,30;BYSETPOS=-1'],
    ['Kvartalsvis', '2026-01-29', 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=28,29;BYSETPOS=-1']
  ] as const)('%s from %s → %s', (pattern, start, rule) => {
    expect(defaultRule(pattern, start)).toBe(rule);
  });

  test('no default for one-offs and custom rules', () => {
    expect(defaultRule('Ingen', '2026-05-14')).toBeUndefined();
    expect(defaultRule('Tilpasset', '2026-05-14')).toBeUndefined();
  });
});

describe('effectiveRule', () => {
  test('the stored rule wins, without its RRULE: prefix', () => {
    expect(effectiveRule(activity('2026-05-14', 'Årligt', 'RRULE:FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=1'))).toBe('FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=1');
  });
  test('an empty rule falls back to the pattern', () => {
    expect(effectiveRule(activity('2026-05-14', 'Årligt', '  '))).toBe('FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=14');
  });
  test('one-offs have no rule, even if one is left in the field', () => {
    expect(effectiveRule(activity('2026-05-14', 'Ingen', 'FREQ=DAILY'))).toBeUndefined();
    expect(effectiveRule(activity('2026-05-14', 'Tilpasset'))).toBeUndefined();
  });
});

describe('expandOccurrences', () => {
  test('yearly: one per year, with the series index', () => {
    const yearly = activity('2026-05-14', 'Årligt');
    expect(expandOccurrences(yearly, '2026-01-01', '2028-12-31')).toEqual([
      { start: '2026-05-14', end: '2026-05-14', index: 0 },
      { start: '2027-05-14', end: '2027-05-14', index: 1 },
      { start: '2028-05-14', end: '2028-05-14', index: 2 }
    ]);
    expect(expandOccurrences(yearly, '2030-01-01', '2030-12-31')).toEqual([{ start: '2030-05-14', end: '2030-05-14', index: 4 }]);
  });

  test('nothing before the start date', () => {
    expect(expandOccurrences(activity('2026-05-14', 'Årligt'), '2020-01-01', '2025-12-31')).toEqual([]);
  });

  test('quarterly from 1 February: February, May, August, November', () => {
    expect(starts(expandOccurrences(activity('2026-02-01', 'Kvartalsvis'), '2026-01-01', '2026-12-31'))).toEqual([
      '2026-02-01', '2026-05-01', '2026-08-01', '2026-11-01'
    ]);
  });

  test('monthly from the 31st: every month, on its last day', () => {
    expect(starts(expandOccurrences(activity('2026-01-31', 'Månedligt'), '2026-01-01', '2026-06-30'))).toEqual([
      '2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31', '2026-06-30'
    ]);
  });

  test('monthly from the 30th: the 30th, or the last day of February (29th in a leap year)', () => {
    expect(starts(expandOccurrences(activity('2027-12-30', 'Månedligt'), '2028-01-01', '2028-03-31'))).toEqual([
      '2028-01-30', '2028-02-29', '2028-03-30'
    ]);
  });

  test('half-yearly from 31 August keeps to month ends', () => {
    expect(starts(expandOccurrences(activity('2026-08-31', 'Halvårligt'), '2026-01-01', '2027-12-31'))).toEqual([
      '2026-08-31', '2027-02-28', '2027-08-31'
    ]);
  });

  test('a plain RFC rule on the 31st skips the short months (documented difference)', () => {
    expect(starts(expandOccurrences(activity('2026-01-31', 'Tilpasset', 'FREQ=MONTHLY;BYMONTHDAY=31'), '2026-01-01', '2026-05-31'))).toEqual([
      '2026-01-31', '2026-03-31', '2026-05-31'
    ]);
  });

  test('yearly from 29 February: the last day of February every year', () => {
    expect(starts(expandOccurrences(activity('2024-02-29', 'Årligt'), '2024-01-01', '2028-12-31'))).toEqual([
      '2024-02-29', '2025-02-28', '2026-02-28', '2027-02-28', '2028-02-29'
    ]);
  });

  test('a hand-written BYMONTHDAY=29 in February only occurs in leap years', () => {
    const leapOnly = activity('2024-02-29', 'Tilpasset', 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29');
    expect(starts(expandOccurrences(leapOnly, '2024-01-01', '2032-12-31'))).toEqual(['2024-02-29', '2028-02-29', '2032-02-29']);
    expect(expandOccurrences(leapOnly, '2025-01-01', '2025-12-31')).toEqual([]);
  });

  test('a period keeps its length: a 10-day period recurs as 10-day periods', () => {
    const period = activity('2026-03-01', 'Månedligt', undefined, '2026-03-10');
    expect(expandOccurrences(period, '2026-03-01', '2026-05-31')).toEqual([
      { start: '2026-03-01', end: '2026-03-10', index: 0 },
      { start: '2026-04-01', end: '2026-04-10', index: 1 },
      { start: '2026-05-01', end: '2026-05-10', index: 2 }
    ]);
  });

  test('a period spanning new year is included when it started before the window', () => {
    const christmasBreak = activity('2025-12-20', 'Årligt', undefined, '2026-01-10');
    expect(expandOccurrences(christmasBreak, '2026-01-01', '2026-12-31')).toEqual([
      { start: '2025-12-20', end: '2026-01-10', index: 0 },
      { start: '2026-12-20', end: '2027-01-10', index: 1 }
    ]);
    // One that ended the day before the window is not.
    expect(expandOccurrences(christmasBreak, '2026-01-11', '2026-12-19')).toEqual([]);
  });

  test('weekly across the DST weeks stays on Mondays', () => {
    const monday = activity('2026-03-16', 'Tilpasset', 'FREQ=WEEKLY;BYDAY=MO');
    expect(starts(expandOccurrences(monday, '2026-03-16', '2026-04-06'))).toEqual(['2026-03-16', '2026-03-23', '2026-03-30', '2026-04-06']);
    expect(starts(expandOccurrences(monday, '2026-10-19', '2026-11-02'))).toEqual(['2026-10-19', '2026-10-26', '2026-11-02']);
  });

  test('daily across the spring change gives every calendar day once', () => {
    expect(starts(expandOccurrences(activity('2026-03-28', 'Tilpasset', 'FREQ=DAILY'), '2026-03-28', '2026-03-30'))).toEqual([
      '2026-03-28', '2026-03-29', '2026-03-30'
    ]);
  });

  test('UNTIL is inclusive', () => {
    const monthly = activity('2026-01-15', 'Månedligt', 'FREQ=MONTHLY;BYMONTHDAY=15;UNTIL=20260415');
    expect(starts(expandOccurrences(monthly, '2026-01-01', '2026-12-31'))).toEqual(['2026-01-15', '2026-02-15', '2026-03-15', '2026-04-15']);
  });

  test('UNTIL written by Outlook in UTC counts the Copenhagen day', () => {
    // 2026-04-14T22:00:00Z is midnight at the start of 15 April in Copenhagen.
    const monthly = activity('2026-01-15', 'Månedligt', 'FREQ=MONTHLY;BYMONTHDAY=15;UNTIL=20260414T220000Z');
    expect(starts(expandOccurrences(monthly, '2026-01-01', '2026-12-31')).pop()).toBe('2026-04-15');
  });

  test('COUNT limits the series, wherever the window is', () => {
    const three = activity('2026-01-01', 'Tilpasset', 'FREQ=MONTHLY;COUNT=3');
    expect(starts(expandOccurrences(three, '2026-01-01', '2030-12-31'))).toEqual(['2026-01-01', '2026-02-01', '2026-03-01']);
    expect(expandOccurrences(three, '2026-03-01', '2026-12-31').map((o) => o.index)).toEqual([2]);
  });

  test('a custom rule that skips the start date does not add it', () => {
    const firstMondayOfFebruary = activity('2026-01-05', 'Tilpasset', 'FREQ=YEARLY;BYMONTH=2;BYDAY=1MO');
    expect(starts(expandOccurrences(firstMondayOfFebruary, '2026-01-01', '2028-12-31'))).toEqual(['2026-02-02', '2027-02-01', '2028-02-07']);
  });

  test('one-offs: their single occurrence when it overlaps the window', () => {
    const period = activity('2026-05-10', 'Ingen', undefined, '2026-05-20');
    expect(expandOccurrences(period, '2026-05-15', '2026-06-01')).toEqual([{ start: '2026-05-10', end: '2026-05-20', index: 0 }]);
    expect(expandOccurrences(period, '2026-05-21', '2026-06-01')).toEqual([]);
    expect(expandOccurrences(activity('2026-05-14', 'Ingen'), '2026-05-14', '2026-05-14')).toHaveLength(1);
  });

  test('an unusable rule shows the activity once, on its start date', () => {
    expect(expandOccurrences(activity('2026-05-14', 'Tilpasset', 'FREQ=FOO'), '2026-01-01', '2027-12-31')).toEqual([
      { start: '2026-05-14', end: '2026-05-14', index: 0 }
    ]);
    expect(starts(expandOccurrences(activity('2026-05-14', 'Tilpasset', 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30'), '2026-01-01', '2030-12-31'))).toEqual(['2026-05-14']);
  });

  test('an end date before the start counts as a single day', () => {
    expect(expandOccurrences(activity('2026-05-14', 'Ingen', undefined, '2026-05-01'), '2026-05-14', '2026-05-14')[0].end).toBe('2026-05-14');
  });

  test('a reversed window is empty', () => {
    expect(expandOccurrences(activity('2026-05-14', 'Årligt'), '2026-12-31', '2026-01-01')).toEqual([]);
  });

  test(`is capped at ${MAX_OCCURRENCES} occurrences and stays fast`, () => {
    const started = Date.now();
    const daily = expandOccurrences(activity('2026-01-01', 'Tilpasset', 'FREQ=DAILY'), '2026-01-01', '2035-12-31');
    expect(daily).toHaveLength(MAX_OCCURRENCES);
    // A weekly rule started decades ago still expands a late window, with the right index:
    // 1990-01-01 → 2026-01-05 is 36 × 365 + 9 leap days + 4 = 13,153 days = 1,879 weeks.
    const weekly = expandOccurrences(activity('1990-01-01', 'Tilpasset', 'FREQ=WEEKLY'), '2026-01-05', '2026-01-11');
    expect(weekly).toEqual([{ start: '2026-01-05', end: '2026-01-05', index: 1879 }]);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('nextOccurrences', () => {
  const yearly = activity('2026-05-14', 'Årligt');

  test('from a day that has an occurrence, that day is included', () => {
    expect(starts(nextOccurrences(yearly, '2026-05-14', 3))).toEqual(['2026-05-14', '2027-05-14', '2028-05-14']);
  });

  test('from the day after, the next ones with their indexes', () => {
    expect(nextOccurrences(yearly, '2026-05-15', 2)).toEqual([
      { start: '2027-05-14', end: '2027-05-14', index: 1 },
      { start: '2028-05-14', end: '2028-05-14', index: 2 }
    ]);
  });

  test('a finished series or a past one-off has none; count 0 gives none', () => {
    expect(nextOccurrences(activity('2026-01-01', 'Tilpasset', 'FREQ=MONTHLY;COUNT=2'), '2026-03-01', 5)).toEqual([]);
    expect(nextOccurrences(activity('2025-01-01', 'Ingen'), '2026-01-01', 1)).toEqual([]);
    expect(nextOccurrences(yearly, '2026-01-01', 0)).toEqual([]);
  });

  test('a future one-off is its own next occurrence', () => {
    expect(nextOccurrences(activity('2026-09-01', 'Ingen', undefined, '2026-09-03'), '2026-05-14', 3)).toEqual([
      { start: '2026-09-01', end: '2026-09-03', index: 0 }
    ]);
  });
});

describe('one-off activities take a short way, with the same answers as the general one', () => {
  test('expandOccurrences and nextOccurrences of »Ingen« equal those of a rule-less »Tilpasset« (which goes the general way)', () => {
    const days = ['2025-12-20', '2026-01-01', '2026-01-05', '2026-02-28', '2026-06-30', '2026-12-31', '2027-01-02'];
    const ends: (string | undefined)[] = [undefined, '', 'ikke en dato', '2025-12-01', '2026-01-01', '2026-01-10', '2027-03-01'];
    let compared = 0;
    for (const startDate of days) {
      for (const endDate of ends) {
        const oneOff = { startDate, endDate, repeat: 'Ingen' as const, recurrence: 'FREQ=DAILY' };
        const general = { startDate, endDate, repeat: 'Tilpasset' as const, recurrence: undefined };
        for (const from of days) {
          for (const to of days) {
            expect(expandOccurrences(oneOff as never, from, to)).toEqual(expandOccurrences(general as never, from, to));
            compared++;
          }
          expect(nextOccurrences(oneOff as never, from, 3)).toEqual(nextOccurrences(general as never, from, 3));
        }
      }
    }
    expect(compared).toBe(7 * 7 * 7 * 7);
    // A start that is no date (the web part sets such activities aside before): nothing, not an exception.
    expect(expandOccurrences({ startDate: 'ikke en dato', endDate: '2026-01-10', repeat: 'Ingen' } as never, '2026-01-01', '2026-12-31')).toEqual([]);
  });
});
