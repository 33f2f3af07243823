import * as React from 'react';
import type { ItemShape } from '../../model/entries';
import { MARKER_PATHS } from '../Wheel/shapes';

/** Props of {@link ShapeIcon}. */
export interface IShapeIconProps {
  shape: ItemShape;
  color: string;
  /** Done items are hollow, on the wheel and here alike. */
  done?: boolean;
  background: string;
  size?: number;
}

/** The small shape that marks an item's kind and ring in the agenda and the legend — the same shapes as on the wheel. */
export function ShapeIcon(props: IShapeIconProps): React.ReactElement {
  const size = props.size ?? 16;
  const fill = props.done ? props.background : props.color;
  return (
    <svg width={size} height={size} viewBox="-1.6 -1.6 3.2 3.2" aria-hidden="true" focusable="false" style={{ flex: 'none' }}>
      {props.shape === 'period'
        ? <rect x={-1.5} y={-0.7} width={3} height={1.4} rx={0.3} fill={fill} stroke={props.color} strokeWidth={0.25} strokeDasharray={props.done ? '0.5 0.25' : undefined} />
        : <path d={MARKER_PATHS[props.shape]} fill={fill} stroke={props.color} strokeWidth={0.25} />}
    </svg>
  );
}
