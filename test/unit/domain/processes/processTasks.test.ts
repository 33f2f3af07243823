import { reviewTaskKey, reviewTasksAnswered } from '../../../../src/domain/processes';
import type { TaskStatus } from '../../../../src/domain/models';

describe('reviewTasksAnswered', () => {
  const task = (key: string | undefined, status: TaskStatus = 'Ikke startet'): { key?: string; status: TaskStatus } => ({ key, status });

  test('the open review tasks of the process, of any period; not done ones, other processes or other kinds', () => {
    const current = task(reviewTaskKey(7, '2026-11-01'));
    const older = task(reviewTaskKey(7, '2025-11-01'), 'I gang');
    const tasks = [
      current, older,
      task(reviewTaskKey(7, '2024-11-01'), 'Færdig'),
      task(reviewTaskKey(17, '2026-11-01')),
      task('onboarding:3:7'),
      task('proces-forslag:7:abc'),
      task(undefined),
      task('proces-revision:7:ikke-en-dato')
    ];
    expect(reviewTasksAnswered(tasks, 7)).toEqual([current, older]);
    expect(reviewTasksAnswered(tasks, 8)).toEqual([]);
  });
});
