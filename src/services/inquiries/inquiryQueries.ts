import { inquiriesList } from '../../schema';
import type { IsoDate } from '../../domain/models';
import { odata } from '../odata';

/**
 * The Henvendelser web part's filters. Each starts with an indexed column whose match stays under SharePoint's
 * 5,000-item threshold on a list of any size: the open statuses (an inbox holds hundreds open, not thousands), a
 * closing-day range of a few months, a reference number, a message id.
 */
const f = inquiriesList.fields;

/** The statuses of an open inquiry. */
export const OPEN_STATUSES = ['Ny', 'Under behandling', 'Afventer svar'] as const;

/** Every open inquiry: the queues »Ufordelte«, »Mine«, »Alle åbne«, »I risiko / overskredet« and »Afventer svar« are its subsets. */
export function openFilter(): string {
  return odata.oneOf(f.status, OPEN_STATUSES);
}

/** Inquiries closed (Løst or Lukket) on a day from `from` to `to` inclusive: the closing-day range first. */
export function closedFilter(from: IsoDate, to: IsoDate): string {
  return odata.and(odata.ge(f.closedDate, from), odata.le(f.closedDate, to), odata.oneOf(f.status, ['Løst', 'Lukket']));
}

/** Inquiries received on a day from `from` to `to` inclusive (the overview's months). */
export function receivedFilter(from: IsoDate, to: IsoDate): string {
  return odata.and(odata.ge(f.receivedDate, from), odata.le(f.receivedDate, to));
}

/**
 * The references of one year, `H-2026-…` (a year's numbers stay far under 5,000). A prefix, not a `gt`/`lt` range:
 * SharePoint compares text in its collation, where punctuation such as `~` sorts before the digits. `firstDigits`
 * narrows it further (`'9'`: H-2026-9000 … 9999).
 */
export function referenceYearFilter(year: number, firstDigits = ''): string {
  return odata.startsWith(f.reference, `H-${year}-${firstDigits}`);
}

/** Inquiries made from any of these e-mails. */
export function messageIdsFilter(ids: readonly string[]): string {
  return odata.oneOf(f.internetMessageId, ids);
}
