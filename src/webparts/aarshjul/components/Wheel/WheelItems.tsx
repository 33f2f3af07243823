import * as React from 'react';
import type { IPlacedItem } from '../../../../domain/wheel';
import type { IRingColors } from '../../model/ringColors';
import { itemsMarkup, paintMarkup, type IAppearances } from './itemMarkup';
import { scheduleTask } from '../../../../common/nextTask';

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
 * The item layer of at most this many items is built with the wheel, in one task; a larger one is built {@link SLICE}
 * items per task after the wheel's first frame. Creating SVG elements, and the style and layout work they cause, is
 * the largest part of a frame with thousands of items: 6,000 at once are one long task on a slow machine, in which the
 * page cannot respond. A year of an ordinary secretariat (a few hundred activities) is built at once.
 */
export const FIRST_SLICE = 700;
export const SLICE = 1000;

/** `items` cut into the slices built task by task. */
export function slicesOf(items: readonly IPlacedItem[]): (readonly IPlacedItem[])[] {
  const slices: (readonly IPlacedItem[])[] = [];
  for (let i = 0; i < items.length; i += SLICE) slices.push(items.slice(i, i + SLICE));
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
 * The wheel's items in two layers. The **paint layer** is what the eye sees: a handful of paths holding every item's
 * outline (`paintMarkup`), written with the wheel in one commit, so the first frame after the data shows the whole
 * year. The **item layer** on top of it is invisible (`opacity="0"`): one `<path>` per item with its key and
 * accessible name, for keyboard focus, assistive technology, the pointer and the SVG export, written as markup
 * (`itemsMarkup`) in a layer React creates but does not fill. A year of a few hundred items has it at once; more are
 * parsed {@link SLICE} at a time in the tasks after the first frame (`scheduleTask`) into a detached group and added
 * together, so no single task creates thousands of elements; it says `aria-busy` until all are there. Until then the
 * pointer finds items through the wheel's hit-tester and the paint layer shows them.
 *
 * A new layout (a filter, the meetings arriving) repaints at once and rebuilds the item layer the same way — whole and
 * at once while it holds keyboard focus, so the focused item gets its focus back in the same task. Memoised on its
 * inputs: hovering or focusing an item changes nothing here — the highlight is a separate overlay.
 */
function WheelItemsImpl(props: IWheelItemsProps): React.ReactElement {
  const { items, appearance, colors, hollowFill, all } = props;
  const ref = React.useRef<SVGGElement>(null);
  const paintRef = React.useRef<SVGGElement>(null);
  const drawn = React.useRef<IDrawn | undefined>();
  const cancel = React.useRef<(() => void) | undefined>();

  React.useLayoutEffect(() => {
    const layer = ref.current;
    const paint = paintRef.current;
    if (!layer || !paint) return;
    const last = drawn.current;
    const same = !!last && last.items === items && last.appearance === appearance && last.colors === colors && last.hollowFill === hollowFill;
    // Printing ends, or a render that changed nothing of ours: what is drawn stays.
    if (same && (last.complete || !all)) return;
    cancel.current?.();
    cancel.current = undefined;
    const input = { appearance, colors, hollowFill };
    if (!same) {
      paint.innerHTML = paintMarkup(items, input);
      paint.setAttribute('data-items', String(items.length));
    }
    const active = layer.ownerDocument.activeElement;
    const focusedKey = active && active !== layer && layer.contains(active) ? active.getAttribute('data-key') : null;
    const state: IDrawn = { items, appearance, colors, hollowFill, complete: false };
    drawn.current = state;
    const finish = (): void => {
      state.complete = true;
      layer.removeAttribute('aria-busy');
      if (focusedKey && !layer.contains(layer.ownerDocument.activeElement)) {
        layer.querySelector<SVGElement>(selectorFor(focusedKey))?.focus({ preventScroll: true });
      }
    };
    // Printing needs every item now; focus must not be lost for a moment; a few hundred items are one task anyway.
    if (all || focusedKey || items.length <= FIRST_SLICE) {
      layer.innerHTML = itemsMarkup(items, input);
      finish();
      return;
    }
    layer.innerHTML = '';
    layer.setAttribute('aria-busy', 'true');
    const slices = slicesOf(items);
    let next = 0;
    // Parsed into a detached group, a slice per task, and moved in together: the browser then styles and lays out the
    // layer once, not once per slice over everything added so far.
    const pending = layer.ownerDocument.createElementNS(layer.namespaceURI, 'g');
    const drawNext = (): void => {
      pending.insertAdjacentHTML('beforeend', itemsMarkup(slices[next++], input));
      if (next < slices.length) {
        cancel.current = scheduleTask(drawNext);
        return;
      }
      cancel.current = undefined;
      while (pending.firstChild) layer.appendChild(pending.firstChild);
      finish();
    };
    cancel.current = scheduleTask(drawNext);
  }, [items, appearance, colors, hollowFill, all]);

  React.useEffect(() => () => cancel.current?.(), []);
  return (
    <>
      <g ref={paintRef} data-layer="paint" aria-hidden="true" pointerEvents="none" />
      <g ref={ref} data-layer="items" opacity={0} />
    </>
  );
}

/** See {@link WheelItemsImpl}. */
export const WheelItems = React.memo(WheelItemsImpl);
