import { INQUIRY_QUEUES, badgeByDueDate, inquiriesInQueue, isInInquiryQueue } from '../../../../src/domain/inquiries';
import type { QueueInquiry, SlaBadge } from '../../../../src/domain/inquiries';

const q = (id: number, fields: Partial<QueueInquiry> = {}): QueueInquiry =>
  ({ id, status: 'Ny', priority: 'SHOULD', receivedDate: '2026-05-11', ...fields });
const me = { id: 7, title: 'Mig' };
const inquiries = [
  q(1, { dueDate: '2026-05-15' }),
  q(2, { assignedTo: me, dueDate: '2026-05-13', status: 'Under behandling' }),
  q(3, { assignedTo: { id: 8, title: 'Bo' }, status: 'Afventer svar', dueDate: '2026-05-12' }),
  q(4, { status: 'Løst', closedDate: '2026-05-12', assignedTo: me }),
  q(5, { status: 'Lukket', closedDate: '2026-05-13' }),
  q(6, { priority: 'MUST' })
];
const ids = (items: { id: number }[]): number[] => items.map((i) => i.id);

describe('inquiry queues', () => {
  test('Ufordelte, Mine, Alle åbne, Afventer svar, Lukkede', () => {
    expect(ids(inquiriesInQueue('unassigned', inquiries))).toEqual([1, 6]);
    expect(ids(inquiriesInQueue('mine', inquiries, { userId: 7 }))).toEqual([2]);
    expect(ids(inquiriesInQueue('mine', inquiries))).toEqual([]);
    expect(ids(inquiriesInQueue('open', inquiries))).toEqual([3, 2, 1, 6]); // by due date, none last
    expect(ids(inquiriesInQueue('waiting', inquiries))).toEqual([3]);
    expect(ids(inquiriesInQueue('closed', inquiries))).toEqual([5, 4]); // newest closed first
    expect(INQUIRY_QUEUES).toHaveLength(6);
  });

  test('I risiko / overskredet by the clock, or by due date against today', () => {
    const badges: Record<number, SlaBadge> = { 1: 'atRisk', 2: 'none', 3: 'overdue', 4: 'overdue' };
    expect(ids(inquiriesInQueue('atRisk', inquiries, { badgeOf: (i) => badges[i.id] ?? 'none' }))).toEqual([3, 1]);
    expect(ids(inquiriesInQueue('atRisk', inquiries, { today: '2026-05-13' }))).toEqual([3, 2]);
    expect(isInInquiryQueue('atRisk', inquiries[0])).toBe(false);
    expect(badgeByDueDate(inquiries[3], '2026-06-01')).toBe('none');
  });

  test('sort by due instant when given; ties by priority, received, id', () => {
    const due: Record<number, string> = { 1: '2026-05-12T08:00:00Z', 2: '2026-05-12T12:00:00Z' };
    expect(ids(inquiriesInQueue('open', inquiries, { dueOf: (i) => due[i.id] }))).toEqual([1, 2, 3, 6]);
    const ties = [q(1), q(2, { priority: 'MUST' }), q(3, { receivedDate: '2026-05-01' })];
    expect(ids(inquiriesInQueue('open', ties))).toEqual([2, 3, 1]);
  });
});
