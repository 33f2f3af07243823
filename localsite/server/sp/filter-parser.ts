import { badRequest } from './errors';

/**
 * OData v3 `$filter` as SharePoint accepts it: a tokenizer and a recursive-descent parser producing an AST.
 * Precedence (low → high): `or`, `and`, `not`, comparison, primary.
 */
export type CompareOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';
export type LiteralKind = 'string' | 'number' | 'boolean' | 'null' | 'datetime' | 'guid';

export type FilterNode =
  | { type: 'logical'; op: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { type: 'not'; operand: FilterNode }
  | { type: 'compare'; op: CompareOp; left: FilterNode; right: FilterNode }
  | { type: 'call'; name: string; args: FilterNode[] }
  | { type: 'member'; path: string[] }
  | { type: 'literal'; kind: LiteralKind; value: string | number | boolean | null };

type Token =
  | { t: 'punct'; v: '(' | ')' | ',' ; pos: number }
  | { t: 'string'; kind: 'string' | 'datetime' | 'guid'; v: string; pos: number }
  | { t: 'number'; v: number; pos: number }
  | { t: 'ident'; v: string; pos: number };

const COMPARE_OPS = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
const FUNCTIONS = new Set(['startswith', 'substringof', 'endswith', 'tolower', 'toupper', 'trim', 'length', 'year',
  'month', 'day', 'hour', 'minute', 'second']);

const invalid = (text: string, why: string): Error => badRequest(`The expression "${text}" is not valid. ${why}`);

/** Splits a filter into tokens; any character outside the grammar is a 400. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) { i++; continue; }
    if (c === '(' || c === ')' || c === ',') { tokens.push({ t: 'punct', v: c, pos: i }); i++; continue; }
    const typed = /^(datetime|guid|datetimeoffset)?'/i.exec(text.slice(i));
    if (typed) {
      let j = i + typed[0].length;
      let value = '';
      for (;;) {
        if (j >= text.length) throw invalid(text, `Unterminated string literal at position ${i}.`);
        if (text[j] === "'") {
          if (text[j + 1] === "'") { value += "'"; j += 2; continue; }
          break;
        }
        value += text[j++];
      }
      const prefix = (typed[1] || '').toLowerCase();
      tokens.push({ t: 'string', kind: prefix === 'guid' ? 'guid' : prefix ? 'datetime' : 'string', v: value, pos: i });
      i = j + 1;
      continue;
    }
    const num = /^-?\d+(\.\d+)?([eE][+-]?\d+)?[lLmMdDfF]?/.exec(text.slice(i));
    if (num) { tokens.push({ t: 'number', v: parseFloat(num[0]), pos: i }); i += num[0].length; continue; }
    const ident = /^[A-Za-z_][\w]*(\/[A-Za-z_][\w]*)*/.exec(text.slice(i));
    if (ident) { tokens.push({ t: 'ident', v: ident[0], pos: i }); i += ident[0].length; continue; }
    throw invalid(text, `Unexpected character '${c}' at position ${i}.`);
  }
  return tokens;
}

/** Parses a `$filter` value into an AST. */
export function parseFilter(text: string): FilterNode {
  if (text.length > 10000) throw invalid(text.slice(0, 50) + '…', 'The filter is too long.');
  const tokens = tokenize(text);
  let p = 0;
  const peek = (): Token | undefined => tokens[p];
  const isWord = (w: string): boolean => { const t = peek(); return !!t && t.t === 'ident' && t.v.toLowerCase() === w; };
  const expectPunct = (v: string): void => {
    const t = peek();
    if (!t || t.t !== 'punct' || t.v !== v) throw invalid(text, `Expected '${v}'${t ? ` at position ${t.pos}` : ' at the end'}.`);
    p++;
  };
  let depth = 0;

  function parseOr(): FilterNode {
    let left = parseAnd();
    while (isWord('or')) { p++; left = { type: 'logical', op: 'or', left, right: parseAnd() }; }
    return left;
  }
  function parseAnd(): FilterNode {
    let left = parseNot();
    while (isWord('and')) { p++; left = { type: 'logical', op: 'and', left, right: parseNot() }; }
    return left;
  }
  function parseNot(): FilterNode {
    if (isWord('not')) { p++; return { type: 'not', operand: parseNot() }; }
    return parseCompare();
  }
  function parseCompare(): FilterNode {
    const left = parsePrimary();
    const t = peek();
    if (t && t.t === 'ident' && COMPARE_OPS.has(t.v.toLowerCase())) {
      p++;
      return { type: 'compare', op: t.v.toLowerCase() as CompareOp, left, right: parsePrimary() };
    }
    return left;
  }
  function parsePrimary(): FilterNode {
    const t = peek();
    if (!t) throw invalid(text, 'The expression ended unexpectedly.');
    p++;
    if (t.t === 'punct') {
      if (t.v !== '(') throw invalid(text, `Unexpected '${t.v}' at position ${t.pos}.`);
      if (++depth > 100) throw invalid(text.slice(0, 50), 'Too deeply nested.');
      const inner = parseOr();
      depth--;
      expectPunct(')');
      return inner;
    }
    if (t.t === 'string') return { type: 'literal', kind: t.kind, value: t.v };
    if (t.t === 'number') return { type: 'literal', kind: 'number', value: t.v };
    const word = t.v.toLowerCase();
    if (word === 'true' || word === 'false') return { type: 'literal', kind: 'boolean', value: word === 'true' };
    if (word === 'null') return { type: 'literal', kind: 'null', value: null };
    const next = peek();
    if (next && next.t === 'punct' && next.v === '(') {
      if (!FUNCTIONS.has(word)) throw invalid(text, `Unknown function '${t.v}'.`);
      p++;
      const args: FilterNode[] = [];
      if (!(peek()?.t === 'punct' && (peek() as { v: string }).v === ')')) {
        args.push(parseOr());
        while (peek()?.t === 'punct' && (peek() as { v: string }).v === ',') { p++; args.push(parseOr()); }
      }
      expectPunct(')');
      return { type: 'call', name: word, args };
    }
    if (COMPARE_OPS.has(word) || word === 'and' || word === 'or' || word === 'not') {
      throw invalid(text, `Unexpected operator '${t.v}' at position ${t.pos}.`);
    }
    return { type: 'member', path: t.v.split('/') };
  }

  const ast = parseOr();
  if (p < tokens.length) throw invalid(text, `Unexpected '${String(tokens[p].v)}' at position ${tokens[p].pos}.`);
  return ast;
}
