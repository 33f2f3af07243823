import type { IFieldRow, IListRow, Props } from '../store/types';
import type { ISiteUser } from '../store/users';
import { toSpDate } from '../store/now';
import { utcToWall, wallToUtc } from '../graph/tz';
import { SITE_TIME_ZONE } from './context';
import { badRequest, SPError, unknownProperty } from './errors';
import { isMulti, isReference, isUser } from './field-types';

/** `SP.Data.<Name>ListItem`: the entity type of a list's items. */
export const itemTypeName = (list: IListRow): string => String(list.props.ListItemEntityTypeFullName);

const DAY_MS = 86400000;

type Target = { field: IFieldRow; form: 'value' | 'ids' | 'stringIds' | 'nav' | 'readonly' };

/** Which body property writes which field: `Title`, `StartDate`, `OwnerId`, `OwnerStringId`... */
export function writableProperties(fields: IFieldRow[]): Map<string, Target> {
  const map = new Map<string, Target>();
  for (const field of fields) {
    const name = String(field.props.EntityPropertyName);
    const type = String(field.props.TypeAsString);
    if (field.props.ReadOnlyField) {
      map.set(name, { field, form: 'readonly' });
      if (isReference(type)) map.set(`${name}Id`, { field, form: 'readonly' });
    } else if (isReference(type)) {
      map.set(name, { field, form: 'nav' });
      map.set(`${name}Id`, { field, form: 'ids' });
      if (isUser(type)) map.set(`${name}StringId`, { field, form: 'stringIds' });
    } else {
      map.set(name, { field, form: 'value' });
    }
  }
  return map;
}

const cannotConvert = (type: string): SPError =>
  badRequest(`Cannot convert a primitive value to the expected type '${type}'. See the inner exception for more details.`);
const validation = (message: string): SPError =>
  new SPError(400, '-2146232832, Microsoft.SharePoint.SPFieldValidationException', message);

/** A single line of text holds at most 255 characters, or fewer when the field's MaxLength says so. */
const textMaxLength = (f: IFieldRow): number => {
  const n = Number(f.props.MaxLength);
  return isFinite(n) && n > 0 ? Math.min(n, 255) : 255;
};

/**
 * 500: a text longer than the column allows. SharePoint Online names no field; seen as HTTP 500
 * `-2130575336, Microsoft.SharePoint.SPException` (see localsite/README.md for the sources).
 */
const invalidText = (): SPError => new SPError(500, '-2130575336, Microsoft.SharePoint.SPException',
  'Invalid text value. A text field contains invalid data. Please check the value and try again.');

/** A DateTime column shown as a date only (DisplayFormat 0, `Format="DateOnly"`). */
export const isDateOnly = (f: IFieldRow): boolean => String(f.props.TypeAsString) === 'DateTime' && Number(f.props.DisplayFormat ?? 0) === 0;

/**
 * What SharePoint stores in a date-only column: midnight, in the site's time zone (its regional settings), of the
 * day the written instant falls on there — 2026-05-14T10:00:00Z becomes 2026-05-13T22:00:00Z (00:00 in Copenhagen).
 */
export function siteMidnight(isoUtc: string): string {
  const wall = utcToWall(Date.parse(isoUtc), SITE_TIME_ZONE);
  return toSpDate(new Date(wallToUtc(Math.floor(wall / DAY_MS) * DAY_MS, SITE_TIME_ZONE)));
}

/** Normalises a date as SharePoint stores it: UTC, whole seconds. Strings without an offset are read as UTC. */
export function normaliseDate(v: unknown): string {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(v)) throw cannotConvert('Edm.DateTime');
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T00:00:00Z`
    : /(Z|[+-]\d{2}:?\d{2})$/i.test(v) ? v : `${v}Z`;
  const ms = Date.parse(iso);
  if (isNaN(ms)) throw cannotConvert('Edm.DateTime');
  return toSpDate(new Date(ms));
}

/** Reads an array in either form: verbose `{results:[...]}` or plain. */
function readArray(v: unknown, type: string): unknown[] {
  const arr = v && typeof v === 'object' && !Array.isArray(v) && 'results' in (v as object) ? (v as { results: unknown }).results : v;
  if (!Array.isArray(arr)) throw cannotConvert(type);
  return arr;
}

function readId(v: unknown, users: ReadonlyMap<number, ISiteUser> | null): number {
  const n = typeof v === 'string' && /^\d+$/.test(v) ? parseInt(v, 10) : v;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) throw cannotConvert('Edm.Int32');
  if (users && !users.has(n)) throw badRequest('The user does not exist or is not unique.', '-2146232832, Microsoft.SharePoint.SPException');
  return n;
}

function decodeValue(field: IFieldRow, v: unknown): unknown {
  const p = field.props;
  const type = String(p.TypeAsString);
  if (v === null) return isMulti(type) ? [] : null;
  switch (type) {
    case 'Text': case 'Note': case 'Choice':
      if (typeof v !== 'string') throw cannotConvert('Edm.String');
      if (type === 'Text' && v.length > textMaxLength(field)) throw invalidText();
      return v;
    case 'Number': case 'Currency': {
      const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
      if (typeof n !== 'number' || !isFinite(n)) throw cannotConvert('Edm.Double');
      if (n < Number(p.MinimumValue) || n > Number(p.MaximumValue)) {
        throw validation(`The value of the field '${String(p.Title)}' must be between ${String(p.MinimumValue)} and ${String(p.MaximumValue)}.`);
      }
      return n;
    }
    case 'Boolean':
      if (typeof v !== 'boolean') throw cannotConvert('Edm.Boolean');
      return v;
    case 'DateTime':
      return isDateOnly(field) ? siteMidnight(normaliseDate(v)) : normaliseDate(v);
    case 'MultiChoice': {
      const arr = readArray(v, 'Collection(Edm.String)');
      if (arr.some(x => typeof x !== 'string')) throw cannotConvert('Collection(Edm.String)');
      return arr;
    }
    case 'URL': {
      const o = v as { Url?: unknown; Description?: unknown };
      if (typeof v !== 'object' || Array.isArray(v) || typeof o.Url !== 'string') throw cannotConvert('SP.FieldUrlValue');
      if (o.Description !== undefined && o.Description !== null && typeof o.Description !== 'string') throw cannotConvert('Edm.String');
      return { Url: o.Url, Description: typeof o.Description === 'string' ? o.Description : o.Url };
    }
    default:
      throw cannotConvert('Edm.String');
  }
}

function decodeIds(field: IFieldRow, v: unknown, users: ReadonlyMap<number, ISiteUser>): unknown {
  const type = String(field.props.TypeAsString);
  const check = isUser(type) ? users : null;
  if (isMulti(type)) {
    if (v === null) return [];
    return readArray(v, 'Collection(Edm.Int32)').map(x => readId(x, check));
  }
  if (v === null) return null;
  if (Array.isArray(v) || typeof v === 'object') throw cannotConvert('Edm.Int32');
  const id = readId(v, check);
  return id === 0 ? null : id;
}

/**
 * Validates a write body against the list's fields and returns the values to store (by internal name).
 * Unknown properties, read-only columns and wrongly typed values are 400s, as in SharePoint.
 */
export function decodeItemBody(list: IListRow, fields: IFieldRow[], body: Props, users: ReadonlyMap<number, ISiteUser>): Props {
  const typeName = itemTypeName(list);
  const meta = body.__metadata as { type?: unknown } | undefined;
  if (meta && typeof meta === 'object' && meta.type !== undefined && meta.type !== typeName) {
    throw badRequest(`A type named '${String(meta.type)}' could not be resolved by the model. When a model is available, each type name must resolve to a valid type.`);
  }
  const targets = writableProperties(fields);
  const out: Props = {};
  for (const [key, value] of Object.entries(body)) {
    if (key === '__metadata') continue;
    const target = targets.get(key);
    if (!target) throw unknownProperty(key, typeName);
    const name = target.field.internalName;
    switch (target.form) {
      case 'readonly':
        throw badRequest(`The property '${key}' is read-only and cannot be set.`, '-2147024809, System.ArgumentException');
      case 'nav':
        throw badRequest(`A 'PrimitiveValue' node with non-null value was found when trying to read the value of a ` +
          `navigation property; however, a 'StartArray' node, a 'StartObject' node, or a 'PrimitiveValue' node with ` +
          `null value was expected. Write '${key}Id' to set the column '${key}'.`);
      case 'ids':
      case 'stringIds':
        out[name] = decodeIds(target.field, value, users);
        break;
      default:
        out[name] = decodeValue(target.field, value);
    }
  }
  return out;
}

/** Values of columns with a DefaultValue, for a new item that does not set them. */
export function defaultValues(fields: IFieldRow[], given: Props): Props {
  const out: Props = {};
  for (const f of fields) {
    const d = f.props.DefaultValue;
    if (d === null || d === undefined || d === '' || f.props.ReadOnlyField || f.internalName in given) continue;
    switch (String(f.props.TypeAsString)) {
      case 'Boolean': out[f.internalName] = d === '1' || String(d).toLowerCase() === 'true'; break;
      case 'Number': case 'Currency': if (!isNaN(Number(d))) out[f.internalName] = Number(d); break;
      case 'DateTime': {
        const date = /\[today\]/i.test(String(d)) ? toSpDate(new Date()) : normaliseDate(d);
        out[f.internalName] = isDateOnly(f) ? siteMidnight(date) : date;
        break;
      }
      case 'MultiChoice': out[f.internalName] = String(d).split(';#').filter(Boolean); break;
      case 'Text': case 'Note': case 'Choice': out[f.internalName] = String(d); break;
      default: break;
    }
  }
  return out;
}
