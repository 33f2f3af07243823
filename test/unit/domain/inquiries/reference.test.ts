import {
  MAX_REFERENCE_ATTEMPTS, formatReference, parseReference, proposeReference, referenceAfterCollision, referenceYear
} from '../../../../src/domain/inquiries';

describe('format and parse', () => {
  test('four digits, more when needed', () => {
    expect(formatReference(2026, 42)).toBe('H-2026-0042');
    expect(formatReference(2026, 12345)).toBe('H-2026-12345');
    expect(parseReference('H-2026-0042')).toEqual({ year: 2026, number: 42 });
    expect(parseReference(' h-2026-12345 ')).toEqual({ year: 2026, number: 12345 });
  });

  test.each(['', undefined, 'H-2026-42', 'H-2026-0000', 'H-26-0042', 'X-2026-0042', 'H-2026-0042a', 'H–2026–0042'])('%p is not a reference', (text) => {
    expect(parseReference(text)).toBeUndefined();
  });

  test.each([[2026, 0], [2026, 1.5], [999, 1], [2026, -3]])('formatReference(%p, %p) throws', (year, n) => {
    expect(() => formatReference(year, n)).toThrow(RangeError);
  });

  test('the year is the Copenhagen year of receipt', () => {
    expect(referenceYear('2026-12-31T22:59:59Z')).toBe(2026);
    expect(referenceYear('2026-12-31T23:00:00Z')).toBe(2027);
  });
});

describe('choosing the next number', () => {
  const existing = ['H-2026-0041', 'H-2026-0007', 'H-2025-0388', 'rod', undefined];

  test('one above the highest of the year; the first of a year is 0001', () => {
    expect(proposeReference(existing, 2026)).toBe('H-2026-0042');
    expect(proposeReference(existing, 2027)).toBe('H-2027-0001');
  });

  test('two people at the same moment: the loser moves above what it tried, then gives up', () => {
    const a = proposeReference(existing, 2026);
    const b = proposeReference(existing, 2026);
    expect(a).toBe(b); // the unique column lets only one of them in
    // b did not re-read (or the list has not caught up): it still goes above what it tried.
    expect(referenceAfterCollision(existing, [b], 2026)).toBe('H-2026-0043');
    // It re-read and sees a third writer took 0043 meanwhile.
    expect(referenceAfterCollision([...existing, 'H-2026-0042', 'H-2026-0043'], [b], 2026)).toBe('H-2026-0044');
    const tried = ['H-2026-0042', 'H-2026-0043', 'H-2026-0044', 'H-2026-0045', 'H-2026-0046'];
    expect(tried).toHaveLength(MAX_REFERENCE_ATTEMPTS);
    expect(referenceAfterCollision(existing, tried, 2026)).toBeUndefined();
  });
});
