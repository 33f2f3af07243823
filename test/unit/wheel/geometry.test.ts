import { dateToAngle, layoutWheel, pointToPolar } from '../../../src/domain/wheel';
import { marker, period, RINGS, yearOptions } from './fixtures';

const DAY_2026 = (2 * Math.PI) / 365;

describe('dateToAngle', () => {
  it('puts 1 January at 12 o’clock and 1 July about half way round a calendar year', () => {
    expect(dateToAngle('2026-01-01', '2026-01-01', '2026-12-31')).toBe(0);
    expect(dateToAngle('2026-07-01', '2026-01-01', '2026-12-31')).toBeCloseTo(Math.PI, 1);
    expect(dateToAngle('2026-07-01', '2026-01-01', '2026-12-31')).toBeCloseTo(181 * DAY_2026, 10);
  });

  it('maps the whole range onto the full circle', () => {
    expect(dateToAngle('2027-01-01', '2026-01-01', '2026-12-31')).toBeCloseTo(2 * Math.PI, 10);
  });

  it('starts an August year at 12 o’clock in August', () => {
    expect(dateToAngle('2026-08-01', '2026-08-01', '2027-07-31')).toBe(0);
    expect(dateToAngle('2027-01-31', '2026-08-01', '2027-07-31')).toBeCloseTo(Math.PI, 1);
    expect(dateToAngle('2026-07-31', '2026-08-01', '2027-07-31')).toBeLessThan(0);
  });

  it('refuses a range that ends before it starts', () => {
    expect(() => dateToAngle('2026-05-01', '2026-12-31', '2026-01-01')).toThrow(RangeError);
  });
});

describe('layoutWheel: rings and bands', () => {
  it('orders hub, rings, week band and month band from the centre out', () => {
    const layout = layoutWheel([], yearOptions());
    expect(layout.center).toBe(400);
    expect(layout.rings.map((ring) => ring.name)).toEqual(RINGS);
    expect(layout.hub).toBeLessThanOrEqual(layout.rings[0].innerRadius);
    for (let i = 1; i < layout.rings.length; i++) {
      expect(layout.rings[i].innerRadius).toBeGreaterThan(layout.rings[i - 1].outerRadius);
    }
    const week = layout.bands.week!;
    expect(layout.rings[layout.rings.length - 1].outerRadius).toBeLessThan(week.innerRadius);
    expect(week.outerRadius).toBeLessThanOrEqual(layout.bands.month.innerRadius);
    expect(layout.bands.month.outerRadius).toBeLessThanOrEqual(400);
  });

  it('gives a ring with more lanes more radius, and every lane at least the minimum when there is room', () => {
    const items = [
      period('a', 'Økonomi', '2026-03-01', '2026-03-31'),
      period('b', 'Økonomi', '2026-03-10', '2026-04-10'),
      period('c', 'Økonomi', '2026-03-20', '2026-04-20'),
      marker('d', 'Bestyrelse', '2026-06-01')
    ];
    const layout = layoutWheel(items, yearOptions());
    const thickness = (name: string): number => {
      const ring = layout.rings.find((candidate) => candidate.name === name)!;
      return ring.outerRadius - ring.innerRadius;
    };
    expect(layout.rings.find((ring) => ring.name === 'Økonomi')!.lanes).toBe(3);
    expect(thickness('Økonomi')).toBeCloseTo(3 * thickness('Bestyrelse'), 6);
    expect(layout.bands.laneThickness).toBeGreaterThanOrEqual(24);
  });

  it('shrinks the hub before letting lanes go below the minimum', () => {
    const roomy = layoutWheel([], yearOptions());
    const five = Array.from({ length: 5 }, (_, i) => period(`p${i}`, 'Medlemmer', '2026-05-01', '2026-05-31'));
    const shrunk = layoutWheel(five, yearOptions());
    expect(shrunk.rings.find((ring) => ring.name === 'Medlemmer')!.lanes).toBe(5);
    expect(shrunk.hub).toBeLessThan(roomy.hub);
    expect(shrunk.bands.laneThickness).toBeGreaterThanOrEqual(24);

    // Beyond what the minimum allows, lanes get thinner but everything still fits outside the smallest hub.
    const twenty = Array.from({ length: 20 }, (_, i) => period(`q${i}`, 'Medlemmer', '2026-05-01', '2026-05-31'));
    const crowded = layoutWheel(twenty, yearOptions());
    expect(crowded.bands.laneThickness).toBeLessThan(24);
    expect(crowded.hub).toBeCloseTo(50, 6);
    expect(crowded.rings[0].innerRadius).toBeGreaterThanOrEqual(crowded.hub);
    expect(crowded.bands.markerRadius * 2).toBeLessThanOrEqual(crowded.bands.laneThickness);
  });

  it('scales with the wheel size', () => {
    const small = layoutWheel([], yearOptions({ size: 400 }));
    const large = layoutWheel([], yearOptions({ size: 800 }));
    expect(small.rings[2].innerRadius * 2).toBeCloseTo(large.rings[2].innerRadius, 6);
  });

  it('draws ring bands as closed SVG paths inside the viewBox', () => {
    const layout = layoutWheel([], yearOptions());
    for (const ring of layout.rings) {
      expect(ring.path).toMatch(/^M[\d.]+,[\d.]+A/);
      const numbers = ring.path.match(/-?\d+(\.\d+)?/g)!.map(Number);
      expect(Math.min(...numbers)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...numbers)).toBeLessThanOrEqual(800);
    }
  });
});

describe('layoutWheel: items', () => {
  it('includes the end day of a period', () => {
    const layout = layoutWheel([period('p', 'Økonomi', '2026-05-01', '2026-05-10')], yearOptions());
    const [item] = layout.items;
    expect(item.startAngle).toBeCloseTo(dateToAngle('2026-05-01', '2026-01-01', '2026-12-31'), 10);
    expect(item.endAngle).toBeCloseTo(dateToAngle('2026-05-11', '2026-01-01', '2026-12-31'), 10);
    expect(item.path).toMatch(/^M/);
    expect(item.r).toBe(0);
  });

  it('puts a marker in the middle of its day, between its ring’s radii', () => {
    const layout = layoutWheel([marker('m', 'Sekretariat', '2026-04-15')], yearOptions());
    const [item] = layout.items;
    const { angle, radius } = pointToPolar(layout.center, item.x, item.y);
    expect(angle).toBeCloseTo((dateToAngle('2026-04-15', '2026-01-01', '2026-12-31') + dateToAngle('2026-04-16', '2026-01-01', '2026-12-31')) / 2, 10);
    const ring = layout.rings[1];
    expect(radius).toBeGreaterThan(ring.innerRadius);
    expect(radius).toBeLessThan(ring.outerRadius);
    expect(item.r).toBeGreaterThan(0);
    expect(item.path).toBeUndefined();
  });

  it('keeps items on 29 March and 25 October (DST changes) on their own day', () => {
    const layout = layoutWheel([marker('spring', 'Økonomi', '2026-03-29'), marker('autumn', 'Økonomi', '2026-10-25')], yearOptions());
    for (const item of layout.items) {
      const { angle } = pointToPolar(layout.center, item.x, item.y);
      const dayIndex = angle / DAY_2026;
      // 29 March is day 87 of 2026 (0-based), 25 October day 297: the centre is exactly half way through the day.
      expect(dayIndex).toBeCloseTo(item.key === 'spring' ? 87.5 : 297.5, 8);
    }
    // On a month wheel every day of March, 29 March included, is equally wide.
    const march = layoutWheel([], yearOptions({ from: '2026-03-01', to: '2026-03-31' }));
    const widths = march.months.map((day) => day.endAngle - day.startAngle);
    expect(Math.max(...widths) - Math.min(...widths)).toBeLessThan(1e-12);
  });

  it('clips items crossing the edges of the range and drops those outside it', () => {
    const layout = layoutWheel([
      period('across-start', 'Økonomi', '2025-12-15', '2026-01-10'),
      period('across-end', 'Medlemmer', '2026-12-20', '2027-01-05'),
      period('before', 'Økonomi', '2025-11-01', '2025-12-31'),
      marker('after', 'Økonomi', '2027-01-01'),
      marker('hidden-ring', 'Ukendt', '2026-05-01')
    ], yearOptions());
    expect(layout.items.map((item) => item.key).sort()).toEqual(['across-end', 'across-start']);
    const start = layout.items.find((item) => item.key === 'across-start')!;
    expect(start).toMatchObject({ clippedStart: true, clippedEnd: false, startAngle: 0 });
    expect(start.endAngle).toBeCloseTo(10 * DAY_2026, 10);
    const end = layout.items.find((item) => item.key === 'across-end')!;
    expect(end).toMatchObject({ clippedStart: false, clippedEnd: true });
    expect(end.endAngle).toBeCloseTo(2 * Math.PI, 10);
  });

  it('puts a marker whose days began before the range on the first day shown, one day wide', () => {
    const layout = layoutWheel([
      { key: 'seminar', ring: 'Bestyrelse', start: '2025-12-31', end: '2026-01-02', kind: 'marker' },
      { key: 'over', ring: 'Bestyrelse', start: '2025-12-29', end: '2025-12-31', kind: 'marker' },
      { key: 'two-day', ring: 'Økonomi', start: '2026-05-04', end: '2026-05-05', kind: 'marker' }
    ], yearOptions());
    expect(layout.items.map((item) => item.key).sort()).toEqual(['seminar', 'two-day']);
    const seminar = layout.items.find((item) => item.key === 'seminar')!;
    expect(seminar).toMatchObject({ startAngle: 0, clippedStart: true });
    expect(seminar.endAngle).toBeCloseTo(DAY_2026, 10);
    // A marker inside the range stays on its own first day.
    const twoDay = layout.items.find((item) => item.key === 'two-day')!;
    expect(twoDay.startAngle).toBeCloseTo(123 * DAY_2026, 10);
    expect(twoDay.endAngle - twoDay.startAngle).toBeCloseTo(DAY_2026, 10);
  });

  it('widens a one-day period so it can be seen and hit', () => {
    const layout = layoutWheel([period('short', 'Bestyrelse', '2026-06-10', '2026-06-10')], yearOptions());
    const [item] = layout.items;
    const arcLength = (item.endAngle - item.startAngle) * (item.innerRadius + item.outerRadius) / 2;
    expect(arcLength).toBeGreaterThan(7.999);
    const middle = (dateToAngle('2026-06-10', '2026-01-01', '2026-12-31') + dateToAngle('2026-06-11', '2026-01-01', '2026-12-31')) / 2;
    expect((item.startAngle + item.endAngle) / 2).toBeCloseTo(middle, 10);
  });

  it('skips an item whose date is not a date instead of failing the whole wheel', () => {
    const layout = layoutWheel([marker('bad', 'Økonomi', '2026-02-30'), marker('good', 'Økonomi', '2026-02-27')], yearOptions());
    expect(layout.items.map((item) => item.key)).toEqual(['good']);
  });

  it('draws today’s line in the middle of today only when today is shown', () => {
    const layout = layoutWheel([], yearOptions({ today: '2026-05-14' }));
    const middle = (dateToAngle('2026-05-14', '2026-01-01', '2026-12-31') + dateToAngle('2026-05-15', '2026-01-01', '2026-12-31')) / 2;
    expect(layout.today!.angle).toBeCloseTo(middle, 10);
    expect(pointToPolar(400, layout.today!.x1, layout.today!.y1).radius).toBeCloseTo(layout.hub, 6);
    expect(layoutWheel([], yearOptions({ today: '2027-02-01' })).today).toBeUndefined();
  });

  it('lays out 5,000 items', () => {
    const items = Array.from({ length: 5000 }, (_, i) => {
      const day = `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
      return i % 3 === 0 ? period(`p${i}`, RINGS[i % 6], day, day.slice(0, 8) + '28') : marker(`m${i}`, RINGS[i % 6], day);
    });
    const layout = layoutWheel(items, yearOptions());
    expect(layout.items).toHaveLength(5000);
    expect(new Set(layout.items.map((item) => `${item.ring}/${item.lane}`)).size).toBeGreaterThan(6);
  });
});
