import { classifyError, type ErrorKind, type IClassifiedError } from '../services/errors';
import type { ICommonStrings } from './strings';

/** The friendly, localised sentence for each kind of error. */
export function errorMessage(kind: ErrorKind, strings: ICommonStrings): string {
  switch (kind) {
    case 'forbidden': return strings.ErrorForbidden;
    case 'notFound': return strings.ErrorNotFound;
    case 'conflict': return strings.ErrorConflict;
    case 'throttled': return strings.ErrorThrottled;
    case 'threshold': return strings.ErrorThreshold;
    case 'offline': return strings.ErrorOffline;
    case 'uncertain': return strings.ErrorUncertain;
    case 'listSchema': return strings.ErrorListSchema;
    case 'validation': return strings.ErrorValidation;
    default: return strings.ErrorUnknown;
  }
}

/** A thrown value as the UI shows it: the friendly message, and the classification for details and decisions. */
export interface IFriendlyError extends IClassifiedError {
  message: string;
}

/** Classifies any thrown value and attaches the friendly message. Never throws. */
export function friendlyError(error: unknown, strings: ICommonStrings): IFriendlyError {
  const classified = classifyError(error);
  return { ...classified, message: errorMessage(classified.kind, strings) };
}

/**
 * What went wrong reading a calendar from Microsoft Graph, named by its real cause — not by SharePoint's words:
 * - `consent`: the web part's Graph permissions are not approved (a 403 whose text says consent / insufficient
 *   privileges, or any 401/403 on the user's own calendar, which nothing else can deny);
 * - `mailboxNotShared`: a 403 on a shared mailbox — its calendar is not shared with this user;
 * - `groupDenied`: a 403 on a group calendar — not a member (or Group.Read.All not approved);
 * - `notFound`, `throttled` (429/503), `offline` (no answer at all), `unknown`.
 */
export type GraphProblem = 'consent' | 'mailboxNotShared' | 'groupDenied' | 'notFound' | 'throttled' | 'offline' | 'unknown';

/** Texts of Azure AD and Graph that mean the permissions were never granted. */
const CONSENT = /AADSTS65001|AADSTS90094|consent|Authorization_RequestDenied|Insufficient privileges/i;

/** Classifies an error from the calendar service for the kind of calendar it read. Never throws. */
export function graphProblem(error: unknown, source: 'me' | 'group' | 'user' | undefined): GraphProblem {
  const classified = classifyError(error);
  const text = `${classified.detail} ${(error as { code?: unknown } | undefined)?.code ?? ''}`;
  if (CONSENT.test(text)) return 'consent';
  switch (classified.kind) {
    case 'forbidden': return source === 'user' ? 'mailboxNotShared' : source === 'group' ? 'groupDenied' : 'consent';
    case 'notFound': return 'notFound';
    case 'throttled': return 'throttled';
    case 'offline': return 'offline';
    default: return 'unknown';
  }
}
