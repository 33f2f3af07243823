/**
 * Reference numbers of inquiries: `H-2026-0042` — the letter H, the Copenhagen year of receipt and a running number
 * within that year, four digits or more.
 *
 * Uniqueness when two people submit at the same moment: both read the same references and propose the same next
 * number. The client writes it to a column that enforces unique values, so SharePoint accepts one and refuses the
 * other; the refused client asks {@link referenceAfterCollision} for the next candidate — above everything it knows of
 * *and* everything it has already tried — and tries again, at most {@link MAX_REFERENCE_ATTEMPTS} times. The numbers
 * stay gap-free in the common case and can only skip a number when a create fails after its number was taken.
 */
import type { IsoDateTime } from '../models/common';
import { utcToCopenhagenDate } from '../timeZone';

/** How many numbers a client tries before it gives up and reports the error. */
export const MAX_REFERENCE_ATTEMPTS = 5;

/** A parsed reference. */
export interface IReference {
  year: number;
  number: number;
}

const REFERENCE_PATTERN: RegExp = /^\s*H-(\d{4})-(\d{4,9})\s*$/i;

/** `H-2026-0042`. Throws a `RangeError` for a year outside 1000–9999 or a number that is not a positive integer. */
export function formatReference(year: number, number: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999 || !Number.isInteger(number) || number < 1 || number > 999999999) {
    throw new RangeError(`Ugyldigt referencenummer: år ${year}, nummer ${number}.`);
  }
  return `H-${year}-${String(number).padStart(4, '0')}`;
}

/**
 * The year and number of a reference, or `undefined` for anything else. Lenient where a person may have typed it:
 * surrounding spaces and a lower-case `h` are accepted; a number of 0 is not a reference.
 */
export function parseReference(text: string | undefined): IReference | undefined {
  const match = REFERENCE_PATTERN.exec(text ?? '');
  if (!match || Number(match[2]) === 0) {
    return undefined;
  }
  return { year: Number(match[1]), number: Number(match[2]) };
}

/** The year a reference gets: the Copenhagen year of receipt (New Year's Eve 23:30 UTC is already next year). */
export function referenceYear(received: IsoDateTime): number {
  return Number(utcToCopenhagenDate(received).slice(0, 4));
}

/** The next reference of `year`: one above the highest of that year among `existing` (other text ignored), or 0001. */
export function proposeReference(existing: Iterable<string | undefined>, year: number): string {
  return formatReference(year, highest(existing, year) + 1);
}

/**
 * The reference to try after `tried` (every reference this client has tried so far, the refused one last) were
 * refused as duplicates, given the references it now knows of; `undefined` once {@link MAX_REFERENCE_ATTEMPTS}
 * numbers have been tried. Always above both sets, so a client never tries the same number twice.
 */
export function referenceAfterCollision(
  existing: Iterable<string | undefined>,
  tried: readonly string[],
  year: number
): string | undefined {
  if (tried.length >= MAX_REFERENCE_ATTEMPTS) {
    return undefined;
  }
  return formatReference(year, Math.max(highest(existing, year), highest(tried, year)) + 1);
}

function highest(references: Iterable<string | undefined>, year: number): number {
  let max = 0;
  for (const text of references) {
    const reference = parseReference(text);
    if (reference && reference.year === year && reference.number > max) {
      max = reference.number;
    }
  }
  return max;
}
