import { denseRanks, orderByKey } from '../../../src/domain/wheel/order';
import { arcPath, coordinate } from '../../../src/domain/wheel/svgArc';

describe('denseRanks and orderByKey: a comparator sort without a comparator', () => {
  let seed = 11;
  const random = (): number => { seed = (seed * 48271) % 2147483647; return seed / 2147483647; };

  test('ranks equal values equally (0 and −0 too) and count the distinct ones', () => {
    const { ranks, distinct } = denseRanks([0.5, -1, 0.5, 0, -0, 3]);
    expect(Array.from(ranks)).toEqual([2, 0, 2, 1, 1, 3]);
    expect(distinct).toBe(4);
    expect(denseRanks([]).distinct).toBe(1);
  });

  test('orders exactly as a stable sort by several numbers, on thousands of values with many ties', () => {
    for (const count of [0, 1, 2, 50, 6000]) {
      // Angles on a coarse grid (ties) and off it, rings and lanes: the layout's drawing order.
      const ring = Array.from({ length: count }, () => Math.floor(random() * 7));
      const angle = Array.from({ length: count }, () => (random() < 0.5 ? Math.floor(random() * 365) / 365 : random()) * 2 * Math.PI);
      const lane = Array.from({ length: count }, () => Math.floor(random() * 40));
      const expected = Array.from({ length: count }, (_, i) => i)
        .sort((a, b) => ring[a] - ring[b] || angle[a] - angle[b] || lane[a] - lane[b]);
      const ranks = denseRanks(angle);
      const keys = ring.map((r, i) => (r * ranks.distinct + ranks.ranks[i]) * 40 + lane[i]);
      expect(Array.from(orderByKey(keys, 7 * ranks.distinct * 40))).toEqual(expected);
    }
  });

  test('a key span too large for exact packing falls back to the same order', () => {
    const keys = [5, 1, 5, 0, 1];
    expect(Array.from(orderByKey(keys, Number.MAX_SAFE_INTEGER))).toEqual([3, 1, 4, 0, 2]);
    expect(Array.from(orderByKey(keys, 6))).toEqual([3, 1, 4, 0, 2]);
  });
});

describe('coordinate', () => {
  test('is the text of the number rounded to two decimals, for any value a wheel has and beyond', () => {
    let seed = 3;
    const random = (): number => { seed = (seed * 48271) % 2147483647; return seed / 2147483647; };
    const round = (n: number): number => Math.round(n * 100) / 100;
    const samples = [0, -0, 0.005, -0.005, 1.005, 12.5, -3.05, 399.999, 1e14, -1e16, 1e300, NaN, Infinity, -Infinity];
    for (let i = 0; i < 20000; i++) samples.push((random() - 0.5) * 2000, Math.round((random() - 0.5) * 200000) / 100);
    for (const n of samples) expect(coordinate(n)).toBe(String(round(n)));
  });

  test('keeps arcs exactly as they were written before', () => {
    expect(arcPath(400, { innerRadius: 100, outerRadius: 120.456, startAngle: 0.1, endAngle: 1.2 }))
      .toBe('M412.03,280.15A120.46,120.46,0,0,1,512.27,356.35L493.2,363.76A100,100,0,0,0,409.98,300.5Z');
  });
});
