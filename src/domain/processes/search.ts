/**
 * Text search over processes: their title, purpose and the texts of their steps. Matching is on normalised text —
 * lower case, other letters' diacritics removed (é → e, ü → u) but the Danish letters æ, ø and å kept as letters of
 * their own, as Danish treats them; whitespace of any kind collapsed — so "cafe" finds "Café" but "aar" does not find
 * "år". Every word of the query must occur somewhere (AND); a phrase in double quotes must occur as written.
 */
import type { IProcessStepFields } from '../models/process';

/** Where a hit was found. */
export type ProcessSearchField = 'title' | 'purpose' | 'steps';

/** The step texts searched. */
export type SearchableStep = Partial<Pick<IProcessStepFields, 'title' | 'description' | 'deliverable' | 'responsibleRole'>>;

/** What is searched on a process. */
export interface ISearchableProcess {
  id: number;
  title: string;
  purpose?: string;
}

/** A matching process, where it matched and how well (higher is better). */
export interface IProcessSearchHit<T extends ISearchableProcess> {
  process: T;
  fields: ProcessSearchField[];
  score: number;
}

/** A term found in the title counts most, in the purpose less, in a step least. */
const FIELD_WEIGHTS: Readonly<Record<ProcessSearchField, number>> = { title: 3, purpose: 2, steps: 1 };
const INVISIBLE: RegExp = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const NON_ASCII_EXCEPT_DANISH: RegExp = /[^ -~æøå]/g;
const COMBINING_MARKS: RegExp = /\p{M}/gu;

/**
 * Text as the search compares it: NFC, lower case, diacritics removed except on æ, ø, å (`Å` and `A` + combining
 * ring both become `å`), compatibility forms unfolded (`ﬁ` → `fi`), soft hyphens and zero-width characters removed,
 * runs of whitespace (tabs, line breaks, no-break spaces) made one space, trimmed. `undefined` gives `''`.
 */
export function normaliseSearchText(text: string | undefined): string {
  if (!text) {
    return '';
  }
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(INVISIBLE, '')
    .replace(/\s+/g, ' ')
    .replace(NON_ASCII_EXCEPT_DANISH, (ch) => ch.normalize('NFKD').replace(COMBINING_MARKS, ''))
    .trim();
}

/** The normalised terms of a query: words, and phrases in double quotes kept whole. An empty query has none. */
export function searchTerms(query: string): string[] {
  const terms: string[] = [];
  const pattern = /"([^"]*)"|(\S+)/g;
  const text = normaliseSearchText(query);
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const term = (match[1] ?? match[2]).replace(/"/g, '').trim();
    if (term !== '') {
      terms.push(term);
    }
  }
  return terms;
}

/**
 * The normalised texts by object: a keystroke searches 2,000 processes and 20,000 steps, and normalising them all
 * again for every keystroke cost far more than the matching. Keyed by the process object and the step array (the
 * catalogue keeps both while they are unchanged), the cache holds nothing alive once they are gone. A process edited
 * in place would keep its old text; the services always return new objects.
 */
const PROCESS_TEXTS = new WeakMap<ISearchableProcess, { title: string; purpose: string }>();
const STEP_TEXTS = new WeakMap<readonly SearchableStep[], string>();

function normalisedProcess(process: ISearchableProcess): { title: string; purpose: string } {
  let texts = PROCESS_TEXTS.get(process);
  if (!texts) {
    texts = { title: normaliseSearchText(process.title), purpose: normaliseSearchText(process.purpose) };
    PROCESS_TEXTS.set(process, texts);
  }
  return texts;
}

function normalisedSteps(steps: readonly SearchableStep[]): string {
  if (steps.length === 0) return '';
  let text = STEP_TEXTS.get(steps);
  if (text === undefined) {
    text = steps.map((s) => normaliseSearchText([s.title, s.description, s.deliverable, s.responsibleRole].join(' '))).join('\n');
    STEP_TEXTS.set(steps, text);
  }
  return text;
}

/** Danish order, with one collator: `localeCompare(b, 'da')` builds one per comparison, and sorting 2,000 titles shows it. */
const DANISH: Intl.Collator = new Intl.Collator('da');

/** Compares two texts in Danish order (æ, ø, å after z). */
export function compareDanish(a: string, b: string): number {
  return DANISH.compare(a, b);
}

/**
 * Whether a process matches all `terms` (from {@link searchTerms}), and where. Each term scores the weight of the
 * best field it is found in; a title that starts with the first term gets one point more. No terms: every process
 * matches with score 0.
 */
export function matchProcess<T extends ISearchableProcess>(
  terms: readonly string[],
  process: T,
  steps: readonly SearchableStep[] = []
): IProcessSearchHit<T> | undefined {
  const texts: Record<ProcessSearchField, string> = { ...normalisedProcess(process), steps: normalisedSteps(steps) };
  const found = new Set<ProcessSearchField>();
  let score = 0;
  for (const term of terms) {
    const fields = (Object.keys(FIELD_WEIGHTS) as ProcessSearchField[]).filter((f) => texts[f].indexOf(term) >= 0);
    if (fields.length === 0) {
      return undefined;
    }
    fields.forEach((f) => found.add(f));
    score += Math.max(...fields.map((f) => FIELD_WEIGHTS[f]));
  }
  if (terms.length > 0 && texts.title.startsWith(terms[0])) {
    score += 1;
  }
  const order: ProcessSearchField[] = ['title', 'purpose', 'steps'];
  return { process, fields: order.filter((f) => found.has(f)), score };
}

/**
 * The processes matching `query`, best first (score, then title in Danish order, then id). An empty query returns
 * every process in the given order. `stepsOf` gives a process's steps (e.g. from a map by process id).
 */
export function searchProcesses<T extends ISearchableProcess>(
  query: string,
  processes: readonly T[],
  stepsOf: (process: T) => readonly SearchableStep[] = () => []
): IProcessSearchHit<T>[] {
  const terms = searchTerms(query);
  const hits: IProcessSearchHit<T>[] = [];
  for (const process of processes) {
    const hit = matchProcess(terms, process, terms.length > 0 ? stepsOf(process) : []);
    if (hit) {
      hits.push(hit);
    }
  }
  if (terms.length === 0) {
    return hits;
  }
  return hits.sort((a, b) => b.score - a.score || compareDanish(a.process.title, b.process.title) || a.process.id - b.process.id);
}
