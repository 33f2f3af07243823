/** A small reader for SharePoint field SchemaXml: the root element's attributes and a few child elements. */
export interface IXmlElement { name: string; attrs: Record<string, string>; inner: string; }

const decodeEntities = (s: string): string => s
  .replace(/&#x([0-9a-f]+);/gi, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
  .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(parseInt(d, 10)))
  .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Escapes text for an XML attribute. */
export const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Reads the first element of `xml`; null when there is none. Attribute names keep their case. */
export function readRoot(xml: string): IXmlElement | null {
  const open = /<([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/.exec(xml);
  if (!open) return null;
  const attrs: Record<string, string> = {};
  const attrRe = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = attrRe.exec(open[2])) !== null) attrs[m[1]] = decodeEntities(m[2] ?? m[3] ?? '');
  let inner = '';
  if (open[3] !== '/') {
    const close = xml.lastIndexOf(`</${open[1]}>`);
    inner = close > open.index ? xml.slice(open.index + open[0].length, close) : '';
  }
  return { name: open[1], attrs, inner };
}

/** Texts of every `<tag>…</tag>` in `xml` (e.g. the CHOICE values), case-insensitive on the tag name. */
export function childTexts(xml: string, tag: string): string[] {
  const re = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'gi');
  const out: string[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml)) !== null) out.push(decodeEntities(m[1]));
  return out;
}
