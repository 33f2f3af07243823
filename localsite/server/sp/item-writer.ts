import { randomUUID } from 'crypto';
import type { SiteStore } from '../store';
import { spNow } from '../store/now';
import type { IFieldRow, IItemRow, IListRow, Props } from '../store/types';
import type { ISiteUser } from '../store/users';
import { UniqueGuard } from './unique';
import { decodeItemBody, defaultValues } from './value-codec';

/**
 * Item writes shared by REST and the store's seeding API. Every write bumps the hidden version (the ETag);
 * with versioning on it also bumps the major version and keeps a snapshot, as SharePoint does.
 */
const versioning = (list: IListRow): boolean => list.props.EnableVersioning !== false;

/**
 * Creates an item from a REST body; returns the stored row. Bulk callers pass the fields and a unique-value guard
 * once and save the list (its next id) themselves at the end (`saveList` false).
 */
export function createItem(store: SiteStore, list: IListRow, body: Props, user: ISiteUser,
  fields: IFieldRow[] = store.schema.fields(list.id), saveList = true,
  unique: UniqueGuard = new UniqueGuard(store.db, list, fields)): IItemRow {
  const values = decodeItemBody(list, fields, body, store.userMap);
  const now = spNow();
  const item: IItemRow = {
    listId: list.id, id: list.nextItemId, guid: randomUUID(), data: { ...defaultValues(fields, values), ...values },
    version: 1, uiVersion: 1, created: now, modified: now, authorId: user.id, editorId: user.id
  };
  unique.check(item.id, item.data);
  store.items.insert(item);
  store.items.snapshot(item);
  unique.remember(item.id, item.data);
  list.nextItemId += 1;
  list.lastItemModified = now;
  if (saveList) store.schema.updateList(list);
  return item;
}

/** Applies a MERGE body to an item. */
export function updateItem(store: SiteStore, list: IListRow, item: IItemRow, body: Props, user: ISiteUser): IItemRow {
  const fields = store.schema.fields(list.id);
  const values = decodeItemBody(list, fields, body, store.userMap);
  const now = spNow();
  const next: IItemRow = {
    ...item, data: { ...item.data, ...values }, version: item.version + 1,
    uiVersion: versioning(list) ? item.uiVersion + 1 : item.uiVersion, modified: now, editorId: user.id
  };
  new UniqueGuard(store.db, list, fields).check(item.id, next.data, new Set(Object.keys(values)));
  store.items.update(next);
  store.items.snapshot(next);
  list.lastItemModified = now;
  store.schema.updateList(list);
  return next;
}

/** Deletes an item (and its versions). */
export function deleteItem(store: SiteStore, list: IListRow, item: IItemRow): void {
  store.items.delete(list.id, item.id);
  list.lastItemDeleted = spNow();
  store.schema.updateList(list);
}
