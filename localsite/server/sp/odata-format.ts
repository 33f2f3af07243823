/**
 * One neutral representation of response data, written out in the metadata style the client asked for:
 * `minimal` (JSON light, PnPjs's default), `verbose` (`{d:...}`, `__metadata`, `{results:[...]}`) or `nometadata`.
 */
export type ODataMode = 'verbose' | 'minimal' | 'nometadata';

/** Metadata of an entity. `uri` is relative to `_api/` (e.g. `Web/Lists(guid'…')/Items(5)`). */
export interface IEntityMeta { type: string; uri: string; id?: string; etag?: string; }

/** Navigation properties an entity can expand (`$expand=RootFolder`). */
export type NavMap = Record<string, () => Entity | Entity[] | null>;

/** An entity (web, list, field, view, user, item...). */
export class Entity {
  public constructor(public readonly meta: IEntityMeta, public readonly props: Record<string, unknown>,
    public readonly nav: NavMap = {},
    /** Properties SharePoint returns only when `$select` names them (e.g. EffectiveBasePermissions). */
    public readonly onSelect: Record<string, () => unknown> = {}) {}
}

/** A collection-valued property: an array in JSON light, `{results:[...]}` in verbose. */
export class Coll {
  public constructor(public readonly items: unknown[], public readonly elementType?: string) {}
}

/** A complex value (`SP.FieldUrlValue`): typed with `__metadata` in verbose, plain otherwise. */
export class Complex {
  public constructor(public readonly type: string, public readonly props: Record<string, unknown>) {}
}

/** A navigation property not expanded: `{__deferred:{uri}}` in verbose, absent otherwise. */
export class Deferred {
  public constructor(public readonly uri: string) {}
}

/** Picks the style from the Accept header, as SharePoint does (no `odata=` means minimal metadata). */
export function modeFromAccept(accept: string | undefined): ODataMode {
  const a = (accept || '').toLowerCase();
  if (a.indexOf('odata=verbose') >= 0) return 'verbose';
  if (a.indexOf('odata=nometadata') >= 0) return 'nometadata';
  return 'minimal';
}

/** The Content-Type SharePoint answers with for a style. */
export function contentType(mode: ODataMode): string {
  return mode === 'verbose' ? 'application/json;odata=verbose;charset=utf-8'
    : `application/json;odata=${mode === 'minimal' ? 'minimalmetadata' : 'nometadata'};streaming=true;charset=utf-8`;
}

/** Writes an entity's own metadata keys. */
function metaKeys(e: Entity, mode: ODataMode, apiUrl: string): Record<string, unknown> {
  const abs = `${apiUrl}/${e.meta.uri}`;
  if (mode === 'verbose') {
    const m: Record<string, unknown> = { id: abs, uri: abs, type: e.meta.type };
    if (e.meta.etag) m.etag = e.meta.etag;
    return { __metadata: m };
  }
  if (mode === 'nometadata') return {};
  const m: Record<string, unknown> = { 'odata.type': e.meta.type, 'odata.id': e.meta.id || abs };
  if (e.meta.etag) m['odata.etag'] = e.meta.etag;
  m['odata.editLink'] = e.meta.uri;
  return m;
}

/** Converts a neutral value to its wire form, recursively. */
export function toWire(value: unknown, mode: ODataMode, apiUrl: string): unknown {
  if (value instanceof Entity) {
    const out: Record<string, unknown> = metaKeys(value, mode, apiUrl);
    for (const [k, v] of Object.entries(value.props)) {
      if (v instanceof Deferred) {
        if (mode === 'verbose') out[k] = { __deferred: { uri: `${apiUrl}/${v.uri}` } };
        continue;
      }
      out[k] = toWire(v, mode, apiUrl);
    }
    return out;
  }
  if (value instanceof Complex) {
    return mode === 'verbose' ? { __metadata: { type: value.type }, ...value.props } : { ...value.props };
  }
  if (value instanceof Coll) {
    const items = value.items.map(i => toWire(i, mode, apiUrl));
    if (mode !== 'verbose') return items;
    return value.elementType ? { __metadata: { type: `Collection(${value.elementType})` }, results: items } : { results: items };
  }
  if (Array.isArray(value)) return value.map(i => toWire(i, mode, apiUrl));
  return value;
}

/** The body for a single entity. `context` names the `$metadata#` fragment (JSON light only). */
export function entityBody(e: Entity, mode: ODataMode, apiUrl: string, context: string): unknown {
  const wire = toWire(e, mode, apiUrl) as Record<string, unknown>;
  if (mode === 'verbose') return { d: wire };
  if (mode === 'nometadata') return wire;
  return { 'odata.metadata': `${apiUrl}/$metadata#${context}`, ...wire };
}

/** The body for a collection, with the absolute link to the next page when there is one. */
export function collectionBody(items: Entity[], mode: ODataMode, apiUrl: string, context: string, nextLink?: string): unknown {
  const value = items.map(i => toWire(i, mode, apiUrl));
  if (mode === 'verbose') return { d: nextLink ? { results: value, __next: nextLink } : { results: value } };
  const out: Record<string, unknown> = mode === 'minimal' ? { 'odata.metadata': `${apiUrl}/$metadata#${context}` } : {};
  out.value = value;
  if (nextLink) out['odata.nextLink'] = nextLink;
  return out;
}

/** The body for a single property (`web/Title`) or a function's primitive result. */
export function valueBody(name: string, value: unknown, mode: ODataMode, apiUrl: string): unknown {
  const wire = toWire(value, mode, apiUrl);
  if (mode === 'verbose') return { d: { [name]: wire } };
  if (wire === null && mode === 'minimal') return { 'odata.metadata': `${apiUrl}/$metadata#Edm.Null`, 'odata.null': true };
  return mode === 'minimal' ? { 'odata.metadata': `${apiUrl}/$metadata#Edm.String`, value: wire } : { value: wire };
}
