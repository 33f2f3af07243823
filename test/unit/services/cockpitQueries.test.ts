import { boardPipelineFilter, openInquiryFilter, openTaskFilters, pastFollowUpFilter, reviewCycleFilter } from '../../../src/services/cockpit/cockpitQueries';

test('open actions: the indexed due date first, four slices from a year back to the horizon\'s end without gaps, then the open statuses', () => {
  const f = openTaskFilters('2026-12-01', '2026-12-20');
  expect(f).toHaveLength(4);
  expect(f.every(x => /^\(DueDate ge datetime'[^']+'\) and \(DueDate le datetime'[^']+'\) and \(\(TaskStatus eq 'Ikke startet'\) or \(TaskStatus eq 'I gang'\) or \(TaskStatus eq 'Venter'\)\)$/.test(x))).toBe(true);
  expect(f[0]).toContain("DueDate ge datetime'2025-11-30T23:00:00Z'");
  expect(f[3]).toContain("DueDate le datetime'2026-12-19T23:00:00Z'");
  expect(f.join(' ')).not.toContain('Færdig');
});

test('inquiries and processes: equality on their indexed statuses (no negation, which may scan)', () => {
  expect(openInquiryFilter()).toBe("(InquiryStatus eq 'Ny') or (InquiryStatus eq 'Under behandling') or (InquiryStatus eq 'Afventer svar')");
  expect(reviewCycleFilter()).toBe("(ProcessStatus eq 'Godkendt') or (ProcessStatus eq 'Til revision')");
});

test('decisions: the follow-up day of the last year before today, and the board\'s meetings of the coming year', () => {
  expect(pastFollowUpFilter('2026-12-01')).toMatch(/^\(FollowUpDate ge datetime'2025-11-30T23:00:00Z'\) and \(FollowUpDate lt datetime'2026-11-30T23:00:00Z'\) and \(\(DecisionStatus eq 'Til behandling'\)/);
  expect(boardPipelineFilter('2026-12-01')).toBe("(MeetingDate ge datetime'2026-11-30T23:00:00Z') and (MeetingDate le datetime'2027-11-30T23:00:00Z') and " +
    "(Forum eq 'Bestyrelse') and (DecisionStatus eq 'Til behandling')");
});
