import type Database from 'better-sqlite3';
import type { IFieldRow, IListRow, IViewRow, Props } from './types';

interface IListRecord {
  id: string; title: string; url: string; props: string; next_item_id: number; created: string;
  last_item_modified: string; last_item_deleted: string; seq: number;
}
interface IFieldRecord { list_id: string; id: string; internal_name: string; props: string; seq: number; }
interface IViewRecord { list_id: string; id: string; props: string; view_fields: string; seq: number; }

const toList = (r: IListRecord): IListRow => ({
  id: r.id, title: r.title, url: r.url, props: JSON.parse(r.props) as Props, nextItemId: r.next_item_id,
  created: r.created, lastItemModified: r.last_item_modified, lastItemDeleted: r.last_item_deleted, seq: r.seq
});
const toField = (r: IFieldRecord): IFieldRow =>
  ({ listId: r.list_id, id: r.id, internalName: r.internal_name, props: JSON.parse(r.props) as Props, seq: r.seq });
const toView = (r: IViewRecord): IViewRow => ({
  listId: r.list_id, id: r.id, props: JSON.parse(r.props) as Props,
  viewFields: JSON.parse(r.view_fields) as string[], seq: r.seq
});

/** Lists, fields and views: the schema the project's provisioning creates through REST. */
export class SchemaRepository {
  /** @param itemsChanged called when a schema change rewrites or removes items (so cached rows are dropped). */
  public constructor(private readonly db: Database.Database, private readonly itemsChanged: (listId?: string) => void = () => undefined) {}

  /** All lists in creation order. */
  public lists(): IListRow[] {
    return (this.db.prepare('SELECT * FROM lists ORDER BY seq').all() as IListRecord[]).map(toList);
  }

  public list(id: string): IListRow | undefined {
    const r = this.db.prepare('SELECT * FROM lists WHERE lower(id) = lower(?)').get(id) as IListRecord | undefined;
    return r && toList(r);
  }

  public insertList(l: Omit<IListRow, 'seq'>): void {
    this.db.prepare(`INSERT INTO lists (id, title, url, props, next_item_id, created, last_item_modified,
      last_item_deleted, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, (SELECT coalesce(max(seq), 0) + 1 FROM lists))`)
      .run(l.id, l.title, l.url, JSON.stringify(l.props), l.nextItemId, l.created, l.lastItemModified, l.lastItemDeleted);
  }

  public updateList(l: IListRow): void {
    this.db.prepare(`UPDATE lists SET title = ?, props = ?, next_item_id = ?, last_item_modified = ?,
      last_item_deleted = ? WHERE id = ?`)
      .run(l.title, JSON.stringify(l.props), l.nextItemId, l.lastItemModified, l.lastItemDeleted, l.id);
  }

  /** Deletes a list with its fields, views, items and versions (foreign keys cascade). */
  public deleteList(id: string): void {
    this.itemsChanged(id);
    this.db.prepare('DELETE FROM lists WHERE id = ?').run(id);
  }

  public fields(listId: string): IFieldRow[] {
    return (this.db.prepare('SELECT * FROM fields WHERE list_id = ? ORDER BY seq').all(listId) as IFieldRecord[])
      .map(toField);
  }

  public insertField(f: Omit<IFieldRow, 'seq'>): void {
    this.db.prepare(`INSERT INTO fields (list_id, id, internal_name, props, seq) VALUES (?, ?, ?, ?,
      (SELECT coalesce(max(seq), 0) + 1 FROM fields WHERE list_id = ?))`)
      .run(f.listId, f.id, f.internalName, JSON.stringify(f.props), f.listId);
  }

  public updateField(f: IFieldRow): void {
    this.db.prepare('UPDATE fields SET props = ? WHERE list_id = ? AND id = ?').run(JSON.stringify(f.props), f.listId, f.id);
  }

  /** Deletes a field and the values items hold for it, so a later field of the same name starts empty. */
  public deleteField(f: IFieldRow): void {
    this.itemsChanged(f.listId);
    this.db.prepare('DELETE FROM fields WHERE list_id = ? AND id = ?').run(f.listId, f.id);
    const jsonPath = `$."${f.internalName.replace(/"/g, '')}"`;
    this.db.prepare('UPDATE items SET data = json_remove(data, ?) WHERE list_id = ?').run(jsonPath, f.listId);
    this.db.prepare('UPDATE item_versions SET data = json_remove(data, ?) WHERE list_id = ?').run(jsonPath, f.listId);
  }

  public views(listId: string): IViewRow[] {
    return (this.db.prepare('SELECT * FROM views WHERE list_id = ? ORDER BY seq').all(listId) as IViewRecord[])
      .map(toView);
  }

  public insertView(v: Omit<IViewRow, 'seq'>): void {
    this.db.prepare(`INSERT INTO views (list_id, id, props, view_fields, seq) VALUES (?, ?, ?, ?,
      (SELECT coalesce(max(seq), 0) + 1 FROM views WHERE list_id = ?))`)
      .run(v.listId, v.id, JSON.stringify(v.props), JSON.stringify(v.viewFields), v.listId);
  }

  public updateView(v: IViewRow): void {
    this.db.prepare('UPDATE views SET props = ?, view_fields = ? WHERE list_id = ? AND id = ?')
      .run(JSON.stringify(v.props), JSON.stringify(v.viewFields), v.listId, v.id);
  }

  public deleteView(v: IViewRow): void {
    this.db.prepare('DELETE FROM views WHERE list_id = ? AND id = ?').run(v.listId, v.id);
  }
}
