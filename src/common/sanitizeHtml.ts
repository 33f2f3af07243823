import * as purifyModule from 'dompurify';

type Purify = typeof purifyModule;
/** DOMPurify's ES build exports it as `default`, its CommonJS build as the module itself (jest): either works. */
const DOMPurify: Purify = (purifyModule as unknown as { default?: Purify }).default ?? purifyModule;

/**
 * Rich text from a SharePoint list (a note column with `RichText`), made safe to render: DOMPurify (a well-kept
 * sanitiser, cure53) with its HTML profile — no scripts, event handlers, `javascript:` URLs, SVG or MathML —, and
 * further no forms, frames, styles or inline `style` (a list item must not restyle or overlay the page). Links open
 * in a new tab without handing over `window.opener`. Import this only from code that loads on demand: DOMPurify is
 * not part of any first load.
 */
export function sanitizeHtml(html: string | undefined): string {
  if (!html) return '';
  const clean = DOMPurify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'frame', 'object', 'embed', 'base', 'meta', 'link'],
    FORBID_ATTR: ['style', 'srcset', 'formaction', 'action'],
    ALLOW_DATA_ATTR: false,
    RETURN_TRUSTED_TYPE: false
  }) as unknown as string;
  const template = document.createElement('template');
  template.innerHTML = clean;
  template.content.querySelectorAll('a[href]').forEach(a => {
    a.setAttribute('target', '_blank');
    a.setAttribute('rel', 'noopener noreferrer');
  });
  return template.innerHTML;
}

/** The plain text of rich text (for the editor and the search): block ends become line breaks. */
export function htmlToPlainText(html: string | undefined): string {
  if (!html) return '';
  const template = document.createElement('template');
  template.innerHTML = sanitizeHtml(html.replace(/<\/(p|div|li|h\d)>/gi, '$&\n').replace(/<br\s*\/?>/gi, '\n'));
  return (template.content.textContent ?? '').replace(/\n{3,}/g, '\n\n').trim();
}

/** Plain text as rich text: each paragraph (blank line) a `<p>`, single line breaks `<br>`, everything escaped. */
export function plainTextToHtml(text: string): string {
  const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return text.trim().split(/\n\s*\n/).filter(p => p.trim() !== '')
    .map(p => `<p>${p.split('\n').map(escape).join('<br>')}</p>`).join('');
}
