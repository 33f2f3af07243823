/**
 * The recurrence library is handed to the domain (src/domain/rruleLibrary.ts) so it can stay out of the first-load
 * bundle. Each test gets fresh modules: jest's setup file provides rrule up front, which is what these tests undo.
 */
type Library = typeof import('../../../src/domain/rruleLibrary');
type Recurrence = typeof import('../../../src/domain/recurrence');

function fresh(): { lib: Library; recurrence: Recurrence } {
  let lib!: Library;
  let recurrence!: Recurrence;
  jest.isolateModules(() => {
    lib = require('../../../src/domain/rruleLibrary') as Library;
    recurrence = require('../../../src/domain/recurrence') as Recurrence;
  });
  return { lib, recurrence };
}

const quarterly = { startDate: '2026-02-15', repeat: 'Kvartalsvis' as const };

describe('rruleLibrary', () => {
  it('refuses to expand a recurring activity before the library is there, with a clear error', () => {
    const { lib, recurrence } = fresh();
    expect(() => recurrence.expandOccurrences(quarterly, '2026-01-01', '2026-12-31')).toThrow(lib.RRuleNotLoadedError);
    expect(() => lib.rruleLibrary()).toThrow(/await loadRRule\(\)/);
  });

  it('needs no library for one-off activities (most of a year)', () => {
    const { recurrence } = fresh();
    expect(recurrence.expandOccurrences({ startDate: '2026-05-14', repeat: 'Ingen' }, '2026-01-01', '2026-12-31'))
      .toEqual([{ start: '2026-05-14', end: '2026-05-14', index: 0 }]);
  });

  it('loadRRule fetches the library once and then expands as before', async () => {
    const { lib, recurrence } = fresh();
    const first = lib.loadRRule();
    const second = lib.loadRRule();
    const loaded = await first;
    expect(await second).toBe(loaded);
    expect(lib.rruleLibrary().RRule).toBe(loaded.RRule);
    expect(recurrence.expandOccurrences(quarterly, '2026-01-01', '2026-12-31').map(o => o.start))
      .toEqual(['2026-02-15', '2026-05-15', '2026-08-15', '2026-11-15']);
  });

  it('modules that load on demand bring the library along (validation, the rule in words, .ics)', () => {
    let lib!: Library;
    jest.isolateModules(() => {
      lib = require('../../../src/domain/rruleLibrary') as Library;
      require('../../../src/domain/validation');
    });
    expect(() => lib.rruleLibrary()).not.toThrow();
  });
});
