import { badRequest } from './errors';
import type { FilterNode } from './filter-parser';

/** Scalar kinds values are compared as. Dates are epoch milliseconds. */
export type ValueKind = 'string' | 'number' | 'boolean' | 'date' | 'guid' | 'unknown';
export type Scalar = string | number | boolean | null;

/** A typed value: what a column holds (maybe several: multi-choice, multi-person) or a literal. */
export interface ITyped { kind: ValueKind; value: Scalar | Scalar[]; literal?: boolean; }

/** Resolves a member path (`Title`, `OwnerId`, `Owner/EMail`) on the current row; throws for unknown columns. */
export type Accessor = (path: string[]) => ITyped;

const collator = new Intl.Collator('da', { sensitivity: 'base', numeric: false });
const bool = (b: boolean): ITyped => ({ kind: 'boolean', value: b });
const isEmpty = (v: Scalar | Scalar[]): boolean =>
  v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/** Converts a literal to the kind of the column it is compared with (`'2026-01-01'` against a date column). */
function coerce(v: Scalar, kind: ValueKind): Scalar {
  if (v === null) return null;
  switch (kind) {
    case 'date': {
      if (typeof v === 'number') return v;
      const ms = Date.parse(String(v));
      if (isNaN(ms)) throw badRequest(`The value '${String(v)}' is not a valid date and time.`);
      return ms;
    }
    case 'number': {
      if (typeof v === 'boolean') return v ? 1 : 0;
      const n = Number(v);
      if (typeof v === 'string' && (v.trim() === '' || isNaN(n))) throw badRequest(`The value '${v}' is not a valid number.`);
      return n;
    }
    case 'boolean':
      if (typeof v === 'string') return v.toLowerCase() === 'true' || v === '1';
      return typeof v === 'number' ? v !== 0 : v;
    case 'string':
    case 'guid':
      return typeof v === 'string' ? v : String(v);
    default:
      return v;
  }
}

/** Orders two scalars of one kind; null sorts first (as SharePoint sorts empty values first ascending). */
export function compareScalars(a: Scalar, b: Scalar): number {
  if (a === null || a === undefined) return b === null || b === undefined ? 0 : -1;
  if (b === null || b === undefined) return 1;
  if (typeof a === 'string' && typeof b === 'string') return collator.compare(a, b);
  if (typeof a === 'boolean' || typeof b === 'boolean') return Number(a) - Number(b);
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

function compare(op: string, l: ITyped, r: ITyped): boolean {
  // The column's kind decides how a literal is read; two literals fall back to their own kinds.
  const kind: ValueKind = !l.literal && l.kind !== 'unknown' ? l.kind
    : !r.literal && r.kind !== 'unknown' ? r.kind
      : l.kind === 'date' || r.kind === 'date' ? 'date' : l.kind !== 'unknown' ? l.kind : r.kind;
  if (op === 'eq' || op === 'ne') {
    if (isEmpty(r.value) && r.literal) return (op === 'eq') === isEmpty(l.value);
    if (isEmpty(l.value) && l.literal) return (op === 'eq') === isEmpty(r.value);
  }
  const rs = (Array.isArray(r.value) ? r.value : [r.value]).map(v => coerce(v, kind));
  const ls = (Array.isArray(l.value) ? l.value : [l.value]).map(v => coerce(v, kind));
  // Multi-valued columns match when any value matches ("contains"), as SharePoint's Eq does on them.
  const anyEqual = (): boolean => ls.some(a => rs.some(b => compareEq(a, b)));
  if (op === 'eq') return anyEqual();
  if (op === 'ne') return !anyEqual();
  return ls.some(a => rs.some(b => {
    if (a === null || b === null) return false;
    const c = compareScalars(a, b);
    return op === 'gt' ? c > 0 : op === 'ge' ? c >= 0 : op === 'lt' ? c < 0 : c <= 0;
  }));
}

function compareEq(a: Scalar, b: Scalar): boolean {
  if (a === null || b === null) return a === b;
  return typeof a === 'string' && typeof b === 'string' ? a.toLowerCase() === b.toLowerCase() : compareScalars(a, b) === 0;
}

const text = (t: ITyped): string[] => (Array.isArray(t.value) ? t.value : [t.value]).map(v => (v === null ? '' : String(v)));
/** The (first) text of an argument; '' for null or an empty multi-value. */
const one = (t: ITyped): string => text(t)[0] ?? '';

function call(name: string, args: ITyped[]): ITyped {
  const need = (n: number): void => {
    if (args.length !== n) throw badRequest(`The function '${name}' takes ${n} argument(s).`);
  };
  switch (name) {
    case 'startswith':
      need(2);
      return bool(text(args[0]).some(s => s.toLowerCase().startsWith(one(args[1]).toLowerCase())));
    case 'endswith':
      need(2);
      return bool(text(args[0]).some(s => s.toLowerCase().endsWith(one(args[1]).toLowerCase())));
    case 'substringof':
      need(2);
      return bool(text(args[1]).some(s => s.toLowerCase().indexOf(one(args[0]).toLowerCase()) >= 0));
    case 'tolower': need(1); return { kind: 'string', value: one(args[0]).toLowerCase() };
    case 'toupper': need(1); return { kind: 'string', value: one(args[0]).toUpperCase() };
    case 'trim': need(1); return { kind: 'string', value: one(args[0]).trim() };
    case 'length': need(1); return { kind: 'number', value: one(args[0]).length };
    default: {
      need(1);
      const v = args[0].value;
      if (v === null || Array.isArray(v)) return { kind: 'number', value: null };
      const d = new Date(coerce(v, 'date') as number);
      const parts: Record<string, number> = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(),
        hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() };
      return { kind: 'number', value: parts[name] };
    }
  }
}

function evalNode(n: FilterNode, get: Accessor): ITyped {
  switch (n.type) {
    case 'literal':
      return { kind: n.kind === 'datetime' ? 'date' : n.kind === 'null' ? 'unknown' : n.kind, value: n.value, literal: true };
    case 'member': return get(n.path);
    case 'logical': {
      const l = truthy(evalNode(n.left, get));
      if (n.op === 'and' && !l) return bool(false);
      if (n.op === 'or' && l) return bool(true);
      return bool(truthy(evalNode(n.right, get)));
    }
    case 'not': return bool(!truthy(evalNode(n.operand, get)));
    case 'compare': return bool(compare(n.op, evalNode(n.left, get), evalNode(n.right, get)));
    case 'call': return call(n.name, n.args.map(a => evalNode(a, get)));
  }
}

function truthy(t: ITyped): boolean {
  return Array.isArray(t.value) ? t.value.length > 0 : t.value === true || t.value === 1;
}

/** Evaluates a filter on one row. */
export function matches(ast: FilterNode, get: Accessor): boolean {
  return truthy(evalNode(ast, get));
}

/**
 * The list view threshold rule: can an index serve this filter? True when a term of the top-level `and` is a
 * comparison (or `startswith`) on an indexed column, or when every branch of a top-level `or` can be served.
 * `substringof`, `not` and comparisons on projected fields (`Owner/Title`) cannot use an index.
 */
export function servedByIndex(ast: FilterNode, isIndexed: (path: string[]) => boolean): boolean {
  return indexSeeks(ast, isIndexed) !== undefined;
}

/** The indexed column a comparison (or `startswith`) term seeks on, if any. */
function seekColumn(ast: FilterNode, isIndexed: (path: string[]) => boolean): string | undefined {
  if (ast.type === 'compare') {
    const member = [ast.left, ast.right].find(s => s.type === 'member');
    return member && member.type === 'member' && isIndexed(member.path) ? member.path.join('/') : undefined;
  }
  if (ast.type === 'call' && ast.name === 'startswith') {
    const first = ast.args[0];
    return first && first.type === 'member' && isIndexed(first.path) ? first.path.join('/') : undefined;
  }
  return undefined;
}

/** The terms of a chain of `and`s, left to right. */
function andTerms(ast: FilterNode): FilterNode[] {
  return ast.type === 'logical' && ast.op === 'and' ? [...andTerms(ast.left), ...andTerms(ast.right)] : [ast];
}

/**
 * How SharePoint reads a filtered query on a large list, as this site models it: the predicates it seeks an index
 * with, whose matches it must then scan — `undefined` when no index can serve the filter.
 * - In an `and`, the **first** term (left to right) that an index can serve decides, together with the other
 *   comparisons on the same column (a range such as `StartDate ge a and StartDate le b`); a nested `or` that can
 *   be served counts as such a term. So the most selective indexed term belongs first.
 * - An `or` needs every branch served; its seeks are all branches' seeks.
 */
export function indexSeeks(ast: FilterNode, isIndexed: (path: string[]) => boolean): FilterNode[] | undefined {
  if (ast.type === 'logical' && ast.op === 'or') {
    const left = indexSeeks(ast.left, isIndexed);
    const right = indexSeeks(ast.right, isIndexed);
    return left && right ? [...left, ...right] : undefined;
  }
  const terms = andTerms(ast);
  for (const term of terms) {
    if (term.type === 'logical' && term.op === 'or') {
      const nested = indexSeeks(term, isIndexed);
      if (nested) return nested;
      continue;
    }
    const column = seekColumn(term, isIndexed);
    if (!column) continue;
    const range = terms.filter(t => seekColumn(t, isIndexed) === column);
    return [range.reduce((a, b): FilterNode => ({ type: 'logical', op: 'and', left: a, right: b }))];
  }
  return undefined;
}
