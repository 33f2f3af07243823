import type Database from 'better-sqlite3';
import type { IFieldRow, IListRow, Props } from '../store/types';
import { SPError } from './errors';
import { columnValues, UNIQUE_TYPES, uniqueKey } from './unique';

/**
 * What SharePoint checks when a field is created or changed: unique values need an index (and cannot lose it while
 * unique), a supported type and a list without duplicates; Hidden can change only where the field allows it.
 * SharePoint answers these with SPExceptions, which REST reports as HTTP 500 (see localsite/README.md).
 */

const spException = (message: string): SPError => new SPError(500, '-2146232832, Microsoft.SharePoint.SPException', message);

/** Whether a list already holds two items with the same (non-empty) value in a column. */
function hasDuplicates(db: Database.Database, list: IListRow, internalName: string): boolean {
  const seen = new Set<string>();
  for (const { value } of columnValues(db, list.id, internalName)) {
    const k = uniqueKey(value);
    if (k === null) continue;
    if (seen.has(k)) return true;
    seen.add(k);
  }
  return false;
}

/**
 * Checks a field's properties after a create (`before` null) or a MERGE. Throws SharePoint's error; the caller's
 * transaction then keeps nothing of the change.
 */
export function checkFieldRules(db: Database.Database, list: IListRow, field: Pick<IFieldRow, 'internalName'>,
  before: Props | null, after: Props): void {
  const type = String(after.TypeAsString);
  if (before && before.Hidden !== after.Hidden && after.CanToggleHidden !== true) {
    // A field created without CanToggleHidden="TRUE" keeps the Hidden it was created with (pnp/PnP-Sites-Core#1002).
    throw spException('Cannot change Hidden attribute for this field');
  }
  if (after.EnforceUniqueValues !== true) return;
  if (!UNIQUE_TYPES.has(type) || (after.FromBaseType === true && field.internalName !== 'Title')) {
    throw spException(`Unique values cannot be enforced on the field '${String(after.Title)}' of type '${type}'.`);
  }
  if (after.Indexed !== true) throw spException('This field must be indexed to enforce unique values.');
  if (before?.EnforceUniqueValues !== true && before !== null && hasDuplicates(db, list, field.internalName)) {
    throw spException(`The field '${String(after.Title)}' contains duplicate values. Remove them before enforcing unique values.`);
  }
}
