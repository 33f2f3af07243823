import type { IPlacedItem } from '../../../../domain/wheel';
import type { ItemShape } from '../../model/entries';
import type { IRingColors } from '../../model/ringColors';
import { sanitizeText } from '../../../../domain/text';
import { markerPath } from './shapes';

/** What the item layer needs to know of each item besides its placement. */
export interface IItemAppearance {
  shape: ItemShape;
  done: boolean;
  /** The accessible name, e.g. "Generalforsamling, Bestyrelse, 28. april 2026, MUST". */
  name: string;
}

/**
 * Items' appearances by key. A `Map` serves; the web part passes a look-up that words an item's name when it is first
 * asked for, so the names are made slice by slice as the items are drawn, not all in the task that loads the data.
 */
export interface IAppearances {
  get(key: string): IItemAppearance | undefined;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;', "'": '&#39;' };

/**
 * Text made safe inside a double-quoted attribute: titles come from SharePoint and keys from Graph ids (`=`, `+`, `/`),
 * and neither may end the attribute or start an element.
 */
export function escapeAttribute(text: string): string {
  return text.replace(/[&"<>']/g, c => ENTITIES[c]);
}

/** What {@link itemsMarkup} draws with. */
export interface IMarkupInput {
  appearance: IAppearances;
  colors: ReadonlyMap<string, IRingColors>;
  /** Fill of hollow (done) markers: the page background. */
  hollowFill: string;
}

/** What every item of a ring's periods, and of its markers, shares: set once on their group. */
const PERIODS = 'stroke-width="0.5" fill-opacity="0.9"';
const MARKERS = 'stroke-width="1"';
/** What a done (hollow) item sets besides its fill, and a done period besides that: solid, dashed. */
const DONE = 'stroke-width="2"';
const DONE_PERIOD = 'fill-opacity="1" stroke-dasharray="4 2"';

const isPeriod = (item: IPlacedItem): boolean => item.kind === 'period' && !!item.path;

/**
 * One item's element: `data-key` for the wheel's delegated handlers, a button for assistive technology. The name is
 * stripped of what XML forbids (a title typed in SharePoint can hold a NUL or a vertical tab), as the SVG export strips
 * it: the HTML parser would turn a NUL into U+FFFD, which no export removes.
 */
function itemMarkup(item: IPlacedItem, input: IMarkupInput): string {
  const look = input.appearance.get(item.key);
  const done = look?.done ? ` fill="${escapeAttribute(input.hollowFill)}" ${DONE}${isPeriod(item) ? ` ${DONE_PERIOD}` : ''}` : '';
  return `<path data-key="${escapeAttribute(item.key)}" role="button" tabindex="-1" aria-label="${escapeAttribute(sanitizeText(look?.name ?? item.key, { keepLineBreaks: false }))}" class="aarshjul-item"${done} d="${outlineOf(item, look)}"/>`;
}

/** The outline of one item: its arc, or its marker as an absolute path. */
function outlineOf(item: IPlacedItem, look: IItemAppearance | undefined): string {
  if (isPeriod(item)) return item.path!;
  return markerPath(look && look.shape !== 'period' ? look.shape : 'deadline', item.x, item.y, item.r);
}

/**
 * The SVG markup of `items` (in the layout's order, by ring): per ring, one group of its periods and then one of its
 * markers (drawn over the periods), each carrying the ring's fill and stroke and the kind's stroke width, so the
 * thousands of items set none of them; done items override fill and stroke. Markers are absolute paths
 * (`markerPath`), not a shape under a transform: that halves the browser's style and layout time for them.
 *
 * Markup rather than React elements: the browser's parser creates 6,000 elements with their attributes several times
 * faster than as many `createElementNS` and `setAttribute` calls from script (React's way), and the items need none of
 * React's work — they have no state, no handlers of their own (the wheel handles pointer and keyboard once, by
 * `data-key`) and change only as a whole, with a new layout.
 */
export function itemsMarkup(items: readonly IPlacedItem[], input: IMarkupInput): string {
  const parts: string[] = [];
  const markers: string[] = [];
  let ring: string | undefined;
  let color = '';
  let periods = 0;
  const close = (): void => {
    if (periods > 0) parts.push('</g>');
    if (markers.length > 0) parts.push(`<g fill="${color}" stroke="${color}" ${MARKERS}>`, ...markers, '</g>');
    markers.length = 0;
    periods = 0;
  };
  for (const item of items) {
    if (item.ring !== ring) {
      if (ring !== undefined) close();
      ring = item.ring;
      color = escapeAttribute(input.colors.get(ring)?.item ?? 'currentColor');
    }
    if (isPeriod(item)) {
      if (periods++ === 0) parts.push(`<g fill="${color}" stroke="${color}" ${PERIODS}>`);
      parts.push(itemMarkup(item, input));
    } else markers.push(itemMarkup(item, input));
  }
  if (ring !== undefined) close();
  return parts.join('');
}

/**
 * How each kind of item is painted — periods, done periods, markers, done markers: the same fill, stroke and widths
 * as the item layer (see {@link itemsMarkup}), `%c` standing for the ring's colour and `%h` for the page background of
 * hollow (done) items.
 */
const PAINTS: readonly string[] = [
  `fill="%c" stroke="%c" ${PERIODS}`,
  `fill="%h" stroke="%c" ${DONE} ${DONE_PERIOD}`,
  `fill="%c" stroke="%c" ${MARKERS}`,
  `fill="%h" stroke="%c" ${DONE}`
];

/**
 * What the wheel looks like, in a handful of elements: per ring, one `<path>` each for its periods, done periods,
 * markers and done markers, whose `d` holds every such item's outline one after the other (each starts with its own
 * `M`, and an SVG dash pattern starts again with every subpath). The browser styles, lays out and hit-tests an element,
 * not a subpath: 6,000 items as 6,000 elements cost it ≈ 130 ms to parse, style and paint on this machine, as two
 * dozen paths a few milliseconds. So the wheel's first frame shows every item at once, and the item layer — one
 * element per item, for focus, pointer, names and export — is built in the tasks after it, invisibly.
 *
 * Neither names nor keys are in it: it is `aria-hidden`, and the item layer is what assistive technology and the
 * pointer meet.
 */
export function paintMarkup(items: readonly IPlacedItem[], input: IMarkupInput): string {
  const outlines = new Map<string, string[][]>();
  for (const item of items) {
    let ring = outlines.get(item.ring);
    if (!ring) outlines.set(item.ring, ring = [[], [], [], []]);
    const look = input.appearance.get(item.key);
    ring[(isPeriod(item) ? 0 : 2) + (look?.done ? 1 : 0)].push(outlineOf(item, look));
  }
  const hollow = escapeAttribute(input.hollowFill);
  const parts: string[] = [];
  for (const [ring, kinds] of outlines) {
    const color = escapeAttribute(input.colors.get(ring)?.item ?? 'currentColor');
    kinds.forEach((list, i) => {
      if (list.length === 0) return;
      const attributes = PAINTS[i].replace(/%c/g, color).replace(/%h/g, hollow);
      parts.push(`<path ${attributes} d="${list.join('')}"/>`);
    });
  }
  return parts.join('');
}
