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
