import { danishHolidays, easterSunday, holidayOn, holidaysBetween, isHoliday } from '../../../src/domain/holidays';

describe('easterSunday (Gregorian computus)', () => {
  test.each([
    [2019, '2019-04-21'], [2020, '2020-04-12'], [2021, '2021-04-04'], [2022, '2022-04-17'],
    [2023, '2023-04-09'], [2024, '2024-03-31'], [2025, '2025-04-20'], [2026, '2026-04-05'],
    [2027, '2027-03-28'], [2028, '2028-04-16'], [2029, '2029-04-01'], [2030, '2030-04-21']
  ])('%i: %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  test.each([
    [1818, '1818-03-22'], // earliest possible Easter
    [2038, '2038-04-25'], // latest possible Easter
    [1583, '1583-04-10'],
    [2000, '2000-04-23']
  ])('extremes and edges %i: %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  test('is always a Sunday between 22 March and 25 April', () => {
    for (let year = 1900; year <= 2200; year++) {
      const easter = easterSunday(year);
      expect(new Date(`${easter}T00:00:00Z`).getUTCDay()).toBe(0);
      expect(easter.slice(5) >= '03-22' && easter.slice(5) <= '04-25').toBe(true);
    }
  });

  test('refuses years before the Gregorian reform', () => {
    expect(() => easterSunday(1500)).toThrow(RangeError);
  });
});

describe('danishHolidays', () => {
  const names = (year: number, kind?: string): string[] =>
    danishHolidays(year).filter((h) => !kind || h.kind === kind).map((h) => `${h.date} ${h.name}`);

  test('2024: Store bededag is gone', () => {
    expect(names(2024, 'helligdag')).toEqual([
      '2024-01-01 Nytårsdag',
      '2024-03-28 Skærtorsdag',
      '2024-03-29 Langfredag',
      '2024-03-31 Påskedag',
      '2024-04-01 2. påskedag',
      '2024-05-09 Kristi himmelfartsdag',
      '2024-05-19 Pinsedag',
      '2024-05-20 2. pinsedag',
      '2024-12-25 Juledag',
      '2024-12-26 2. juledag'
    ]);
  });

  test('2025', () => {
    expect(names(2025, 'helligdag')).toEqual([
      '2025-01-01 Nytårsdag', '2025-04-17 Skærtorsdag', '2025-04-18 Langfredag', '2025-04-20 Påskedag',
      '2025-04-21 2. påskedag', '2025-05-29 Kristi himmelfartsdag', '2025-06-08 Pinsedag', '2025-06-09 2. pinsedag',
      '2025-12-25 Juledag', '2025-12-26 2. juledag'
    ]);
  });

  test('2026', () => {
    expect(names(2026, 'helligdag')).toEqual([
      '2026-01-01 Nytårsdag', '2026-04-02 Skærtorsdag', '2026-04-03 Langfredag', '2026-04-05 Påskedag',
      '2026-04-06 2. påskedag', '2026-05-14 Kristi himmelfartsdag', '2026-05-24 Pinsedag', '2026-05-25 2. pinsedag',
      '2026-12-25 Juledag', '2026-12-26 2. juledag'
    ]);
  });

  test('2027', () => {
    expect(names(2027, 'helligdag')).toEqual([
      '2027-01-01 Nytårsdag', '2027-03-25 Skærtorsdag', '2027-03-26 Langfredag', '2027-03-28 Påskedag',
      '2027-03-29 2. påskedag', '2027-05-06 Kristi himmelfartsdag', '2027-05-16 Pinsedag', '2027-05-17 2. pinsedag',
      '2027-12-25 Juledag', '2027-12-26 2. juledag'
    ]);
  });

  test('2023 still has Store bededag, the fourth Friday after Easter', () => {
    expect(names(2023)).toContain('2023-05-05 Store bededag');
    expect(holidayOn('2023-05-05')).toEqual({ date: '2023-05-05', name: 'Store bededag', kind: 'helligdag' });
  });

  test('closing days are marked lukkedag', () => {
    expect(names(2026, 'lukkedag')).toEqual(['2026-06-05 Grundlovsdag', '2026-12-24 Juleaftensdag', '2026-12-31 Nytårsaftensdag']);
  });

  test('a holiday and a closing day on the same date: the holiday comes first', () => {
    // 2022: 2. pinsedag was 6 June, Pinsedag 5 June = Grundlovsdag.
    const fifth = danishHolidays(2022).filter((h) => h.date === '2022-06-05');
    expect(fifth.map((h) => h.name)).toEqual(['Pinsedag', 'Grundlovsdag']);
    expect(holidayOn('2022-06-05', { includeClosingDays: true })?.name).toBe('Pinsedag');
  });

  test('the list is frozen so a caller cannot change the cached year', () => {
    expect(Object.isFrozen(danishHolidays(2026))).toBe(true);
  });
});

describe('isHoliday', () => {
  test.each([
    ['2024-03-29', true], // Langfredag
    ['2025-05-29', true], // Kristi himmelfartsdag
    ['2025-05-30', false], // the Friday after Kristi himmelfart is a working day
    ['2026-05-25', true], // 2. pinsedag
    ['2023-05-05', true], // Store bededag 2023
    ['2024-04-26', false], // would have been Store bededag: a workday from 2024
    ['2026-05-01', false], // 1 May is not a public holiday
    ['2026-06-05', false], // Grundlovsdag: closing day, not a public holiday
    ['2026-12-24', false],
    ['2026-12-25', true]
  ])('%s → %s (public holidays only)', (date, expected) => {
    expect(isHoliday(date)).toBe(expected);
  });

  test.each(['2026-06-05', '2026-12-24', '2026-12-31'])('%s counts with includeClosingDays', (date) => {
    expect(isHoliday(date, { includeClosingDays: true })).toBe(true);
  });

  test('weekends are not holidays in themselves', () => {
    expect(isHoliday('2026-05-16')).toBe(false);
  });
});

describe('holidaysBetween', () => {
  test('spans new year and honours the closing-day option', () => {
    expect(holidaysBetween('2026-12-20', '2027-01-02').map((h) => h.name)).toEqual(['Juledag', '2. juledag', 'Nytårsdag']);
    expect(holidaysBetween('2026-12-20', '2027-01-02', { includeClosingDays: true }).map((h) => h.date)).toEqual([
      '2026-12-24', '2026-12-25', '2026-12-26', '2026-12-31', '2027-01-01'
    ]);
  });
});
