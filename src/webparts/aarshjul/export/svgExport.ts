/**
 * The wheel as a standalone SVG file: what is on screen, without the focus/hover overlay, with the styles the
 * browser computed written inline (so the file looks the same outside the page, where Fluent's classes and the theme
 * do not exist), and each item's accessible name as its `<title>` (shown as a tooltip in browsers and read by
 * screen readers and search in other tools).
 */

import { sanitizeText } from '../../../domain/text';
import { appendLegend, appendRingLabels, type IExportDecorations } from './exportDecorations';

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

/**
 * Removes what XML 1.0 forbids from every text and attribute of the clone: a title with a control character (a
 * Word line break, NUL, ESC) would otherwise make the whole file unreadable, and the PNG export with it.
 */
function sanitizeTree(node: Node): void {
  if (node.nodeType === 3 || node.nodeType === 4) {
    const text = node.nodeValue ?? '';
    const clean = sanitizeText(text, { keepLineBreaks: false });
    if (clean !== text) node.nodeValue = clean;
    return;
  }
  if (node.nodeType === 1) {
    const element = node as Element;
    for (const attribute of Array.from(element.attributes)) {
      const clean = sanitizeText(attribute.value, { keepLineBreaks: false });
      if (clean !== attribute.value) element.setAttribute(attribute.name, clean);
    }
  }
  node.childNodes.forEach(sanitizeTree);
}

/** Options for {@link serializeWheelSvg}. */
export interface ISvgExportOptions {
  /** The file's title, e.g. "Årshjul 2026". */
  title: string;
  /** The page background, drawn behind the wheel so a dark theme's light text stays readable. */
  background: string;
  /** Ring names on the rings and a legend under the wheel, so the file explains itself. */
  decorations?: IExportDecorations;
  /**
   * Keep the dashed today line. Off by default: a handed-out wheel is read on other days, where "today" is wrong.
   */
  includeToday?: boolean;
}

/** An exported wheel: the SVG text and its size (wider or taller than the wheel when a legend is added). */
export interface IWheelExport {
  text: string;
  width: number;
  height: number;
}

/** The wheel `<svg>` as standalone SVG text. */
export function serializeWheelSvg(svg: SVGSVGElement, options: ISvgExportOptions): string {
  return exportWheelSvg(svg, options).text;
}

/** The wheel `<svg>` as a standalone SVG file, with its size. */
export function exportWheelSvg(svg: SVGSVGElement, options: ISvgExportOptions): IWheelExport {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  // Styles are computed on the live element, so copy them before the clone loses elements.
  inlineStyles(svg, clone);
  clone.querySelectorAll('[data-export="skip"]').forEach(el => el.parentNode?.removeChild(el));
  // The wheel shows its items twice: painted (a few paths, what the eye sees) and as an invisible element each (named,
  // focusable). A file gets the elements, visible, each with its name as a <title>; until they are all built, the
  // painted wheel.
  const itemLayer = clone.querySelector('[data-layer="items"]');
  const paintLayer = clone.querySelector('[data-layer="paint"]');
  if (itemLayer && paintLayer) {
    const complete = !itemLayer.hasAttribute('aria-busy');
    const drop = complete ? paintLayer : itemLayer;
    drop.parentNode?.removeChild(drop);
    if (complete) {
      itemLayer.removeAttribute('opacity');
      (itemLayer as SVGElement).style.removeProperty('opacity');
      if (!itemLayer.getAttribute('style')) itemLayer.removeAttribute('style');
    }
  }
  if (!options.includeToday) clone.querySelectorAll('[data-layer="today"]').forEach(el => el.parentNode?.removeChild(el));
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
  const [, , width, wheelHeight] = (clone.getAttribute('viewBox') ?? '0 0 800 800').split(/\s+/).map(Number);
  let height = wheelHeight;
  if (options.decorations) {
    appendRingLabels(clone, width / 2, options.decorations);
    height += appendLegend(clone, wheelHeight, width, options.decorations);
  }
  // The serializer declares the SVG namespace itself; an explicit attribute would be written twice.
  clone.removeAttribute('xmlns');
  clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
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
  sanitizeTree(clone);
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`, width, height };
}
