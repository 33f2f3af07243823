import { tasksList } from '../../schema';
import type { IsoDate } from '../../domain/models';
import { OPEN_TASK_STATUSES } from '../../domain/cockpit';
import { odata } from '../odata';

/**
 * The Prioritering board's filters on `Opgaver`. Each starts with the indexed `DueDate` (a range of about three months,
 * or empty), so the index seek stays far under SharePoint's 5,000-item threshold however many finished tasks the list
 * holds; the open statuses narrow what the seek found.
 */
const f = tasksList.fields;

/** Open tasks due from `from` to `to` inclusive. */
export function openDueFilter(from: IsoDate, to: IsoDate): string {
  return odata.and(odata.ge(f.dueDate, from), odata.le(f.dueDate, to), odata.oneOf(f.status, OPEN_TASK_STATUSES));
}

/** Open tasks without a due date. */
export function openUndatedFilter(): string {
  return odata.and(odata.isNull(f.dueDate), odata.oneOf(f.status, OPEN_TASK_STATUSES));
}
