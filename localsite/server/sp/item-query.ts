import type { IItemRow } from '../store/types';
import { throttled } from './errors';
import { compareScalars, indexSeeks, matches, type Accessor, type Scalar } from './filter-eval';
import type { FilterNode } from './filter-parser';
import type { ItemSchema } from './item-schema';
import type { IQueryOptions } from './query-options';

/** SharePoint's list view threshold and its page-size limits. */
export const LIST_VIEW_THRESHOLD = 5000;
const DEFAULT_TOP = 100;
const MAX_TOP = 5000;

/** A page of items and, when more follow, the `$skiptoken` of the next page. */
export interface IItemPage { rows: IItemRow[]; nextToken?: string; }

/**
 * The list view threshold, as this site applies it to a list holding more than 5,000 items:
 *  - no `$filter` is fine (SharePoint pages such a list by ID without scanning);
 *  - a `$filter` must be servable by an index: a term of its top-level `and` compares an indexed column (or ID),
 *    or every branch of a top-level `or` is itself servable (see `servedByIndex`);
 *  - the index seek (see `indexSeeks`: the first indexed term of an `and`, with the other bounds on its column; every
 *    branch of an `or`) may itself match at most 5,000 items: SharePoint scans what the index returns, and a seek
 *    that returns more than the threshold fails just as a scan does;
 *  - `$orderby` on a column that is not indexed (other than ID) throttles.
 * Otherwise the query fails with HTTP 500 SPQueryThrottledException, as SharePoint Online does.
 */
export function checkThreshold(s: ItemSchema, rows: readonly IItemRow[], q: IQueryOptions): void {
  if (rows.length <= LIST_VIEW_THRESHOLD) return;
  const indexed = (path: string[]): boolean => s.isIndexed(path);
  if (q.filter) {
    const seeks = indexSeeks(q.filter, indexed);
    if (!seeks) throw throttled();
    let scanned = 0;
    const numbers = numberSetOf(q.filter);
    if (numbers) {
      // `Decision/Id eq 1 or Decision/Id eq 2 …`: each row is counted once per branch it matches, as the loop below does.
      for (const r of rows) {
        const hits = numberHits(numbers, s.accessor(r));
        if (hits === undefined) { scanned = -1; break; }
        scanned += hits;
        if (scanned > LIST_VIEW_THRESHOLD) throw throttled();
      }
    }
    if (!numbers || scanned < 0) {
      scanned = 0;
      for (const seek of seeks) {
        for (const r of rows) if (matches(seek, s.accessor(r)) && ++scanned > LIST_VIEW_THRESHOLD) throw throttled();
      }
    }
  }
  if (q.orderby.some(k => !indexed(k.path))) throw throttled();
}

const first = (v: Scalar | Scalar[]): Scalar => (Array.isArray(v) ? (v.length ? v[0] : null) : v);
const tokenText = (v: Scalar, kind: string): string =>
  (v === null ? '' : kind === 'date' ? new Date(v as number).toISOString().replace(/\.\d{3}Z$/, 'Z') : String(v));

/**
 * Filters, sorts (ID breaks ties) and pages a list's items. The `$skiptoken` has SharePoint's form
 * `Paged=TRUE&p_ID=N`, extended with `p_<Column>=<value>` for each `$orderby` key so paging stays correct when
 * sorting on other columns; a bare `p_ID` (as PnPjs's `items.skip(n)` writes it) also works.
 */
export function queryItems(s: ItemSchema, rows: IItemRow[], q: IQueryOptions): IItemPage {
  checkThreshold(s, rows, q);
  const numbers = q.filter ? numberSetOf(q.filter) : undefined;
  const filtered = !q.filter ? rows : rows.filter(r => {
    const get = s.accessor(r);
    const hits = numbers ? numberHits(numbers, get) : undefined;
    return hits === undefined ? matches(q.filter!, get) : hits > 0;
  });
  const keys = q.orderby.filter(k => !(k.path.length === 1 && (k.path[0] === 'ID' || k.path[0] === 'Id')));
  const idDesc = q.orderby.some(k => k.path.length === 1 && (k.path[0] === 'ID' || k.path[0] === 'Id') && k.desc);
  const sortValues = new Map<IItemRow, Scalar[]>();
  let kinds: string[] = keys.map(() => 'string');
  filtered.forEach((r, n) => {
    const get = s.accessor(r);
    const typed = keys.map(k => get(k.path));
    if (n === 0) kinds = typed.map(t => t.kind);
    sortValues.set(r, typed.map(t => first(t.value)));
  });
  const cmp = (a: Scalar[], aId: number, b: Array<Scalar | undefined>, bId: number): number => {
    for (let i = 0; i < keys.length; i++) {
      if (b[i] === undefined) continue;
      const c = compareScalars(a[i], b[i] as Scalar);
      if (c !== 0) return keys[i].desc ? -c : c;
    }
    return idDesc ? bId - aId : aId - bId;
  };
  const sorted = filtered.slice().sort((x, y) => cmp(sortValues.get(x)!, x.id, sortValues.get(y)!, y.id));

  let start = 0;
  let end = sorted.length;
  if (q.skiptoken) {
    const t = new URLSearchParams(q.skiptoken);
    const tokenId = parseInt(t.get('p_ID') || '0', 10) || 0;
    const tokenKeys = keys.map((k, i) => {
      const raw = t.get(`p_${k.path.join('/')}`);
      if (raw === null) return undefined;
      if (raw === '') return null;
      const kind = kinds[i];
      return kind === 'number' ? Number(raw) : kind === 'date' ? Date.parse(raw) : kind === 'boolean' ? raw === 'true' : raw;
    });
    const after = (r: IItemRow): boolean => cmp(sortValues.get(r)!, r.id, tokenKeys, tokenId) > 0;
    if (t.get('PagedPrev') === 'TRUE') {
      // Paging backwards: the page ends just before the token's row.
      end = sorted.findIndex(r => cmp(sortValues.get(r)!, r.id, tokenKeys, tokenId) >= 0);
      if (end < 0) end = sorted.length;
      start = Math.max(0, end - Math.min(q.top ?? DEFAULT_TOP, MAX_TOP));
    } else {
      start = sorted.findIndex(after);
      if (start < 0) start = sorted.length;
    }
  }
  const top = Math.min(q.top ?? DEFAULT_TOP, MAX_TOP);
  const page = sorted.slice(start, Math.min(end, start + top));
  const last = page[page.length - 1];
  if (!last || start + page.length >= sorted.length) return { rows: page };
  const values = sortValues.get(last)!;
  const parts = ['Paged=TRUE', ...keys.map((k, i) => `p_${k.path.join('/')}=${encodeURIComponent(tokenText(values[i], kinds[i]))}`), `p_ID=${last.id}`];
  return { rows: page, nextToken: parts.join('&') };
}

/** A filter `P eq 1 or P eq 2 …` on one member path with number literals: the numbers (with how often each is named). */
interface INumberSet { path: string[]; counts: Map<number, number> }

/**
 * Recognises `P eq n or P eq m …` (one path, number literals, any nesting of `or`): what the web parts send to read the
 * items of many lookups at once (`Decision/Id eq 12 or …`, 40 to a query). Evaluated as a set, not as 40 comparisons
 * per row, with exactly the generic evaluation's result (see `numberHits`).
 */
function numberSetOf(node: FilterNode): INumberSet | undefined {
  const counts = new Map<number, number>();
  let path: string[] | undefined;
  const walk = (n: FilterNode): boolean => {
    if (n.type === 'logical') return n.op === 'or' && walk(n.left) && walk(n.right);
    if (n.type !== 'compare' || n.op !== 'eq') return false;
    const member = n.left.type === 'member' ? n.left : n.right.type === 'member' ? n.right : undefined;
    const literal = n.left.type === 'literal' ? n.left : n.right.type === 'literal' ? n.right : undefined;
    if (!member || member.type !== 'member' || !literal || literal.type !== 'literal' || literal.kind !== 'number' || typeof literal.value !== 'number') return false;
    if (path === undefined) path = member.path;
    else if (path.join('/') !== member.path.join('/')) return false;
    counts.set(literal.value, (counts.get(literal.value) ?? 0) + 1);
    return true;
  };
  return walk(node) && path && counts.size > 1 ? { path, counts } : undefined;
}

/**
 * How many of the set's branches a row matches; `undefined` when the column is not a number column (then the generic
 * evaluation decides). A multi-value column matches a branch when any of its values equals it, as `eq` does.
 */
function numberHits(set: INumberSet, get: Accessor): number | undefined {
  const typed = get(set.path);
  if (typed.kind !== 'number') return undefined;
  const values = Array.isArray(typed.value) ? typed.value : [typed.value];
  let hits = 0;
  for (const v of new Set(values)) if (typeof v === 'number') hits += set.counts.get(v) ?? 0;
  return hits;
}
