import type { IFieldDefinition, IListDefinition } from '../schema';
import type { ILookupRef, IPersonRef, IUrlValue, Stored } from '../domain/models';
import { copenhagenMidnightUtc, utcToCopenhagenDate } from '../domain/timeZone';

/**
 * Typed mapping between SharePoint item JSON and the domain, driven by the schema. Reads both minimalmetadata
 * (PnPjs's default) and verbose JSON (`{d:…}`, `__metadata`, `{results:[…]}`), so recorded responses of either kind
 * map to the same model.
 */

type Json = Record<string, unknown>;

/** `$select` and `$expand` for a list's fields (or a subset of its model properties). */
export function selectFor(list: IListDefinition, props?: readonly string[]): { select: string[]; expand: string[] } {
  const select = ['Id', 'Modified'];
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

function readValue(item: Json, f: IFieldDefinition): unknown {
  const raw = item[f.name];
  switch (f.kind) {
    case 'User': return readPerson(item, f);
    case 'Lookup': return readLookup(item, f);
    case 'DateOnly': return typeof raw === 'string' && raw ? utcToCopenhagenDate(raw) : undefined;
    case 'DateTime': return typeof raw === 'string' && raw ? new Date(raw).toISOString().replace('.000Z', 'Z') : undefined;
    case 'Number': return typeof raw === 'number' ? raw : typeof raw === 'string' && raw !== '' ? Number(raw) : undefined;
    case 'Boolean': return raw === true || raw === 1 || raw === '1' || raw === 'true';
    case 'Url': {
      const u = raw as Json | undefined;
      return u && typeof u.Url === 'string' && u.Url ? { url: u.Url, description: (u.Description as string) || undefined } : undefined;
    }
    case 'Choice': return typeof raw === 'string' && raw !== '' ? currentChoice(f, raw) : undefined;
    default: return typeof raw === 'string' && raw !== '' ? raw : undefined;
  }
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

/** Maps one item's JSON to the domain model of the list. */
export function fromItem<T>(list: IListDefinition, json: Json): Stored<T> {
  const model: Json = {
    id: Number(json.Id ?? json.ID),
    etag: etagOf(json),
    modified: typeof json.Modified === 'string' ? json.Modified : undefined
  };
  for (const [prop, f] of Object.entries(list.fields)) {
    const value = readValue(json, f);
    if (value !== undefined) model[prop] = value;
  }
  return model as unknown as Stored<T>;
}

/** Maps a page of items in either JSON flavour (array, `{value}`, `{d:{results}}`). */
export function fromItems<T>(list: IListDefinition, json: unknown): Stored<T>[] {
  const root = ((json as Json)?.d ?? json) as Json | Json[];
  const rows = Array.isArray(root) ? root
    : Array.isArray(root?.results) ? root.results as Json[]
      : Array.isArray(root?.value) ? root.value as Json[] : [];
  return rows.map(r => fromItem<T>(list, r));
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
