import { oneOffFilters, splitRange, occurrenceKey } from '../../../../src/services/wheel/wheelQueries';

describe('the wheel queries', () => {
  test('splitRange cuts a year into consecutive slices that cover it exactly', () => {
    expect(splitRange('2026-01-01', '2026-12-31', 4)).toEqual([
      ['2026-01-01', '2026-04-02'], ['2026-04-03', '2026-07-03'], ['2026-07-04', '2026-10-03'], ['2026-10-04', '2026-12-31']
    ]);
    expect(splitRange('2026-05-14', '2026-05-14', 4)).toEqual([['2026-05-14', '2026-05-14']]);
    // A wheel year that starts in August crosses New Year.
    const slices = splitRange('2026-08-01', '2027-07-31', 4);
    expect(slices[0][0]).toBe('2026-08-01');
    expect(slices[slices.length - 1][1]).toBe('2027-07-31');
  });

  test('one-off filters: periods running into the range by the indexed end date, then a start-date range per slice, each first', () => {
    const [spanning, ...slices] = oneOffFilters('2026-01-01', '2026-12-31');
    // The first term is the one SharePoint seeks its index with: the end date, then the slice's start range.
    expect(spanning).toBe("(EndDate ge datetime'2025-12-31T23:00:00Z') and (StartDate lt datetime'2025-12-31T23:00:00Z')");
    expect(slices).toHaveLength(4);
    expect(slices[0]).toBe("(StartDate ge datetime'2025-12-31T23:00:00Z') and (StartDate le datetime'2026-04-01T22:00:00Z')");
    // No RepeatPattern term: an item typed into the list with an empty or odd pattern still arrives.
    expect([spanning, ...slices].some(f => f.includes('RepeatPattern'))).toBe(false);
  });

  test('an occurrence marked done has one natural key per activity and day', () => {
    expect(occurrenceKey(12, '2026-05-14')).toBe('aarshjul-udfoert:12:2026-05-14');
    expect(occurrenceKey(12, '2026-05-14')).not.toBe(occurrenceKey(12, '2026-05-15'));
  });
});
