import { applyDragResult, moveStep, moveStepTo, renumberSteps, sortSteps } from '../../../../src/domain/processes';

const steps = ['a', 'b', 'c', 'd'];

describe('moving steps', () => {
  test('up and down', () => {
    expect(moveStep(steps, 2, 'up')).toEqual(['a', 'c', 'b', 'd']);
    expect(moveStep(steps, 0, 'down')).toEqual(['b', 'a', 'c', 'd']);
  });

  test('at the edges and outside the list nothing moves, and the input is never changed', () => {
    expect(moveStep(steps, 0, 'up')).toEqual(steps);
    expect(moveStep(steps, 3, 'down')).toEqual(steps);
    expect(moveStep(steps, 7, 'up')).toEqual(steps);
    expect(moveStep(steps, 1.5, 'up')).toEqual(steps);
    expect(moveStep(steps, 1, 'up')).not.toBe(steps);
    expect(steps).toEqual(['a', 'b', 'c', 'd']);
  });

  test('to an index, clamped', () => {
    expect(moveStepTo(steps, 0, 3)).toEqual(['b', 'c', 'd', 'a']);
    expect(moveStepTo(steps, 3, 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveStepTo(steps, 1, 99)).toEqual(['a', 'c', 'd', 'b']);
    expect(moveStepTo(steps, 1, -5)).toEqual(['b', 'a', 'c', 'd']);
    expect(moveStepTo(steps, 1, Number.NaN)).toEqual(steps);
  });

  test('a drag result; a cancelled drag keeps the order', () => {
    expect(applyDragResult(steps, { sourceIndex: 1, destinationIndex: 3 })).toEqual(['a', 'c', 'd', 'b']);
    expect(applyDragResult(steps, { sourceIndex: 1 })).toEqual(steps);
    expect(applyDragResult(steps, { sourceIndex: 2, destinationIndex: 2 })).toEqual(steps);
  });
});

describe('numbering', () => {
  test('renumber to 1..n in array order, as copies', () => {
    const input = [{ id: 4, stepNumber: 10 }, { id: 2, stepNumber: 3 }, { id: 9, stepNumber: 3 }];
    expect(renumberSteps(input)).toEqual([{ id: 4, stepNumber: 1 }, { id: 2, stepNumber: 2 }, { id: 9, stepNumber: 3 }]);
    expect(input[0].stepNumber).toBe(10);
  });

  test('stored order: by number, duplicates by id, a missing number last', () => {
    const stored = [{ id: 9, stepNumber: 3 }, { id: 5, stepNumber: Number.NaN }, { id: 2, stepNumber: 3 }, { id: 7, stepNumber: 1 }];
    expect(sortSteps(stored).map((s) => s.id)).toEqual([7, 2, 9, 5]);
  });
});
