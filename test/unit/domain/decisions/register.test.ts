import {
  actionSummaries, actionsOfDecision, decisionSearchText, groupByMeeting, isActionOverdue, isRegisterFiltered,
  matchesRegisterFilter, myOpenActions, NO_REGISTER_FILTER, registerYears
} from '../../../../src/domain/decisions';
import type { IRegisterFilter, RegisterDecision, RegisterTask } from '../../../../src/domain/decisions';

const METTE = { id: 7, title: 'Mette Kjær' };
const LARS = { id: 8, title: 'Lars Holm' };
const d = (id: number, fields: Partial<RegisterDecision> = {}): RegisterDecision => ({
  id, title: `Beslutning ${id}`, status: 'Besluttet', forum: 'Bestyrelse', meetingDate: '2026-03-12', priority: 'SHOULD', ...fields
});
const f = (fields: Partial<IRegisterFilter>): IRegisterFilter => ({ ...NO_REGISTER_FILTER, ...fields });

describe('matchesRegisterFilter', () => {
  const budget = d(1, {
    title: 'Budgetramme for produktfællesskaberne', decisionText: 'Bestyrelsen fastsætter rammen.', caseReference: '2026-0345',
    responsible: LARS, kind: 'Aftale', priority: 'MUST', process: { title: 'Budgetproces' }
  });

  test('each filter narrows; empty lists mean everything', () => {
    expect(matchesRegisterFilter(budget, NO_REGISTER_FILTER)).toBe(true);
    expect(matchesRegisterFilter(budget, f({ forums: ['Sekretariat'] }))).toBe(false);
    expect(matchesRegisterFilter(budget, f({ forums: ['Sekretariat', 'Bestyrelse'] }))).toBe(true);
    expect(matchesRegisterFilter(budget, f({ statuses: ['Gennemført'] }))).toBe(false);
    expect(matchesRegisterFilter(budget, f({ responsible: [METTE.id] }))).toBe(false);
    expect(matchesRegisterFilter(budget, f({ responsible: [LARS.id] }))).toBe(true);
    expect(matchesRegisterFilter(d(2), f({ responsible: [LARS.id] }))).toBe(false);
    expect(matchesRegisterFilter(budget, f({ year: 2025 }))).toBe(false);
    expect(matchesRegisterFilter(budget, f({ year: 2026 }))).toBe(true);
    expect(matchesRegisterFilter(budget, f({ priorities: ['COULD'] }))).toBe(false);
    expect(matchesRegisterFilter(budget, f({ kinds: ['Beslutning'] }))).toBe(false);
    // An item from before the type column is a Beslutning.
    expect(matchesRegisterFilter(d(3), f({ kinds: ['Beslutning'] }))).toBe(true);
  });

  test('text: every word, anywhere in title, texts, case reference, responsible or process, case-insensitively', () => {
    expect(matchesRegisterFilter(budget, f({ text: 'BUDGET  lars' }))).toBe(true);
    expect(matchesRegisterFilter(budget, f({ text: '2026-0345' }))).toBe(true);
    expect(matchesRegisterFilter(budget, f({ text: '0345' }))).toBe(true);
    expect(matchesRegisterFilter(budget, f({ text: 'budgetproces' }))).toBe(true);
    expect(matchesRegisterFilter(budget, f({ text: 'fællesskaberne rammen' }))).toBe(true);
    expect(matchesRegisterFilter(budget, f({ text: 'budget mette' }))).toBe(false);
    expect(matchesRegisterFilter(budget, f({ text: '   ' }))).toBe(true);
    expect(matchesRegisterFilter(budget, f({ text: 'ÆLLES' }), decisionSearchText(budget))).toBe(true);
  });

  test('isRegisterFiltered', () => {
    expect(isRegisterFiltered(NO_REGISTER_FILTER)).toBe(false);
    expect(isRegisterFiltered(f({ year: 2026 }))).toBe(true);
    expect(isRegisterFiltered(f({ text: ' x ' }))).toBe(true);
  });
});

describe('groupByMeeting', () => {
  test('one group per forum and day, newest first, keeping the given order inside', () => {
    const groups = groupByMeeting([
      d(1, { meetingDate: '2026-01-15' }), d(2), d(3, { forum: 'Sekretariat' }), d(4), d(5, { meetingDate: '2026-05-21' })
    ]);
    expect(groups.map(g => [g.key, g.decisions.map(x => x.id)])).toEqual([
      ['Bestyrelse|2026-05-21', [5]], ['Bestyrelse|2026-03-12', [2, 4]], ['Sekretariat|2026-03-12', [3]], ['Bestyrelse|2026-01-15', [1]]
    ]);
  });
});

describe('actions', () => {
  const t = (id: number, decisionId: number | undefined, fields: Partial<RegisterTask> = {}): RegisterTask =>
    ({ id, status: 'I gang', decision: decisionId === undefined ? undefined : { id: decisionId, title: '' }, ...fields });
  const tasks = [
    t(1, 10, { dueDate: '2026-04-30', assignedTo: METTE }), // overdue
    t(2, 10, { dueDate: '2026-05-20', assignedTo: LARS }),
    t(3, 10, { status: 'Færdig', dueDate: '2026-04-01', assignedTo: METTE }),
    t(4, 11, { assignedTo: METTE, priority: 'MUST' }), // no due date
    t(5, 11, { dueDate: '2026-05-01', assignedTo: METTE }), // due today: not overdue
    t(6, undefined, { dueDate: '2026-01-01', assignedTo: METTE }), // not a decision action
    t(7, 12, { dueDate: '2026-02-01', assignedTo: METTE, status: 'Venter' }) // overdue
  ];

  test('overdue: open and due before today', () => {
    expect(tasks.map(x => isActionOverdue(x, '2026-05-01'))).toEqual([true, false, false, false, false, true, true]);
  });

  test('summaries count open and overdue actions per decision, with the next due day', () => {
    const s = actionSummaries(tasks, '2026-05-01');
    expect(s.get(10)).toEqual({ open: 2, overdue: 1, nextDue: '2026-04-30' });
    expect(s.get(11)).toEqual({ open: 2, overdue: 0, nextDue: '2026-05-01' });
    expect(s.get(12)).toEqual({ open: 1, overdue: 1, nextDue: '2026-02-01' });
    expect(s.has(99)).toBe(false);
  });

  test('Mine handlinger: my open decision actions, overdue first, then by due day, undated last', () => {
    expect(myOpenActions(tasks, METTE.id, '2026-05-01').map(x => x.id)).toEqual([7, 1, 5, 4]);
    expect(myOpenActions(tasks, LARS.id, '2026-05-01').map(x => x.id)).toEqual([2]);
    expect(myOpenActions(tasks, undefined, '2026-05-01')).toEqual([]);
  });

  test('the actions of one decision: open by due day, then the done ones', () => {
    expect(actionsOfDecision(tasks, 10).map(x => x.id)).toEqual([1, 2, 3]);
  });
});

test('registerYears: next year back ten years, plus older years the data has, newest first', () => {
  const years = registerYears([{ meetingDate: '2009-06-01' }, { meetingDate: 'ugyldig' }], '2026-05-01');
  expect(years[0]).toBe(2027);
  expect(years).toContain(2016);
  expect(years).not.toContain(2015);
  expect(years[years.length - 1]).toBe(2009);
});
