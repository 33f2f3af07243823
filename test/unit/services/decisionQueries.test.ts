import {
  actionFilters, actionsOfDecisionsFilters, decisionYearFilters, doneActionFilters, followUpDueFilter, lastHeldMeetingFilter,
  openDecisionsOfForumFilters, pipelineFilter
} from '../../../src/services/decisions/decisionQueries';

test('a year of decisions is four ranges on the indexed meeting date, covering the year without gaps', () => {
  const f = decisionYearFilters(2026);
  expect(f).toHaveLength(4);
  expect(f.every(x => x.startsWith('(MeetingDate ge '))).toBe(true);
  expect(f[0]).toContain("datetime'2025-12-31T23:00:00Z'");
  expect(f[3]).toContain("MeetingDate le datetime'2026-12-30T23:00:00Z'");
});

test('actions: the indexed due date first, in five half years over 30 months, then only the open ones and the source', () => {
  const f = actionFilters(2026);
  expect(f).toHaveLength(5);
  expect(f.every(x => /^\(DueDate ge .*\(TaskStatus ne 'Færdig'\) and \(SourceType eq 'Beslutning'\)$/.test(x))).toBe(true);
  expect(f[0]).toContain("2024-12-31T23:00:00Z");
  expect(f[4]).toContain("DueDate le datetime'2027-06-29T22:00:00Z'");
});

test('done actions: due from half a year back to a year ahead, indexed due date first', () => {
  const f = doneActionFilters('2026-03-25');
  expect(f).toHaveLength(3);
  expect(f.every(x => /^\(DueDate ge .*\(TaskStatus eq 'Færdig'\) and \(SourceType eq 'Beslutning'\)$/.test(x))).toBe(true);
  expect(f[0]).toContain("DueDate ge datetime'2025-09-22T22:00:00Z'");
});

test('the pipeline: the indexed meeting date from today to half a year ahead first, then »Til behandling«', () => {
  expect(pipelineFilter('2026-03-25')).toBe("(MeetingDate ge datetime'2026-03-24T23:00:00Z') and "
    + "(MeetingDate le datetime'2026-09-23T22:00:00Z') and (DecisionStatus eq 'Til behandling')");
});

test('»Til opfølgning« looks a year back to the window ahead on the indexed follow-up date', () => {
  expect(followUpDueFilter('2026-03-10', 7)).toBe("(FollowUpDate ge datetime'2025-03-09T23:00:00Z') and (FollowUpDate le datetime'2026-03-16T23:00:00Z')");
});

test('the follow-up of a forum: one query per open status, the indexed status first, then the forum — any year', () => {
  expect(openDecisionsOfForumFilters('Bestyrelse')).toEqual([
    "(DecisionStatus eq 'Besluttet') and (Forum eq 'Bestyrelse')",
    "(DecisionStatus eq 'Under opfølgning') and (Forum eq 'Bestyrelse')"
  ]);
});

test('the forum\'s last held meeting: a year of meeting days before the next meeting first, then forum and not »Til behandling«', () => {
  expect(lastHeldMeetingFilter('Sekretariat', '2026-05-07')).toBe(
    "(MeetingDate ge datetime'2025-05-05T22:00:00Z') and (MeetingDate lt datetime'2026-05-06T22:00:00Z') and (Forum eq 'Sekretariat') and (DecisionStatus ne 'Til behandling')");
});

test('actions of many decisions: the indexed lookup or-ed in chunks, each id once, in order', () => {
  const ids = Array.from({ length: 85 }, (_, i) => 85 - i);
  const f = actionsOfDecisionsFilters([...ids, 3, 3]);
  expect(f).toHaveLength(3);
  expect(f[0].split(' or ')).toHaveLength(40);
  expect(f[0].startsWith('(DecisionId eq 1) or (DecisionId eq 2)')).toBe(true);
  expect(f[2]).toBe('(DecisionId eq 81) or (DecisionId eq 82) or (DecisionId eq 83) or (DecisionId eq 84) or (DecisionId eq 85)');
  expect(actionsOfDecisionsFilters([])).toEqual([]);
});
