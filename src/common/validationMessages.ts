import type { IValidationIssue, ValidationCode } from '../domain/validationError';
import type { ICommonStrings } from './strings';
import { format } from './strings';

/** The common template of each generic code; web-part codes (a period's end date, a rule) are worded by the web part. */
const TEMPLATE: Partial<Record<ValidationCode, keyof ICommonStrings>> = {
  required: 'ValidationRequired', tooLong: 'ValidationTooLong', notText: 'ValidationNotText', choice: 'ValidationChoice',
  notNumber: 'ValidationNotNumber', notInteger: 'ValidationNotInteger', tooSmall: 'ValidationTooSmall',
  tooLarge: 'ValidationTooLarge', date: 'ValidationDate', dateOutOfRange: 'ValidationDateOutOfRange',
  reference: 'ValidationReference', url: 'ValidationUrl', email: 'ValidationEmail', version: 'ValidationVersion',
  reviewInterval: 'ValidationReviewInterval', notBefore: 'ValidationNotBefore', inFuture: 'ValidationInFuture',
  closedNeedsDate: 'ValidationClosedNeedsDate', openHasClosedDate: 'ValidationOpenHasClosedDate',
  completedNotDone: 'ValidationCompletedNotDone'
};

/** Options of {@link validationMessage}. */
export interface IValidationWording {
  /** The label of another field (for `notBefore`, named by its model property). */
  labelOf?: (field: string) => string;
  /** The web part's own wording of its own codes; `undefined` falls back to the common one. */
  specific?: (issue: IValidationIssue) => string | undefined;
}

/**
 * One field's issue in the user's language, naming the field by the label the user sees — the same sentence
 * whether the problem was found in the form or came back from the repository.
 */
export function validationMessage(issue: IValidationIssue, label: string, strings: ICommonStrings, wording: IValidationWording = {}): string {
  const own = wording.specific?.(issue);
  if (own !== undefined) return own;
  const p = issue.params ?? {};
  const key = TEMPLATE[issue.code];
  if (!key) return format(strings.ValidationInvalid, label);
  switch (issue.code) {
    case 'tooLong': return format(strings[key], label, p.max ?? '', p.length ?? '');
    case 'choice': return format(strings[key], label, p.value ?? '');
    case 'tooSmall': return format(strings[key], label, p.min ?? '');
    case 'tooLarge': return format(strings[key], label, p.max ?? '');
    case 'dateOutOfRange': return format(strings[key], label, p.min ?? '', p.max ?? '');
    case 'reviewInterval': return format(strings[key], label, p.min ?? '', p.max ?? '');
    case 'notBefore': return format(strings[key], label, wording.labelOf?.(String(p.other)) ?? String(p.other ?? ''));
    default: return format(strings[key], label);
  }
}
