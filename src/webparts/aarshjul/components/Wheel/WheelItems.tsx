import * as React from 'react';
import type { IPlacedItem } from '../../../../domain/wheel';
import type { IRingColors } from '../../model/ringColors';
import { itemsMarkup, type IAppearances } from './itemMarkup';
import { scheduleTask } from './nextTask';

export type { IAppearances, IItemAppearance } from './itemMarkup';

/** Props of {@link WheelItems}. */
export interface IWheelItemsProps {
  items: readonly IPlacedItem[];
  appearance: IAppearances;
  colors: ReadonlyMap<string, IRingColors>;
  /** Fill of hollow (done) markers: the page background. */
  hollowFill: string;
  /** Draw every item in this render (printing: the print dialog must not catch a half-drawn wheel). */
  all?: boolean;
}

/**
 * Items drawn in the first task, and in each task after it, on the wheel's first draw. Creating SVG elements, and the
 * style and layout work they cause, is the largest part of a first frame with thousands of items: 6,000 at once are
 * one long task on a slow machine, in which the page cannot respond. A year of an ordinary secretariat (a few hundred
 * activities) is one slice, drawn at once.
 */
export const FIRST_SLICE = 700;
export const SLICE = 1000;

/** `items` cut into the slices drawn task by task. */
export function slicesOf(items: readonly IPlacedItem[]): (readonly IPlacedItem[])[] {
  if (items.length <= FIRST_SLICE) return [items];
  const slices: (readonly IPlacedItem[])[] = [items.slice(0, FIRST_SLICE)];
  for (let i = FIRST_SLICE; i < items.length; i += SLICE) slices.push(items.slice(i, i + SLICE));
  return slices;
}

/** A CSS attribute selector for a key; keys may hold any character (Graph ids carry `=`, `+`, `/`). */
export const selectorFor = (key: string): string => `[data-key="${key.replace(/["\\]/g, '\\$&')}"]`;

interface IDrawn {
  items: readonly IPlacedItem[];
  appearance: IAppearances;
  colors: ReadonlyMap<string, IRingColors>;
  hollowFill: string;
  /** Every slice is in the DOM. */
  complete: boolean;
}

/**
 * Every item of the wheel, one `<path>` each in a layer React creates but does not fill: the items are written as
 * markup (see `itemsMarkup`). On the first draw the first {@link FIRST_SLICE} items are written with the wheel and the
 * rest parsed {@link SLICE} at a time in the tasks after it (`scheduleTask`) and added together, so no single task
 * creates thousands of elements; the layer says `aria-busy` until all are there. Once complete, a new layout (a filter, the meetings arriving) is
 * written in one pass, and the item that had keyboard focus gets it back. Memoised on its inputs: hovering or focusing
 * an item changes nothing here — the highlight is a separate overlay.
 */
function WheelItemsImpl(props: IWheelItemsProps): React.ReactElement {
  const { items, appearance, colors, hollowFill, all } = props;
  const ref = React.useRef<SVGGElement>(null);
  const drawn = React.useRef<IDrawn | undefined>();
  const cancel = React.useRef<(() => void) | undefined>();

  React.useLayoutEffect(() => {
    const layer = ref.current;
    if (!layer) return;
    const last = drawn.current;
    const same = !!last && last.items === items && last.appearance === appearance && last.colors === colors && last.hollowFill === hollowFill;
    // Printing ends, or a render that changed nothing of ours: what is drawn stays.
    if (same && (last.complete || !all)) return;
    cancel.current?.();
    cancel.current = undefined;
    const input = { appearance, colors, hollowFill };
    const active = layer.ownerDocument.activeElement;
    const focusedKey = active && active !== layer && layer.contains(active) ? active.getAttribute('data-key') : null;
    const restoreFocus = (): void => {
      if (!focusedKey || layer.contains(layer.ownerDocument.activeElement)) return;
      layer.querySelector<SVGElement>(selectorFor(focusedKey))?.focus({ preventScroll: true });
    };
    const state: IDrawn = { items, appearance, colors, hollowFill, complete: false };
    drawn.current = state;
    // A wheel drawn once is redrawn whole: slices would make it flicker.
    const slices = all || last?.complete ? [items] : slicesOf(items);
    layer.innerHTML = itemsMarkup(slices[0], input);
    restoreFocus();
    let next = 1;
    // The later slices are parsed into a detached group, a slice per task, and moved in together: the browser then
    // styles, lays out and paints the rest of the wheel once, not once per slice over everything drawn so far.
    const pending = layer.ownerDocument.createElementNS(layer.namespaceURI, 'g');
    const finish = (): void => {
      while (pending.firstChild) layer.appendChild(pending.firstChild);
      state.complete = true;
      layer.removeAttribute('aria-busy');
      restoreFocus();
    };
    const drawNext = (): void => {
      pending.insertAdjacentHTML('beforeend', itemsMarkup(slices[next++], input));
      if (next < slices.length) cancel.current = scheduleTask(drawNext);
      else {
        cancel.current = undefined;
        finish();
      }
    };
    if (slices.length > 1) {
      layer.setAttribute('aria-busy', 'true');
      cancel.current = scheduleTask(drawNext);
    } else finish();
  }, [items, appearance, colors, hollowFill, all]);

  React.useEffect(() => () => cancel.current?.(), []);
  return <g ref={ref} data-layer="items" />;
}

/** See {@link WheelItemsImpl}. */
export const WheelItems = React.memo(WheelItemsImpl);
