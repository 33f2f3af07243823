import { SPQueryable, type SPFI } from '@pnp/sp';
import type { IList } from '@pnp/sp/lists';
import { Items, type IItems } from '@pnp/sp/items';
import { parseODataJSON } from '@pnp/queryable';
import { PermissionKind } from '@pnp/sp/security';
import type { IFieldDefinition, IListDefinition } from '../../schema';
import { validateAgainstSchema, type FieldErrors } from '../../schema';
import type { Stored } from '../../domain/models';
import { ValidationError } from '../../domain/validationError';
import type { ListChoices } from '../../domain/validation';
import { currentChoice, fromItem, fromItems, selectFor, toItem } from '../mapping';
import { odata } from '../odata';
import { serverRelativePath } from '../config/sp';
import { withSignal } from '../config/signal';
import { readAlone, type ReadJson } from '../batch/readBatch';
import { ConcurrencyError, OutcomeUnknownError } from '../errors';
import { newIdempotencyKey, sentValuesHeld, writeFailure } from './writes';

/** What the current user may do in a list. */
export interface IListPermissions {
  canAdd: boolean;
  canEdit: boolean;
  canDelete: boolean;
  /** May create lists and columns (site owners): offered "Opret lister". */
  canManageLists: boolean;
  /**
   * May manage permissions (Full Control: the site's owners — not Edit, which includes ManageLists). The Processer
   * web part's approver capability (the coordinator). Absent where a caller did not read it.
   */
  canManagePermissions?: boolean;
}

/** A query on a list. Filter and sort only on indexed columns (see `IListDefinition.filteredBy`). */
export interface IListQuery {
  filter?: string;
  orderBy?: readonly [IFieldDefinition, boolean?][];
  /** Page size per request (≤ 5000). */
  pageSize?: number;
  /** Stop after this many items (all pages when omitted). */
  maxItems?: number;
  /** Only these model properties (and id, ETag, modified): a catalogue need not fetch every rich text. */
  fields?: readonly string[];
  /** Also read each item's idempotency key (`key`): how a re-save recognises what an earlier save already added. */
  withKeys?: boolean;
}

/** Options of a create. */
export interface ICreateOptions {
  /**
   * The idempotency key of this intended create. Give the same key when the same create is tried again (a form
   * keeps one per new item; marking an occurrence done uses the activity and day): SharePoint refuses a second item
   * with the key, and the repository returns the first. A new key is made when omitted.
   */
  key?: string;
}

/**
 * CRUD on one list, in domain terms. Every write is validated before anything is sent, and is exactly-once over an
 * unreliable network: a create carries an idempotency key, an update or delete its ETag, and when a response is
 * lost the repository finds out what the server holds instead of repeating the write blindly or reporting a
 * conflict with itself (see docs/architecture.md, "Writes over an unreliable network").
 */
export interface IRepository<T extends object> {
  readonly list: IListDefinition;
  query(query?: IListQuery, signal?: AbortSignal): Promise<Stored<T>[]>;
  get(id: number, signal?: AbortSignal): Promise<Stored<T>>;
  /** The item created with an idempotency key, if any. */
  findByKey(key: string): Promise<Stored<T> | undefined>;
  add(fields: T, options?: ICreateOptions): Promise<Stored<T>>;
  /**
   * Writes every field with the ETag read. A stale ETag raises `ConcurrencyError` (with the current item) unless the
   * server already holds exactly these values. Pass `'*'` to overwrite.
   */
  update(id: number, fields: T, etag: string): Promise<Stored<T>>;
  /** Writes only the given fields (a status change from a board must not rewrite or collide with other columns). */
  patch(id: number, changes: Partial<T>, etag: string): Promise<Stored<T>>;
  /** Deletes with the ETag read (`'*'`: whatever the version). An item that is already gone counts as deleted. */
  delete(id: number, etag: string): Promise<void>;
  permissions(): Promise<IListPermissions>;
  /** The choices the list's column for `property` offers now — including values an owner added in SharePoint. */
  choices(property: keyof T & string): Promise<readonly string[]>;
}

/** A collection answer: `value` and `odata.nextLink` (minimal metadata) or `d.results` and `d.__next` (verbose). */
interface IPageJson { value?: unknown; 'odata.nextLink'?: string; d?: { results?: unknown; __next?: string } }

/** A rule check beyond the schema (cross-field rules from the domain), given the list's current choices. */
export type RuleCheck<T> = (fields: T, choices?: ListChoices) => FieldErrors | Promise<FieldErrors>;

/** Where a list lives: `web.getList(url)` on an instance that may be a batched one. */
export interface IListAddress {
  readonly list: IListDefinition;
  /** Server-relative URL of the list, e.g. `/sites/os2/Lists/Aarshjul`. */
  readonly listUrl: string;
}

/** `items` of a list with its `$select`/`$expand` and the query applied. */
function itemsOf(sp: SPFI, at: IListAddress, query: IListQuery): IItems {
  const { select, expand } = selectFor(at.list, query.fields, query.withKeys);
  let items = sp.web.getList(at.listUrl).items.select(...select).expand(...expand).top(Math.min(query.pageSize ?? 2000, 5000));
  if (query.filter) items = items.filter(query.filter);
  for (const [f, asc = true] of query.orderBy ?? []) items = items.orderBy(f.name, asc);
  return items;
}

/**
 * Runs a query whose first page is sent by `read` — on its own, or queued for a `$batch` so several queries share one
 * HTTP request — and whose further pages (past 5,000 items) are followed through `sp`, on their own.
 */
export async function runQuery<T>(sp: SPFI, at: IListAddress, query: IListQuery = {}, read: ReadJson = readAlone): Promise<Stored<T>[]> {
  const page = await read<IPageJson>(itemsOf(sp, at, query));
  const result = fromItems<T>(at.list, parseODataJSON(page));
  const nextLink = page.d?.__next ?? page['odata.nextLink'];
  const maxItems = query.maxItems ?? Infinity;
  if (nextLink && result.length < maxItems) {
    for await (const next of Items([sp.web.getList(at.listUrl), nextLink])) {
      result.push(...fromItems<T>(at.list, next));
      if (result.length >= maxItems) break;
    }
  }
  return result.slice(0, maxItems);
}

/** The current user's rights in a list, read by `read` (on its own or in a `$batch`). */
export async function readPermissions(sp: SPFI, at: IListAddress, read: ReadJson = readAlone): Promise<IListPermissions> {
  return toPermissions(sp, parseODataJSON(await read(SPQueryable(sp.web.getList(at.listUrl), 'EffectiveBasePermissions'))));
}

/** The choices of a choice column now, read by `read` (on its own or in a `$batch`). */
export async function readChoices(sp: SPFI, at: IListAddress, property: string, read: ReadJson = readAlone): Promise<readonly string[]> {
  const f = at.list.fields[property];
  if (!f || f.kind !== 'Choice') return [];
  // A plain path rather than PnPjs's fields module, which a first render does not otherwise need.
  const field = SPQueryable(sp.web.getList(at.listUrl), `fields/getByInternalNameOrTitle('${f.name.replace(/'/g, "''")}')`);
  const json = parseODataJSON(await read(field.select('Choices'))) as { Choices?: unknown };
  const raw = json.Choices as string[] | { results?: string[] } | undefined;
  const values = (Array.isArray(raw) ? raw : raw?.results ?? []).filter((c): c is string => typeof c === 'string');
  // A column not yet migrated still offers a renamed value: it is the current one, once.
  return [...new Set(values.map(c => currentChoice(f, c)))];
}

/** The standard repository: schema-driven mapping, validation, paging, idempotent creates and ETag writes. */
export class ListRepository<T extends object> implements IRepository<T>, IListAddress {
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

  /** The list addressed by URL, so a renamed title breaks nothing. */
  private listIn(sp: SPFI = this.sp): IList {
    return sp.web.getList(this.listUrl);
  }

  public query(query: IListQuery = {}, signal?: AbortSignal): Promise<Stored<T>[]> {
    return runQuery<T>(withSignal(this.sp, signal), this, query);
  }

  public async get(id: number, signal?: AbortSignal): Promise<Stored<T>> {
    const { select, expand } = selectFor(this.list);
    const sp = withSignal(this.sp, signal);
    const json = await this.listIn(sp).items.getById(id).select(...select).expand(...expand)();
    return fromItem<T>(this.list, json);
  }

  public async findByKey(key: string): Promise<Stored<T> | undefined> {
    const found = await runQuery<T>(this.sp, this, { filter: odata.eq(this.list.idempotencyKey, key), pageSize: 1, maxItems: 1 });
    return found[0];
  }

  public permissions(): Promise<IListPermissions> {
    return readPermissions(this.sp, this);
  }

  public choices(property: keyof T & string): Promise<readonly string[]> {
    return readChoices(this.sp, this, property);
  }

  /**
   * Schema and rule validation; throws `ValidationError`. A choice value the code does not know may be one an owner
   * added to the column in SharePoint: then the column's choices are read (one request, only in that case) and
   * the value is valid if the list offers it.
   */
  public async validate(fields: T, partial = false): Promise<void> {
    const check = async (choices?: ListChoices): Promise<FieldErrors> => ({
      ...validateAgainstSchema(this.list, fields, partial, choices),
      ...(this.rules && !partial ? await this.rules(fields, choices) : {})
    });
    const first = await check();
    const unknown = Object.keys(first).filter(k => first[k].code === 'choice');
    const errors = unknown.length === 0 ? first : await check(Object.fromEntries(
      await Promise.all(unknown.map(async k => [k, await readChoices(this.sp, this, k)] as const))));
    if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  }

  /** Fills derived values before a write (e.g. a computed date). */
  protected prepare(fields: T): T {
    return fields;
  }

  /**
   * Creates an item exactly once. When the outcome is unknown (no answer, a 5xx, throttling after the retries) the
   * key is looked up before anything is sent again; SharePoint's unique key column refuses a second copy should the
   * browser itself have resent the request. A create that landed but whose read-back failed still reports success.
   */
  public async add(fields: T, options: ICreateOptions = {}): Promise<Stored<T>> {
    const prepared = this.prepare(fields);
    await this.validate(prepared);
    const key = options.key ?? newIdempotencyKey();
    const body = { ...toItem(this.list, prepared), [this.list.idempotencyKey.name]: key };
    let created: Record<string, unknown> | undefined;
    for (let attempt = 1; created === undefined; attempt++) {
      try {
        created = await this.listIn().items.add(body) as Record<string, unknown>;
      } catch (error) {
        const failure = writeFailure(error);
        if (failure !== 'unknown' && failure !== 'duplicate') throw error;
        const existing = await this.lookUp(key, error);
        if (existing) return existing;
        // The lookup answered: it did not land. Once more with the same key; if that fails too, it is not stored.
        if (failure === 'duplicate' || attempt >= 2) throw definite(error);
      }
    }
    const id = Number(created.Id ?? created.ID ?? (created.d as { Id?: number } | undefined)?.Id);
    try {
      return await this.get(id);
    } catch {
      // It is stored; only the read-back failed. What was sent is what is stored (people and lookups keep the titles
      // the form knew).
      return { ...prepared, ...fromItem<T>(this.list, created), ...pickRefs(this.list, prepared) };
    }
  }

  /** The item with `key`, or undefined; an unknown outcome when even the lookup fails. */
  private async lookUp(key: string, cause: unknown): Promise<Stored<T> | undefined> {
    try {
      return await this.findByKey(key);
    } catch {
      throw new OutcomeUnknownError('add', cause);
    }
  }

  public async update(id: number, fields: T, etag: string): Promise<Stored<T>> {
    const prepared = this.prepare(fields);
    await this.validate(prepared);
    return this.write(id, toItem(this.list, prepared), etag);
  }

  public async patch(id: number, changes: Partial<T>, etag: string): Promise<Stored<T>> {
    await this.validate(changes as T, true);
    return this.write(id, toItem(this.list, changes, true), etag);
  }

  /**
   * A MERGE with the ETag, exactly once. On 412, or when the answer was lost, the item is read: if it holds what was
   * sent, the write landed (perhaps on an earlier attempt) and is a success; if it is still at the ETag sent, the
   * write did not land and is sent once more; otherwise someone else changed it — a real conflict.
   */
  private async write(id: number, body: Record<string, unknown>, etag: string): Promise<Stored<T>> {
    if (!etag) throw new Error(`No ETag for item ${id}: read the item before writing it.`);
    for (let attempt = 1; ; attempt++) {
      let written: { etag?: string };
      try {
        written = await this.listIn().items.getById(id).update(body, etag) as { etag?: string };
      } catch (error) {
        const failure = writeFailure(error);
        if (failure !== 'unknown' && failure !== 'conflict') throw error;
        const current = await this.reread(id, 'update', error);
        if (sentValuesHeld(body, toItem(this.list, current))) return current;
        if (failure === 'unknown' && current.etag === etag && attempt < 2) continue;
        if (failure === 'unknown' && current.etag === etag) throw definite(error);
        throw new ConcurrencyError(id, current);
      }
      return this.getOr(id, body, written.etag);
    }
  }

  /** Reads an item after an uncertain write; 404 passes through (it was deleted), anything else is unknown. */
  private async reread(id: number, operation: string, cause: unknown): Promise<Stored<T>> {
    try {
      return await this.get(id);
    } catch (error) {
      if (writeFailure(error) === 'gone') throw error;
      throw new OutcomeUnknownError(operation, cause);
    }
  }

  /**
   * The item after a successful write; if the read-back fails, what was written with the ETag the write answered
   * (or none, so the next write meets 412 and reconciles).
   */
  private async getOr(id: number, body: Record<string, unknown>, etag: string | undefined): Promise<Stored<T>> {
    try {
      return await this.get(id);
    } catch {
      return fromItem<T>(this.list, { Id: id, 'odata.etag': etag ?? '"unknown"', ...body });
    }
  }

  /**
   * Deletes exactly once: an item that is gone — deleted by an earlier attempt whose answer was lost, or by someone
   * else — counts as deleted. On 412 someone changed it since it was read: `ConcurrencyError` with the current item.
   */
  public async delete(id: number, etag: string): Promise<void> {
    if (!etag) throw new Error(`No ETag for item ${id}: read the item before deleting it.`);
    for (let attempt = 1; ; attempt++) {
      try {
        await this.listIn().items.getById(id).delete(etag);
        return;
      } catch (error) {
        const failure = writeFailure(error);
        if (failure === 'gone') return;
        if (failure !== 'unknown' && failure !== 'conflict') throw error;
        let current: Stored<T>;
        try {
          current = await this.reread(id, 'delete', error);
        } catch (e) {
          if (writeFailure(e) === 'gone') return;
          throw e;
        }
        if (failure === 'unknown' && (current.etag === etag || etag === '*') && attempt < 2) continue;
        if (failure === 'unknown' && (current.etag === etag || etag === '*')) throw definite(error);
        if (failure === 'unknown') throw new ConcurrencyError(id, current);
        throw new ConcurrencyError(id, current);
      }
    }
  }
}

/**
 * The error to report once a read has shown that a write did not land: the network failure itself rather than
 * "unknown outcome" — now it is known, and the user is told it was not saved.
 */
function definite(error: unknown): unknown {
  return error instanceof OutcomeUnknownError && error.cause !== undefined ? error.cause : error;
}

/** The person and lookup references of a model (they carry titles the create response does not). */
function pickRefs<T extends object>(list: IListDefinition, fields: T): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const [prop, f] of Object.entries(list.fields)) {
    const v = (fields as Record<string, unknown>)[prop];
    if ((f.kind === 'User' || f.kind === 'Lookup') && v !== undefined) out[prop] = v;
  }
  return out as Partial<T>;
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
    canManageLists: has(PermissionKind.ManageLists),
    canManagePermissions: has(PermissionKind.ManagePermissions)
  };
}
