/**
 * How a repository's writes stay exactly-once over a network that can lose a response after the server committed.
 * The decisions (which failure means what) are pure functions here, so they are tested without a server; the
 * repository does the requests.
 */
import { OutcomeUnknownError } from '../errors';

/** SharePoint's error for a value that repeats in a column with `EnforceUniqueValues`. */
const DUPLICATE = /SPDuplicateValuesFoundException|duplicate values were found/i;

/** The HTTP status of a PnPjs `HttpRequestError` (or anything with `status`). */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** The text of an error, including a PnPjs `HttpRequestError`'s response body when it was read into the message. */
function textOf(error: unknown): string {
  return String((error as { message?: unknown } | undefined)?.message ?? error ?? '');
}

/** True when SharePoint refused a create or update because the idempotency key (a unique column) already exists. */
export function isDuplicateKey(error: unknown): boolean {
  return DUPLICATE.test(textOf(error));
}

/**
 * What a failed write tells about the server's state:
 * - `notApplied`: the server refused it before changing anything (a 4xx other than 404/408/412/429) — report it;
 * - `conflict`: 412, the ETag is no longer current — our own earlier attempt may be why, so compare;
 * - `gone`: 404, the item does not exist (any more);
 * - `duplicate`: the idempotency key exists — an earlier attempt of this very create landed;
 * - `unknown`: no answer, a 5xx, a timeout, or throttling after the retries — it may or may not have landed.
 */
export type WriteFailure = 'notApplied' | 'conflict' | 'gone' | 'duplicate' | 'unknown';

/** Classifies a failed write (see {@link WriteFailure}). */
export function writeFailure(error: unknown): WriteFailure {
  if (error instanceof OutcomeUnknownError) return 'unknown';
  if (isDuplicateKey(error)) return 'duplicate';
  const status = statusOf(error);
  if (status === 412) return 'conflict';
  if (status === 404) return 'gone';
  if (status === undefined || status >= 500 || status === 408 || status === 429) return 'unknown';
  return 'notApplied';
}

/** A new idempotency key for one intended create: a random GUID (RFC 4122 version 4). */
export function newIdempotencyKey(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (c?.randomUUID) return c.randomUUID();
  // Older browsers (and SPFx's test hosts) without randomUUID: 122 random bits are plenty for a key.
  const hex = (n: number): string => Array.from({ length: n }, () => Math.floor(Math.random() * 16).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(Math.random() * 4)]}${hex(3)}-${hex(12)}`;
}

/**
 * True when every value the write sent is what the server holds now — then a 412 or an unanswered write was our
 * own write landing, not someone else's change. Compares the wire forms (person and lookup ids, dates as stored),
 * so display titles and formatting do not matter.
 */
export function sentValuesHeld(sent: Record<string, unknown>, held: Record<string, unknown>): boolean {
  return Object.keys(sent).every(key => sameValue(sent[key], held[key]));
}

function sameValue(a: unknown, b: unknown): boolean {
  const empty = (v: unknown): boolean => v === undefined || v === null || v === '';
  if (empty(a) || empty(b)) return empty(a) && empty(b);
  if (typeof a === 'object' || typeof b === 'object') return JSON.stringify(a) === JSON.stringify(b);
  return a === b;
}
