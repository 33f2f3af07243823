import { actionFilters, decisionYearFilters, followUpDueFilter } from '../../../src/services/decisions/decisionQueries';

test('a year of decisions is four ranges on the indexed meeting date, covering the year without gaps', () => {
  const f = decisionYearFilters(2026);
  expect(f).toHaveLength(4);
  expect(f.every(x => x.startsWith('(MeetingDate ge '))).toBe(true);
  expect(f[0]).toContain("datetime'2025-12-31T23:00:00Z'");
  expect(f[3]).toContain("MeetingDate le datetime'2026-12-30T23:00:00Z'");
});

test('actions: the indexed due date first, in twelve slices over three years, then the source', () => {
  const f = actionFilters(2026);
  expect(f).toHaveLength(12);
  expect(f.every(x => /^\(DueDate ge .*\(SourceType eq 'Beslutning'\)$/.test(x))).toBe(true);
  expect(f[0]).toContain("2024-12-31T23:00:00Z");
});

test('»Til opfølgning« looks a year back to the window ahead on the indexed follow-up date', () => {
  expect(followUpDueFilter('2026-03-10', 7)).toBe("(FollowUpDate ge datetime'2025-03-09T23:00:00Z') and (FollowUpDate le datetime'2026-03-16T23:00:00Z')");
});
