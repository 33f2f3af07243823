import { onboardingChecklist, onboardingDueDate, onboardingTaskKey, onboardingWeekOf } from '../../../../src/domain/processes';
import type { IOnboardingProcess } from '../../../../src/domain/processes';

const p = (id: number, fields: Partial<IOnboardingProcess> = {}): IOnboardingProcess =>
  ({ id, title: `Proces ${id}`, status: 'Godkendt', onboarding: true, priority: 'SHOULD', ...fields });

describe('onboardingDueDate', () => {
  test.each([
    ['2026-08-03', 1, '2026-08-07'], // Monday start: the Friday
    ['2026-08-03', 2, '2026-08-14'],
    ['2026-08-03', 4, '2026-08-28'],
    ['2026-08-05', 1, '2026-08-11'], // Wednesday start: five working days end on Tuesday
    ['2026-08-01', 1, '2026-08-07'], // a Saturday start counts from Monday
    ['2026-03-30', 1, '2026-04-08'], // Easter 2026: skærtorsdag, langfredag, 2. påskedag
    ['2026-05-11', 1, '2026-05-18'], // Kristi himmelfart 14 May; the Friday after is a working day
    ['2026-06-01', 1, '2026-06-08'], // Grundlovsdag (closing day) on Friday 5 June
    ['2026-12-21', 1, '2026-12-29'], // 21, 22, 23, 28, 29 December: juleaften and the Christmas days are off
    ['2026-12-28', 1, '2027-01-05'], // 28, 29, 30 December, 4, 5 January: nytårsaften and nytårsdag are off
    ['2024-04-22', 1, '2024-04-26'] // former Store bededag 26 April 2024 is a working day
  ])('start %s, week %i → %s', (start, week, due) => {
    expect(onboardingDueDate(start, week)).toBe(due);
  });

  test('Store bededag 2023 was a holiday', () => {
    expect(onboardingDueDate('2023-05-01', 1)).toBe('2023-05-08');
  });

  test.each([0, -1, 1.5, Number.NaN])('week %p is refused', (week) => {
    expect(() => onboardingDueDate('2026-08-03', week)).toThrow(RangeError);
  });
});

describe('onboardingWeekOf', () => {
  test('by id, then the process, then priority, then default; invalid values are skipped', () => {
    const options = { weeksByProcessId: { 1: 4 }, weeksByPriority: { MUST: 1, COULD: 4 }, defaultWeek: 2 };
    expect(onboardingWeekOf(p(1, { onboardingWeek: 2 }), options)).toBe(4);
    expect(onboardingWeekOf(p(2, { onboardingWeek: 3 }), options)).toBe(3);
    expect(onboardingWeekOf(p(3, { priority: 'MUST' }), options)).toBe(1);
    expect(onboardingWeekOf(p(4), options)).toBe(2);
    expect(onboardingWeekOf(p(5, { onboardingWeek: 0 }))).toBe(1);
    expect(onboardingWeekOf(p(6, { onboardingWeek: 53 }), { defaultWeek: 1.5 })).toBe(1);
  });
});

describe('onboardingChecklist', () => {
  test('published onboarding processes only, sorted by due date, priority, title', () => {
    const list = onboardingChecklist(7, '2026-08-03', [
      p(1, { title: 'Økonomi', onboardingWeek: 2 }),
      p(2, { title: 'Årshjul', priority: 'MUST' }),
      p(3, { title: 'Bestyrelse' }),
      p(4, { title: 'Kladde', status: 'Kladde' }),
      p(5, { title: 'Ikke onboarding', onboarding: false }),
      p(6, { title: 'Arkiv', priority: 'MUST' }),
      p(2, { title: 'Årshjul', priority: 'MUST' }) // listed twice
    ]);
    expect(list.map((i) => [i.processId, i.week, i.dueDate])).toEqual([
      [6, 1, '2026-08-07'], [2, 1, '2026-08-07'], [3, 1, '2026-08-07'], [1, 2, '2026-08-14']
    ]);
    expect(list[0]).toEqual({ key: 'onboarding:7:6', processId: 6, title: 'Arkiv', priority: 'MUST', week: 1, dueDate: '2026-08-07' });
  });

  test('keys are per person and process, whatever the start date', () => {
    expect(onboardingChecklist(7, '2027-01-04', [p(3)])[0].key).toBe(onboardingChecklist(7, '2026-08-03', [p(3)])[0].key);
    expect(onboardingTaskKey(8, 3)).not.toBe(onboardingTaskKey(7, 3));
    expect(() => onboardingTaskKey(0, 3)).toThrow(RangeError);
  });

  test('an invalid start date is refused', () => {
    expect(() => onboardingChecklist(7, '2026-02-30', [p(1)])).toThrow(RangeError);
  });
});
