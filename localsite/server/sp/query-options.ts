import { badRequest } from './errors';
import { parseFilter, type FilterNode } from './filter-parser';

/** One `$orderby` key. */
export interface IOrderKey { path: string[]; desc: boolean; }

/** The OData system query options of a request, parsed and checked. */
export interface IQueryOptions {
  /** Selected paths (`Owner/Title` → ['Owner','Title']), without `*`. */
  select: string[][];
  /** True when `$select` is absent or holds `*`: every default property is wanted (plus any selected paths). */
  selectAll: boolean;
  /** Expanded navigation paths. */
  expand: string[][];
  filter: FilterNode | null;
  orderby: IOrderKey[];
  /** `$top` as given (undefined when absent). */
  top?: number;
  skiptoken?: string;
  skip?: number;
}

const PATH = /^[A-Za-z_][\w]*(\/[A-Za-z_][\w]*)*$/;

/** Reads a query option by its name, case-insensitively, with or without the `$`. */
export function option(query: URLSearchParams, name: string): string | null {
  const wanted = name.toLowerCase();
  for (const [k, v] of query) {
    if (k.toLowerCase() === wanted) return v;
  }
  return null;
}

function paths(value: string | null, what: string): string[][] {
  if (value === null) return [];
  const out: string[][] = [];
  for (const raw of value.split(',')) {
    const p = raw.trim();
    if (p === '') continue;
    if (p === '*') { out.push(['*']); continue; }
    if (!PATH.test(p)) throw badRequest(`The ${what} expression '${p}' is not valid.`);
    out.push(p.split('/'));
  }
  return out;
}

function integer(value: string | null, name: string): number | undefined {
  if (value === null) return undefined;
  if (!/^\d{1,9}$/.test(value.trim())) throw badRequest(`Invalid ${name} value '${value}': an integer is expected.`);
  return parseInt(value, 10);
}

/** Parses `$select`, `$expand`, `$filter`, `$orderby`, `$top`, `$skip`, `$skiptoken`. */
export function parseQueryOptions(query: URLSearchParams): IQueryOptions {
  const select = paths(option(query, '$select'), '$select');
  const filterText = option(query, '$filter');
  const orderby: IOrderKey[] = [];
  for (const raw of (option(query, '$orderby') || '').split(',')) {
    const m = /^\s*([A-Za-z_][\w]*(?:\/[A-Za-z_][\w]*)*)(?:\s+(asc|desc))?\s*$/i.exec(raw);
    if (raw.trim() === '') continue;
    if (!m) throw badRequest(`The $orderby expression '${raw.trim()}' is not valid.`);
    orderby.push({ path: m[1].split('/'), desc: (m[2] || '').toLowerCase() === 'desc' });
  }
  return {
    select: select.filter(p => p[0] !== '*'),
    selectAll: select.length === 0 || select.some(p => p[0] === '*'),
    expand: paths(option(query, '$expand'), '$expand'),
    filter: filterText === null || filterText.trim() === '' ? null : parseFilter(filterText),
    orderby,
    top: integer(option(query, '$top'), '$top'),
    skip: integer(option(query, '$skip'), '$skip'),
    skiptoken: option(query, '$skiptoken') ?? undefined
  };
}
