import {
  decisionDeadlines, decisionPipeline, deadlineState, parsePreparationDeadlineKey, preparationDeadlineKey, preparationDeadlines
} from '../../../../src/domain/decisions';
import type { DecisionLike } from '../../../../src/domain/decisions';

describe('preparationDeadlines', () => {
  test('counted back in Danish working days: Kristi himmelfart does not count', () => {
    expect(preparationDeadlines('2026-05-21', '2026-05-06')).toEqual([
      { kind: 'indstillingKlar', date: '2026-05-06', workingDaysBefore: 10, state: 'today', daysUntil: 0 },
      { kind: 'dagsordenUdsendt', date: '2026-05-13', workingDaysBefore: 5, state: 'upcoming', daysUntil: 7 }
    ]);
  });

  test.each([
    ['2026-04-09', 5, '2026-03-30'], // Easter: 8, 7, 1 April, 31, 30 March (skærtorsdag, langfredag, 2. påskedag off)
    ['2026-06-09', 2, '2026-06-04'], // Grundlovsdag (closing day, Friday) and the weekend
    ['2027-01-07', 5, '2026-12-29'], // nytårsaften, nytårsdag, juleaften do not count
    ['2024-04-30', 3, '2024-04-25'], // Store bededag 26 April 2024 counts as a working day
    ['2023-05-09', 3, '2023-05-03'], // ... but not in 2023
    ['2026-05-21', 0, '2026-05-21']
  ])('meeting %s − %i working days = %s', (meeting, n, expected) => {
    expect(preparationDeadlines(meeting, '2026-01-01', [{ kind: 'x', workingDaysBefore: n }])[0].date).toBe(expected);
  });

  test('offsets are parameters and the result is sorted by date', () => {
    const rules = [{ kind: 'dagsorden', workingDaysBefore: 3 }, { kind: 'bilag', workingDaysBefore: 8 }];
    expect(preparationDeadlines('2026-09-10', '2026-09-01', rules).map((x) => [x.kind, x.date, x.state]))
      .toEqual([['bilag', '2026-08-31', 'passed'], ['dagsorden', '2026-09-07', 'upcoming']]);
  });

  test('bad input is refused', () => {
    expect(() => preparationDeadlines('2026-02-30', '2026-01-01')).toThrow(RangeError);
    expect(() => preparationDeadlines('2026-09-10', '2026-01-01', [{ kind: 'x', workingDaysBefore: -1 }])).toThrow(RangeError);
    expect(() => preparationDeadlines('2026-09-10', '2026-01-01', [{ kind: 'x y', workingDaysBefore: 1 }])).toThrow(RangeError);
  });

  test('deadlineState', () => {
    expect(['2026-05-13', '2026-05-14', '2026-05-15'].map((x) => deadlineState(x, '2026-05-14'))).toEqual(['passed', 'today', 'upcoming']);
  });
});

describe('deadline keys', () => {
  test('decision id + kind, not the date: a moved meeting keeps its keys', () => {
    const before = decisionDeadlines({ id: 42, meetingDate: '2026-05-21' }, '2026-05-01');
    const moved = decisionDeadlines({ id: 42, meetingDate: '2026-06-18' }, '2026-05-01');
    expect(before.map((x) => x.key)).toEqual(['beslutning-frist:42:indstillingKlar', 'beslutning-frist:42:dagsordenUdsendt']);
    expect(moved.map((x) => x.key)).toEqual(before.map((x) => x.key));
    expect(moved[0].date).not.toBe(before[0].date);
  });

  test('parse back; garbage is not a key', () => {
    expect(parsePreparationDeadlineKey(preparationDeadlineKey(42, 'dagsordenUdsendt'))).toEqual({ decisionId: 42, kind: 'dagsordenUdsendt' });
    expect(parsePreparationDeadlineKey('beslutning-frist:0:x')).toBeUndefined();
    expect(parsePreparationDeadlineKey('proces-revision:1:2026-01-01')).toBeUndefined();
    expect(() => preparationDeadlineKey(1.5, 'x')).toThrow(RangeError);
  });
});

describe('decisionPipeline', () => {
  const d = (id: number, fields: Partial<DecisionLike>): DecisionLike =>
    ({ id, status: 'Til behandling', forum: 'Bestyrelse', meetingDate: '2026-06-11', ...fields });

  test('the board decisions Til behandling from today on, by meeting', () => {
    const pipeline = decisionPipeline([
      d(3, {}), d(1, {}), d(2, { meetingDate: '2026-05-21' }),
      d(4, { meetingDate: '2026-05-07' }), // its meeting has passed
      d(5, { forum: 'Sekretariat' }), d(6, { status: 'Besluttet' })
    ], '2026-05-14');
    expect(pipeline.map((m) => [m.meetingDate, m.decisions.map((x) => x.decision.id)])).toEqual([['2026-05-21', [2]], ['2026-06-11', [1, 3]]]);
    expect(pipeline[0].deadlines.map((x) => x.state)).toEqual(['passed', 'passed']);
    expect(pipeline[1].decisions[0].deadlines[0]).toMatchObject({ key: 'beslutning-frist:1:indstillingKlar', decisionId: 1, date: '2026-05-27' });
  });

  test('another forum on request', () => {
    expect(decisionPipeline([d(5, { forum: 'Sekretariat' })], '2026-05-14', 'Sekretariat')).toHaveLength(1);
  });
});
