import type { SPFI } from '@pnp/sp';
import type { IList } from '@pnp/sp/lists';
import { Items, type IItems } from '@pnp/sp/items';
import { parseBinderWithErrorCheck, parseODataJSON } from '@pnp/queryable';
import { PermissionKind } from '@pnp/sp/security';
import type { IFieldDefinition, IListDefinition } from '../../schema';
import { validateAgainstSchema, type FieldErrors } from '../../schema';
import type { Stored } from '../../domain/models';
import { ValidationError } from '../../domain/validation';
import { fromItem, fromItems, selectFor, toItem } from '../mapping';
import { serverRelativePath } from '../config/sp';
import { ConcurrencyError } from '../errors';

/** What the current user may do in a list. */
export interface IListPermissions {
  canAdd: boolean;
  canEdit: boolean;
  canDelete: boolean;
  /** May create lists and columns (site owners): offered "Opret lister". */
  canManageLists: boolean;
}

/** A query on a list. Filter and sort only on indexed columns (see `IListDefinition.filteredBy`). */
export interface IListQuery {
  filter?: string;
  orderBy?: readonly [IFieldDefinition, boolean?][];
  /** Page size per request (≤ 5000). */
  pageSize?: number;
  /** Stop after this many items (all pages when omitted). */
  maxItems?: number;
}

/** CRUD on one list, in domain terms. Every write is validated before anything is sent. */
export interface IRepository<T extends object> {
  readonly list: IListDefinition;
  query(query?: IListQuery): Promise<Stored<T>[]>;
  get(id: number): Promise<Stored<T>>;
  add(fields: T): Promise<Stored<T>>;
  /** Writes all fields with the ETag read; a stale ETag raises `ConcurrencyError`. Pass `'*'` to overwrite. */
  update(id: number, fields: T, etag: string): Promise<Stored<T>>;
  delete(id: number, etag?: string): Promise<void>;
  permissions(): Promise<IListPermissions>;
}

interface IPage { value: unknown; nextLink?: string }

/** Parses a collection response keeping its `odata.nextLink` (minimal) or `__next` (verbose). */
function keepNextLink(): ReturnType<typeof parseBinderWithErrorCheck> {
  return parseBinderWithErrorCheck(async (r: Response): Promise<IPage> => {
    const json = await r.json();
    return { value: parseODataJSON(json), nextLink: json?.d?.__next ?? json?.['odata.nextLink'] };
  });
}

/** A rule check beyond the schema (cross-field rules from the domain). */
export type RuleCheck<T> = (fields: T) => FieldErrors;

/** The standard repository: schema-driven mapping, validation, paging, ETags. */
export class ListRepository<T extends object> implements IRepository<T> {
  /** Server-relative URL of the list, e.g. `/sites/os2/Lists/Aarshjul`. */
  public readonly listUrl: string;

  /**
   * @param sp PnPjs, configured by `getSP`/`getSPForUrl`.
   * @param webUrl Absolute URL of the web holding the lists.
   */
  public constructor(
    protected readonly sp: SPFI,
    webUrl: string,
    public readonly list: IListDefinition,
    private readonly rules?: RuleCheck<T>
  ) {
    this.listUrl = `${serverRelativePath(webUrl)}/Lists/${list.url}`;
  }

  /** The list addressed by URL, so a renamed title breaks nothing. `sp` may be a batched instance. */
  public listIn(sp: SPFI = this.sp): IList {
    return sp.web.getList(this.listUrl);
  }

  /** `items` with the list's `$select`/`$expand` applied. */
  protected items(sp: SPFI = this.sp, query: IListQuery = {}): IItems {
    const { select, expand } = selectFor(this.list);
    let items = this.listIn(sp).items.select(...select).expand(...expand).top(Math.min(query.pageSize ?? 2000, 5000));
    if (query.filter) items = items.filter(query.filter);
    for (const [f, asc = true] of query.orderBy ?? []) items = items.orderBy(f.name, asc);
    return items;
  }

  public async query(query: IListQuery = {}): Promise<Stored<T>[]> {
    return this.queryIn(this.sp, query);
  }

  /**
   * Runs a query whose first page is requested through `sp` — which may be a batched instance, so several queries
   * share one HTTP request — and whose further pages (past 5,000 items) are followed afterwards, unbatched.
   */
  public async queryIn(sp: SPFI, query: IListQuery = {}): Promise<Stored<T>[]> {
    const first = await this.items(sp, query).using(keepNextLink())() as unknown as IPage;
    const result = fromItems<T>(this.list, first.value);
    const maxItems = query.maxItems ?? Infinity;
    if (first.nextLink && result.length < maxItems) {
      for await (const page of Items([this.listIn(), first.nextLink])) {
        result.push(...fromItems<T>(this.list, page));
        if (result.length >= maxItems) break;
      }
    }
    return result.slice(0, maxItems);
  }

  public async get(id: number): Promise<Stored<T>> {
    const { select, expand } = selectFor(this.list);
    const json = await this.listIn().items.getById(id).select(...select).expand(...expand)();
    return fromItem<T>(this.list, json);
  }

  /** Schema and rule validation; throws `ValidationError` with Danish messages. */
  public validate(fields: T): void {
    const errors = { ...validateAgainstSchema(this.list, fields), ...(this.rules ? this.rules(fields) : {}) };
    if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  }

  /** Fills derived values before a write (e.g. a computed date). */
  protected prepare(fields: T): T {
    return fields;
  }

  public async add(fields: T): Promise<Stored<T>> {
    const prepared = this.prepare(fields);
    this.validate(prepared);
    const created = await this.listIn().items.add(toItem(this.list, prepared));
    return this.get(Number(created.Id ?? created.ID ?? created.d?.Id));
  }

  public async update(id: number, fields: T, etag: string): Promise<Stored<T>> {
    const prepared = this.prepare(fields);
    this.validate(prepared);
    try {
      await this.listIn().items.getById(id).update(toItem(this.list, prepared), etag);
    } catch (e) {
      if ((e as { status?: number }).status === 412) throw new ConcurrencyError(id);
      throw e;
    }
    return this.get(id);
  }

  public async delete(id: number, etag = '*'): Promise<void> {
    try {
      await this.listIn().items.getById(id).delete(etag);
    } catch (e) {
      if ((e as { status?: number }).status === 412) throw new ConcurrencyError(id);
      throw e;
    }
  }

  public async permissions(sp: SPFI = this.sp): Promise<IListPermissions> {
    const perms = await this.listIn(sp).effectiveBasePermissions();
    return toPermissions(this.sp, perms);
  }
}

/** Interprets SharePoint's `EffectiveBasePermissions` (`{High, Low}`, verbose or minimal). */
export function toPermissions(sp: SPFI, raw: unknown): IListPermissions {
  const value = ((raw as { EffectiveBasePermissions?: unknown }).EffectiveBasePermissions ?? raw) as { High: number; Low: number };
  const perms = { High: Number(value.High), Low: Number(value.Low) };
  const has = (kind: PermissionKind): boolean => sp.web.hasPermissions(perms, kind);
  return {
    canAdd: has(PermissionKind.AddListItems),
    canEdit: has(PermissionKind.EditListItems),
    canDelete: has(PermissionKind.DeleteListItems),
    canManageLists: has(PermissionKind.ManageLists)
  };
}
