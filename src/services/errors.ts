import { ValidationError, type IValidationIssue } from '../domain/validationError';

/**
 * What went wrong, in terms the UI can act on. Services throw; the UI classifies with `classifyError` and shows a
 * localised message for the kind (friendly in view mode, details in edit mode).
 */
export type ErrorKind =
  | 'validation' | 'forbidden' | 'notFound' | 'conflict' | 'throttled' | 'threshold' | 'offline' | 'uncertain'
  | 'listSchema' | 'unknown';

/** A classified error. */
export interface IClassifiedError {
  kind: ErrorKind;
  /** HTTP status, when the error came from a response. */
  status?: number;
  /** The server's or validator's own text, for details (edit mode) — not for the friendly message. */
  detail: string;
  /** For `listSchema`: the column SharePoint says does not exist (deleted or renamed in the list). */
  column?: string;
  /** Field → issue (a code the UI words), for validation errors. */
  fieldErrors?: Record<string, IValidationIssue>;
}

/**
 * Thrown when a write targets an item that someone else changed since it was read (HTTP 412, and what the server
 * holds is not what this write sent). `current` is the item as it is now, when it could be read.
 */
export class ConcurrencyError extends Error {
  public readonly status: number = 412;
  public constructor(public readonly itemId: number, public readonly current?: unknown) {
    super(`Item ${itemId} was changed by someone else since it was read.`);
    this.name = 'ConcurrencyError';
    Object.setPrototypeOf(this, ConcurrencyError.prototype);
  }
}

/**
 * A write whose outcome is not known: the connection broke (or the server failed) after the request was sent, and
 * the repository could not find out afterwards whether it landed. Nothing was lost on the client: sending the same
 * write again is safe — a create carries the same idempotency key, an update the same ETag.
 */
export class OutcomeUnknownError extends Error {
  public constructor(
    /** What was attempted: `POST`, `MERGE`, `DELETE`, or a repository operation. */
    public readonly operation: string,
    public readonly cause?: unknown
  ) {
    super(`The outcome of ${operation} is unknown: ${(cause as Error | undefined)?.message ?? 'no response'}`);
    this.name = 'OutcomeUnknownError';
    Object.setPrototypeOf(this, OutcomeUnknownError.prototype);
  }
}

/** Thrown when the current user lacks the rights for an operation. */
export class PermissionError extends Error {
  public readonly status: number = 403;
  public constructor(message: string) {
    super(message);
    this.name = 'PermissionError';
  }
}

/** PnPjs's `HttpRequestError` has `status`; the Graph client's `GraphError` has `statusCode`. */
interface IHttpLikeError { status?: number; statusCode?: number; message?: string }

/** The SharePoint/Graph error text inside a PnPjs `HttpRequestError` message, or the message itself. */
function serverText(message: string): string {
  const match = /"value"\s*:\s*"([^"]*)"/.exec(message) ?? /"message"\s*:\s*"([^"]*)"/.exec(message);
  return match ? match[1] : message;
}

/** Classifies any thrown value. Never throws. */
export function classifyError(error: unknown): IClassifiedError {
  if (error instanceof ValidationError) {
    return { kind: 'validation', detail: error.message, fieldErrors: { ...error.errors } };
  }
  const e = (error ?? {}) as IHttpLikeError;
  const message = typeof e.message === 'string' ? e.message : String(error);
  const detail = serverText(message);
  const status = typeof e.status === 'number' ? e.status : typeof e.statusCode === 'number' && e.statusCode > 0 ? e.statusCode : undefined;
  if (error instanceof OutcomeUnknownError) return { kind: 'uncertain', detail };
  if (error instanceof ConcurrencyError || status === 412) return { kind: 'conflict', status: 412, detail };
  // A column the web part selects was deleted or renamed in SharePoint's list UI: provisioning can restore it.
  const column = /Column '([^']+)' does not exist|field or property '([^'/]+)[^']*' does not exist/i.exec(message);
  if (status === 400 && column) return { kind: 'listSchema', status, detail, column: column[1] ?? column[2] };
  if (status === 401 || status === 403) return { kind: 'forbidden', status, detail };
  if (status === 404) return { kind: 'notFound', status, detail };
  if (status === 429 || status === 503) return { kind: 'throttled', status, detail };
  if (/SPQueryThrottledException|list view threshold/i.test(message)) return { kind: 'threshold', status, detail };
  if (status === undefined && /fetch|network|Failed to fetch|ECONNRE|socket|terminated/i.test(message)) {
    return { kind: 'offline', detail };
  }
  return { kind: 'unknown', status, detail };
}
