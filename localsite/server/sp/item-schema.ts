import type { IFieldRow, IItemRow, IListRow } from '../store/types';
import type { ISiteUser } from '../store/users';
import type { RequestContext } from './context';
import { badRequest, unknownColumn } from './errors';
import type { Accessor, ITyped, Scalar, ValueKind } from './filter-eval';
import { isMulti, isReference, isUser } from './field-types';

/** Properties of a person as an expanded user field offers them (`Owner/EMail`). */
export const USER_PROPS: Record<string, (u: ISiteUser) => Scalar> = {
  Id: u => u.id, ID: u => u.id, Title: u => u.title, EMail: u => u.email, Name: u => u.loginName,
  UserName: u => u.email, FirstName: u => u.title.split(' ')[0], LastName: u => u.title.split(' ').slice(1).join(' '),
  JobTitle: u => u.jobTitle, Department: u => u.department ?? null, SipAddress: u => u.email, Office: u => null,
  MobilePhone: u => null, WorkPhone: u => null, IsSiteAdmin: u => u.isSiteAdmin
};

const KIND_OF: Record<string, ValueKind> = {
  Text: 'string', Note: 'string', Choice: 'string', MultiChoice: 'string', Computed: 'string', ContentTypeId: 'string',
  Number: 'number', Currency: 'number', Counter: 'number', Boolean: 'boolean', Attachments: 'boolean', DateTime: 'date',
  Guid: 'guid', URL: 'string', User: 'number', UserMulti: 'number', Lookup: 'number', LookupMulti: 'number'
};

/** TypeAsString of a field. */
export const type = (f: IFieldRow): string => String(f.props.TypeAsString);

/**
 * A list's columns prepared for one request: name lookups, raw values of built-in columns, and access to the
 * users and lookup targets that `$expand`, `$select=Owner/Title` and `$filter=Process/Title eq ...` need.
 */
export class ItemSchema {
  public readonly fields: IFieldRow[];
  private readonly byName = new Map<string, IFieldRow>();
  private readonly targets = new Map<string, { list: IListRow; schema: ItemSchema; items: Map<number, IItemRow> } | null>();

  public constructor(public readonly ctx: RequestContext, public readonly list: IListRow) {
    this.fields = ctx.store.schema.fields(list.id);
    for (const f of this.fields) this.byName.set(String(f.props.EntityPropertyName), f);
  }

  /** A column by its OData name (exact, then case-insensitive as SharePoint tolerates). */
  public field(name: string): IFieldRow | undefined {
    const exact = this.byName.get(name);
    if (exact) return exact;
    const lower = name.toLowerCase();
    return this.fields.find(f => String(f.props.EntityPropertyName).toLowerCase() === lower);
  }

  /** `OwnerId` → the Owner field (person and lookup columns only). */
  public idField(name: string): IFieldRow | undefined {
    const m = /^(.*?)(Id|StringId)$/.exec(name);
    const f = m ? this.field(m[1]) : undefined;
    return f && isReference(type(f)) ? f : undefined;
  }

  /** The stored value of a column for a row; built-in columns come from the row's own fields. */
  public raw(f: IFieldRow, row: IItemRow): unknown {
    switch (f.internalName) {
      case 'ID': return row.id;
      case 'Created': return row.created;
      case 'Modified': return row.modified;
      case 'Author': return row.authorId;
      case 'Editor': return row.editorId;
      case '_UIVersionString': return `${row.uiVersion}.0`;
      case 'GUID': return row.guid;
      case 'Attachments': return false;
      case 'ContentTypeId': return `0x0100${this.list.id.replace(/-/g, '').toUpperCase()}`;
      case 'ContentType': return 'Element';
      case 'LinkTitle': case 'LinkTitleNoMenu': return row.data.Title ?? null;
      default: return row.data[f.internalName];
    }
  }

  /** Referenced ids of a person/lookup column, always as an array. */
  public ids(f: IFieldRow, row: IItemRow): number[] {
    const v = this.raw(f, row);
    return Array.isArray(v) ? v as number[] : typeof v === 'number' ? [v] : [];
  }

  public user(id: number): ISiteUser | undefined {
    return this.ctx.store.userMap.get(id);
  }

  /** The list a lookup column points at, its schema and its items (loaded once per request). */
  public lookupTarget(f: IFieldRow): { list: IListRow; schema: ItemSchema; items: Map<number, IItemRow> } | null {
    const listId = String(f.props.LookupList || '').replace(/[{}]/g, '').toLowerCase();
    if (!this.targets.has(listId)) {
      const list = this.ctx.store.schema.list(listId);
      this.targets.set(listId, list ? {
        list, schema: list.id === this.list.id ? this : new ItemSchema(this.ctx, list),
        items: new Map(this.ctx.store.items.all(list.id).map(i => [i.id, i]))
      } : null);
    }
    return this.targets.get(listId) ?? null;
  }

  /** A scalar (or array) of a plain column, typed for comparison. */
  private typed(f: IFieldRow, row: IItemRow): ITyped {
    const t = type(f);
    let v = this.raw(f, row);
    if (t === 'DateTime' && typeof v === 'string') v = Date.parse(v);
    if (t === 'URL' && v && typeof v === 'object') v = (v as { Url: string }).Url;
    return { kind: KIND_OF[t] ?? 'unknown', value: (v === undefined ? null : v) as Scalar | Scalar[] };
  }

  /** The value behind `Owner/EMail` or `Process/Title` for a row. */
  private projected(f: IFieldRow, sub: string, row: IItemRow): ITyped {
    const ids = this.ids(f, row);
    const many = isMulti(type(f));
    if (sub === 'Id' || sub === 'ID') return { kind: 'number', value: many ? ids : ids[0] ?? null };
    if (isUser(type(f))) {
      const get = USER_PROPS[sub];
      if (!get) throw unknownColumn(`${f.props.EntityPropertyName}/${sub}`);
      const values = ids.map(id => this.user(id)).filter((u): u is ISiteUser => !!u).map(get);
      return { kind: sub === 'IsSiteAdmin' ? 'boolean' : 'string', value: many ? values : values[0] ?? null };
    }
    const target = this.lookupTarget(f);
    const tf = target?.schema.field(sub);
    if (!target || !tf) throw unknownColumn(`${f.props.EntityPropertyName}/${sub}`);
    const values = ids.map(id => target.items.get(id)).filter((i): i is IItemRow => !!i).map(i => target.schema.typed(tf, i));
    const kind = values[0]?.kind ?? KIND_OF[type(tf)] ?? 'unknown';
    return { kind, value: many ? values.map(v => v.value as Scalar) : (values[0]?.value ?? null) };
  }

  /** Reads `$filter`/`$orderby` paths on a row. */
  public accessor(row: IItemRow): Accessor {
    return (path: string[]): ITyped => {
      if (path.length > 2) throw badRequest(`The path '${path.join('/')}' is too deep.`);
      const name = path[0];
      if (name === 'Id' || name === 'ID') return { kind: 'number', value: row.id };
      const f = this.field(name);
      if (f && path.length === 2 && isReference(type(f))) return this.projected(f, path[1], row);
      if (f && path.length === 1 && !isReference(type(f))) return this.typed(f, row);
      if (f && path.length === 1) {
        throw badRequest(`The field '${name}' of type '${type(f)}' cannot be used in the query filter expression.`,
          '-1, Microsoft.SharePoint.SPException');
      }
      const idf = path.length === 1 ? this.idField(name) : undefined;
      if (idf) {
        const ids = this.ids(idf, row);
        return { kind: 'number', value: isMulti(type(idf)) ? ids : ids[0] ?? null };
      }
      throw unknownColumn(path.join('/'));
    };
  }

  /** Can an index serve a comparison on this path? ID always; otherwise the column's Indexed flag. */
  public isIndexed(path: string[]): boolean {
    if (path[0] === 'Id' || path[0] === 'ID') return true;
    const f = this.field(path[0]) ?? (path.length === 1 ? this.idField(path[0]) : undefined);
    if (!f) return false;
    if (path.length === 2 && path[1] !== 'Id' && path[1] !== 'ID') return false;
    return f.props.Indexed === true;
  }
}
