/**
 * Reply templates and `mailto:` links. A template is plain text with placeholders `{navn}`, `{emne}`, `{reference}`
 * and `{frist}` (English aliases `{name}`, `{subject}`, `{deadline}`; case and spaces inside the braces do not
 * matter). Filling is one pass: values are inserted literally — a value holding `{emne}` or `$&` stays as written —
 * and the result is plain text for a `mailto:` body or the clipboard, never HTML. A placeholder the template engine
 * does not know, or one without a value, stays visible so the writer sees what is missing.
 */

/** The values a template can take. */
export type TemplateField = 'navn' | 'emne' | 'reference' | 'frist';

/** Placeholder names (lower case) and the field each stands for. */
export const TEMPLATE_PLACEHOLDERS: Readonly<Record<string, TemplateField>> = {
  navn: 'navn',
  name: 'navn',
  emne: 'emne',
  subject: 'emne',
  reference: 'reference',
  frist: 'frist',
  deadline: 'frist'
};

/** The filled text, with what could not be filled. */
export interface ITemplateResult {
  text: string;
  /** Known placeholders without a value, each once, in order of appearance. */
  missing: TemplateField[];
  /** Placeholders not known (as written, without braces), each once. */
  unknown: string[];
}

const PLACEHOLDER: RegExp = /\{\s*([A-Za-zÆØÅæøå_-]+)\s*\}/g;

/**
 * Fills `template` with `values` (already formatted by the UI, e.g. the deadline as `14. maj 2026`). Line breaks
 * become `\n`. Empty values count as missing.
 */
export function fillTemplate(template: string, values: Partial<Record<TemplateField, string>>): ITemplateResult {
  const missing: TemplateField[] = [];
  const unknown: string[] = [];
  const text = template.replace(/\r\n?/g, '\n').replace(PLACEHOLDER, (whole: string, name: string) => {
    const field = Object.prototype.hasOwnProperty.call(TEMPLATE_PLACEHOLDERS, name.toLowerCase())
      ? TEMPLATE_PLACEHOLDERS[name.toLowerCase()] : undefined;
    if (field === undefined) {
      if (unknown.indexOf(name) < 0) {
        unknown.push(name);
      }
      return whole;
    }
    const value = values[field];
    if (value === undefined || value === '') {
      if (missing.indexOf(field) < 0) {
        missing.push(field);
      }
      return whole;
    }
    return value;
  });
  return { text, missing, unknown };
}

/** A mail to compose. */
export interface IMailto {
  to: readonly string[];
  cc?: readonly string[];
  bcc?: readonly string[];
  subject?: string;
  body?: string;
}

/** Longer `mailto:` URLs are cut off by some mail programs and browsers (Outlook around 2,000 characters). */
export const MAILTO_SAFE_LENGTH = 2000;

/**
 * A `mailto:` URL per RFC 6068: addresses in the path separated by commas, `cc`, `bcc`, `subject` and `body` as
 * header fields. Everything is UTF-8 percent-encoded except unreserved characters and `@`; a space is `%20` (never
 * `+`), line breaks in the body are `%0D%0A`, a line break in the subject becomes a space. Empty addresses and empty
 * fields are left out.
 */
export function buildMailtoUrl(mail: IMailto): string {
  const fields: string[] = [];
  const addressField = (name: string, addresses: readonly string[] | undefined): void => {
    const list = encodeAddresses(addresses);
    if (list !== '') {
      fields.push(`${name}=${list}`);
    }
  };
  addressField('cc', mail.cc);
  addressField('bcc', mail.bcc);
  const subject = (mail.subject ?? '').replace(/\r\n?|\n/g, ' ');
  if (subject !== '') {
    fields.push(`subject=${encode(subject)}`);
  }
  const body = (mail.body ?? '').replace(/\r\n?|\n/g, '\r\n');
  if (body !== '') {
    fields.push(`body=${encode(body)}`);
  }
  return `mailto:${encodeAddresses(mail.to)}${fields.length > 0 ? `?${fields.join('&')}` : ''}`;
}

/** True when a `mailto:` URL is longer than {@link MAILTO_SAFE_LENGTH}: offer copying the text instead. */
export function isMailtoTooLong(url: string): boolean {
  return url.length > MAILTO_SAFE_LENGTH;
}

function encodeAddresses(addresses: readonly string[] | undefined): string {
  return (addresses ?? [])
    .map((a) => a.trim())
    .filter((a) => a !== '')
    .map((a) => encode(a).replace(/%40/g, '@'))
    .join(',');
}

/** encodeURIComponent, with lone surrogates (which make it throw) replaced by U+FFFD first. */
function encode(text: string): string {
  // A loop rather than a look-behind regular expression: Safari before 16.4 cannot parse look-behinds.
  let wellFormed = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) {
      wellFormed += text[i] + text[i + 1];
      i++;
    } else {
      wellFormed += code >= 0xd800 && code <= 0xdfff ? '\ufffd' : text[i];
    }
  }
  return encodeURIComponent(wellFormed);
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
