import * as React from 'react';
import type { IPlacedItem } from '../../../../domain/wheel';
import type { ItemShape } from '../../model/entries';
import type { IRingColors } from '../../model/ringColors';
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
}

/**
 * Every item of the wheel, one element each, carrying `data-key` for the wheel's single delegated pointer and keyboard
 * handler — no per-item closures. Items are focusable programmatically (`tabIndex -1`); the wheel moves a roving focus
 * between them. Memoised on its inputs, so hovering or focusing an item never re-renders thousands of elements: the
 * highlight is drawn by a separate overlay.
 */
function WheelItemsImpl(props: IWheelItemsProps): React.ReactElement {
  const { appearance, colors, hollowFill } = props;
  // Items come ordered by ring: one group per ring carries the ring's fill and stroke, so the thousands of items do
  // not each set two more attributes (a measurable part of the first frame). Done items override the fill.
  const groups: { ring: string; items: IPlacedItem[] }[] = [];
  for (const item of props.items) {
    const last = groups[groups.length - 1];
    if (last && last.ring === item.ring) last.items.push(item);
    else groups.push({ ring: item.ring, items: [item] });
  }
  return (
    <g data-layer="items">
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
    </g>
  );
}

/** See {@link WheelItemsImpl}. */
export const WheelItems = React.memo(WheelItemsImpl);
