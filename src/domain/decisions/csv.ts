/**
 * CSV export of the decision register, shaped for Excel on a Danish machine: UTF-8 with a byte-order mark (so Excel
 * reads æ, ø and å right), semicolons between fields (a Danish Excel's list separator — a comma is the decimal
 * separator), CRLF between records, decimal commas. Fields holding a separator, a quote or a line break are quoted,
 * with quotes doubled (RFC 4180). Text that Excel would read as a formula — starting with `=`, `+`, `-`, `@`, a tab
 * or a carriage return (OWASP's list for CSV injection) — gets a leading apostrophe, which Excel shows as text.
 * The domain writes no words: column headers and value labels come from the caller.
 */
import type { IDecision } from '../models/decision';
import { decisionKindOf } from './status';

/** A cell: text, a number, or nothing. */
export type CsvValue = string | number | undefined;

/** Format options; the defaults are the Danish Excel ones. */
export interface ICsvOptions {
  /** Default `;`. */
  separator?: string;
  /** Default `,`. */
  decimalSeparator?: string;
  /** Start with U+FEFF. Default `true`. */
  bom?: boolean;
}

const FORMULA_START: RegExp = /^[=+\-@\t\r]/;

/**
 * One cell. Text: formula-guarded, line breaks inside made LF (Excel's own line break in a cell), quoted when it
 * holds the separator, a quote or a line break, or begins or ends with a space. Numbers: not guarded (a negative
 * number is not a formula), decimal separator applied (quoted if it is the field separator), non-finite ones empty.
 */
export function csvCell(value: CsvValue, options: ICsvOptions = {}): string {
  const separator = options.separator ?? ';';
  if (typeof value === 'number') {
    const number = Number.isFinite(value) ? String(value).replace('.', options.decimalSeparator ?? ',') : '';
    // A comma-separated file with decimal commas: the number must be quoted to stay one field.
    return number.indexOf(separator) >= 0 ? `"${number}"` : number;
  }
  if (value === undefined || value === '') {
    return '';
  }
  let text = value.replace(/\r\n?/g, '\n');
  if (FORMULA_START.test(value)) {
    text = `'${text}`;
  }
  const needsQuotes = text.indexOf(separator) >= 0 || /["\n]/.test(text) || /^\s|\s$/.test(text);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: a header row and the data rows, each ended by CRLF, with the BOM in front unless switched off. */
export function toCsv(headers: readonly string[], rows: readonly (readonly CsvValue[])[], options: ICsvOptions = {}): string {
  const separator = options.separator ?? ';';
  const line = (cells: readonly CsvValue[]): string => cells.map((cell) => csvCell(cell, options)).join(separator) + '\r\n';
  return (options.bom === false ? '' : '\ufeff') + line(headers) + rows.map(line).join('');
}

/** The register columns an export may include. */
export type DecisionCsvColumn =
  | 'id' | 'title' | 'kind' | 'status' | 'forum' | 'meetingDate' | 'decisionText' | 'rationale' | 'responsible'
  | 'followUpDate' | 'process' | 'caseReference' | 'priority' | 'meetingUrl' | 'joinUrl' | 'attendees';

/** A column of the export: which value, under which header. */
export interface IDecisionCsvColumn {
  column: DecisionCsvColumn;
  header: string;
}

/**
 * The raw value of a column: dates as `YYYY-MM-DD` (Excel reads them as dates), people and processes by name, the
 * meeting link as its address, the kind as Beslutning when the item has none, choices as stored.
 */
export function decisionCsvValue(decision: IDecision, column: DecisionCsvColumn): CsvValue {
  switch (column) {
    case 'kind':
      return decisionKindOf(decision);
    case 'responsible':
      return decision.responsible?.title;
    case 'process':
      return decision.process?.title;
    case 'meetingUrl':
      return decision.meetingUrl?.url;
    case 'joinUrl':
      return decision.joinUrl?.url;
    case 'attendees':
      // One line per person in the list; in a cell, a semicolon-separated line reads better.
      return decision.attendees?.split(/\r?\n/).map(l => l.trim()).filter(Boolean).join('; ');
    default:
      return decision[column];
  }
}

/**
 * The register as CSV with the given columns, in the given row order. `label` may turn a stored value into the
 * user's language (e.g. a priority `MUST` into »Skal«); it is called for text values only.
 */
export function decisionsToCsv(
  decisions: readonly IDecision[],
  columns: readonly IDecisionCsvColumn[],
  options: ICsvOptions & { label?: (column: DecisionCsvColumn, value: string) => string } = {}
): string {
  const rows = decisions.map((decision) => columns.map(({ column }) => {
    const value = decisionCsvValue(decision, column);
    return typeof value === 'string' && options.label ? options.label(column, value) : value;
  }));
  return toCsv(columns.map((c) => c.header), rows, options);
}
