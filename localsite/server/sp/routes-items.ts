import { randomUUID } from 'crypto';
import type { IItemRow, IListRow, IVersionRow } from '../store/types';
import type { IResult, RequestContext } from './context';
import { etagMismatch } from './errors';
import { ItemSchema } from './item-schema';
import { queryItems } from './item-query';
import { itemEtag, serializeItem, serializeVersion } from './item-serializer';
import * as writer from './item-writer';
import { Entity } from './odata-format';
import { ALL, project, type IProjection } from './projector';
import { parseQueryOptions } from './query-options';

/** `SP.Data.ProcesserListItem` → the `$metadata#` context of its collection. */
const context = (list: IListRow, element = false): string =>
  `${String(list.props.ListItemEntityTypeFullName).replace(/^SP\.Data\./, 'SP.ListData.')}s${element ? '/@Element' : ''}`;

/** IF-MATCH: `*` (or no header) always matches; otherwise the quoted hidden version must be current. */
function checkEtag(ctx: RequestContext, item: IItemRow): void {
  const sent = ctx.header('if-match');
  if (sent === undefined || sent.trim() === '' || sent.trim() === '*') return;
  const versions = sent.split(',').map(s => s.trim().replace(/^W\//i, '').replace(/^"|"$/g, '').split(',').pop()!);
  if (versions.indexOf(String(item.version)) < 0) throw etagMismatch(sent, itemEtag(item));
}

/** The absolute link to the next page: the request's own URL with a new `$skiptoken`. */
function nextLink(ctx: RequestContext, token: string): string {
  const params = new URLSearchParams();
  for (const [k, v] of ctx.query) if (k.toLowerCase() !== '$skiptoken') params.append(k, v);
  params.set('$skiptoken', token);
  return `${ctx.url.origin}${ctx.url.pathname}?${params.toString()}`;
}

/** GET …/items: filter, sort, page (with the list view threshold), select and expand. */
export function getItems(ctx: RequestContext, list: IListRow): IResult {
  const q = parseQueryOptions(ctx.query);
  const s = new ItemSchema(ctx, list);
  const page = queryItems(s, ctx.store.items.all(list.id), q);
  const entities = page.rows.map(r => serializeItem(s, r, q));
  return ctx.collection(entities, context(list), page.nextToken && nextLink(ctx, page.nextToken));
}

function one(ctx: RequestContext, list: IListRow, item: IItemRow, q: IProjection, status: number): IResult {
  const entity = serializeItem(new ItemSchema(ctx, list), item, q);
  return ctx.entity(entity, context(list, true), status, { ETag: itemEtag(item) });
}

export function getItem(ctx: RequestContext, list: IListRow, item: IItemRow): IResult {
  return one(ctx, list, item, parseQueryOptions(ctx.query), 200);
}

/** POST …/items: 201 with the new item (PnPjs returns this body) and its ETag. */
export function createItem(ctx: RequestContext, list: IListRow): IResult {
  const item = writer.createItem(ctx.store, list, ctx.json(), ctx.user);
  return one(ctx, list, item, ALL, 201);
}

/** MERGE: 204 with the new ETag in the header (PnPjs's `item.update` resolves to `{ etag }` from it). */
export function updateItem(ctx: RequestContext, list: IListRow, item: IItemRow): IResult {
  checkEtag(ctx, item);
  const next = writer.updateItem(ctx.store, list, item, ctx.json(), ctx.user);
  return { status: 204, headers: { ETag: itemEtag(next) } };
}

export function deleteItem(ctx: RequestContext, list: IListRow, item: IItemRow, recycle: boolean): IResult {
  checkEtag(ctx, item);
  writer.deleteItem(ctx.store, list, item);
  return recycle ? ctx.value('Recycle', randomUUID()) : { status: 200 };
}

function versionEntity(ctx: RequestContext, s: ItemSchema, list: IListRow, item: IItemRow, v: IVersionRow): Entity {
  return serializeVersion(s, list, item, v, v.uiVersion === item.uiVersion);
}

/** GET …/items(n)/versions: newest first. */
export function getVersions(ctx: RequestContext, list: IListRow, item: IItemRow): IResult {
  const s = new ItemSchema(ctx, list);
  const q = parseQueryOptions(ctx.query);
  const versions = ctx.store.items.versions(list.id, item.id).map(v => project(versionEntity(ctx, s, list, item, v), q));
  return ctx.collection(versions, 'SP.ApiData.ListItemVersions');
}

export function getVersion(ctx: RequestContext, list: IListRow, item: IItemRow, v: IVersionRow): IResult {
  return ctx.entity(project(versionEntity(ctx, new ItemSchema(ctx, list), list, item, v), parseQueryOptions(ctx.query)),
    'SP.ApiData.ListItemVersions/@Element');
}
