import * as React from 'react';
import { act, render, waitFor } from '@testing-library/react';
import type { IPlacedItem } from '../../../../src/domain/wheel';
import { FIRST_SLICE, SLICE, WheelItems } from '../../../../src/webparts/aarshjul/components/Wheel/WheelItems';
import { escapeAttribute, itemsMarkup, type IItemAppearance } from '../../../../src/webparts/aarshjul/components/Wheel/itemMarkup';
import { MARKER_PATHS, markerPath, markerTransform } from '../../../../src/webparts/aarshjul/components/Wheel/shapes';

/** `n` markers over two rings, in ring order as the layout gives them. */
function items(n: number, prefix = 'activity'): IPlacedItem[] {
  return Array.from({ length: n }, (_, i) => ({
    key: `${prefix}:${i}:2026-01-01`, ring: i < n / 2 ? 'Bestyrelse' : 'Økonomi', start: '2026-01-01', end: '2026-01-01',
    kind: 'marker', lane: 0, lanes: 1, startAngle: 0, endAngle: 0.01, innerRadius: 100, outerRadius: 110,
    x: 400, y: 300, r: 4, clippedStart: false, clippedEnd: false
  }) as IPlacedItem);
}

const appearance = new Map<string, IItemAppearance>();
const colors = new Map([['Bestyrelse', { item: '#0078d4' }], ['Økonomi', { item: '#107c10' }]]) as never;

function drawn(container: HTMLElement): number {
  return container.querySelectorAll('[data-layer="items"] [data-key]').length;
}

/** What the paint layer holds: the count it says, its paths, and the outlines in them (each starts with `M`). */
function painted(container: HTMLElement): { items: number; paths: number; outlines: number } {
  const paint = container.querySelector('[data-layer="paint"]')!;
  const paths = Array.from(paint.querySelectorAll('path'));
  return {
    items: Number(paint.getAttribute('data-items')),
    paths: paths.length,
    outlines: paths.reduce((n, p) => n + (p.getAttribute('d')!.match(/M/g) ?? []).length, 0)
  };
}

function layer(list: IPlacedItem[], all?: boolean, looks = appearance): React.ReactElement {
  return <svg><WheelItems items={list} appearance={looks} colors={colors} hollowFill="#fff" all={all} /></svg>;
}

// jsdom parses markup far slower than a browser, and this machine is shared: a slice can take seconds here.
describe('WheelItems in slices', () => {
  test('a year of a few hundred items is drawn in one go, as SVG buttons with their names', () => {
    const list = items(FIRST_SLICE);
    const looks = new Map(list.map(i => [i.key, { shape: 'meeting' as const, done: false, name: `Møde ${i.key}` }]));
    const { container } = render(layer(list, false, looks));
    expect(drawn(container)).toBe(FIRST_SLICE);
    expect(container.querySelector('[data-layer="items"]')).not.toHaveAttribute('aria-busy');
    const first = container.querySelector('[data-key]')!;
    expect(first.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(first).toHaveAttribute('role', 'button');
    expect(first).toHaveAttribute('tabindex', '-1');
    expect(first).toHaveAttribute('aria-label', `Møde ${list[0].key}`);
    // An absolute path (a transform per item doubles the browser's style and layout work), stroke width from its group.
    expect(first).toHaveAttribute('d', markerPath('meeting', 400, 300, 4));
    expect(first).not.toHaveAttribute('transform');
    expect(first.parentElement).toHaveAttribute('stroke-width', '1');
  });

  test('thousands are painted in the first commit and their elements built a slice per task, busy until the last, every item once', async () => {
    const total = FIRST_SLICE + 2 * SLICE + 123;
    const { container } = render(layer(items(total)));
    // The first commit paints every item in two paths (a ring each) and creates none of their elements.
    expect(painted(container)).toEqual({ items: total, paths: 2, outlines: total });
    expect(drawn(container)).toBe(0);
    expect(container.querySelector('[data-layer="items"]')).toHaveAttribute('aria-busy', 'true');
    await waitFor(() => expect(drawn(container)).toBe(total), { timeout: 20000 });
    expect(container.querySelector('[data-layer="items"]')).not.toHaveAttribute('aria-busy');
    const keys = Array.from(container.querySelectorAll('[data-key]')).map(e => e.getAttribute('data-key'));
    expect(new Set(keys).size).toBe(total);
    // Each ring's items share one group with the ring's colour, also across slices.
    expect(container.querySelector(`[data-key="activity:0:2026-01-01"]`)!.parentElement).toHaveAttribute('fill', '#0078d4');
    expect(container.querySelector(`[data-key="activity:${total - 1}:2026-01-01"]`)!.parentElement).toHaveAttribute('fill', '#107c10');
  });

  test('a new layout is painted at once and its elements built in slices (a filter, the meetings arriving); printing draws all at once', async () => {
    const total = FIRST_SLICE + SLICE + 10;
    const { container, rerender } = render(layer(items(total)));
    await waitFor(() => expect(drawn(container)).toBe(total), { timeout: 20000 });
    act(() => rerender(layer(items(total + 1500, 'meeting'))));
    expect(painted(container).outlines).toBe(total + 1500);
    expect(container.querySelector('[data-key^="activity:"]')).toBeNull();
    await waitFor(() => expect(drawn(container)).toBe(total + 1500), { timeout: 20000 });
    const printed = render(layer(items(total), true));
    expect(drawn(printed.container)).toBe(total);
  });

  test('printing while the slices are still coming draws the rest at once', () => {
    const total = FIRST_SLICE + 3 * SLICE;
    const { container, rerender } = render(layer(items(total)));
    expect(drawn(container)).toBe(0);
    act(() => rerender(layer(items(total).slice(), true)));
    expect(drawn(container)).toBe(total);
    expect(container.querySelector('[data-layer="items"]')).not.toHaveAttribute('aria-busy');
  });

  test('a new layout in the middle of the slices replaces the old one: no item of the old layout is left or doubled', async () => {
    const { container, rerender } = render(layer(items(FIRST_SLICE + 3 * SLICE)));
    act(() => rerender(layer(items(FIRST_SLICE + SLICE, 'meeting'))));
    await waitFor(() => expect(container.querySelector('[data-layer="items"]')).not.toHaveAttribute('aria-busy'), { timeout: 20000 });
    // A few more tasks: a cancelled slice of the old layout must not arrive late.
    await new Promise(resolve => setTimeout(resolve, 50));
    expect(drawn(container)).toBe(FIRST_SLICE + SLICE);
    expect(container.querySelector('[data-key^="activity:"]')).toBeNull();
  });

  test('the focused item keeps keyboard focus when the wheel is redrawn (the meetings arrive), also a wheel of thousands', async () => {
    const list = items(50);
    const { container, rerender } = render(layer(list));
    const el = container.querySelector<SVGElement>(`[data-key="${list[7].key}"]`)!;
    el.focus();
    expect(document.activeElement).toBe(el);
    act(() => rerender(layer([...list, ...items(20, 'meeting')])));
    expect(document.activeElement).not.toBe(el);
    expect(document.activeElement).toHaveAttribute('data-key', list[7].key);
    // With focus inside, a large redraw builds the elements in the same task, so focus is never lost for a moment.
    act(() => rerender(layer([...list, ...items(FIRST_SLICE + SLICE, 'meeting')])));
    expect(drawn(container)).toBe(50 + FIRST_SLICE + SLICE);
    expect(document.activeElement).toHaveAttribute('data-key', list[7].key);
  });

  test('the paint layer draws what the item layer draws, by ring and kind, and is hidden from assistive technology and the pointer', () => {
    const [marker, period, done, donePeriod] = items(4);
    const looks = new Map<string, IItemAppearance>([[marker.key, { shape: 'milestone', done: false, name: 'Milepæl' }],
      [period.key, { shape: 'period', done: false, name: 'Periode' }], [done.key, { shape: 'deadline', done: true, name: 'Frist' }],
      [donePeriod.key, { shape: 'period', done: true, name: 'Udført periode' }]]);
    const list = [{ ...period, ring: 'Bestyrelse', kind: 'period' as const, path: 'M1,1L2,2Z' },
      { ...donePeriod, ring: 'Bestyrelse', kind: 'period' as const, path: 'M3,3L4,4Z' },
      { ...marker, ring: 'Bestyrelse' }, { ...done, ring: 'Økonomi' }];
    const { container } = render(layer(list, false, looks));
    const paint = container.querySelector('[data-layer="paint"]')!;
    expect(paint).toHaveAttribute('aria-hidden', 'true');
    expect(paint).toHaveAttribute('pointer-events', 'none');
    expect(paint.querySelector('[data-key], [aria-label]')).toBeNull();
    // The item layer is on top and invisible: it takes focus and the pointer, the paint layer is what shows.
    const itemLayer = container.querySelector('[data-layer="items"]')!;
    expect(paint.nextElementSibling).toBe(itemLayer);
    expect(itemLayer).toHaveAttribute('opacity', '0');
    const paths = Array.from(paint.querySelectorAll('path')).map(p => ({
      d: p.getAttribute('d'), fill: p.getAttribute('fill'), stroke: p.getAttribute('stroke'), width: p.getAttribute('stroke-width'),
      dashed: p.getAttribute('stroke-dasharray')
    }));
    expect(paths).toEqual([
      { d: 'M1,1L2,2Z', fill: '#0078d4', stroke: '#0078d4', width: '0.5', dashed: null },
      { d: 'M3,3L4,4Z', fill: '#fff', stroke: '#0078d4', width: '2', dashed: '4 2' },
      { d: markerPath('milestone', 400, 300, 4), fill: '#0078d4', stroke: '#0078d4', width: '1', dashed: null },
      { d: markerPath('deadline', 400, 300, 4), fill: '#fff', stroke: '#107c10', width: '2', dashed: null }
    ]);
    // Painting asks for no names: 6,000 of them are the item layer's work, after the first frame.
    const asked: string[] = [];
    const counting = { get: (key: string) => { const look = looks.get(key) ?? { shape: 'deadline' as const, done: false, name: key }; return { shape: look.shape, done: look.done, get name() { asked.push(key); return look.name; } }; } };
    const big = render(layer(items(FIRST_SLICE + 1), false, counting as never));
    expect(painted(big.container).outlines).toBe(FIRST_SLICE + 1);
    expect(asked).toEqual([]);
  });

  test('a marker path is the unit shape moved and scaled: the same outline as the shape under its transform', () => {
    // Apply translate(x y) scale(r) to every number pair of the unit shape by hand and compare.
    const numbers = (d: string): number[] => (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
    // The placed path's points made absolute: after the first, each `l` moves from the point before.
    const points = (d: string): number[] => {
      const out: number[] = [];
      for (const [, command, x, y] of d.matchAll(/([MLl])(-?[\d.]+),(-?[\d.]+)/g)) {
        const relative = command === 'l';
        out.push(Number(x) + (relative ? out[out.length - 2] : 0), Number(y) + (relative ? out[out.length - 1] : 0));
      }
      return out;
    };
    for (const shape of ['deadline', 'milestone'] as const) {
      const unit = numbers(MARKER_PATHS[shape]);
      const placed = points(markerPath(shape, 400, 300, 4));
      expect(placed).toHaveLength(unit.length);
      placed.forEach((v, i) => expect(v).toBeCloseTo(unit[i] * 4 + (i % 2 === 0 ? 400 : 300), 1));
    }
    expect(markerTransform(400, 300, 4)).toBe('translate(400.00 300.00) scale(4.00)');
    // The circle: two arcs of radius 1.05 r from its left point.
    expect(markerPath('meeting', 400, 300, 4)).toBe('M395.80,300.00a4.20,4.20 0 1,0 8.40,0a4.20,4.20 0 1,0 -8.40,0Z');
  });

  test('a ring\'s periods and markers each share one group with the stroke width of their kind; done items are hollow', () => {
    const [marker, period] = items(2);
    const looks = new Map<string, IItemAppearance>([[marker.key, { shape: 'deadline', done: true, name: 'Frist' }],
      [period.key, { shape: 'period', done: false, name: 'Periode' }]]);
    const list = [{ ...marker, ring: 'Bestyrelse' }, { ...period, ring: 'Bestyrelse', kind: 'period' as const, path: 'M0,0L1,1Z' }];
    const { container } = render(layer(list, false, looks));
    const groups = container.querySelectorAll('[data-layer="items"] > g');
    expect(groups).toHaveLength(2);
    // Periods first, markers drawn over them.
    expect(groups[0]).toHaveAttribute('stroke-width', '0.5');
    expect(groups[0]).toHaveAttribute('fill-opacity', '0.9');
    expect(groups[0].querySelector('[data-key]')).toHaveAttribute('data-key', period.key);
    expect(groups[1]).toHaveAttribute('stroke-width', '1');
    const done = groups[1].querySelector('[data-key]')!;
    expect(done).toHaveAttribute('fill', '#fff');
    expect(done).toHaveAttribute('stroke-width', '2');
  });

  test('titles and keys cannot break out of their attribute', () => {
    const evil = { ...items(1)[0], key: 'meeting:AAM="x"<b>', kind: 'period' as const, path: 'M0,0L1,1Z' };
    const looks = new Map([[evil.key, { shape: 'period' as const, done: true, name: 'Tom & Jerry "<script>alert(1)</script>\'' }]]);
    const { container } = render(layer([evil], false, looks));
    const el = container.querySelector('[data-key]')!;
    expect(el.getAttribute('data-key')).toBe(evil.key);
    expect(el.getAttribute('aria-label')).toBe(looks.get(evil.key)!.name);
    expect(container.querySelector('script, b')).toBeNull();
    // Done: hollow, dashed.
    expect(el).toHaveAttribute('fill', '#fff');
    expect(el).toHaveAttribute('stroke-dasharray', '4 2');
    expect(escapeAttribute('a"b<c>&\'')).toBe('a&quot;b&lt;c&gt;&amp;&#39;');
    // What XML forbids is left out, as the SVG export leaves it out (the parser would make a NUL into U+FFFD).
    const controls = { ...evil, key: 'activity:9:2026-01-01' };
    const named = new Map([[controls.key, { shape: 'period' as const, done: false, name: 'Kontroltegn\u000Bi\u0000en\u0007titel\u001B\uFFFE' }]]);
    const drawnControls = render(layer([controls], false, named)).container.querySelector('[data-key]')!;
    expect(drawnControls.getAttribute('aria-label')).toBe('Kontroltegn ientitel');
    expect(itemsMarkup([], { appearance: looks, colors, hollowFill: '#fff' })).toBe('');
  });
});
