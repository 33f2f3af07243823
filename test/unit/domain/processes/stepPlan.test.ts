import { isEmptyPlan, planStepChanges, restoredStepKey, withoutDuplicateSteps } from '../../../../src/domain/processes';
import type { EditedStep, IStepPlan, IStoredStep } from '../../../../src/domain/processes';

const stored: IStoredStep[] = [
  { id: 10, stepNumber: 1, title: 'Indkald', responsibleRole: 'Koordinator' },
  { id: 11, stepNumber: 2, title: 'Afhold møde', description: 'Husk referent' },
  { id: 12, stepNumber: 3, title: 'Udsend referat', deliverable: 'Referat' }
];

/** What SharePoint holds after a plan is carried out (new steps get ids from 100). */
function apply(before: readonly IStoredStep[], plan: IStepPlan, parts: ('add' | 'update' | 'remove')[] = ['add', 'update', 'remove']): IStoredStep[] {
  let next = before.map((s) => ({ ...s }));
  let id = Math.max(99, ...before.map((s) => s.id));
  if (parts.includes('update')) {
    next = next.map((s) => { const u = plan.update.find((x) => x.id === s.id); return u ? { ...s, ...u.changes } : s; });
  }
  if (parts.includes('remove')) next = next.filter((s) => !plan.remove.includes(s.id));
  if (parts.includes('add')) for (const a of plan.add) next.push({ id: ++id, clientKey: a.clientKey, ...a.fields });
  return next;
}

describe('planStepChanges', () => {
  test('unchanged steps need nothing', () => {
    const plan = planStepChanges(stored, stored.map(({ stepNumber: _n, ...s }) => s));
    expect(isEmptyPlan(plan)).toBe(true);
    expect(plan.storedIds).toEqual([10, 11, 12]);
  });

  test('add, update only changed fields, delete, renumber', () => {
    const edited: EditedStep[] = [
      { id: 12, title: 'Udsend referat', deliverable: 'Referat' }, // moved to the top
      { clientKey: 'k1', title: 'Godkend referat', responsibleRole: 'Formand' },
      { id: 10, title: 'Indkald', responsibleRole: 'Sekretariat' } // role changed
    ];
    const plan = planStepChanges(stored, edited);
    expect(plan).toEqual({
      add: [{ clientKey: 'k1', fields: { title: 'Godkend referat', responsibleRole: 'Formand', stepNumber: 2 } }],
      update: [{ id: 12, changes: { stepNumber: 1 } }, { id: 10, changes: { stepNumber: 3, responsibleRole: 'Sekretariat' } }],
      remove: [11],
      storedIds: [12, undefined, 10]
    });
  });

  test('a cleared text is an update to undefined (the mapping clears the column); empty and missing are alike', () => {
    const plan = planStepChanges(stored, [
      { id: 10, title: 'Indkald', responsibleRole: '' },
      { id: 11, title: 'Afhold møde', description: 'Husk referent', deliverable: '' },
      { id: 12, title: 'Udsend referat', deliverable: 'Referat' }
    ]);
    expect(plan.update).toEqual([{ id: 10, changes: { responsibleRole: undefined } }]);
    expect('responsibleRole' in plan.update[0].changes).toBe(true);
  });

  test('a re-save after a partial batch completes the job without duplicating a step', () => {
    const edited: EditedStep[] = [
      { clientKey: 'new-a', title: 'Forbered' },
      { id: 10, title: 'Indkald', responsibleRole: 'Koordinator' },
      { clientKey: 'new-b', title: 'Evaluér' }
    ];
    const first = planStepChanges(stored, edited);
    // Only the adds landed (and one of them twice: a retried POST whose first response was lost).
    const partial = apply(stored, first, ['add']);
    partial.push({ ...partial[partial.length - 1], id: 200 });
    const second = planStepChanges(partial, edited);
    expect(second.add).toEqual([]);
    const done = apply(partial, second);
    expect(done.map((s) => [s.title, s.stepNumber])).toEqual([['Indkald', 2], ['Forbered', 1], ['Evaluér', 3]]);
    expect(isEmptyPlan(planStepChanges(done, edited))).toBe(true);
  });

  test('the extra copy of a step that landed twice is deleted, the lowest id kept', () => {
    const twice: IStoredStep[] = [...stored, { id: 31, stepNumber: 4, title: 'Ny', clientKey: 'k' }, { id: 30, stepNumber: 4, title: 'Ny', clientKey: 'k' }];
    const plan = planStepChanges(twice, [...stored, { clientKey: 'k', title: 'Ny' }]);
    expect(plan.remove).toEqual([31]);
    expect(plan.storedIds[3]).toBe(30);
    expect(withoutDuplicateSteps(twice).map((s) => s.id)).toEqual([10, 11, 12, 30]);
  });

  test('a step deleted by someone else while open in the form is added again, once', () => {
    const edited: EditedStep[] = stored.map(({ stepNumber: _n, ...s }) => s);
    const gone = stored.filter((s) => s.id !== 11);
    const plan = planStepChanges(gone, edited);
    expect(plan.add).toEqual([{ clientKey: restoredStepKey(11), fields: { title: 'Afhold møde', description: 'Husk referent', stepNumber: 2 } }]);
    expect(planStepChanges(apply(gone, plan), edited).add).toEqual([]);
  });

  test('an emptied form deletes every step', () => {
    expect(planStepChanges(stored, [])).toEqual({ add: [], update: [], remove: [10, 11, 12], storedIds: [] });
  });

  test('the same id or new key twice in the form is a bug', () => {
    expect(() => planStepChanges(stored, [{ id: 10, title: 'a' }, { id: 10, title: 'b' }])).toThrow(RangeError);
    expect(() => planStepChanges(stored, [{ clientKey: 'x', title: 'a' }, { clientKey: 'x', title: 'b' }])).toThrow(RangeError);
  });
});
