/**
 * Which modules fill a minified bundle, from its source map (the way source-map-explorer does it): every generated
 * segment's bytes go to the source it maps to; bytes no mapping covers (webpack's runtime and glue) are "unmapped".
 */

/** A source map v3, the fields read here. */
export interface ISourceMap {
  sources: string[];
  mappings: string;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

/** Decodes one Base64 VLQ segment (`"AAgBC"`) into its signed numbers. */
export function decodeVlq(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const c of segment) {
    const digit = DIGIT.get(c);
    if (digit === undefined) throw new Error(`Invalid VLQ character ${c}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/** Label for bytes no source covers. */
export const UNMAPPED = '(unmapped: webpack runtime and glue)';

/**
 * Bytes (UTF-8) of `code` attributed to each source of `map`. A segment runs from its column to the next segment's
 * on the same line (or the line's end); columns are UTF-16 offsets, as the spec says.
 */
export function bytesBySource(code: string, map: ISourceMap): Map<string, number> {
  const totals = new Map<string, number>();
  const add = (key: string, text: string): void => {
    if (text.length === 0) return;
    totals.set(key, (totals.get(key) ?? 0) + Buffer.byteLength(text, 'utf8'));
  };
  const lines = code.split('\n');
  const mapLines = map.mappings.split(';');
  let source = 0;
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l] + (l < lines.length - 1 ? '\n' : '');
    const segments = (mapLines[l] ?? '').split(',').filter(s => s.length > 0);
    let column = 0;
    let covered = 0;
    let current: string | undefined;
    for (const segment of segments) {
      const fields = decodeVlq(segment);
      column += fields[0];
      add(current ?? UNMAPPED, line.slice(covered, column));
      covered = column;
      if (fields.length >= 4) {
        source += fields[1];
        current = map.sources[source];
      } else {
        current = undefined;
      }
    }
    add(current ?? UNMAPPED, line.slice(covered));
  }
  return totals;
}

/** A source's place for the report: the npm package (or `src` for our own code) and a folder within it. */
export interface ISourceGroup {
  group: string;
  folder: string;
}

/**
 * Groups a webpack source path: `webpack:///../node_modules/@fluentui/react/lib/components/DatePicker/x.js` →
 * `@fluentui/react` / `components/DatePicker`; `webpack:///.././lib/webparts/aarshjul/components/Wheel/Wheel.js` (our
 * compiled `src/`) → `src` / `webparts/aarshjul/components/Wheel`; `external amd "react"` → the externals' glue.
 */
export function groupOfSource(source: string): ISourceGroup {
  const clean = source.replace(/^webpack:\/\/\//, '').replace(/^(\.\.?\/)+/, '');
  if (/^external /.test(clean)) return { group: '(SPFx externals: glue only)', folder: clean };
  const nm = clean.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = clean.slice(nm + 'node_modules/'.length).split('/');
    const pkgLength = parts[0].startsWith('@') ? 2 : 1;
    const inner = parts.slice(pkgLength, -1).filter(p => !/^(lib|lib-esm|lib-commonjs|esm|es|cjs|dist|src|build)$/.test(p));
    return { group: parts.slice(0, pkgLength).join('/'), folder: inner.slice(0, 2).join('/') || '.' };
  }
  if (clean.startsWith('lib/')) {
    return { group: 'src', folder: clean.slice(4).split('/').slice(0, -1).slice(0, 4).join('/') || '.' };
  }
  return { group: clean, folder: '.' };
}

/** Bytes per group and per folder within each group, largest first. */
export interface IGroupSize {
  group: string;
  bytes: number;
  folders: { folder: string; bytes: number }[];
}

/** Sums `bytesBySource` into packages (and their folders), largest first. */
export function groupSizes(bySource: Map<string, number>): IGroupSize[] {
  const groups = new Map<string, Map<string, number>>();
  for (const [source, bytes] of bySource) {
    const { group, folder } = source === UNMAPPED ? { group: UNMAPPED, folder: '.' } : groupOfSource(source);
    const folders = groups.get(group) ?? new Map<string, number>();
    folders.set(folder, (folders.get(folder) ?? 0) + bytes);
    groups.set(group, folders);
  }
  return [...groups].map(([group, folders]) => ({
    group,
    bytes: [...folders.values()].reduce((a, b) => a + b, 0),
    folders: [...folders].map(([folder, bytes]) => ({ folder, bytes })).sort((a, b) => b.bytes - a.bytes)
  })).sort((a, b) => b.bytes - a.bytes);
}

/** An original position: source path, 0-based line, and the name the map gives the segment, if any. */
export interface IOriginalPosition {
  source: string;
  line: number;
  name?: string;
}

interface ISegment {
  column: number;
  source: number;
  line: number;
  name: number;
}

/** Looks up generated positions (0-based line and column) in a source map: the segment at or before them. */
export class SourceMapIndex {
  private readonly lines: ISegment[][];

  public constructor(private readonly map: ISourceMap & { names?: string[] }) {
    this.lines = [];
    let source = 0;
    let line = 0;
    let name = 0;
    for (const text of map.mappings.split(';')) {
      let column = 0;
      const segments: ISegment[] = [];
      for (const s of text.split(',')) {
        if (!s) continue;
        const f = decodeVlq(s);
        column += f[0];
        if (f.length < 4) {
          segments.push({ column, source: -1, line: -1, name: -1 });
          continue;
        }
        source += f[1];
        line += f[2];
        let n = -1;
        if (f.length >= 5) {
          name += f[4];
          n = name;
        }
        segments.push({ column, source, line, name: n });
      }
      this.lines.push(segments);
    }
  }

  public lookup(line: number, column: number): IOriginalPosition | undefined {
    const segments = this.lines[line];
    if (!segments || segments.length === 0) return undefined;
    let lo = 0;
    let hi = segments.length - 1;
    if (segments[0].column > column) return undefined;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segments[mid].column <= column) lo = mid;
      else hi = mid - 1;
    }
    const s = segments[lo];
    if (s.source < 0) return undefined;
    return { source: this.map.sources[s.source], line: s.line, name: s.name >= 0 ? this.map.names?.[s.name] : undefined };
  }
}
