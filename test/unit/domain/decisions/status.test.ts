import {
  DECISION_TRANSITIONS, canTransitionDecision, decisionKindOf, isDecisionClosed, suggestDecisionStatus
} from '../../../../src/domain/decisions';
import { DECISION_STATUSES } from '../../../../src/domain/models';
import type { ITaskFields } from '../../../../src/domain/models';

describe('statuses and kinds', () => {
  test('Til behandling comes first and is open; the closed ones are last', () => {
    expect(DECISION_STATUSES).toEqual(['Til behandling', 'Besluttet', 'Under opfølgning', 'Gennemført', 'Annulleret']);
    expect(DECISION_STATUSES.map(isDecisionClosed)).toEqual([false, false, false, true, true]);
    expect(isDecisionClosed('Ukendt')).toBe(false);
  });

  test('an item without kind, or with garbage, is a Beslutning', () => {
    expect(decisionKindOf({})).toBe('Beslutning');
    expect(decisionKindOf({ kind: 'Aftale' })).toBe('Aftale');
    expect(decisionKindOf({ kind: 'aftale' })).toBe('Beslutning');
  });
});

describe('canTransitionDecision', () => {
  test.each([
    ['Til behandling', 'Besluttet'], ['Til behandling', 'Annulleret'], ['Besluttet', 'Gennemført'],
    ['Under opfølgning', 'Besluttet'], ['Gennemført', 'Under opfølgning'], ['Annulleret', 'Til behandling']
  ])('%s → %s is allowed for an editor', (from, to) => {
    expect(canTransitionDecision(from, to, true, '2026-06-01')).toEqual({ allowed: true, needs: [] });
  });

  test.each([
    ['Til behandling', 'Gennemført', 'notATransition'], // a decision is made before it is carried out
    ['Gennemført', 'Annulleret', 'notATransition'],
    ['Besluttet', 'Besluttet', 'sameStatus'],
    ['Besluttet', 'Vedtaget', 'unknownStatus']
  ])('%s → %s: %s', (from, to, reason) => {
    expect(canTransitionDecision(from, to, true)).toEqual({ allowed: false, reason });
  });

  test('a reader may not; following up needs a follow-up date', () => {
    expect(canTransitionDecision('Besluttet', 'Gennemført', false)).toEqual({ allowed: false, reason: 'readOnly' });
    expect(canTransitionDecision('Besluttet', 'Under opfølgning', true)).toEqual({ allowed: true, needs: ['followUpDate'] });
    expect(canTransitionDecision('Besluttet', 'Under opfølgning', true, '2026-06-01')).toEqual({ allowed: true, needs: [] });
  });

  test('every status has a way out', () => {
    for (const status of DECISION_STATUSES) expect(DECISION_TRANSITIONS[status].length).toBeGreaterThan(0);
  });
});

describe('suggestDecisionStatus', () => {
  const task = (decisionId: number, status: ITaskFields['status']): Pick<ITaskFields, 'status' | 'decision'> =>
    ({ status, decision: { id: decisionId, title: '' } });

  test('all actions done → suggest Gennemført', () => {
    expect(suggestDecisionStatus({ id: 1, status: 'Under opfølgning' }, [task(1, 'Færdig'), task(1, 'Færdig'), task(2, 'I gang')]))
      .toEqual({ status: 'Gennemført', reason: 'allActionsDone', actionCount: 2 });
  });

  test('no suggestion with an open action, without actions, or when not decided-and-open', () => {
    expect(suggestDecisionStatus({ id: 1, status: 'Besluttet' }, [task(1, 'Færdig'), task(1, 'Venter')])).toBeUndefined();
    expect(suggestDecisionStatus({ id: 1, status: 'Besluttet' }, [task(2, 'Færdig')])).toBeUndefined();
    expect(suggestDecisionStatus({ id: 1, status: 'Til behandling' }, [task(1, 'Færdig')])).toBeUndefined();
    expect(suggestDecisionStatus({ id: 1, status: 'Gennemført' }, [task(1, 'Færdig')])).toBeUndefined();
  });
});
