import { badRequest } from './errors';
import { compareScalars, type ITyped, matches, type Scalar, type ValueKind } from './filter-eval';
import type { Entity } from './odata-format';
import { project } from './projector';
import type { IQueryOptions } from './query-options';

/** Reads a (possibly nested) plain property of an entity for `$filter`/`$orderby`. */
function read(e: Entity, path: string[]): ITyped {
  let v: unknown = e.props;
  for (const part of path) {
    if (v === null || typeof v !== 'object') { v = undefined; break; }
    const o = v as Record<string, unknown>;
    const key = part in o ? part : Object.keys(o).find(k => k.toLowerCase() === part.toLowerCase());
    if (key === undefined) throw badRequest(`The property '${path.join('/')}' does not exist on type '${e.meta.type}'.`);
    v = o[key];
  }
  const kind: ValueKind = typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'boolean'
    : typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v) ? 'date' : typeof v === 'string' ? 'string' : 'unknown';
  const value = kind === 'date' ? Date.parse(v as string) : v === undefined ? null : v;
  return { kind, value: (typeof value === 'object' && value !== null ? null : value) as Scalar };
}

/**
 * `$filter`, `$orderby`, `$top` and `$select`/`$expand` over a small collection (lists, fields, views, users).
 * These collections are never throttled and never paged by SharePoint.
 */
export function queryEntities(all: Entity[], q: IQueryOptions, allowMissing?: ReadonlySet<string>): Entity[] {
  let rows = q.filter ? all.filter(e => matches(q.filter!, path => read(e, path))) : all.slice();
  if (q.orderby.length) {
    rows = rows.sort((a, b) => {
      for (const k of q.orderby) {
        const c = compareScalars(read(a, k.path).value as Scalar, read(b, k.path).value as Scalar);
        if (c !== 0) return k.desc ? -c : c;
      }
      return 0;
    });
  }
  if (q.top !== undefined) rows = rows.slice(0, q.top);
  return rows.map(e => project(e, q, allowMissing));
}
