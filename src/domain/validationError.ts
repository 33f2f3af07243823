/**
 * The error services throw when fields break a business rule, before anything is sent to SharePoint, and the small
 * helpers the validators share. Issues are codes, never text: the UI words them in the user's language.
 */
import type { IsoDate } from './models/common';
import { compareIsoDates, isIsoDate } from './dates';
import type { IRuleIssue } from './recurrenceRule';

/**
 * What is wrong with one field, as a code the UI turns into a message in the user's language, naming the field by
 * its label there. Parameters carry the numbers and names the message needs (`max`, `other` — another field's model
 * name —, the offending `value`); a recurrence problem carries the rule parser's issue.
 */
export type ValidationCode =
  | 'required' | 'tooLong' | 'notText' | 'choice' | 'notNumber' | 'notInteger' | 'tooSmall' | 'tooLarge' | 'date'
  | 'dateOutOfRange' | 'reference' | 'url' | 'email' | 'version' | 'reviewInterval' | 'notBefore' | 'inFuture'
  | 'periodNeedsEnd' | 'singleDayHasEnd' | 'recurrenceNotAllowed' | 'recurrenceRequired' | 'recurrenceMismatch'
  | 'recurrenceOverlap' | 'recurrence' | 'closedNeedsDate' | 'openHasClosedDate' | 'completedNotDone';

/** One field's problem. */
export interface IValidationIssue {
  readonly code: ValidationCode;
  readonly params?: Readonly<Record<string, string | number>>;
  /** For `recurrence`: what the rule parser found. */
  readonly rule?: IRuleIssue;
}

/** Field name → its problem. An empty object means the fields are valid. */
export type ValidationErrors<TFields> = Partial<Record<keyof TFields & string, IValidationIssue>>;

/** Thrown when fields are invalid. `.errors` maps each field to its issue; `.message` lists them for logs. */
export class ValidationError extends Error {
  /** Field name → issue. */
  public readonly errors: Readonly<Record<string, IValidationIssue>>;

  public constructor(errors: Readonly<Record<string, IValidationIssue | undefined>>) {
    const issues: Record<string, IValidationIssue> = {};
    Object.keys(errors).forEach((key) => {
      const issue = errors[key];
      if (issue) {
        issues[key] = issue;
      }
    });
    const summary = Object.keys(issues).map((key) => `${key}: ${issues[key].code}`).join(', ');
    super(summary ? `Invalid fields: ${summary}` : 'Invalid fields.');
    this.name = 'ValidationError';
    this.errors = issues;
    // Keeps `instanceof` working when a consumer compiles to ES5.
    Object.setPrototypeOf(this, ValidationError.prototype);
  }
}

/** True when a validator found nothing to complain about. */
export function isValid(errors: Readonly<Record<string, IValidationIssue | undefined>>): boolean {
  return Object.keys(errors).every((key) => !errors[key]);
}

/** Throws a {@link ValidationError} when `errors` holds any issue; lets services validate in one line. */
export function assertValid(errors: Readonly<Record<string, IValidationIssue | undefined>>): void {
  if (!isValid(errors)) {
    throw new ValidationError(errors);
  }
}

/**
 * Collects issues for one record; the first issue per field wins, so the most basic problem (missing) is shown
 * rather than a consequence of it.
 */
export class ErrorCollector<TFields> {
  private readonly _errors: ValidationErrors<TFields> = {};

  /** Records an issue for `field` unless the field already has one. */
  public add(field: keyof TFields & string, code: ValidationCode, params?: IValidationIssue['params'], rule?: IRuleIssue): void {
    if (this._errors[field] === undefined) {
      this._errors[field] = { code, ...(params ? { params } : {}), ...(rule ? { rule } : {}) };
    }
  }

  /** True when `field` already has an issue. */
  public has(field: keyof TFields & string): boolean {
    return this._errors[field] !== undefined;
  }

  /** Requires non-blank text of at most `maxLength` characters. */
  public text(field: keyof TFields & string, value: string | undefined, maxLength: number = 255): void {
    if (value === undefined || value.trim() === '') {
      this.add(field, 'required');
    } else if (value.length > maxLength) {
      this.add(field, 'tooLong', { max: maxLength, length: value.length });
    }
  }

  /** Requires a value from `choices`, or accepts a missing one when `optional`. */
  public choice(field: keyof TFields & string, value: unknown, choices: readonly string[], optional: boolean = false): void {
    if (value === undefined || value === '') {
      if (!optional) this.add(field, 'required');
      return;
    }
    if (typeof value !== 'string' || choices.indexOf(value) < 0) {
      this.add(field, 'choice', { value: String(value) });
    }
  }

  /** Checks a date field: `required` when it must be given and is empty, `date` when it is not a real day. */
  public date(field: keyof TFields & string, value: IsoDate | undefined, required: boolean): void {
    if (value === undefined || value === '') {
      if (required) {
        this.add(field, 'required');
      }
    } else if (!isIsoDate(value)) {
      this.add(field, 'date');
    }
  }

  /** `notBefore` on `field` when both days are valid and `later` is before `earlier` (the field `other`). */
  public notBefore(field: keyof TFields & string, later: IsoDate | undefined, earlier: IsoDate | undefined, other: keyof TFields & string): void {
    if (isIsoDate(later) && isIsoDate(earlier) && compareIsoDates(later, earlier) < 0) {
      this.add(field, 'notBefore', { other });
    }
  }

  /** The collected issues. */
  public get errors(): ValidationErrors<TFields> {
    return { ...this._errors };
  }
}
