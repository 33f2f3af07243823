import type { IFieldDefinition } from '../schema';
import { copenhagenMidnightUtc } from '../domain/timeZone';

/**
 * Builds OData `$filter` text from schema fields, so no call site spells a field name or hand-quotes a value.
 * Dates for date-only columns are given as IsoDate (Copenhagen calendar days) and sent as the UTC instant
 * SharePoint stores; people and lookups compare on their id.
 */
type Scalar = string | number | boolean;

function operand(f: IFieldDefinition): string {
  return f.kind === 'User' || f.kind === 'Lookup' ? `${f.name}Id` : f.name;
}

function literal(f: IFieldDefinition, value: Scalar): string {
  switch (f.kind) {
    case 'DateOnly': return `datetime'${copenhagenMidnightUtc(String(value))}'`;
    case 'DateTime': return `datetime'${String(value)}'`;
    case 'Number':
    case 'User':
    case 'Lookup': return String(Number(value));
    case 'Boolean': return value ? '1' : '0';
    default: return `'${String(value).replace(/'/g, "''")}'`;
  }
}

const compare = (op: string): ((f: IFieldDefinition, value: Scalar) => string) => (f: IFieldDefinition, value: Scalar): string => `${operand(f)} ${op} ${literal(f, value)}`;

/** Filter builders. */
export const odata = {
  eq: compare('eq'),
  ne: compare('ne'),
  gt: compare('gt'),
  ge: compare('ge'),
  lt: compare('lt'),
  le: compare('le'),
  isNull: (f: IFieldDefinition): string => `${operand(f)} eq null`,
  and: (...parts: string[]): string => parts.filter(Boolean).map(p => `(${p})`).join(' and '),
  or: (...parts: string[]): string => parts.filter(Boolean).map(p => `(${p})`).join(' or '),
  /**
   * `startswith(field,'prefix')` on a text column: SharePoint's BeginsWith, served by the column's index (the
   * idempotency key, an inquiry's reference).
   */
  startsWith: (f: IFieldDefinition, prefix: string): string => `startswith(${operand(f)},${literal({ ...f, kind: 'Text' }, prefix)})`,
  /** `field eq a or field eq b …` */
  oneOf: (f: IFieldDefinition, values: readonly Scalar[]): string =>
    values.map(v => `(${compare('eq')(f, v)})`).join(' or ')
};
