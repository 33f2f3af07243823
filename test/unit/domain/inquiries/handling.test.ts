import {
  appendStatusChange, DEFAULT_SLA_POLICIES, inquirySla, parseSlaTarget, parseStatusHistory, slaStoredValues, statusChangeFields,
  unversionedStatusChanges, type SlaInquiry
} from '../../../../src/domain/inquiries';

const policies = DEFAULT_SLA_POLICIES;
// SHOULD: first response 1 working day, resolution 5 working days. Tuesday 1 December 2026, 09:00 in Copenhagen.
const received = '2026-12-01T08:00:00Z';
const base: SlaInquiry = { status: 'Ny', priority: 'SHOULD', receivedDate: '2026-12-01', receivedAt: received, statusHistory: `${received} Ny` };

describe('stored status history', () => {
  test('one change a line; lines someone typed that do not parse are skipped', () => {
    const text = `${received} Ny\nnoget andet\n2026-12-02T09:00:00Z Afventer svar\n2026-12-03T09:00:00Z Ukendt`;
    expect(parseStatusHistory(text)).toEqual([{ from: received, status: 'Ny' }, { from: '2026-12-02T09:00:00Z', status: 'Afventer svar' }]);
  });
  test('appending the same status adds nothing; a new one adds a line in UTC that parses back', () => {
    expect(appendStatusChange(`${received} Ny`, 'Ny', 'Ny', '2026-12-02T10:00:00Z')).toBe(`${received} Ny`);
    const text = appendStatusChange(`${received} Ny`, 'Ny', 'Løst', '2026-12-02T10:00:00.123Z');
    expect(text).toBe(`${received} Ny\n2026-12-02T10:00:00.123Z Løst`);
    expect(parseStatusHistory(text).map(c => c.status)).toEqual(['Ny', 'Løst']);
  });
});

describe('stored SLA values', () => {
  test('a new inquiry: due at the first-response target, at risk from 75 % of it', () => {
    const v = slaStoredValues(base, policies, '2026-12-01T09:00:00Z');
    expect(v.dueAt).toBe('2026-12-02T14:30:00Z');
    expect(v.dueDate).toBe('2026-12-02');
    expect(Date.parse(v.atRiskAt!)).toBeLessThan(Date.parse(v.dueAt!));
    expect(v.pausedMinutes).toBe(0);
  });

  test('»Afventer svar« pauses: the due time moves by the paused working time when it resumes', () => {
    const answered = { ...base, firstResponseAt: '2026-12-01T09:00:00Z' };
    const running = slaStoredValues(answered, policies, '2026-12-01T10:00:00Z');
    const paused = { ...answered, ...statusChangeFields(answered, 'Afventer svar', '2026-12-01T10:00:00Z') };
    // Two whole working days later the requester answers.
    const resumedAt = '2026-12-03T10:00:00Z';
    const resumed = { ...paused, ...statusChangeFields(paused, 'Under behandling', resumedAt) };
    const after = slaStoredValues(resumed, policies, resumedAt);
    expect(after.pausedMinutes).toBeGreaterThan(0);
    expect(Date.parse(after.dueAt!) - Date.parse(running.dueAt!)).toBeGreaterThanOrEqual(2 * 24 * 3600_000);
    expect(inquirySla(resumed, policies, resumedAt).resolution.state).toBe('running');
  });

  test('closing clears the deadlines and records the closing day and the first response', () => {
    const fields = statusChangeFields(base, 'Løst', '2026-12-01T14:00:00Z');
    expect(fields).toMatchObject({ status: 'Løst', closedDate: '2026-12-01', firstResponseAt: '2026-12-01T14:00:00Z' });
    const v = slaStoredValues({ ...base, ...fields }, policies, '2026-12-01T14:00:00Z');
    expect(v.dueAt).toBeUndefined();
    expect(v.atRiskAt).toBeUndefined();
    // Reopened: the closing day goes again.
    expect(statusChangeFields({ ...base, ...fields }, 'Under behandling', '2026-12-02T09:00:00Z').closedDate).toBeUndefined();
  });

  test('a target in the property pane: hours or days, Danish or English units', () => {
    expect(parseSlaTarget('4 t')).toEqual({ amount: 4, unit: 'workingHours' });
    expect(parseSlaTarget('1,5 timer')).toEqual({ amount: 1.5, unit: 'workingHours' });
    expect(parseSlaTarget('2 days')).toEqual({ amount: 2, unit: 'workingDays' });
    expect(parseSlaTarget('1,5 d')).toBeUndefined();
    expect(parseSlaTarget('snart')).toBeUndefined();
  });
});

describe('the timeline: status changes the history has and no version shows', () => {
  const history = [
    '2026-10-05T07:10:00Z Ny', '2026-10-05T09:00:00Z Under behandling', '2026-10-07T12:30:00Z Afventer svar',
    '2026-10-09T08:00:00Z Under behandling', '2026-10-12T14:00:00Z Løst'
  ].join('\n');

  test('an inquiry with one version (imported with its history) gets every change, from when it was received', () => {
    const created = [{ at: '2026-12-02T01:30:00Z', status: 'Løst' as const }];
    expect(unversionedStatusChanges(history, created).map(c => `${c.from} ${c.status}`)).toEqual([
      '2026-10-05T07:10:00Z Ny', '2026-10-05T09:00:00Z Under behandling', '2026-10-07T12:30:00Z Afventer svar', '2026-10-09T08:00:00Z Under behandling',
      '2026-10-12T14:00:00Z Løst'
    ]);
  });

  test('a change a version shows (the same status within ten minutes) is not added twice; one further away is', () => {
    const versions = [
      { at: '2026-10-05T07:10:05Z', status: 'Ny' as const },
      { at: '2026-10-05T09:04:00Z', status: 'Under behandling' as const },
      { at: '2026-10-07T12:45:00Z', status: 'Afventer svar' as const },
      { at: '2026-10-09T08:00:01Z' },
      { at: '2026-10-12T14:00:00Z', status: 'Løst' as const }
    ];
    expect(unversionedStatusChanges(history, versions).map(c => `${c.from} ${c.status}`)).toEqual([
      '2026-10-07T12:30:00Z Afventer svar', '2026-10-09T08:00:00Z Under behandling'
    ]);
  });

  test('the first line is the registration when the first version is within ten minutes, whatever its status', () => {
    const created = [{ at: '2026-10-05T07:12:00Z', status: 'Under behandling' as const, created: true }];
    expect(unversionedStatusChanges('2026-10-05T07:10:00Z Ny', created)).toEqual([]);
    expect(unversionedStatusChanges('2026-10-05T06:10:00Z Ny', created).map(c => c.status)).toEqual(['Ny']);
  });

  test('no history, or one someone typed, adds nothing', () => {
    expect(unversionedStatusChanges(undefined, [])).toEqual([]);
    expect(unversionedStatusChanges('i går: løst', [])).toEqual([]);
  });
});
