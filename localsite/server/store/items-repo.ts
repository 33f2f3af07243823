import type Database from 'better-sqlite3';
import type { IItemRow, IVersionRow, Props } from './types';

interface IItemRecord {
  list_id: string; id: number; guid: string; data: string; version: number; ui_version: number; created: string;
  modified: string; author_id: number; editor_id: number;
}
interface IVersionRecord { list_id: string; item_id: number; ui_version: number; data: string; modified: string; editor_id: number; }

const toItem = (r: IItemRecord): IItemRow => ({
  listId: r.list_id, id: r.id, guid: r.guid, data: JSON.parse(r.data) as Props, version: r.version,
  uiVersion: r.ui_version, created: r.created, modified: r.modified, authorId: r.author_id, editorId: r.editor_id
});
const toVersion = (r: IVersionRecord): IVersionRow => ({
  listId: r.list_id, itemId: r.item_id, uiVersion: r.ui_version, data: JSON.parse(r.data) as Props,
  modified: r.modified, editorId: r.editor_id
});

/** List items and their version history. */
export class ItemsRepository {
  /** Parsed items per list, so queries on big lists do not re-read and re-parse every row. */
  private readonly cache = new Map<string, IItemRow[]>();

  public constructor(private readonly db: Database.Database) {}

  /** Forgets cached rows (of one list, or all) after a write. */
  public invalidate(listId?: string): void {
    if (listId === undefined) this.cache.clear();
    else this.cache.delete(listId);
  }

  /**
   * Every item of a list in ID order (queries filter and sort in memory). Rows are cached between writes, but never
   * filled inside a transaction, so a rolled-back write can not leave phantom rows behind. Do not mutate the rows.
   */
  public all(listId: string): IItemRow[] {
    const cached = this.cache.get(listId);
    if (cached) return cached.slice();
    const rows = (this.db.prepare('SELECT * FROM items WHERE list_id = ? ORDER BY id').all(listId) as IItemRecord[]).map(toItem);
    if (!this.db.inTransaction) this.cache.set(listId, rows);
    return rows.slice();
  }

  public get(listId: string, id: number): IItemRow | undefined {
    const r = this.db.prepare('SELECT * FROM items WHERE list_id = ? AND id = ?').get(listId, id) as IItemRecord | undefined;
    return r && toItem(r);
  }

  public count(listId: string): number {
    return (this.db.prepare('SELECT count(*) AS n FROM items WHERE list_id = ?').get(listId) as { n: number }).n;
  }

  public insert(i: IItemRow): void {
    this.invalidate(i.listId);
    this.db.prepare(`INSERT INTO items (list_id, id, guid, data, version, ui_version, created, modified, author_id,
      editor_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(i.listId, i.id, i.guid, JSON.stringify(i.data), i.version, i.uiVersion, i.created, i.modified, i.authorId, i.editorId);
  }

  public update(i: IItemRow): void {
    this.invalidate(i.listId);
    this.db.prepare(`UPDATE items SET data = ?, version = ?, ui_version = ?, modified = ?, editor_id = ?
      WHERE list_id = ? AND id = ?`)
      .run(JSON.stringify(i.data), i.version, i.uiVersion, i.modified, i.editorId, i.listId, i.id);
  }

  public delete(listId: string, id: number): void {
    this.invalidate(listId);
    this.db.prepare('DELETE FROM items WHERE list_id = ? AND id = ?').run(listId, id);
    this.db.prepare('DELETE FROM item_versions WHERE list_id = ? AND item_id = ?').run(listId, id);
  }

  /** Stores the item's current values as a version (replacing a snapshot of the same number). */
  public snapshot(i: IItemRow): void {
    this.db.prepare(`INSERT OR REPLACE INTO item_versions (list_id, item_id, ui_version, data, modified, editor_id)
      VALUES (?, ?, ?, ?, ?, ?)`).run(i.listId, i.id, i.uiVersion, JSON.stringify(i.data), i.modified, i.editorId);
  }

  /** Versions newest first, as SharePoint lists them. */
  public versions(listId: string, itemId: number): IVersionRow[] {
    return (this.db.prepare('SELECT * FROM item_versions WHERE list_id = ? AND item_id = ? ORDER BY ui_version DESC')
      .all(listId, itemId) as IVersionRecord[]).map(toVersion);
  }
}
