import * as React from 'react';
import type { IPlacedItem } from '../../../../domain/wheel';
import type { ItemShape } from '../../model/entries';
import type { IRingColors } from '../../model/ringColors';
import { scheduleTask } from './nextTask';
import { MARKER_PATHS, markerTransform } from './shapes';

/** What the item layer needs to know of each item besides its placement. */
export interface IItemAppearance {
  shape: ItemShape;
  done: boolean;
  /** The accessible name, e.g. "Generalforsamling, Bestyrelse, 28. april 2026, MUST". */
  name: string;
}

/** Props of {@link WheelItems}. */
export interface IWheelItemsProps {
  items: readonly IPlacedItem[];
  appearance: ReadonlyMap<string, IItemAppearance>;
  colors: ReadonlyMap<string, IRingColors>;
  /** Fill of hollow (done) markers: the page background. */
  hollowFill: string;
  /** Draw every item in this render (printing: the print dialog must not catch a half-drawn wheel). */
  all?: boolean;
}

/**
 * Items committed in the first task, and in each task after it. Creating an SVG element with its attributes, and the
 * style and layout work it causes, is the largest part of a first frame with thousands of items: 6,000 at once are a
 * single task of several hundred milliseconds on a slow machine, in which the page cannot respond. In slices each task
 * stays short. A year of an ordinary secretariat (a few hundred activities) is one slice, drawn at once.
 */
export const FIRST_SLICE = 700;
export const SLICE = 1000;

/** `items` cut into the slices drawn task by task. */
function slicesOf(items: readonly IPlacedItem[]): (readonly IPlacedItem[])[] {
  if (items.length <= FIRST_SLICE) return [items];
  const slices: (readonly IPlacedItem[])[] = [items.slice(0, FIRST_SLICE)];
  for (let i = FIRST_SLICE; i < items.length; i += SLICE) slices.push(items.slice(i, i + SLICE));
  return slices;
}

interface ISliceProps extends Omit<IWheelItemsProps, 'items' | 'all'> {
  items: readonly IPlacedItem[];
}

/**
 * One slice of items, one element each, carrying `data-key` for the wheel's single delegated pointer and keyboard
 * handler — no per-item closures. Items are focusable programmatically (`tabIndex -1`); the wheel moves a roving focus
 * between them. Items come ordered by ring: one group per ring carries the ring's fill and stroke, so the thousands of
 * items do not each set two more attributes (a measurable part of the first frame). Done items override the fill.
 */
function ItemSliceImpl(props: ISliceProps): React.ReactElement {
  const { appearance, colors, hollowFill } = props;
  const groups: { ring: string; items: IPlacedItem[] }[] = [];
  for (const item of props.items) {
    const last = groups[groups.length - 1];
    if (last && last.ring === item.ring) last.items.push(item);
    else groups.push({ ring: item.ring, items: [item] });
  }
  return (
    <>
      {groups.map(({ ring, items }) => {
        const color = colors.get(ring)?.item ?? 'currentColor';
        return (
          <g key={ring} fill={color} stroke={color}>
            {items.map(item => {
              const look = appearance.get(item.key);
              const done = !!look?.done;
              const common = {
                'data-key': item.key,
                role: 'button',
                tabIndex: -1,
                'aria-label': look?.name ?? item.key,
                fill: done ? hollowFill : undefined,
                className: 'aarshjul-item'
              };
              if (item.kind === 'period' && item.path) {
                return <path key={item.key} {...common} d={item.path} strokeWidth={done ? 2 : 0.5}
                  fillOpacity={done ? 1 : 0.9} strokeDasharray={done ? '4 2' : undefined} />;
              }
              const shape = look && look.shape !== 'period' ? look.shape : 'deadline';
              return <path key={item.key} {...common} d={MARKER_PATHS[shape]} transform={markerTransform(item.x, item.y, item.r)}
                strokeWidth={done ? 2 : 1} vectorEffect="non-scaling-stroke" />;
            })}
          </g>
        );
      })}
    </>
  );
}

const ItemSlice = React.memo(ItemSliceImpl);

/**
 * Every item of the wheel. The first {@link FIRST_SLICE} are committed with the wheel, the rest {@link SLICE} at a
 * time in the tasks after it (see `scheduleTask`), so no single task creates thousands of elements; the layer says
 * `aria-busy` until all are there. Once drawn, a new layout (a filter, the meetings arriving) is drawn in one pass —
 * the elements exist and React only updates what changed. Memoised on its inputs, so hovering or focusing an item
 * never re-renders thousands of elements: the highlight is drawn by a separate overlay.
 */
function WheelItemsImpl(props: IWheelItemsProps): React.ReactElement {
  const { items, appearance, colors, hollowFill } = props;
  const slices = React.useMemo(() => slicesOf(items), [items]);
  const [drawn, setShown] = React.useState(1);
  const shown = props.all ? slices.length : drawn;
  const pending = shown < slices.length;
  React.useEffect(() => (pending ? scheduleTask(() => setShown(n => n + 1)) : undefined), [pending, shown]);
  return (
    <g data-layer="items" aria-busy={pending || undefined}>
      {slices.slice(0, shown).map((slice, index) => (
        <ItemSlice key={index} items={slice} appearance={appearance} colors={colors} hollowFill={hollowFill} />
      ))}
    </g>
  );
}

/** See {@link WheelItemsImpl}. */
export const WheelItems = React.memo(WheelItemsImpl);
