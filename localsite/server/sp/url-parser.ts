import { badRequest } from './errors';

/** A value written in a URL path: `'text'` (with `''` escapes), `guid'…'`, a number, `true`/`false`/`null`. */
export type Literal = string | number | boolean | null;

/** One path segment, e.g. `getByTitle('Årshjul')` → name `getByTitle`, args `['Årshjul']`. */
export interface ISegment {
  name: string;
  /** Lower-case name: SharePoint's REST paths are case-insensitive. */
  lower: string;
  /** Positional arguments; null when the segment has no parentheses. */
  args: Literal[] | null;
  /** Named arguments (`renderlistformdata(itemid=5, mode='2')`). */
  named: Record<string, Literal>;
}

/** Splits on `sep` where not inside quotes or parentheses (a title may hold `/` or `,` in quotes). */
function splitOutside(s: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "'") quoted = !quoted; // '' inside a string toggles twice, which is what we want
    else if (!quoted && c === '(') depth++;
    else if (!quoted && c === ')') depth--;
    else if (!quoted && depth === 0 && c === sep) {
      parts.push(s.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(s.slice(start));
  return parts;
}

/** Parses one literal; `@alias` takes its value from the query string (PnPjs's `getByLoginName` uses `@v`). */
export function parseLiteral(text: string, query: URLSearchParams, depth = 0): Literal {
  const t = text.trim();
  const quoted = /^(guid|datetime)?'((?:[^']|'')*)'$/i.exec(t);
  if (quoted) return quoted[2].replace(/''/g, "'");
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  if (/^(true|false)$/i.test(t)) return t.toLowerCase() === 'true';
  if (/^null$/i.test(t)) return null;
  if (/^@\w+$/.test(t) && depth === 0) {
    const aliased = query.get(t);
    if (aliased === null) throw badRequest(`The parameter alias '${t}' has no value in the query string.`);
    return parseLiteral(aliased, query, 1);
  }
  throw badRequest(`The expression '${t}' is not a valid literal.`);
}

/** Decodes a URL component, reporting bad percent-encoding as a 400 rather than throwing URIError. */
export function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    throw badRequest(`The URL segment '${s}' is not correctly percent-encoded.`);
  }
}

function parseSegment(raw: string, query: URLSearchParams): ISegment {
  const text = decode(raw);
  const open = text.indexOf('(');
  if (open < 0) {
    if (!/^[\w$.]+$/.test(text)) throw badRequest(`The URL segment '${text}' is not valid.`);
    return { name: text, lower: text.toLowerCase(), args: null, named: {} };
  }
  if (!text.endsWith(')')) throw badRequest(`The URL segment '${text}' is missing its closing parenthesis.`);
  const name = text.slice(0, open);
  if (!/^[\w$.]*$/.test(name)) throw badRequest(`The URL segment '${text}' is not valid.`);
  const inner = text.slice(open + 1, -1);
  const args: Literal[] = [];
  const named: Record<string, Literal> = {};
  if (inner.trim() !== '') {
    for (const part of splitOutside(inner, ',')) {
      const eq = /^\s*(\w+)\s*=(.*)$/s.exec(part);
      if (eq && !part.trim().startsWith("'")) named[eq[1].toLowerCase()] = parseLiteral(eq[2], query);
      else args.push(parseLiteral(part, query));
    }
  }
  return { name, lower: name.toLowerCase(), args, named };
}

/** Parses the path after `_api/` (still percent-encoded) into segments. */
export function parseApiPath(rawPath: string, query: URLSearchParams): ISegment[] {
  const trimmed = rawPath.replace(/^\/+|\/+$/g, '');
  if (trimmed === '') return [];
  return splitOutside(trimmed, '/').map(s => parseSegment(s, query));
}
