import { addBusinessDays, businessDaysBetween, isBusinessDay, nextBusinessDay, slaDueDate } from '../../../src/domain/businessDays';

describe('isBusinessDay', () => {
  test.each([
    ['2026-05-13', true], // Wednesday
    ['2026-05-14', false], // Kristi himmelfartsdag
    ['2026-05-15', true], // the Friday after: a working day
    ['2026-05-16', false], // Saturday
    ['2026-06-05', false], // Grundlovsdag (closing day) by default
    ['2024-04-26', true], // former Store bededag
    ['2023-05-05', false] // Store bededag 2023
  ])('%s → %s', (date, expected) => {
    expect(isBusinessDay(date)).toBe(expected);
  });

  test('closing days can be counted as working days', () => {
    expect(isBusinessDay('2026-06-05', { includeClosingDays: false })).toBe(true);
    expect(isBusinessDay('2026-12-24', { includeClosingDays: false })).toBe(true);
    expect(isBusinessDay('2026-12-25', { includeClosingDays: false })).toBe(false);
  });
});

describe('addBusinessDays', () => {
  test.each([
    ['2026-05-08', 1, '2026-05-11'], // Friday + 1 = Monday
    ['2026-05-09', 1, '2026-05-11'], // Saturday + 1 = Monday
    ['2026-05-13', 1, '2026-05-15'], // skips Kristi himmelfart, Friday after counts
    ['2026-04-01', 1, '2026-04-07'], // Wednesday before Easter → Tuesday after 2. påskedag
    ['2024-03-27', 2, '2024-04-03'], // Easter 2024
    ['2026-12-23', 1, '2026-12-28'], // juleaften, jul and weekend
    ['2026-12-30', 1, '2027-01-04'], // nytårsaften, nytårsdag and weekend
    ['2027-05-05', 1, '2027-05-07'], // Kristi himmelfart 2027
    ['2026-06-04', 1, '2026-06-08'], // Grundlovsdag on a Friday
    ['2026-05-14', 0, '2026-05-14'],
    ['2026-05-11', -1, '2026-05-08'], // backwards over the weekend
    ['2026-04-07', -1, '2026-04-01'] // backwards over Easter
  ])('%s + %i = %s', (date, n, expected) => {
    expect(addBusinessDays(date, n)).toBe(expected);
  });

  test('without closing days Grundlovsdag is a working day', () => {
    expect(addBusinessDays('2026-06-04', 1, { includeClosingDays: false })).toBe('2026-06-05');
  });

  test('a fractional count is refused', () => {
    expect(() => addBusinessDays('2026-05-11', 1.5)).toThrow(RangeError);
  });
});

describe('businessDaysBetween', () => {
  test.each([
    ['2026-05-08', '2026-05-12', 2],
    ['2026-05-11', '2026-05-11', 0],
    ['2026-12-23', '2027-01-04', 4], // 28, 29, 30 December and 4 January; not 24, 25, 31 Dec or 1 Jan
    ['2026-05-12', '2026-05-08', -2]
  ])('%s → %s = %i', (from, to, expected) => {
    expect(businessDaysBetween(from, to)).toBe(expected);
  });

  test('is the inverse of addBusinessDays', () => {
    for (const n of [1, 2, 5, 10, 20, 60]) {
      expect(businessDaysBetween('2026-03-30', addBusinessDays('2026-03-30', n))).toBe(n);
    }
  });

  test('2026 has 261 weekdays: 254 working days without closing days, 251 with them', () => {
    // Weekday holidays 2026: 1/1, 2/4, 3/4, 6/4, 14/5, 25/5, 25/12 (2. juledag is a Saturday).
    expect(businessDaysBetween('2025-12-31', '2026-12-31', { includeClosingDays: false })).toBe(254);
    // Grundlovsdag (Fri), juleaften (Thu) and nytårsaften (Thu) all fall on weekdays.
    expect(businessDaysBetween('2025-12-31', '2026-12-31')).toBe(251);
  });
});

describe('slaDueDate', () => {
  test.each([
    ['2026-05-08', 2, '2026-05-12', 'Friday + 2 = Tuesday'],
    ['2026-05-09', 2, '2026-05-13', 'Saturday counts as received Monday, so Wednesday'],
    ['2026-05-12', 2, '2026-05-15', 'across Kristi himmelfart; the Friday after counts'],
    ['2025-05-28', 1, '2025-05-30', 'Kristi himmelfart 2025'],
    ['2026-04-01', 2, '2026-04-08', 'across Easter 2026'],
    ['2025-04-16', 3, '2025-04-24', 'across Easter 2025'],
    ['2027-03-24', 1, '2027-03-30', 'across Easter 2027'],
    ['2026-12-22', 2, '2026-12-28', 'across Christmas 2026'],
    ['2024-12-20', 5, '2025-01-03', 'across Christmas and New Year 2024: 23/12, 27/12, 30/12, 2/1, 3/1'],
    ['2026-12-25', 0, '2026-12-28', 'received on Juledag, 0 days: next working day'],
    ['2024-04-25', 1, '2024-04-26', 'former Store bededag is a working day'],
    ['2023-05-04', 1, '2023-05-08', 'Store bededag 2023 was not']
  ])('%s + %i business days = %s (%s)', (received, days, expected) => {
    expect(slaDueDate(received, days)).toBe(expected);
  });

  test('a negative or fractional SLA is refused in Danish', () => {
    expect(() => slaDueDate('2026-05-11', -1)).toThrow(/Svarfristen/);
    expect(() => slaDueDate('2026-05-11', 1.5)).toThrow(RangeError);
  });

  test('nextBusinessDay leaves a working day alone', () => {
    expect(nextBusinessDay('2026-05-11')).toBe('2026-05-11');
    expect(nextBusinessDay('2026-05-14')).toBe('2026-05-15');
  });
});
