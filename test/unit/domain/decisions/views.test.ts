import { DECISION_VIEWS, decisionsInView, isInDecisionView } from '../../../../src/domain/decisions';
import type { DecisionLike, IDecisionViewContext } from '../../../../src/domain/decisions';

const d = (id: number, fields: Partial<DecisionLike>): DecisionLike =>
  ({ id, status: 'Besluttet', forum: 'Bestyrelse', meetingDate: '2026-05-07', priority: 'SHOULD', ...fields });
const today = '2026-05-14';
const me: IDecisionViewContext = { today, userId: 7 };

describe('decision views', () => {
  const decisions = [
    d(1, { responsible: { id: 7, title: 'Mig' }, followUpDate: '2026-05-21' }), // follow-up in exactly 7 days
    d(2, { followUpDate: '2026-05-22' }), // 8 days: not yet
    d(3, { followUpDate: '2026-05-01', status: 'Under opfølgning' }), // passed
    d(4, { status: 'Gennemført', followUpDate: '2026-05-01', responsible: { id: 7, title: 'Mig' } }),
    d(5, { status: 'Annulleret' }),
    d(6, { status: 'Til behandling', meetingDate: '2026-06-11', responsible: { id: 7, title: 'Mig' } })
  ];
  const ids = (view: Parameters<typeof decisionsInView>[0], ctx = me): number[] => decisionsInView(view, decisions, ctx).map((x) => x.id);

  test('Mine aktive: open and mine', () => {
    expect(ids('mineActive')).toEqual([6, 1]);
    expect(ids('mineActive', { today })).toEqual([]); // no user, nothing is mine
  });

  test('Aktive: everything not closed, newest meeting first', () => {
    expect(ids('active')).toEqual([6, 3, 2, 1]);
  });

  test('Til opfølgning: follow-up passed or within 7 days (both ends included), not closed, most overdue first', () => {
    expect(ids('followUp')).toEqual([3, 1]);
    expect(ids('followUp', { ...me, followUpWindowDays: 8 })).toEqual([3, 1, 2]);
    expect(isInDecisionView('followUp', d(9, { followUpDate: today }), me)).toBe(true);
  });

  test('Arkiv and Alle', () => {
    expect(ids('archive')).toEqual([5, 4]);
    expect(ids('all')).toHaveLength(6);
    expect(DECISION_VIEWS).toEqual(['mineActive', 'active', 'followUp', 'archive', 'all']);
  });

  test('ties: priority, then newest id', () => {
    const same = [d(1, { priority: 'COULD' }), d(2, {}), d(3, { priority: 'MUST' }), d(4, {})];
    expect(decisionsInView('active', same, me).map((x) => x.id)).toEqual([3, 4, 2, 1]);
  });
});
