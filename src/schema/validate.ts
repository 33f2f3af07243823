import type { IFieldDefinition, IListDefinition } from './types';

/** Field (model property) → Danish message. Empty when the values fit the schema. */
export type FieldErrors = Record<string, string>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function checkField(f: IFieldDefinition, value: unknown): string | undefined {
  if (isEmpty(value)) {
    return f.required && f.kind !== 'Boolean' ? `Feltet »${f.title}« skal udfyldes.` : undefined;
  }
  switch (f.kind) {
    case 'Text':
    case 'Note':
      if (typeof value !== 'string') return `Feltet »${f.title}« skal være tekst.`;
      if (f.maxLength && value.length > f.maxLength) {
        return `Feltet »${f.title}« må højst være ${f.maxLength} tegn (det er ${value.length}).`;
      }
      return undefined;
    case 'Choice':
      return f.choices?.includes(value as string)
        ? undefined
        : `»${String(value)}« er ikke en gyldig værdi i feltet »${f.title}«. Vælg en af: ${(f.choices ?? []).join(', ')}.`;
    case 'Number': {
      if (typeof value !== 'number' || !isFinite(value)) return `Feltet »${f.title}« skal være et tal.`;
      if (f.decimals === 0 && !Number.isInteger(value)) return `Feltet »${f.title}« skal være et helt tal.`;
      if (f.min !== undefined && value < f.min) return `Feltet »${f.title}« skal være mindst ${f.min}.`;
      if (f.max !== undefined && value > f.max) return `Feltet »${f.title}« må højst være ${f.max}.`;
      return undefined;
    }
    case 'DateOnly':
      return typeof value === 'string' && ISO_DATE.test(value) ? undefined : `Feltet »${f.title}« skal være en gyldig dato.`;
    case 'User':
    case 'Lookup':
      return typeof (value as { id?: unknown }).id === 'number' ? undefined : `Feltet »${f.title}« peger ikke på et gyldigt element.`;
    case 'Url': {
      const url = (value as { url?: unknown }).url;
      return typeof url === 'string' && /^https?:\/\/\S+$/i.test(url) ? undefined : `Feltet »${f.title}« skal være en webadresse (https://…).`;
    }
    default:
      return undefined;
  }
}

/**
 * Checks values against the list's schema: required fields, choice values, lengths, number bounds, date format.
 * Messages are Danish and name the field by its display title. With `partial`, only the given properties are checked.
 */
export function validateAgainstSchema(list: IListDefinition, values: object, partial = false): FieldErrors {
  const errors: FieldErrors = {};
  const record = values as Record<string, unknown>;
  for (const [prop, f] of Object.entries(list.fields)) {
    if (partial && !(prop in record)) continue;
    const message = checkField(f, record[prop]);
    if (message) errors[prop] = message;
  }
  return errors;
}
