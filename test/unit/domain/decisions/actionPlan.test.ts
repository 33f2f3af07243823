import { isActionPlanEmpty, planActionChanges, type IActionDraft, type IStoredAction } from '../../../../src/domain/decisions';

const anne = { id: 3, title: 'Anne Sørensen' };
const jonas = { id: 4, title: 'Jonas Berg' };
const stored: IStoredAction[] = [
  { id: 10, etag: '"1"', title: 'Udkast', assignedTo: anne, dueDate: '2026-04-01', status: 'Ikke startet', priority: 'MUST' },
  { id: 11, etag: '"2"', title: 'Høring', assignedTo: jonas, dueDate: '2026-05-01', status: 'I gang', priority: 'SHOULD' }
];
const draftOf = (s: IStoredAction, change: Partial<IActionDraft> = {}): IActionDraft =>
  ({ key: `k${s.id}`, id: s.id, title: s.title, assignedTo: s.assignedTo, dueDate: s.dueDate, status: s.status, priority: s.priority, ...change });

test('unchanged drafts plan nothing', () => {
  expect(isActionPlanEmpty(planActionChanges(stored, stored.map(s => draftOf(s)), '2026-03-01'))).toBe(true);
});

test('only changed columns are patched; completing sets the completion day, reopening clears it', () => {
  const plan = planActionChanges(stored, [draftOf(stored[0], { status: 'Færdig' }), draftOf(stored[1], { assignedTo: anne })], '2026-03-05');
  expect(plan.patches).toEqual([
    { id: 10, etag: '"1"', changes: { status: 'Færdig', completedDate: '2026-03-05' } },
    { id: 11, etag: '"2"', changes: { assignedTo: anne } }
  ]);
  const reopened = planActionChanges([{ ...stored[0], status: 'Færdig', completedDate: '2026-03-05' }], [draftOf(stored[0])], '2026-03-09');
  expect(reopened.patches[0].changes).toEqual({ status: 'Ikke startet', completedDate: undefined });
});

test('new rows are created with their keys, missing ones deleted', () => {
  const fresh: IActionDraft = { key: 'ny-1', title: 'Ny', status: 'Ikke startet', priority: 'COULD', dueDate: '2026-06-01' };
  const plan = planActionChanges(stored, [draftOf(stored[1]), fresh], '2026-03-01');
  expect(plan.creates).toEqual([fresh]);
  expect(plan.deletes).toEqual([{ id: 10, etag: '"1"' }]);
  expect(plan.patches).toEqual([]);
});

test('a draft that names an id no longer stored is created again (it was deleted meanwhile), not patched', () => {
  const plan = planActionChanges([], [draftOf(stored[0])], '2026-03-01');
  expect(plan.creates).toHaveLength(1);
  expect(plan.patches).toHaveLength(0);
});
