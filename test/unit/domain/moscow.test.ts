import {
  comparePriority, isPriority, PRIORITY_DESCRIPTIONS_DA, PRIORITY_LABELS_DA, PRIORITY_LABELS_EN, priorityLabel, priorityRank,
  sortByPriority
} from '../../../src/domain/moscow';
import { PRIORITIES } from '../../../src/domain/models';

describe('labels', () => {
  test('Danish labels', () => {
    expect(PRIORITY_LABELS_DA).toEqual({ MUST: 'Skal', SHOULD: 'Bør', COULD: 'Kan', "WON'T": 'Ikke nu' });
  });
  test('English labels and a description for every priority', () => {
    expect(PRIORITY_LABELS_EN.MUST).toBe('Must have');
    for (const p of PRIORITIES) {
      expect(PRIORITY_DESCRIPTIONS_DA[p].length).toBeGreaterThan(10);
    }
  });
  test('priorityLabel falls back to the raw value for unknown priorities', () => {
    expect(priorityLabel('SHOULD')).toBe('Bør');
    expect(priorityLabel("WON'T", 'en')).toBe("Won't have (this time)");
    expect(priorityLabel('Høj')).toBe('Høj');
    expect(priorityLabel(undefined)).toBe('');
  });
});

describe('ordering', () => {
  test('ranks MUST first and unknown after WON\'T', () => {
    expect(['MUST', 'SHOULD', 'COULD', "WON'T", 'Høj', undefined].map(priorityRank)).toEqual([0, 1, 2, 3, 4, 4]);
    expect(isPriority('MUST')).toBe(true);
    expect(isPriority('must')).toBe(false);
  });

  test('comparePriority', () => {
    expect(comparePriority('MUST', 'COULD')).toBeLessThan(0);
    expect(comparePriority("WON'T", undefined)).toBeLessThan(0);
    expect(comparePriority('SHOULD', 'SHOULD')).toBe(0);
  });

  test('sortByPriority is stable and does not change its input', () => {
    const items = [
      { id: 1, priority: 'COULD' },
      { id: 2, priority: undefined },
      { id: 3, priority: 'MUST' },
      { id: 4, priority: "WON'T" },
      { id: 5, priority: 'MUST' },
      { id: 6, priority: 'SHOULD' },
      { id: 7, priority: 'ukendt' },
      { id: 8, priority: 'COULD' }
    ];
    const before = items.map((i) => i.id);
    expect(sortByPriority(items).map((i) => i.id)).toEqual([3, 5, 6, 1, 8, 4, 2, 7]);
    expect(items.map((i) => i.id)).toEqual(before);
  });

  test('sortByPriority uses `then` within a priority', () => {
    const items = [
      { title: 'b', priority: 'MUST' as const },
      { title: 'c', priority: 'COULD' as const },
      { title: 'a', priority: 'MUST' as const }
    ];
    expect(sortByPriority(items, (x, y) => x.title.localeCompare(y.title)).map((i) => i.title)).toEqual(['a', 'b', 'c']);
  });
});
