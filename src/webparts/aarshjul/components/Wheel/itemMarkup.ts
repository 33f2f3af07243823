import type { IPlacedItem } from '../../../../domain/wheel';
import type { ItemShape } from '../../model/entries';
import type { IRingColors } from '../../model/ringColors';
import { sanitizeText } from '../../../../domain/text';
import { MARKER_PATHS, markerTransform } from './shapes';

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

/**
 * One item's element: `data-key` for the wheel's delegated handlers, a button for assistive technology. The name is
 * stripped of what XML forbids (a title typed in SharePoint can hold a NUL or a vertical tab), as the SVG export strips
 * it: the HTML parser would turn a NUL into U+FFFD, which no export removes.
 */
function itemMarkup(item: IPlacedItem, input: IMarkupInput): string {
  const look = input.appearance.get(item.key);
  const done = !!look?.done;
  const common = `data-key="${escapeAttribute(item.key)}" role="button" tabindex="-1" aria-label="${escapeAttribute(sanitizeText(look?.name ?? item.key, { keepLineBreaks: false }))}" class="aarshjul-item"${done ? ` fill="${escapeAttribute(input.hollowFill)}"` : ''}`;
  if (item.kind === 'period' && item.path) {
    return `<path ${common} d="${item.path}" stroke-width="${done ? 2 : 0.5}" fill-opacity="${done ? 1 : 0.9}"${done ? ' stroke-dasharray="4 2"' : ''}/>`;
  }
  const shape = look && look.shape !== 'period' ? look.shape : 'deadline';
  return `<path ${common} d="${MARKER_PATHS[shape]}" transform="${markerTransform(item.x, item.y, item.r)}" stroke-width="${done ? 2 : 1}" vector-effect="non-scaling-stroke"/>`;
}

/**
 * The SVG markup of `items` (in the layout's order, by ring): one group per run of a ring's items carrying the ring's
 * fill and stroke, so the thousands of items do not each set two more attributes; done items override the fill.
 *
 * Markup rather than React elements: the browser's parser creates 6,000 elements with their attributes several times
 * faster than as many `createElementNS` and `setAttribute` calls from script (React's way), and the items need none of
 * React's work — they have no state, no handlers of their own (the wheel handles pointer and keyboard once, by
 * `data-key`) and change only as a whole, with a new layout.
 */
export function itemsMarkup(items: readonly IPlacedItem[], input: IMarkupInput): string {
  const parts: string[] = [];
  let ring: string | undefined;
  for (const item of items) {
    if (item.ring !== ring) {
      if (ring !== undefined) parts.push('</g>');
      ring = item.ring;
      const color = escapeAttribute(input.colors.get(ring)?.item ?? 'currentColor');
      parts.push(`<g fill="${color}" stroke="${color}">`);
    }
    parts.push(itemMarkup(item, input));
  }
  if (ring !== undefined) parts.push('</g>');
  return parts.join('');
}
