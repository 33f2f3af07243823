import type { IFieldDefinition, IListDefinition } from './types';
import type { IValidationIssue, ListChoices } from '../domain/validation';

/** Field (model property) → issue. Empty when the values fit the schema. */
export type FieldErrors = Record<string, IValidationIssue>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function checkField(f: IFieldDefinition, value: unknown, extraChoices: readonly string[] | undefined): IValidationIssue | undefined {
  if (isEmpty(value)) {
    return f.required && f.kind !== 'Boolean' ? { code: 'required' } : undefined;
  }
  switch (f.kind) {
    case 'Text':
    case 'Note':
      if (typeof value !== 'string') return { code: 'notText' };
      if (f.maxLength && value.length > f.maxLength) return { code: 'tooLong', params: { max: f.maxLength, length: value.length } };
      return undefined;
    case 'Choice':
      return f.choices?.includes(value as string) || extraChoices?.includes(value as string)
        ? undefined : { code: 'choice', params: { value: String(value) } };
    case 'Number': {
      if (typeof value !== 'number' || !isFinite(value)) return { code: 'notNumber' };
      if (f.decimals === 0 && !Number.isInteger(value)) return { code: 'notInteger' };
      if (f.min !== undefined && value < f.min) return { code: 'tooSmall', params: { min: f.min } };
      if (f.max !== undefined && value > f.max) return { code: 'tooLarge', params: { max: f.max } };
      return undefined;
    }
    case 'DateOnly':
      return typeof value === 'string' && ISO_DATE.test(value) ? undefined : { code: 'date' };
    case 'User':
    case 'Lookup':
      return typeof (value as { id?: unknown }).id === 'number' ? undefined : { code: 'reference' };
    case 'Url': {
      const url = (value as { url?: unknown }).url;
      return typeof url === 'string' && /^https?:\/\/\S+$/i.test(url) ? undefined : { code: 'url' };
    }
    default:
      return undefined;
  }
}

/**
 * Checks values against the list's schema: required fields, choice values (the built-in ones plus `choices`, what
 * the list offers now), lengths, number bounds, date format. Returns codes; the UI names the field by its label.
 * With `partial`, only the given properties are checked.
 */
export function validateAgainstSchema(list: IListDefinition, values: object, partial = false, choices?: ListChoices): FieldErrors {
  const errors: FieldErrors = {};
  const record = values as Record<string, unknown>;
  for (const [prop, f] of Object.entries(list.fields)) {
    if (partial && !(prop in record)) continue;
    const issue = checkField(f, record[prop], choices?.[prop]);
    if (issue) errors[prop] = issue;
  }
  return errors;
}
