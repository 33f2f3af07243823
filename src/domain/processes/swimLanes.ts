/**
 * Swim-lane geometry for the process diagram: one horizontal lane per responsible role, in the order the roles first
 * appear in the steps, and a lane for steps without a role last. Steps run left to right, one column each, so the
 * sequence reads like a timeline and a hand-off is a connector that changes lane. Pure numbers in SVG user units;
 * the component draws them and supplies the texts (the no-role lane is flagged, not named).
 */
import { normaliseSearchText } from './search';

/** Sizes of the diagram, in SVG user units. */
export interface ISwimLaneOptions {
  /** Width of the lane header column on the left, where the role is written. */
  headerWidth: number;
  laneHeight: number;
  boxWidth: number;
  boxHeight: number;
  /** Horizontal space between two step boxes. */
  columnGap: number;
  /** Space between the header column and the first box, and after the last box. */
  padding: number;
}

/** The default sizes: boxes of 160 × 64 in lanes 96 high. */
export const DEFAULT_SWIM_LANE_OPTIONS: Readonly<ISwimLaneOptions> = {
  headerWidth: 160, laneHeight: 96, boxWidth: 160, boxHeight: 64, columnGap: 40, padding: 16
};

/** A lane. `role` is the first spelling met (trimmed); the no-role lane has none. */
export interface ISwimLane {
  /** Stable key: the normalised role, or `''` for the no-role lane. */
  key: string;
  role?: string;
  noRole: boolean;
  index: number;
  y: number;
  height: number;
}

/** A step's box. */
export interface IStepBox<T> {
  step: T;
  laneIndex: number;
  column: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A point of a connector. */
export interface IPoint {
  x: number;
  y: number;
}

/** The arrow from one step to the next: from the right edge of one box to the left edge of the next. */
export interface IStepConnector {
  /** Column of the step it starts at (the next step is `from + 1`). */
  from: number;
  to: number;
  /** Two points within a lane; four (an orthogonal elbow halfway through the gap) across lanes. */
  points: IPoint[];
  crossesLanes: boolean;
}

/** The whole diagram. */
export interface ISwimLaneLayout<T> {
  lanes: ISwimLane[];
  boxes: IStepBox<T>[];
  connectors: IStepConnector[];
  width: number;
  height: number;
}

/** The lane key of a role: normalised like search text, so "Koordinator" and " koordinator" share a lane. */
export function laneKey(role: string | undefined): string {
  return normaliseSearchText(role);
}

/**
 * The layout of `steps`, ordered by step number (ties keep their order). Lanes follow the roles' first appearance;
 * the no-role lane, if any step lacks a role, comes last. Width and height enclose everything; no steps give no
 * lanes, a height of 0 and the width of the header column and padding.
 */
export function swimLaneLayout<T extends { stepNumber: number; responsibleRole?: string }>(
  steps: readonly T[],
  options: Partial<ISwimLaneOptions> = {}
): ISwimLaneLayout<T> {
  const o: ISwimLaneOptions = { ...DEFAULT_SWIM_LANE_OPTIONS, ...options };
  const ordered = steps.map((step, index) => ({ step, index }))
    .sort((a, b) => a.step.stepNumber - b.step.stepNumber || a.index - b.index)
    .map((entry) => entry.step);
  const lanes = lanesOf(ordered, o);
  const laneIndex = new Map(lanes.map((lane) => [lane.key, lane.index]));
  const left = o.headerWidth + o.padding;
  const boxes = ordered.map((step, column): IStepBox<T> => {
    const index = laneIndex.get(laneKey(step.responsibleRole)) as number;
    return {
      step, laneIndex: index, column,
      x: left + column * (o.boxWidth + o.columnGap),
      y: lanes[index].y + (o.laneHeight - o.boxHeight) / 2,
      width: o.boxWidth, height: o.boxHeight
    };
  });
  const connectors = boxes.slice(1).map((to, i) => connector(boxes[i], to, o.columnGap));
  const columns = boxes.length;
  return {
    lanes, boxes, connectors,
    width: left + columns * o.boxWidth + Math.max(columns - 1, 0) * o.columnGap + o.padding,
    height: lanes.length * o.laneHeight
  };
}

function lanesOf(steps: readonly { responsibleRole?: string }[], o: ISwimLaneOptions): ISwimLane[] {
  const roles: { key: string; role: string }[] = [];
  let anyWithoutRole = false;
  for (const step of steps) {
    const key = laneKey(step.responsibleRole);
    if (key === '') {
      anyWithoutRole = true;
    } else if (!roles.some((r) => r.key === key)) {
      roles.push({ key, role: (step.responsibleRole as string).trim() });
    }
  }
  const lanes: ISwimLane[] = roles.map((r, index) => ({ key: r.key, role: r.role, noRole: false, index, y: index * o.laneHeight, height: o.laneHeight }));
  if (anyWithoutRole) {
    lanes.push({ key: '', noRole: true, index: lanes.length, y: lanes.length * o.laneHeight, height: o.laneHeight });
  }
  return lanes;
}

function connector<T>(from: IStepBox<T>, to: IStepBox<T>, gap: number): IStepConnector {
  const start = { x: from.x + from.width, y: from.y + from.height / 2 };
  const end = { x: to.x, y: to.y + to.height / 2 };
  const crossesLanes = from.laneIndex !== to.laneIndex;
  const middle = start.x + gap / 2;
  return {
    from: from.column,
    to: to.column,
    points: crossesLanes ? [start, { x: middle, y: start.y }, { x: middle, y: end.y }, end] : [start, end],
    crossesLanes
  };
}
