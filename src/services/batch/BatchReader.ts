import { SPQueryable, type SPFI } from '@pnp/sp';
import { parseODataJSON } from '@pnp/queryable';
import type { IItemVersion, IPersonRef, Stored } from '../../domain/models';
import { fromItem, fromVersion, selectFor, versionSelectFor } from '../mapping';
import { serverRelativePath } from '../config/sp';
import { withSignal } from '../config/signal';
import { readBatch, type ReadJson } from './readBatch';
import type { IListPermissions, IListQuery, IRepository } from '../repositories/ListRepository';
import { readChoices, readPermissions, runQuery, type IListAddress } from '../repositories/ListRepository';

/** The reads one batch can hold, addressed by repository, each typed by the repository's model. */
export interface IReadBatch {
  /** Items of a list (pages past the first 5,000 are followed after the batch, on their own). */
  query<T extends object>(repository: IRepository<T>, query?: IListQuery): Promise<Stored<T>[]>;
  /** What the current user may do in a list. */
  permissions<T extends object>(repository: IRepository<T>): Promise<IListPermissions>;
  /** The choices of a choice column as the list has them now (owners may have added some in SharePoint). */
  choices<T extends object>(repository: IRepository<T>, property: keyof T & string): Promise<readonly string[]>;
  /** One item by id, every field. */
  item<T extends object>(repository: IRepository<T>, id: number): Promise<Stored<T>>;
  /** An item's stored versions (`items(id)/versions`), newest first as SharePoint answers. */
  versions<T extends object>(repository: IRepository<T>, id: number): Promise<IItemVersion<T>[]>;
  /** The signed-in user as a site user (`web/currentUser`). */
  currentUser(): Promise<IPersonRef>;
}

/** The settled results of a batch, by the names the caller gave its reads. */
export type BatchResults<R> = { [K in keyof R]: Awaited<R[K]> };

/**
 * Several reads from several lists in one HTTP request (a SharePoint `$batch`): a web part's first render is one
 * request, whatever it shows. `read` takes a function that names its reads and returns them typed:
 *
 * ```ts
 * const { open, perms } = await services.batch.read(b => ({
 *   open: b.query(repositories.tasks, { filter }),
 *   perms: b.permissions(repositories.tasks)
 * }), signal);
 * ```
 *
 * If any read fails, `read` rejects with that read's error (after the batch has finished).
 */
export interface IBatchReader {
  read<R extends Record<string, Promise<unknown>>>(build: (batch: IReadBatch) => R, signal?: AbortSignal): Promise<BatchResults<R>>;
}

/** The reads of one batch, each queued by `read` on `sp`'s URLs. Repositories are addressed by their list, so fakes and real ones both work. */
class PnPReadBatch implements IReadBatch {
  public constructor(private readonly sp: SPFI, private readonly read: ReadJson, private readonly webPath: string) {}

  private at(repository: IRepository<object>): IListAddress {
    return { list: repository.list, listUrl: `${this.webPath}/Lists/${repository.list.url}` };
  }

  public query<T extends object>(repository: IRepository<T>, query?: IListQuery): Promise<Stored<T>[]> {
    return runQuery<T>(this.sp, this.at(repository), query, this.read);
  }

  public permissions<T extends object>(repository: IRepository<T>): Promise<IListPermissions> {
    return readPermissions(this.sp, this.at(repository), this.read);
  }

  public choices<T extends object>(repository: IRepository<T>, property: keyof T & string): Promise<readonly string[]> {
    return readChoices(this.sp, this.at(repository), property, this.read);
  }

  public async item<T extends object>(repository: IRepository<T>, id: number): Promise<Stored<T>> {
    const { select, expand } = selectFor(repository.list);
    const json = await this.read(this.sp.web.getList(this.at(repository).listUrl).items.getById(id).select(...select).expand(...expand));
    return fromItem<T>(repository.list, parseODataJSON(json));
  }

  public async versions<T extends object>(repository: IRepository<T>, id: number): Promise<IItemVersion<T>[]> {
    const json = await this.read(this.sp.web.getList(this.at(repository).listUrl).items.getById(id).versions
      .select(...versionSelectFor(repository.list)));
    return (parseODataJSON(json) as Record<string, unknown>[]).map(r => fromVersion<T>(repository.list, r));
  }

  public async currentUser(): Promise<IPersonRef> {
    // A plain path rather than PnPjs's site-users module, which a first render does not otherwise need.
    const json = parseODataJSON(await this.read(SPQueryable(this.sp.web, 'currentUser').select('Id', 'Title', 'Email'))) as
      { Id: number; Title?: string; Email?: string };
    return { id: Number(json.Id), title: json.Title ?? '', email: json.Email || undefined };
  }
}

/** {@link IBatchReader} on {@link readBatch}: the reads are queued, then sent as one `$batch`. */
export class PnPBatchReader implements IBatchReader {
  private readonly webPath: string;

  public constructor(private readonly sp: SPFI, private readonly webUrl: string) {
    this.webPath = serverRelativePath(webUrl);
  }

  public async read<R extends Record<string, Promise<unknown>>>(build: (batch: IReadBatch) => R, signal?: AbortSignal): Promise<BatchResults<R>> {
    const sp = withSignal(this.sp, signal);
    const [read, execute] = readBatch(sp, this.webUrl);
    const reads = build(new PnPReadBatch(sp, read, this.webPath));
    return settle(reads, execute);
  }
}

/**
 * Waits for `execute` (the batch's one request), then for every read; rejects with the first failure. Reads are
 * observed at once, so a rejected part never surfaces as an unhandled rejection while the batch is in flight.
 */
export async function settle<R extends Record<string, Promise<unknown>>>(reads: R, execute: () => Promise<void>): Promise<BatchResults<R>> {
  const keys = Object.keys(reads) as (keyof R)[];
  const all = Promise.all(keys.map(k => reads[k]));
  all.catch(() => undefined);
  await execute();
  const values = await all;
  const out = {} as BatchResults<R>;
  keys.forEach((k, i) => { out[k] = values[i] as BatchResults<R>[typeof k]; });
  return out;
}
