import type Database from 'better-sqlite3';
import type { IFieldRow, IListRow, Props } from '../store/types';
import { SPError } from './errors';

/**
 * Columns with `EnforceUniqueValues`: no two items of a list may hold the same value. As SharePoint compares them:
 * text case-insensitively ("Test" and "test" are the same), people and lookups by id, numbers and dates by value.
 * Empty values (null, '') are not compared, so any number of items may leave the column empty.
 */

/** Types SharePoint can enforce uniqueness on (single-valued; not Note, MultiChoice, URL, Boolean, multi-value). */
export const UNIQUE_TYPES: ReadonlySet<string> = new Set(['Text', 'Choice', 'Number', 'Currency', 'DateTime', 'User', 'Lookup']);

/** The comparable form of a stored value; null for an empty one. */
export function uniqueKey(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value === '' ? null : `s:${value.toLocaleLowerCase('da-DK')}`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value}:${String(value)}`;
  if (Array.isArray(value)) return value.length ? `a:${JSON.stringify(value)}` : null;
  return `o:${JSON.stringify(value)}`;
}

/** SharePoint's answer to a write that would duplicate a unique column's value (HTTP 500). */
export const duplicateValues = (fields: IFieldRow[]): SPError => new SPError(500,
  '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
  'The list item could not be added or updated because duplicate values were found in the following field(s) in the list: ' +
  `[${fields.map(f => String(f.props.Title)).join(', ')}].`);

/** Each item's stored value of one column, read with SQLite's JSON functions (no item is parsed whole). */
export function columnValues(db: Database.Database, listId: string, internalName: string): Array<{ id: number; value: unknown }> {
  const path = `$."${internalName.replace(/"/g, '')}"`;
  const rows = db.prepare('SELECT id, json_extract(data, ?) AS v, json_type(data, ?) AS t FROM items WHERE list_id = ?')
    .all(path, path, listId) as Array<{ id: number; v: unknown; t: string | null }>;
  // json_extract hands back arrays and objects as JSON text; keep them comparable with what a write stores.
  return rows.map(r => ({ id: r.id, value: r.t === 'array' || r.t === 'object' ? JSON.parse(String(r.v)) as unknown : r.t === 'true' ? true : r.t === 'false' ? false : r.v }));
}

/**
 * Checks writes against a list's unique columns. Built once per request — or once for a bulk insert, remembering
 * what it let through — from the values the list holds.
 */
export class UniqueGuard {
  private readonly unique: IFieldRow[];
  private readonly taken = new Map<string, Map<string, number>>();

  public constructor(private readonly db: Database.Database, private readonly list: IListRow, fields: IFieldRow[]) {
    this.unique = fields.filter(f => f.props.EnforceUniqueValues === true);
  }

  private keys(f: IFieldRow): Map<string, number> {
    let map = this.taken.get(f.internalName);
    if (!map) {
      map = new Map();
      for (const { id, value } of columnValues(this.db, this.list.id, f.internalName)) {
        const k = uniqueKey(value);
        if (k !== null) map.set(k, id);
      }
      this.taken.set(f.internalName, map);
    }
    return map;
  }

  /**
   * Throws SharePoint's SPDuplicateValuesFoundException when `data` (the item's values after the write) repeats
   * another item's value in a unique column that the write sets (`written`: internal names; all on a create).
   */
  public check(itemId: number, data: Props, written?: ReadonlySet<string>): void {
    const clashes = this.unique.filter(f => {
      if (written && !written.has(f.internalName)) return false;
      const k = uniqueKey(data[f.internalName]);
      if (k === null) return false;
      const owner = this.keys(f).get(k);
      return owner !== undefined && owner !== itemId;
    });
    if (clashes.length) throw duplicateValues(clashes);
  }

  /** Records a stored item's values (bulk inserts check later rows against earlier ones). */
  public remember(itemId: number, data: Props): void {
    for (const f of this.unique) {
      const k = uniqueKey(data[f.internalName]);
      if (k !== null) this.keys(f).set(k, itemId);
    }
  }
}
