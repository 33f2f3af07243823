/**
 * Text people put into SharePoint, made safe for files other programs read. A title pasted from Word can carry a
 * vertical tab (U+000B, Word's manual line break), and anything can be typed through REST or Power Automate: NUL, BEL,
 * ESC, U+FFFE. XML 1.0 forbids those characters outright (one of them makes a whole SVG file unreadable, and the PNG
 * export, which loads that SVG, fails with it), and RFC 5545 forbids control characters in iCalendar text.
 *
 * Allowed through unchanged: tab, line feed, carriage return and every character XML 1.0 allows, apart from the C1
 * controls (U+0080–U+009F) and DEL, which no calendar accepts either. Vertical tab, form feed and the Unicode line and
 * paragraph separators become line breaks (Word means one); everything else forbidden is removed.
 */

/** Characters that stand for a line break: vertical tab, form feed, next line, line and paragraph separators. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const LINE_BREAKS = /[\u000B\u000C\u0085\u2028\u2029]/g;
/**
 * C0 controls except tab, LF and CR; DEL and C1 controls; the noncharacters U+FFFE/U+FFFF; lone surrogates (a
 * surrogate pair is one character, a lone half is not a character at all).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Options for {@link sanitizeText}. */
export interface ISanitizeOptions {
  /** Line-break characters become `\n` (default); false makes them a space, for one-line values such as titles. */
  keepLineBreaks?: boolean;
}

/** `text` without the characters XML 1.0 and RFC 5545 forbid (see the module comment). Never throws. */
export function sanitizeText(text: string, options: ISanitizeOptions = {}): string {
  const lineBreak = options.keepLineBreaks === false ? ' ' : '\n';
  return text.replace(LINE_BREAKS, lineBreak).replace(FORBIDDEN, '');
}

/** True when `text` holds a character {@link sanitizeText} would change. */
export function hasForbiddenCharacters(text: string): boolean {
  LINE_BREAKS.lastIndex = 0;
  FORBIDDEN.lastIndex = 0;
  const found = LINE_BREAKS.test(text) || FORBIDDEN.test(text);
  LINE_BREAKS.lastIndex = 0;
  FORBIDDEN.lastIndex = 0;
  return found;
}
