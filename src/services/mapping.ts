import type { IFieldDefinition, IListDefinition } from '../schema';
import type { IItemVersion, ILookupRef, IPersonRef, IUrlValue, Stored } from '../domain/models';
import { copenhagenMidnightUtc, utcToCopenhagenDate } from '../domain/timeZone';

/**
 * Typed mapping between SharePoint item JSON and the domain, driven by the schema. Reads both minimalmetadata
 * (PnPjs's default) and verbose JSON (`{d:…}`, `__metadata`, `{results:[…]}`), so recorded responses of either kind
 * map to the same model.
 */

type Json = Record<string, unknown>;

/**
 * `$select` and `$expand` for a list's fields (or a subset of its model properties), and with `withKey` the hidden
 * idempotency key (read back as `key`).
 */
export function selectFor(list: IListDefinition, props?: readonly string[], withKey = false): { select: string[]; expand: string[] } {
  const select = ['Id', 'Modified', ...(withKey ? [list.idempotencyKey.name] : [])];
  const expand: string[] = [];
  for (const [prop, f] of Object.entries(list.fields)) {
    if (props && !props.includes(prop)) continue;
    if (f.kind === 'User') {
      select.push(`${f.name}/Id`, `${f.name}/Title`, `${f.name}/EMail`);
      expand.push(f.name);
    } else if (f.kind === 'Lookup') {
      select.push(`${f.name}/Id`, `${f.name}/Title`);
      expand.push(f.name);
    } else {
      select.push(f.name);
    }
  }
  return { select, expand };
}

/** Unwraps a verbose `{results:[…]}` collection. */
function unwrapResults(value: unknown): unknown {
  return value && typeof value === 'object' && Array.isArray((value as Json).results) ? (value as Json).results : value;
}

function readPerson(item: Json, f: IFieldDefinition): IPersonRef | undefined {
  const expanded = unwrapResults(item[f.name]) as Json | undefined;
  if (expanded && typeof expanded === 'object' && typeof expanded.Id === 'number') {
    return { id: expanded.Id as number, title: String(expanded.Title ?? ''), email: (expanded.EMail as string) || undefined };
  }
  const id = item[`${f.name}Id`];
  return typeof id === 'number' ? { id, title: '' } : undefined;
}

function readLookup(item: Json, f: IFieldDefinition): ILookupRef | undefined {
  const expanded = item[f.name] as Json | undefined;
  if (expanded && typeof expanded === 'object' && typeof expanded.Id === 'number') {
    return { id: expanded.Id as number, title: String(expanded.Title ?? '') };
  }
  const id = item[`${f.name}Id`];
  return typeof id === 'number' ? { id, title: '' } : undefined;
}

/** Reads one field's value from an item's JSON (`undefined`: not set). */
type FieldReader = (item: Json, f: IFieldDefinition) => unknown;

const readText: FieldReader = (item, f) => {
  const raw = item[f.name];
  return typeof raw === 'string' && raw !== '' ? raw : undefined;
};

/** The reader of a field's kind, chosen once per list definition rather than per item (see {@link fieldEntries}). */
function readerOf(kind: IFieldDefinition['kind']): FieldReader {
  switch (kind) {
    case 'User': return readPerson;
    case 'Lookup': return readLookup;
    case 'DateOnly': return (item, f) => {
      const raw = item[f.name];
      return typeof raw === 'string' && raw ? utcToCopenhagenDate(raw) : undefined;
    };
    case 'DateTime': return (item, f) => {
      const raw = item[f.name];
      return typeof raw === 'string' && raw ? new Date(raw).toISOString().replace('.000Z', 'Z') : undefined;
    };
    case 'Number': return (item, f) => {
      const raw = item[f.name];
      return typeof raw === 'number' ? raw : typeof raw === 'string' && raw !== '' ? Number(raw) : undefined;
    };
    case 'Boolean': return (item, f) => {
      const raw = item[f.name];
      return raw === true || raw === 1 || raw === '1' || raw === 'true';
    };
    case 'Url': return (item, f) => {
      const u = item[f.name] as Json | undefined;
      return u && typeof u.Url === 'string' && u.Url ? { url: u.Url, description: (u.Description as string) || undefined } : undefined;
    };
    case 'Choice': return (item, f) => {
      const raw = item[f.name];
      return typeof raw === 'string' && raw !== '' ? currentChoice(f, raw) : undefined;
    };
    default: return readText;
  }
}

const readers = new Map<IFieldDefinition['kind'], FieldReader>();

/** {@link readerOf}, made once per kind. */
function readerFor(kind: IFieldDefinition['kind']): FieldReader {
  let read = readers.get(kind);
  if (!read) readers.set(kind, read = readerOf(kind));
  return read;
}

function readValue(item: Json, f: IFieldDefinition): unknown {
  return readerFor(f.kind)(item, f);
}

/** A choice value as the schema names it today (an item may still hold a value an earlier version stored). */
export function currentChoice(f: IFieldDefinition, value: string): string {
  return f.renamedChoices?.[value] ?? value;
}

/**
 * The ETag of an item in either JSON flavour. A missing ETag is an error, never `*`: writing with `*` would silently
 * overwrite someone else's change.
 */
export function etagOf(item: Json): string {
  const meta = item.__metadata as Json | undefined;
  const etag = item['odata.etag'] ?? item['@odata.etag'] ?? meta?.etag;
  if (typeof etag !== 'string' || etag === '') throw new Error(`The item ${String(item.Id ?? item.ID ?? '')} was read without an ETag.`);
  return etag;
}

/** A field of a list with its model property and reader. */
interface IFieldReading {
  prop: string;
  field: IFieldDefinition;
  read: FieldReader;
}

const fieldsOfLists = new WeakMap<IListDefinition, IFieldReading[]>();

/**
 * A list's fields with their readers, made once per list definition: read for every item of every query, and a first
 * render maps thousands of items once, mostly before the engine has optimised anything (issue 9) — so no switch on the
 * kind and no destructuring per field and item.
 */
function fieldEntries(list: IListDefinition): IFieldReading[] {
  let entries = fieldsOfLists.get(list);
  if (!entries) {
    entries = Object.entries(list.fields).map(([prop, field]) => ({ prop, field, read: readerFor(field.kind) }));
    fieldsOfLists.set(list, entries);
  }
  return entries;
}

/** Maps one item's JSON to the domain model of the list. */
export function fromItem<T>(list: IListDefinition, json: Json): Stored<T> {
  const model: Json = {
    id: Number(json.Id ?? json.ID),
    etag: etagOf(json),
    modified: typeof json.Modified === 'string' ? json.Modified : undefined
  };
  const key = json[list.idempotencyKey.name];
  if (typeof key === 'string' && key !== '') model.key = key;
  const fields = fieldEntries(list);
  for (let i = 0; i < fields.length; i++) {
    const reading = fields[i];
    const value = reading.read(json, reading.field);
    if (value !== undefined) model[reading.prop] = value;
  }
  return model as unknown as Stored<T>;
}

/** A `SP.FieldUserValue` or `SP.FieldLookupValue` of a version (`{LookupId, LookupValue, Email}`). */
function readVersionReference(raw: unknown): IPersonRef | undefined {
  const v = unwrapResults(raw) as Json | Json[] | undefined;
  const one = Array.isArray(v) ? v[0] : v;
  if (!one || typeof one !== 'object' || typeof one.LookupId !== 'number') return undefined;
  return { id: one.LookupId, title: String(one.LookupValue ?? ''), email: (one.Email as string) || undefined };
}

/** The `$select` of a list's versions: the version's own properties and every field (people and lookups unexpanded). */
export function versionSelectFor(list: IListDefinition): string[] {
  return ['VersionId', 'VersionLabel', 'Created', 'IsCurrentVersion', 'Editor', ...Object.values(list.fields).map(f => f.name)];
}

/**
 * Maps one entry of `items(id)/versions` to the domain. SharePoint writes a version's person and lookup columns as
 * `SP.FieldUserValue` / `SP.FieldLookupValue` objects under the column's own name (`Owner: {LookupId, LookupValue,
 * Email}`), not as the item's `OwnerId`; both are read.
 */
export function fromVersion<T>(list: IListDefinition, json: Json): IItemVersion<T> {
  const fields: Json = {};
  for (const [prop, f] of Object.entries(list.fields)) {
    const value = f.kind === 'User' || f.kind === 'Lookup'
      ? readVersionReference(json[f.name]) ?? (f.kind === 'User' ? readPerson(json, f) : readLookup(json, f))
      : readValue(json, f);
    if (value !== undefined) {
      fields[prop] = f.kind === 'Lookup' ? { id: (value as IPersonRef).id, title: (value as IPersonRef).title } : value;
    }
  }
  const created = typeof json.Created === 'string' ? json.Created : typeof json.Modified === 'string' ? json.Modified : '';
  return {
    versionId: Number(json.VersionId),
    label: String(json.VersionLabel ?? ''),
    created: created ? new Date(created).toISOString().replace('.000Z', 'Z') : '',
    editor: readVersionReference(json.Editor),
    isCurrent: json.IsCurrentVersion === true,
    fields: fields as Partial<T>
  };
}

/** Maps a page of items in either JSON flavour (array, `{value}`, `{d:{results}}`). */
export function fromItems<T>(list: IListDefinition, json: unknown): Stored<T>[] {
  const root = ((json as Json)?.d ?? json) as Json | Json[];
  const rows = Array.isArray(root) ? root
    : Array.isArray(root?.results) ? root.results as Json[]
      : Array.isArray(root?.value) ? root.value as Json[] : [];
  const items = new Array<Stored<T>>(rows.length);
  for (let i = 0; i < rows.length; i++) items[i] = fromItem<T>(list, rows[i]);
  return items;
}

function writeValue(f: IFieldDefinition, value: unknown): [string, unknown] {
  const empty = value === undefined || value === '';
  switch (f.kind) {
    case 'User':
    case 'Lookup':
      // eslint-disable-next-line @rushstack/no-new-null -- SharePoint clears a person/lookup column with null
      return [`${f.name}Id`, empty ? null : (value as { id: number }).id];
    case 'DateOnly':
      // eslint-disable-next-line @rushstack/no-new-null
      return [f.name, empty ? null : copenhagenMidnightUtc(value as string)];
    case 'Url': {
      const u = value as IUrlValue | undefined;
      // eslint-disable-next-line @rushstack/no-new-null
      return [f.name, empty || !u?.url ? null : { Url: u.url, Description: u.description ?? u.url }];
    }
    case 'Boolean': return [f.name, value === true];
    // eslint-disable-next-line @rushstack/no-new-null
    default: return [f.name, empty ? null : value];
  }
}

/**
 * The JSON body that writes a model's fields. Only the properties present in `fields` are written when `partial`
 * is set; otherwise every schema field is written, so a cleared value is cleared in SharePoint too.
 */
export function toItem<T>(list: IListDefinition, fields: Partial<T>, partial = false): Json {
  const body: Json = {};
  const values = fields as Json;
  for (const [prop, f] of Object.entries(list.fields)) {
    if (partial && !(prop in values)) continue;
    const [key, value] = writeValue(f, values[prop]);
    body[key] = value;
  }
  return body;
}
