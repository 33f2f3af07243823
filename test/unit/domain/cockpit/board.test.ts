import {
  boardLanes, boardPriority, dueSlices, matchesBoardFilter, moveTargets, parseEffortInput, planMove, replaceTask, taskOrigin, taskOriginTitle
} from '../../../../src/domain/cockpit';
import type { ITask } from '../../../../src/domain/models';

const TODAY = '2026-12-01';
let nextId = 1;
const task = (over: Partial<ITask> = {}): ITask => ({
  id: nextId++, etag: '"1"', title: 'Opgave', priority: 'COULD', status: 'Ikke startet', source: 'Andet', ...over
});

describe('boardLanes', () => {
  test('open tasks in four columns in working order: earliest due first, undated last, then by id', () => {
    const late = task({ priority: 'MUST', dueDate: '2026-12-20' });
    const early = task({ priority: 'MUST', dueDate: '2026-11-02' });
    const undated = task({ priority: 'MUST' });
    const done = task({ priority: 'MUST', status: 'Færdig', dueDate: '2026-10-01' });
    const wont = task({ priority: "WON'T" });
    const [lane] = boardLanes([late, undated, done, early, wont], {}, TODAY, false);
    expect(lane.all).toBe(true);
    expect(lane.columns.map(c => c.priority)).toEqual(['MUST', 'SHOULD', 'COULD', "WON'T"]);
    expect(lane.columns[0].tasks.map(t => t.id)).toEqual([early.id, late.id, undated.id]);
    expect(lane.columns[3].tasks).toEqual([wont]);
    expect(lane.columns[1].tasks).toEqual([]);
  });

  test('an unknown priority is shown under COULD and may be moved to COULD too', () => {
    const odd = task({ priority: 'SKAL' as ITask['priority'] });
    expect(boardPriority(odd)).toBe('COULD');
    expect(boardLanes([odd], {}, TODAY, false)[0].columns[2].tasks).toEqual([odd]);
    expect(moveTargets(odd)).toEqual(['MUST', 'SHOULD', 'COULD', "WON'T"]);
    expect(moveTargets(task({ priority: 'SHOULD' }))).toEqual(['MUST', 'COULD', "WON'T"]);
  });

  test('swim lanes: one per area in the list order with tasks, then the lane without an area', () => {
    const a = task({ area: 'Henvendelser og kommunikation' });
    const b = task({ area: 'Processer og dokumentation', priority: 'MUST' });
    const c = task({});
    const lanes = boardLanes([a, b, c], {}, TODAY, true);
    expect(lanes.map(l => l.key)).toEqual(['Processer og dokumentation', 'Henvendelser og kommunikation', '']);
    expect(lanes[0].columns[0].tasks).toEqual([b]);
    expect(lanes.every(l => !l.all)).toBe(true);
  });
});

describe('matchesBoardFilter', () => {
  const person = { id: 9, title: 'Anne' };
  test('area, assignee (0 = unassigned), source, status', () => {
    const t = task({ area: 'Årshjul og mødeforum', assignedTo: person, source: 'Beslutning', status: 'I gang' });
    expect(matchesBoardFilter(t, { area: 'Årshjul og mødeforum', assigneeId: 9, source: 'Beslutning', status: 'I gang' }, TODAY)).toBe(true);
    expect(matchesBoardFilter(t, { area: 'Processer og dokumentation' }, TODAY)).toBe(false);
    expect(matchesBoardFilter(t, { assigneeId: 0 }, TODAY)).toBe(false);
    expect(matchesBoardFilter(task(), { assigneeId: 0 }, TODAY)).toBe(true);
    expect(matchesBoardFilter(t, { source: 'Andet' }, TODAY)).toBe(false);
    expect(matchesBoardFilter(t, { status: 'Venter' }, TODAY)).toBe(false);
  });

  test('due: overdue is before today; next 7/30 days include today and the last day; none has no date', () => {
    const yesterday = task({ dueDate: '2026-11-30' });
    const today = task({ dueDate: TODAY });
    const in7 = task({ dueDate: '2026-12-08' });
    const in8 = task({ dueDate: '2026-12-09' });
    const none = task();
    const pick = (due: 'overdue' | 'next7' | 'next30' | 'none'): number[] =>
      [yesterday, today, in7, in8, none].filter(t => matchesBoardFilter(t, { due }, TODAY)).map(t => t.id);
    expect(pick('overdue')).toEqual([yesterday.id]);
    expect(pick('next7')).toEqual([today.id, in7.id]);
    expect(pick('next30')).toEqual([today.id, in7.id, in8.id]);
    expect(pick('none')).toEqual([none.id]);
  });
});

describe('moves', () => {
  test('a move changes only the priority; same or unknown target is refused', () => {
    expect(planMove(task({ priority: 'COULD' }), 'MUST')).toEqual({ changes: { priority: 'MUST' } });
    expect(planMove(task({ priority: 'MUST' }), 'MUST')).toEqual({ refused: 'samePriority' });
    expect(planMove(task(), 'SKAL')).toEqual({ refused: 'unknownPriority' });
  });

  test('replaceTask swaps one task and keeps the others', () => {
    const a = task();
    const b = task();
    const moved = { ...b, priority: 'MUST' as const };
    const next = replaceTask([a, b], moved);
    expect(next[0]).toBe(a);
    expect(next[1]).toBe(moved);
  });
});

describe('taskOrigin', () => {
  test('the lookup of the task\'s source first, else any lookup, else none', () => {
    const t = task({ source: 'Beslutning', decision: { id: 4, title: 'Budget 2027' }, process: { id: 2, title: 'Budget' } });
    expect(taskOrigin(t)).toEqual({ kind: 'beslutning', id: 4 });
    expect(taskOriginTitle(t, { kind: 'beslutning', id: 4 })).toBe('Budget 2027');
    expect(taskOrigin(task({ source: 'Andet', process: { id: 2, title: 'Budget' } }))).toEqual({ kind: 'proces', id: 2 });
    expect(taskOrigin(task({ source: 'Årshjul', wheelActivity: { id: 7, title: 'Nyhedsbrev' } }))).toEqual({ kind: 'aktivitet', id: 7 });
    expect(taskOrigin(task({ source: 'Henvendelse', inquiry: { id: 3, title: 'Faktura' } }))).toEqual({ kind: 'henvendelse', id: 3 });
    expect(taskOrigin(task())).toBeUndefined();
  });
});

describe('dueSlices', () => {
  test('quarters of whole months from months back to months ahead, contiguous and covering the window', () => {
    const slices = dueSlices('2026-12-15', 12, 12);
    expect(slices[0][0]).toBe('2025-12-01');
    expect(slices[slices.length - 1][1]).toBe('2027-12-31');
    expect(slices.length).toBe(9);
    for (let i = 1; i < slices.length; i++) {
      const prevEnd = new Date(`${slices[i - 1][1]}T00:00:00Z`).getTime();
      expect(new Date(`${slices[i][0]}T00:00:00Z`).getTime() - prevEnd).toBe(86_400_000);
    }
    expect(dueSlices('2026-01-10', 0, 1)).toEqual([['2026-01-01', '2026-02-28']]);
  });
});

describe('parseEffortInput', () => {
  test('hours with a Danish or English decimal, a unit, or nothing', () => {
    expect(parseEffortInput('2,5')).toEqual({ value: 2.5 });
    expect(parseEffortInput(' 4.5 t ')).toEqual({ value: 4.5 });
    expect(parseEffortInput('8 timer')).toEqual({ value: 8 });
    expect(parseEffortInput('0')).toEqual({ value: 0 });
    expect(parseEffortInput('')).toEqual({ value: undefined });
  });
  test('what the column cannot take is a problem, not a guess', () => {
    expect(parseEffortInput('fire')).toEqual({ problem: 'notNumber' });
    expect(parseEffortInput('1.000,5')).toEqual({ problem: 'notNumber' });
    expect(parseEffortInput('-1')).toEqual({ problem: 'negative' });
    expect(parseEffortInput('1000,5')).toEqual({ problem: 'tooLarge' });
    expect(parseEffortInput('2,25')).toEqual({ problem: 'tooManyDecimals' });
  });
});
