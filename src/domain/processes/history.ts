/**
 * What changed between two stored versions of an item (SharePoint's version history), as the process page's
 * timeline shows it. Pure: compares the domain values of the fields asked for; people and lookups by id, texts with
 * empty and missing alike, nothing trimmed.
 */
import type { IItemVersion, ILookupRef, IPersonRef } from '../models/common';

/** One field that differs: its value before and after. */
export interface IFieldChange<T> {
  field: keyof T & string;
  before: T[keyof T] | undefined;
  after: T[keyof T] | undefined;
}

/** A version and what it changed since the version before it (the first version changes nothing: it created). */
export interface IVersionEntry<T> {
  version: IItemVersion<T>;
  /** The version this one is compared with; absent for the first version. */
  previous?: IItemVersion<T>;
  changes: IFieldChange<T>[];
}

type Comparable = string | number | boolean | undefined;

function isReference(value: unknown): value is IPersonRef | ILookupRef {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'number';
}

/** A value as compared: a reference by its id, an empty text as missing, anything else as it is. */
function comparable(value: unknown): Comparable {
  if (value === undefined || value === null || value === '') return undefined;
  if (isReference(value)) return `#${value.id}`;
  if (Array.isArray(value)) return value.map(v => String(comparable(v))).join('|');
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

/** The fields, among `fields` and in their order, whose values differ between `older` and `newer`. */
export function compareVersions<T>(
  older: Partial<T>, newer: Partial<T>, fields: readonly (keyof T & string)[]
): IFieldChange<T>[] {
  const changes: IFieldChange<T>[] = [];
  for (const field of fields) {
    const before = older[field];
    const after = newer[field];
    if (comparable(before) !== comparable(after)) changes.push({ field, before, after });
  }
  return changes;
}

/**
 * The timeline of an item: its versions newest first, each with the changes since the version before it (by version
 * id, so the order SharePoint answers in does not matter). Duplicate version ids are kept once.
 */
export function versionHistory<T>(versions: readonly IItemVersion<T>[], fields: readonly (keyof T & string)[]): IVersionEntry<T>[] {
  const seen = new Set<number>();
  const ascending = [...versions].sort((a, b) => a.versionId - b.versionId).filter(v => {
    if (seen.has(v.versionId)) return false;
    seen.add(v.versionId);
    return true;
  });
  return ascending
    .map((version, i): IVersionEntry<T> => {
      const previous = i > 0 ? ascending[i - 1] : undefined;
      return { version, previous, changes: previous ? compareVersions(previous.fields, version.fields, fields) : [] };
    })
    .reverse();
}
