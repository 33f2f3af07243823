/**
 * The wheel as a standalone SVG file: what is on screen, without the focus/hover overlay, with the styles the
 * browser computed written inline (so the file looks the same outside the page, where Fluent's classes and the theme
 * do not exist), and each item's accessible name as its `<title>` (shown as a tooltip in browsers and read by
 * screen readers and search in other tools).
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The presentation properties worth copying; layout properties mean nothing in a standalone file. */
const STYLE_PROPERTIES = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'opacity', 'visibility',
  'font-family', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline'
];

function inlineStyles(source: Element, target: Element): void {
  const view = source.ownerDocument.defaultView;
  if (view) {
    const computed = view.getComputedStyle(source);
    const declarations = STYLE_PROPERTIES
      .map(p => [p, computed.getPropertyValue(p)] as const)
      .filter(([, v]) => v !== '' && v !== 'normal' && v !== 'auto')
      .map(([p, v]) => `${p}:${v}`);
    if (declarations.length > 0) target.setAttribute('style', declarations.join(';'));
  }
  for (let i = 0; i < source.children.length; i++) {
    inlineStyles(source.children[i], target.children[i]);
  }
}

/** Options for {@link serializeWheelSvg}. */
export interface ISvgExportOptions {
  /** The file's title, e.g. "Årshjul 2026". */
  title: string;
  /** The page background, drawn behind the wheel so a dark theme's light text stays readable. */
  background: string;
}

/** The wheel `<svg>` as standalone SVG text. */
export function serializeWheelSvg(svg: SVGSVGElement, options: ISvgExportOptions): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  // Styles are computed on the live element, so copy them before the clone loses elements.
  inlineStyles(svg, clone);
  clone.querySelectorAll('[data-export="skip"]').forEach(el => el.parentNode?.removeChild(el));
  clone.querySelectorAll('[data-key]').forEach(el => {
    const name = el.getAttribute('aria-label');
    if (name && !el.querySelector('title')) {
      const title = clone.ownerDocument.createElementNS(SVG_NS, 'title');
      title.textContent = name;
      el.appendChild(title);
    }
    el.removeAttribute('tabindex');
    el.removeAttribute('class');
  });
  const [, , width, height] = (clone.getAttribute('viewBox') ?? '0 0 800 800').split(/\s+/);
  // The serializer declares the SVG namespace itself; an explicit attribute would be written twice.
  clone.removeAttribute('xmlns');
  clone.setAttribute('width', width);
  clone.setAttribute('height', height);
  clone.removeAttribute('class');
  clone.removeAttribute('tabindex');
  clone.setAttribute('role', 'img');
  const background = clone.ownerDocument.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', options.background);
  const title = clone.ownerDocument.createElementNS(SVG_NS, 'title');
  title.textContent = options.title;
  clone.insertBefore(background, clone.firstChild);
  clone.insertBefore(title, clone.firstChild);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
}
