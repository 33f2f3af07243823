import * as React from 'react';
import type { IPlacedItem } from '../../../../domain/wheel';
import type { ItemShape } from '../../model/entries';
import { MARKER_PATHS, markerTransform } from './shapes';

/** Props of {@link WheelHighlight}. */
export interface IWheelHighlightProps {
  item: IPlacedItem;
  shape: ItemShape;
  /** The focus colour (theme focus border); a contrasting inner line keeps it visible on any ring colour. */
  color: string;
  inner: string;
  /** Keyboard focus gets a thicker, solid ring; hover a thinner one. */
  variant: 'focus' | 'hover';
}

/**
 * The hover/focus outline of one item, drawn on top of the item layer so the layer itself never re-renders. Two
 * strokes (outer in the focus colour, inner in the background colour) keep the indicator at 3:1 against any ring
 * colour and the page, as WCAG 2.4.7/1.4.11 require.
 */
export function WheelHighlight(props: IWheelHighlightProps): React.ReactElement {
  const { item, color, inner } = props;
  const width = props.variant === 'focus' ? 4 : 2.5;
  const d = item.kind === 'period' && item.path ? item.path : MARKER_PATHS[props.shape === 'period' ? 'deadline' : props.shape];
  const transform = item.kind === 'period' ? undefined : markerTransform(item.x, item.y, item.r * 1.6);
  return (
    <g data-export="skip" pointerEvents="none" aria-hidden="true">
      <path d={d} transform={transform} fill="none" stroke={color} strokeWidth={width + 2} vectorEffect="non-scaling-stroke" />
      <path d={d} transform={transform} fill="none" stroke={inner} strokeWidth={1.5} vectorEffect="non-scaling-stroke" />
    </g>
  );
}
