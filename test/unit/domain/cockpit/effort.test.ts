import { effortBalance } from '../../../../src/domain/cockpit';
import type { Priority } from '../../../../src/domain/models';

const t = (priority: Priority | string | undefined, effort?: number): { priority?: Priority | string; effort?: number } => ({ priority, effort });

describe('effortBalance', () => {
  test('shares of MUST, SHOULD and COULD; WON\'T and unknown priorities outside the total', () => {
    const b = effortBalance([t('MUST', 30), t('SHOULD', 10), t('COULD', 10), t("WON'T", 40), t('SKAL', 5), t(undefined, 5)]);
    expect(b.total).toBe(50);
    expect(b.byPriority.MUST).toEqual({ effort: 30, share: 0.6, estimatedCount: 1, unestimatedCount: 0 });
    expect(b.byPriority.COULD.share).toBe(0.2);
    expect(b.wont).toEqual({ effort: 40, count: 1 });
    expect(b.unprioritisedCount).toBe(2);
    expect(b.codes).toEqual([]); // exactly 60 % and exactly 20 %: neither warning nor note
  });

  test('MUST above 60 % warns; COULD under 20 % is noted', () => {
    expect(effortBalance([t('MUST', 61), t('SHOULD', 19), t('COULD', 20)]).codes).toEqual(['mustOverThreshold']);
    expect(effortBalance([t('MUST', 50), t('SHOULD', 31), t('COULD', 19)]).codes).toEqual(['couldUnderContingency']);
    expect(effortBalance([t('MUST', 70), t('SHOULD', 30)]).codes).toEqual(['mustOverThreshold', 'couldUnderContingency']);
    expect(effortBalance([t('MUST', 70), t('COULD', 30)], { mustWarningShare: 0.75 }).codes).toEqual([]);
  });

  test('unestimated tasks count as the average estimate by default', () => {
    const b = effortBalance([t('MUST', 4), t('MUST', 8), t('COULD'), t('SHOULD', Number.NaN), t('SHOULD', -2)]);
    expect(b.effortPerUnestimatedTask).toBe(6);
    expect(b.byPriority.COULD).toEqual({ effort: 6, share: 6 / 30, estimatedCount: 0, unestimatedCount: 1 });
    expect(b.byPriority.SHOULD.effort).toBe(12);
    expect(b.codes).toContain('someUnestimated');
  });

  test('other rules: ignore, or a fixed number of hours', () => {
    expect(effortBalance([t('MUST', 4), t('COULD')], { unestimated: 'ignore' }).byPriority.COULD.effort).toBe(0);
    expect(effortBalance([t('MUST', 4), t('COULD')], { unestimated: 2 }).byPriority.COULD.effort).toBe(2);
  });

  test('nothing estimated: shares by count, flagged', () => {
    const b = effortBalance([t('MUST'), t('MUST'), t('SHOULD'), t('COULD')]);
    expect(b.byPriority.MUST.share).toBe(0.5);
    expect(b.byPriority.COULD.share).toBe(0.25);
    expect(b.codes).toEqual(['noEstimates']);
    expect(effortBalance([t('MUST'), t('MUST'), t('MUST'), t('MUST'), t('SHOULD'), t('COULD')]).codes)
      .toEqual(['mustOverThreshold', 'couldUnderContingency', 'noEstimates']);
  });

  test('no tasks, or only zero estimates: a zero total and no shares', () => {
    expect(effortBalance([])).toMatchObject({ total: 0, codes: [] });
    expect(effortBalance([t('MUST', 0)])).toMatchObject({ total: 0, codes: [] });
  });
});
