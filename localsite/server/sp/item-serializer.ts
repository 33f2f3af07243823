import type { IFieldRow, IItemRow, IListRow } from '../store/types';
import { permissionsValue } from './entities';
import { badRequest, notImplemented } from './errors';
import { isMulti, isReference, isUser } from './field-types';
import { type ItemSchema, type, USER_PROPS } from './item-schema';
import { Coll, Complex, Deferred, Entity, type IEntityMeta } from './odata-format';
import type { IProjection } from './projector';
import { itemTypeName } from './value-codec';

/** `Web/Lists(guid'…')/Items(5)`, relative to `_api/`. */
export const itemUri = (list: IListRow, id: number): string => `Web/Lists(guid'${list.id}')/Items(${id})`;
/** The ETag of an item: its hidden version, quoted. */
export const itemEtag = (row: IItemRow): string => `"${row.version}"`;
export const itemMeta = (list: IListRow, row: IItemRow): IEntityMeta =>
  ({ type: itemTypeName(list), uri: itemUri(list, row.id), id: row.guid, etag: itemEtag(row) });

/** `$expand` targets SharePoint has on items but the local site does not serve. */
const UNSUPPORTED_EXPANDS = new Set(['fieldvaluesastext', 'fieldvaluesashtml', 'fieldvaluesforedit', 'attachmentfiles',
  'contenttype', 'file', 'folder', 'parentlist', 'roleassignments', 'firstuniqueancestorsecurableobject', 'versions']);
const DEFAULT_USER_PROPS = ['Id', 'Title', 'EMail', 'Name', 'JobTitle'];
const noSuchProperty = (name: string): Error => badRequest(`The field or property '${name}' does not exist.`, '-1, Microsoft.SharePoint.SPException');
const mustExpand = (path: string, nav: string): Error => badRequest(`The query to field '${path}' is not valid. ` +
  `The $select query string must specify the target fields and the $expand query string must contains ${nav}.`,
  '-1, Microsoft.SharePoint.SPException');

/** A plain column's value on the wire. */
function plainValue(s: ItemSchema, f: IFieldRow, row: IItemRow): unknown {
  const v = s.raw(f, row);
  if (v === undefined || v === null) return null;
  if (type(f) === 'MultiChoice') return new Coll(v as string[], 'Edm.String');
  if (type(f) === 'URL') return new Complex('SP.FieldUrlValue', { Description: (v as { Description: string }).Description, Url: (v as { Url: string }).Url });
  return v;
}

/** `OwnerId` (and `OwnerStringId` for people), single or multi. */
function idProps(s: ItemSchema, f: IFieldRow, row: IItemRow, out: Record<string, unknown>, withString = true): void {
  const name = String(f.props.EntityPropertyName);
  const ids = s.ids(f, row);
  if (isMulti(type(f))) {
    out[`${name}Id`] = new Coll(ids, 'Edm.Int32');
    if (isUser(type(f)) && withString) out[`${name}StringId`] = new Coll(ids.map(String), 'Edm.String');
  } else {
    out[`${name}Id`] = ids[0] ?? null;
    if (isUser(type(f)) && withString) out[`${name}StringId`] = ids.length ? String(ids[0]) : null;
  }
}

/** The expanded value of a person or lookup column, with the sub-properties asked for (or a default set). */
function expandedValue(s: ItemSchema, f: IFieldRow, row: IItemRow, subs: string[] | null): unknown {
  const ids = s.ids(f, row);
  const name = String(f.props.EntityPropertyName);
  let entities: Entity[];
  if (isUser(type(f))) {
    const wanted = subs ?? DEFAULT_USER_PROPS;
    wanted.forEach(p => { if (!USER_PROPS[p]) throw noSuchProperty(`${name}/${p}`); });
    entities = ids.map(id => s.user(id)).filter(u => !!u).map(u => new Entity(
      { type: 'SP.Data.UserInfoItem', uri: `Web/SiteUserInfoList/Items(${u!.id})` },
      Object.fromEntries(wanted.map(p => [p, USER_PROPS[p](u!)]))));
  } else {
    const target = s.lookupTarget(f);
    if (!target) return isMulti(type(f)) ? new Coll([]) : null;
    const shown = String(f.props.LookupField || 'Title');
    const wanted = subs ?? Array.from(new Set(['Id', 'Title', shown]));
    const tfs = wanted.map(p => {
      if (p === 'Id' || p === 'ID') return null;
      const tf = target.schema.field(p);
      if (!tf || isReference(type(tf))) throw noSuchProperty(`${name}/${p}`);
      return tf;
    });
    entities = ids.map(id => target.items.get(id)).filter((i): i is IItemRow => !!i).map(i => new Entity(
      { ...itemMeta(target.list, i), etag: undefined },
      Object.fromEntries(wanted.map((p, k) => [p, tfs[k] ? plainValue(target.schema, tfs[k]!, i) : i.id]))));
  }
  return isMulti(type(f)) ? new Coll(entities) : entities[0] ?? null;
}

/** Checks `$expand` on items: only person and lookup columns expand. Returns the expanded fields. */
function expandedFields(s: ItemSchema, p: IProjection): Set<IFieldRow> {
  const out = new Set<IFieldRow>();
  for (const path of p.expand) {
    const f = s.field(path[0]);
    if (f && isReference(type(f)) && path.length === 1) { out.add(f); continue; }
    if (UNSUPPORTED_EXPANDS.has(path[0].toLowerCase())) throw notImplemented(`$expand=${path.join('/')}`);
    throw noSuchProperty(path.join('/'));
  }
  return out;
}

/** Serialises an item with `$select`/`$expand` applied, the way SharePoint shapes list item JSON. */
export function serializeItem(s: ItemSchema, row: IItemRow, p: IProjection, meta: IEntityMeta = itemMeta(s.list, row)): Entity {
  const expanded = expandedFields(s, p);
  const out: Record<string, unknown> = {};
  const byName = (n: string): IFieldRow | undefined => s.field(n);
  if (p.selectAll) {
    out.FileSystemObjectType = 0;
    out.Id = row.id;
    out.ServerRedirectedEmbedUri = null;
    out.ServerRedirectedEmbedUrl = '';
    out.ContentTypeId = s.raw(byName('ContentTypeId')!, row);
    out.Title = row.data.Title ?? null;
    for (const f of s.fields) {
      if (f.props.FromBaseType === true || f.internalName === 'Title') continue;
      if (!isReference(type(f))) { out[String(f.props.EntityPropertyName)] = plainValue(s, f, row); continue; }
      if (expanded.has(f)) out[String(f.props.EntityPropertyName)] = expandedValue(s, f, row, null);
      else out[String(f.props.EntityPropertyName)] = new Deferred(`${meta.uri}/${String(f.props.EntityPropertyName)}`);
      idProps(s, f, row, out);
    }
    out.ComplianceAssetId = null;
    out.ID = row.id;
    out.Modified = row.modified;
    out.Created = row.created;
    for (const f of [byName('Author')!, byName('Editor')!]) {
      if (expanded.has(f)) out[f.internalName] = expandedValue(s, f, row, null);
      idProps(s, f, row, out, false);
    }
    out.OData__UIVersionString = `${row.uiVersion}.0`;
    out.Attachments = false;
    out.GUID = row.guid;
  }
  const subs = new Map<IFieldRow, string[]>();
  for (const path of p.select) {
    const name = path[0];
    if (path.length > 2) throw noSuchProperty(path.join('/'));
    if (path.length === 1 && (name === 'Id' || name === 'ID')) { out[name] = row.id; continue; }
    const f = byName(name);
    if (f && path.length === 1 && !isReference(type(f))) { out[String(f.props.EntityPropertyName)] = plainValue(s, f, row); continue; }
    if (f && isReference(type(f))) {
      if (!expanded.has(f)) throw mustExpand(path.join('/'), String(f.props.EntityPropertyName));
      if (path.length === 2) subs.set(f, [...(subs.get(f) ?? []), path[1]]);
      else out[String(f.props.EntityPropertyName)] = expandedValue(s, f, row, null);
      continue;
    }
    const idf = path.length === 1 ? s.idField(name) : undefined;
    if (idf) {
      const tmp: Record<string, unknown> = {};
      idProps(s, idf, row, tmp);
      out[name] = tmp[name];
      if (!(name in tmp)) throw noSuchProperty(name);
      continue;
    }
    if (path.length === 1 && name === 'EffectiveBasePermissions') { out[name] = permissionsValue(s.ctx.user); continue; }
    if (path.length === 1 && ['FileSystemObjectType', 'ServerRedirectedEmbedUri', 'ServerRedirectedEmbedUrl', 'ComplianceAssetId'].indexOf(name) >= 0) {
      out[name] = name === 'FileSystemObjectType' ? 0 : name === 'ServerRedirectedEmbedUrl' ? '' : null;
      continue;
    }
    throw noSuchProperty(path.join('/'));
  }
  subs.forEach((names, f) => { out[String(f.props.EntityPropertyName)] = expandedValue(s, f, row, names); });
  return new Entity(meta, out);
}

/**
 * A person or lookup column as a list item **version** carries it: `SP.FieldUserValue` (`{Email, LookupId,
 * LookupValue}`) or `SP.FieldLookupValue` (`{LookupId, LookupValue}`) under the column's own name — not the item's
 * `OwnerId`/`$expand` shape. (What SharePoint Online's `items(n)/versions` returns; e.g. the SPFx extension
 * Tanddant/ModernVersionHistory reads `version.Editor` as a FieldUserValue.)
 */
function versionReference(s: ItemSchema, f: IFieldRow, row: IItemRow): unknown {
  const ids = s.ids(f, row);
  let values: Complex[];
  if (isUser(type(f))) {
    values = ids.map(id => s.user(id)).filter(u => !!u)
      .map(u => new Complex('SP.FieldUserValue', { Email: u!.email, LookupId: u!.id, LookupValue: u!.title }));
  } else {
    const target = s.lookupTarget(f);
    const shown = String(f.props.LookupField || 'Title');
    values = ids.map(id => {
      const item = target?.items.get(id);
      const tf = target?.schema.field(shown);
      return new Complex('SP.FieldLookupValue', { LookupId: id, LookupValue: item && tf ? plainValue(target!.schema, tf, item) : null });
    });
  }
  return isMulti(type(f)) ? new Coll(values) : values[0] ?? null;
}

/**
 * One entry of `items(n)/versions` (`SP.ListItemVersion`): the version's own properties (VersionId = 512 × major,
 * VersionLabel, IsCurrentVersion, Created = when the version was saved) and the item's columns as that version held
 * them, people and lookups as field values (see {@link versionReference}). `$select` narrows it like any entity; there
 * is nothing to `$expand` (a 400).
 */
export function serializeVersion(s: ItemSchema, list: IListRow, item: IItemRow, v: { uiVersion: number; data: Record<string, unknown>; modified: string; editorId: number }, current: boolean): Entity {
  const row: IItemRow = { ...item, data: v.data, uiVersion: v.uiVersion, modified: v.modified, editorId: v.editorId };
  const versionId = v.uiVersion * 512;
  const props: Record<string, unknown> = {
    VersionId: versionId, VersionLabel: `${v.uiVersion}.0`, IsCurrentVersion: current, Created: v.modified,
    ID: item.id, Id: item.id, Title: row.data.Title ?? null, Modified: v.modified
  };
  for (const f of s.fields) {
    if (f.props.FromBaseType === true || f.internalName === 'Title') continue;
    props[String(f.props.EntityPropertyName)] = isReference(type(f)) ? versionReference(s, f, row) : plainValue(s, f, row);
  }
  const byName = (n: string): IFieldRow | undefined => s.field(n);
  for (const name of ['Author', 'Editor']) {
    const f = byName(name);
    if (f) props[name] = versionReference(s, f, row);
  }
  props.OData__UIVersionString = `${v.uiVersion}.0`;
  return new Entity({ type: 'SP.ListItemVersion', uri: `${itemUri(list, item.id)}/Versions(${versionId})` }, props);
}
