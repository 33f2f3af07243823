import { htmlToPlainText, plainTextToHtml, sanitizeHtml } from '../../../src/common/sanitizeHtml';

/** An XSS corpus (OWASP cheat sheet classics): each must render inert after sanitising. */
const CORPUS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '<svg onload="window.__xss=1"><circle r="1"/></svg>',
  '<a href="javascript:window.__xss=1">klik</a>',
  '<a href="JaVaScRiPt:window.__xss=1">klik</a>',
  '<iframe src="javascript:window.__xss=1"></iframe>',
  '<body onload="window.__xss=1">',
  '<div style="background:url(javascript:window.__xss=1)">x</div>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=1">',
  '<form action="javascript:window.__xss=1"><button>send</button></form>',
  '<object data="javascript:window.__xss=1"></object>',
  '<p onclick="window.__xss=1" onmouseover="window.__xss=1">tekst</p>',
  '<noscript><p title="</noscript><img src=x onerror=window.__xss=1>">',
  '<details open ontoggle="window.__xss=1">'
];

describe('sanitizeHtml', () => {
  test.each(CORPUS)('renders inert: %s', (payload) => {
    const clean = sanitizeHtml(`<p>Før</p>${payload}<p>Efter</p>`);
    const host = document.createElement('div');
    host.innerHTML = clean;
    document.body.appendChild(host);
    host.querySelectorAll('*').forEach(el => {
      for (const attr of Array.from(el.attributes)) {
        expect(attr.name.startsWith('on')).toBe(false);
        expect(attr.value.replace(/\s/g, '').toLowerCase()).not.toContain('javascript:');
      }
      (el as HTMLElement).click?.();
    });
    expect(host.querySelector('script, iframe, object, form, style, svg, math')).toBeNull();
    expect(host.textContent).toContain('Før');
    expect((window as unknown as { __xss?: number }).__xss).toBeUndefined();
    host.remove();
  });

  test('keeps ordinary formatting; links open in a new tab without the opener', () => {
    const clean = sanitizeHtml('<p>Se <strong>vejledningen</strong> <a href="https://os2.eu/x">her</a></p><ul><li>et</li></ul>');
    expect(clean).toContain('<strong>vejledningen</strong>');
    expect(clean).toContain('<li>et</li>');
    expect(clean).toMatch(/<a href="https:\/\/os2.eu\/x" target="_blank" rel="noopener noreferrer">her<\/a>/);
  });

  test('plain text round trip: paragraphs, escaped markup', () => {
    expect(plainTextToHtml('Linje 1\nLinje 2\n\n<b>ikke fed</b>')).toBe('<p>Linje 1<br>Linje 2</p><p>&lt;b&gt;ikke fed&lt;/b&gt;</p>');
    expect(htmlToPlainText('<p>Et</p><ul><li>to</li><li>tre</li></ul><script>x</script>')).toBe('Et\nto\ntre');
  });
});
