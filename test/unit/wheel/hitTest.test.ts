import { createHitTester, firstItem, lastItem, layoutWheel, nearestItem, polarToPoint } from '../../../src/domain/wheel';
import type { IPlacedItem, IWheelLayout } from '../../../src/domain/wheel';
import { marker, period, RINGS, yearOptions } from './fixtures';

const ITEMS = [
  period('budget', 'Økonomi', '2026-02-01', '2026-03-31'),
  marker('regnskab', 'Økonomi', '2026-04-15'),
  marker('board-may', 'Bestyrelse', '2026-05-20'),
  marker('board-sep', 'Bestyrelse', '2026-09-16'),
  period('kontingent', 'Medlemmer', '2026-03-01', '2026-03-31'),
  marker('nyhedsbrev', 'Kommunikation', '2026-06-01')
];

const ringInners = new WeakMap<IWheelLayout, Map<string, number>>();

function ringInner(layout: IWheelLayout, ring: string): number {
  let inners = ringInners.get(layout);
  if (!inners) {
    inners = new Map(layout.rings.map((candidate) => [candidate.name, candidate.innerRadius]));
    ringInners.set(layout, inners);
  }
  return inners.get(ring)!;
}

/** The full scan the hit tester must agree with: is (x, y) on the item's own shape? */
function contains(item: IPlacedItem, layout: IWheelLayout, x: number, y: number): boolean {
  if (item.kind === 'marker') {
    return Math.hypot(item.x - x, item.y - y) <= item.r;
  }
  const dx = x - layout.center;
  const dy = y - layout.center;
  let angle = Math.atan2(dx, -dy);
  angle = angle < 0 ? angle + 2 * Math.PI : angle;
  const radius = Math.hypot(dx, dy);
  const laneInner = ringInner(layout, item.ring) + item.lane * layout.bands.laneThickness;
  return angle >= item.startAngle && angle <= item.endAngle && radius >= laneInner && radius <= laneInner + layout.bands.laneThickness;
}

describe('createHitTester', () => {
  const layout = layoutWheel(ITEMS, yearOptions());
  const hit = createHitTester(layout);
  const byKey = (key: string): IPlacedItem => layout.items.find((item) => item.key === key)!;

  it('hits a period at its arc’s midpoint and a marker at its centre', () => {
    expect(hit(byKey('budget').x, byKey('budget').y)?.key).toBe('budget');
    expect(hit(byKey('regnskab').x, byKey('regnskab').y)?.key).toBe('regnskab');
  });

  it('hits a marker within its tolerance radius, outside its drawn dot', () => {
    const item = byKey('board-sep');
    expect(item.r).toBeLessThan(15);
    expect(hit(item.x + 15, item.y)?.key).toBe('board-sep');
    expect(hit(item.x + 40, item.y)).toBeUndefined();
  });

  it('hits nothing in the hub, in the label bands, outside the wheel or in an empty stretch of a ring', () => {
    expect(hit(layout.center, layout.center)).toBeUndefined();
    expect(hit(layout.center, layout.center - layout.hub + 1)).toBeUndefined();
    const month = polarToPoint(layout.center, (layout.bands.month.innerRadius + layout.bands.month.outerRadius) / 2, 1);
    expect(hit(month.x, month.y)).toBeUndefined();
    expect(hit(0, 0)).toBeUndefined();
    const ring = layout.rings[2];
    const empty = polarToPoint(layout.center, (ring.innerRadius + ring.outerRadius) / 2, Math.PI * 1.5);
    expect(hit(empty.x, empty.y)).toBeUndefined();
  });

  it('agrees with a full scan on a crowded wheel of 6,000 items', () => {
    const items = Array.from({ length: 6000 }, (_, i) => {
      const month = String((i % 12) + 1).padStart(2, '0');
      const day = String(((i * 7) % 28) + 1).padStart(2, '0');
      return i % 4 === 0
        ? period(`p${i}`, RINGS[i % 6], `2026-${month}-${day}`, `2026-${month}-28`)
        : marker(`m${i}`, RINGS[i % 6], `2026-${month}-${day}`);
    });
    const crowded = layoutWheel(items, yearOptions({ size: 4000 }));
    const test = createHitTester(crowded);
    let seed = 11;
    const random = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const tolerance = 22 * (4000 / 800);
    let direct = 0;
    for (let i = 0; i < 1500; i++) {
      // Half the points anywhere, half close to some item, where the interesting cases are.
      const near = crowded.items[Math.floor(random() * crowded.items.length)];
      const spread = crowded.bands.laneThickness * 2;
      const x = i % 2 ? random() * 4000 : near.x + (random() - 0.5) * spread;
      const y = i % 2 ? random() * 4000 : near.y + (random() - 0.5) * spread;
      const expected = crowded.items.find((item) => contains(item, crowded, x, y));
      const found = test(x, y);
      if (expected) {
        direct++;
        expect(found?.key).toBe(expected.key);
      } else if (found) {
        // Otherwise only a marker within its tolerance may answer.
        expect(found.kind).toBe('marker');
        expect(Math.hypot(found.x - x, found.y - y)).toBeLessThanOrEqual(tolerance);
      }
    }
    expect(direct).toBeGreaterThan(200);
    for (const item of crowded.items.filter((_, i) => i % 50 === 0)) {
      expect(test(item.x, item.y)?.key).toBe(item.key);
    }
  });
});

describe('nearestItem', () => {
  const layout = layoutWheel([...ITEMS, period('empty-ring-neighbour', 'Arrangementer', '2026-01-01', '2026-01-05')], yearOptions());

  it('moves to the next and previous item in time within the ring, without wrapping', () => {
    expect(nearestItem(layout, 'budget', 'next')?.key).toBe('regnskab');
    expect(nearestItem(layout, 'regnskab', 'prev')?.key).toBe('budget');
    expect(nearestItem(layout, 'board-may', 'next')?.key).toBe('board-sep');
    expect(nearestItem(layout, 'board-sep', 'next')).toBeUndefined();
    expect(nearestItem(layout, 'budget', 'prev')).toBeUndefined();
  });

  it('jumps to the neighbouring ring with items, to the item nearest in time', () => {
    // Bestyrelse → (Sekretariat is empty) → Økonomi: the marker in April is nearer to 20 May than February–March.
    expect(nearestItem(layout, 'board-may', 'outer')?.key).toBe('regnskab');
    // Økonomi → Medlemmer: the March period covers the middle of the budget period.
    expect(nearestItem(layout, 'budget', 'outer')?.key).toBe('kontingent');
    expect(nearestItem(layout, 'kontingent', 'inner')?.key).toBe('budget');
    expect(nearestItem(layout, 'board-may', 'inner')).toBeUndefined();
    expect(nearestItem(layout, 'nyhedsbrev', 'outer')).toBeUndefined();
    expect(nearestItem(layout, 'nyhedsbrev', 'inner')?.key).toBe('empty-ring-neighbour');
  });

  it('finds where to start, and ignores unknown keys', () => {
    expect(firstItem(layout)?.key).toBe('board-may');
    expect(firstItem(layout, 'Økonomi')?.key).toBe('budget');
    expect(firstItem(layout, 'Sekretariat')).toBeUndefined();
    expect(nearestItem(layout, 'nope', 'next')).toBeUndefined();
  });

  it('finds the last item for End: the last in time of the outermost ring with items', () => {
    const last = lastItem(layout)!;
    expect(last).toBeDefined();
    expect(nearestItem(layout, last.key, 'next')).toBeUndefined();
    expect(nearestItem(layout, last.key, 'outer')).toBeUndefined();
    expect(lastItem(layout, 'Bestyrelse')?.key).toBe('board-sep');
    expect(lastItem(layout, 'Sekretariat')).toBeUndefined();
  });
});
