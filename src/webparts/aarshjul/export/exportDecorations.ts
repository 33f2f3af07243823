/**
 * What an exported wheel needs to stand on its own when it is handed out or printed from the file: the ring names on
 * the rings, and a legend (rings with their colours, and what each shape means) under the wheel. On screen the legend
 * is HTML beside the SVG; a file has only the SVG, so these are drawn into it.
 */
import { MARKER_PATHS } from '../components/Wheel/shapes';
import type { ItemShape } from '../model/entries';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A ring as the export labels it. */
export interface IExportRing {
  /** The stored ring name (`data-ring` of its band). */
  name: string;
  /** Its name in the UI language. */
  label: string;
  /** The items' colour. */
  color: string;
  innerRadius: number;
  outerRadius: number;
}

/** One entry of the exported legend. */
export interface IExportLegendEntry {
  label: string;
  shape: ItemShape;
  color: string;
  /** Drawn hollow, as done occurrences are. */
  hollow?: boolean;
}

/** Everything the decorations need. */
export interface IExportDecorations {
  /** The rings from the centre out: only those the wheel shows. */
  rings: IExportRing[];
  /** What each shape means. */
  shapes: IExportLegendEntry[];
  /** Legend headings: the rings' and the shapes'. */
  ringsHeading: string;
  shapesHeading: string;
  text: string;
  background: string;
  fontFamily: string;
}

const FONT_SIZE = 13;
const ROW_HEIGHT = 22;
const SWATCH = 14;
const GAP = 22;
const MARGIN = 24;
/** Text is not measured in a file that has not been rendered; this is a generous average for 13 px sans-serif. */
const CHAR_WIDTH = 7.4;

function element(doc: Document, name: string, attributes: Record<string, string | number>, text?: string): SVGElement {
  const el = doc.createElementNS(SVG_NS, name) as SVGElement;
  for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, String(value));
  if (text !== undefined) el.textContent = text;
  return el;
}

/** The marker (or arc swatch) of a legend entry, centred on (x, y). */
function swatch(doc: Document, entry: IExportLegendEntry, x: number, y: number, background: string): SVGElement {
  const fill = entry.hollow ? background : entry.color;
  if (entry.shape === 'period') {
    return element(doc, 'rect', { x: x - SWATCH / 2, y: y - SWATCH / 4, width: SWATCH, height: SWATCH / 2, rx: 2, fill, stroke: entry.color, 'stroke-width': 1.5 });
  }
  return element(doc, 'path', {
    d: MARKER_PATHS[entry.shape], transform: `translate(${x} ${y}) scale(${SWATCH / 2.8})`, fill, stroke: entry.color,
    'stroke-width': 1.5, 'vector-effect': 'non-scaling-stroke'
  });
}

/** Lays entries out in rows across `width`; returns the rows' entries with their x positions. */
function rows(entries: readonly IExportLegendEntry[], width: number, startX: number): { entry: IExportLegendEntry; x: number }[][] {
  const result: { entry: IExportLegendEntry; x: number }[][] = [[]];
  let x = startX;
  for (const entry of entries) {
    const needed = SWATCH + 6 + entry.label.length * CHAR_WIDTH;
    if (x + needed > width - MARGIN && result[result.length - 1].length > 0) {
      result.push([]);
      x = startX;
    }
    result[result.length - 1].push({ entry, x });
    x += needed + GAP;
  }
  return result;
}

/**
 * Writes each ring's name on its band, just after twelve o'clock (where the wheel year starts), with a halo in the
 * page colour so it stays readable over items.
 */
export function appendRingLabels(svg: SVGSVGElement, center: number, decorations: IExportDecorations): void {
  const doc = svg.ownerDocument;
  const group = element(doc, 'g', { 'data-export': 'ring-labels', 'font-family': decorations.fontFamily });
  for (const ring of decorations.rings) {
    const radius = (ring.innerRadius + ring.outerRadius) / 2;
    const size = Math.max(9, Math.min(12, (ring.outerRadius - ring.innerRadius) * 0.6));
    group.appendChild(element(doc, 'text', {
      x: center + 4, y: center - radius, 'dominant-baseline': 'central', 'font-size': size, 'font-weight': 600,
      fill: ring.color, stroke: decorations.background, 'stroke-width': 3, 'paint-order': 'stroke', 'stroke-linejoin': 'round'
    }, ring.label));
  }
  svg.appendChild(group);
}

/**
 * Draws the legend below the wheel, from `top` down, and returns the height it takes. The rings come first (inner to
 * outer, as on the wheel), then the shapes.
 */
export function appendLegend(svg: SVGSVGElement, top: number, width: number, decorations: IExportDecorations): number {
  const doc = svg.ownerDocument;
  const group = element(doc, 'g', {
    'data-export': 'legend', 'font-family': decorations.fontFamily, 'font-size': FONT_SIZE, fill: decorations.text
  });
  const ringEntries: IExportLegendEntry[] = decorations.rings.map(r => ({ label: r.label, shape: 'period', color: r.color }));
  let y = top + MARGIN / 2;
  for (const [heading, entries] of [[decorations.ringsHeading, ringEntries], [decorations.shapesHeading, decorations.shapes]] as const) {
    if (entries.length === 0) continue;
    const headingWidth = heading.length * CHAR_WIDTH + GAP;
    for (const [index, row] of rows(entries, width, MARGIN + headingWidth).entries()) {
      const middle = y + ROW_HEIGHT / 2;
      if (index === 0) group.appendChild(element(doc, 'text', { x: MARGIN, y: middle, 'dominant-baseline': 'central', 'font-weight': 600 }, `${heading}:`));
      for (const { entry, x } of row) {
        group.appendChild(swatch(doc, entry, x + SWATCH / 2, middle, decorations.background));
        group.appendChild(element(doc, 'text', { x: x + SWATCH + 6, y: middle, 'dominant-baseline': 'central' }, entry.label));
      }
      y += ROW_HEIGHT;
    }
    y += 4;
  }
  svg.appendChild(group);
  return Math.ceil(y - top + MARGIN / 2);
}
