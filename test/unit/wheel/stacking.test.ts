import { assignLanes, DEFAULT_MARKER_ANGLE, layoutWheel } from '../../../src/domain/wheel';
import type { IStackable } from '../../../src/domain/wheel';
import { marker, period, yearOptions } from './fixtures';
import { assignLaneIndexes, stackIntervals } from '../../../src/domain/wheel/stacking';

function span(key: string, startAngle: number, endAngle: number, ring: string = 'A'): IStackable {
  return { key, ring, kind: 'period', startAngle, endAngle };
}

function dot(key: string, startAngle: number, ring: string = 'A'): IStackable {
  return { key, ring, kind: 'marker', startAngle, endAngle: startAngle + 0.01 };
}

describe('assignLanes', () => {
  it('puts overlapping periods in different lanes and reuses the lowest free lane', () => {
    const { lanes, laneCounts } = assignLanes([span('a', 0, 1), span('b', 0.1, 0.3), span('c', 0.2, 1.2), span('d', 0.4, 0.5)]);
    expect(lanes.get('a')).toBe(0);
    expect(lanes.get('b')).toBe(1);
    expect(lanes.get('c')).toBe(2);
    // b has ended when d starts, so d takes lane 1, the lowest free one, not a new lane.
    expect(lanes.get('d')).toBe(1);
    expect(laneCounts.get('A')).toBe(3);
  });

  it('lets periods that merely touch share a lane', () => {
    const { lanes, laneCounts } = assignLanes([span('first', 0, 0.5), span('second', 0.5, 1)]);
    expect(lanes.get('second')).toBe(0);
    expect(laneCounts.get('A')).toBe(1);
  });

  it('separates two markers on the same day, and a marker from a period it sits on', () => {
    const { lanes } = assignLanes([dot('m1', 1), dot('m2', 1), span('p', 0.9, 1.1)]);
    expect(new Set([lanes.get('m1'), lanes.get('m2'), lanes.get('p')]).size).toBe(3);
  });

  it('gives markers a minimum width, however short their day', () => {
    const apart = DEFAULT_MARKER_ANGLE * 0.6;
    expect(assignLanes([dot('m1', 1), dot('m2', 1 + apart)]).lanes.get('m2')).toBe(1);
    expect(assignLanes([dot('m1', 1), dot('m2', 1 + apart)], { markerAngle: apart / 2 }).lanes.get('m2')).toBe(0);
    expect(assignLanes([dot('m1', 1), dot('m2', 1 + apart)], { markerAngle: () => apart / 2 }).lanes.get('m2')).toBe(0);
  });

  it('stacks each ring on its own', () => {
    const { lanes, laneCounts } = assignLanes([span('a', 0, 1, 'A'), span('b', 0, 1, 'B'), span('c', 0, 1, 'B')]);
    expect(lanes.get('a')).toBe(0);
    expect(laneCounts.get('A')).toBe(1);
    expect(laneCounts.get('B')).toBe(2);
  });

  it('does not depend on the order of the input', () => {
    const items = [span('a', 0, 1), span('b', 0, 2), span('c', 0.5, 0.7), dot('d', 0.6), span('e', 1.5, 3)];
    const forward = assignLanes(items).lanes;
    const backward = assignLanes([...items].reverse()).lanes;
    expect([...backward.entries()].sort()).toEqual([...forward.entries()].sort());
  });

  it('uses no more lanes than items overlap at one point', () => {
    // Ten staggered periods, each overlapping only its neighbours: two lanes suffice.
    const items = Array.from({ length: 10 }, (_, i) => span(`s${i}`, i * 0.3, i * 0.3 + 0.5));
    expect(assignLanes(items).laneCounts.get('A')).toBe(2);
  });
});

describe('stacking in the layout', () => {
  it('gives two deadlines on the same day their own lanes, so neither hides the other', () => {
    const layout = layoutWheel([marker('x', 'Økonomi', '2026-09-01'), marker('y', 'Økonomi', '2026-09-01')], yearOptions());
    const [x, y] = layout.items;
    expect(x.lane).not.toBe(y.lane);
    expect(Math.hypot(x.x - y.x, x.y - y.y)).toBeGreaterThanOrEqual(x.r + y.r);
    expect(x.lanes).toBe(2);
  });

  it('keeps overlapping periods in separate radial bands', () => {
    const layout = layoutWheel([period('a', 'Økonomi', '2026-03-01', '2026-04-30'), period('b', 'Økonomi', '2026-04-01', '2026-05-31')], yearOptions());
    const [a, b] = layout.items;
    expect(a.outerRadius <= b.innerRadius || b.outerRadius <= a.innerRadius).toBe(true);
  });
});

describe('assignLaneIndexes with the previous pass as a start', () => {
  test('gives exactly the lanes a fresh pass gives, with other marker angles (the layout\'s second pass)', () => {
    const rings = ['A', 'B', 'C'];
    const items = Array.from({ length: 3000 }, (_, i) => {
      const start = ((i * 7919) % 365) / 365 * 2 * Math.PI;
      const period = i % 4 === 0;
      return { key: `k${i}`, ring: rings[i % 3], kind: period ? 'period' as const : 'marker' as const, startAngle: start,
        endAngle: start + (period ? (i % 17) / 365 : 1 / 365) * 2 * Math.PI };
    });
    const first = assignLaneIndexes(items, { markerAngle: 0.05 });
    for (const angle of [0.02, 0.05, 0.09]) {
      const fresh = assignLaneIndexes(items, { markerAngle: ring => angle * (ring === 'B' ? 2 : 1) });
      const hinted = assignLaneIndexes(items, { markerAngle: ring => angle * (ring === 'B' ? 2 : 1) }, first);
      expect(Array.from(hinted.laneOf)).toEqual(Array.from(fresh.laneOf));
      expect(hinted.laneCounts).toEqual(fresh.laneCounts);
    }
    // And the keyed result is the indexed one.
    const keyed = assignLanes(items, { markerAngle: 0.05 });
    expect(items.every((item, i) => keyed.lanes.get(item.key) === first.laneOf[i])).toBe(true);
  });
});

describe('stackIntervals gives every interval the lane a scan of every lane would', () => {
  // The plain algorithm: in order of start, the lowest lane whose last interval ended at or before the start.
  function scanned(starts: number[], ends: number[], order: number[]): number[] {
    const laneEnds: number[] = [];
    const lanes: number[] = [];
    for (const i of order) {
      let lane = 0;
      while (lane < laneEnds.length && laneEnds[lane] > starts[i]) lane++;
      laneEnds[lane] = ends[i];
      lanes[i] = lane;
    }
    return lanes;
  }

  test('on random rings with ties, touching and empty intervals, and dozens of lanes', () => {
    let seed = 7;
    const random = (): number => { seed = (seed * 48271) % 2147483647; return seed / 2147483647; };
    for (const count of [1, 2, 10, 300, 3000]) {
      const starts: number[] = [];
      const ends: number[] = [];
      for (let i = 0; i < count; i++) {
        // Starts on a coarse grid (many ties), lengths 0 (empty) to long, some exactly touching the next grid point.
        const start = Math.floor(random() * 120) / 20;
        const length = random() < 0.1 ? 0 : random() < 0.3 ? 0.05 : random() * 0.8;
        starts.push(start);
        ends.push(start + length);
      }
      const ringOf = new Int32Array(count).map((_, i) => i % 3);
      const result = stackIntervals({ ringOf, starts: Float64Array.from(starts), ends: Float64Array.from(ends), rings: 3, keyOf: i => `k${i}` });
      for (let ring = 0; ring < 3; ring++) {
        const order = result.byRing[ring];
        const expected = scanned(starts, ends, order);
        expect(order.map(i => result.laneOf[i])).toEqual(order.map(i => expected[i]));
        expect(result.laneCounts[ring]).toBe(order.length === 0 ? 0 : Math.max(...order.map(i => expected[i])) + 1);
      }
      if (count === 3000) expect(Math.max(...result.laneCounts)).toBeGreaterThan(20);
    }
  });
});
