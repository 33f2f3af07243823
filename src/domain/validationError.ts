/**
 * The error services throw when fields break a business rule, before anything is sent to SharePoint, and the small
 * helpers the validators share.
 */
import type { IsoDate } from './models/common';
import { compareIsoDates, isIsoDate } from './dates';
import { capitalise } from './danishCalendar';

/** Field name → Danish message. An empty object means the fields are valid. */
export type ValidationErrors<TFields> = Partial<Record<keyof TFields & string, string>>;

/** Thrown when fields are invalid. `.errors` maps each field to its message; `.message` joins them. */
export class ValidationError extends Error {
  /** Field name → Danish message. */
  public readonly errors: Readonly<Record<string, string>>;

  public constructor(errors: Readonly<Record<string, string | undefined>>) {
    const messages: Record<string, string> = {};
    Object.keys(errors).forEach((key) => {
      const message = errors[key];
      if (message) {
        messages[key] = message;
      }
    });
    const texts = Object.keys(messages).map((key) => messages[key]);
    super(texts.length > 0 ? texts.join(' ') : 'Oplysningerne er ikke gyldige.');
    this.name = 'ValidationError';
    this.errors = messages;
    // Keeps `instanceof` working when a consumer compiles to ES5.
    Object.setPrototypeOf(this, ValidationError.prototype);
  }
}

/** True when a validator found nothing to complain about. */
export function isValid(errors: Readonly<Record<string, string | undefined>>): boolean {
  return Object.keys(errors).every((key) => !errors[key]);
}

/** Throws a {@link ValidationError} when `errors` holds any message; lets services validate in one line. */
export function assertValid(errors: Readonly<Record<string, string | undefined>>): void {
  if (!isValid(errors)) {
    throw new ValidationError(errors);
  }
}

/**
 * Collects messages for one record; the first message per field wins, so the most basic problem (missing) is shown
 * rather than a consequence of it.
 */
export class ErrorCollector<TFields> {
  private readonly _errors: ValidationErrors<TFields> = {};

  /** Records `message` for `field` unless the field already has one. */
  public add(field: keyof TFields & string, message: string): void {
    if (this._errors[field] === undefined) {
      this._errors[field] = message;
    }
  }

  /** True when `field` already has a message. */
  public has(field: keyof TFields & string): boolean {
    return this._errors[field] !== undefined;
  }

  /** Requires non-blank text of at most `maxLength` characters. */
  public text(field: keyof TFields & string, value: string | undefined, label: string, maxLength: number = 255): void {
    if (value === undefined || value.trim() === '') {
      this.add(field, `${label} skal udfyldes.`);
    } else if (value.length > maxLength) {
      this.add(field, `${label} må højst være ${maxLength} tegn (nu ${value.length}).`);
    }
  }

  /** Requires a value from `choices`, or accepts a missing one when `optional`. */
  public choice(field: keyof TFields & string, value: unknown, choices: readonly string[], message: string, optional: boolean = false): void {
    if ((value === undefined || value === '') && optional) {
      return;
    }
    if (typeof value !== 'string' || choices.indexOf(value) < 0) {
      this.add(field, message);
    }
  }

  /** Checks a date field: `missing` is shown when it is required and empty, `invalid` when it is not a real day. */
  public date(field: keyof TFields & string, value: IsoDate | undefined, label: string, required: boolean): void {
    if (value === undefined || value === '') {
      if (required) {
        this.add(field, `Angiv ${label}.`);
      }
    } else if (!isIsoDate(value)) {
      this.add(field, `${capitalise(label)} er ikke en gyldig dato.`);
    }
  }

  /** Adds `message` to `field` when both days are valid and `later` is before `earlier`. */
  public notBefore(field: keyof TFields & string, later: IsoDate | undefined, earlier: IsoDate | undefined, message: string): void {
    if (isIsoDate(later) && isIsoDate(earlier) && compareIsoDates(later, earlier) < 0) {
      this.add(field, message);
    }
  }

  /** The collected messages. */
  public get errors(): ValidationErrors<TFields> {
    return { ...this._errors };
  }
}
