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

  test('thousands are committed a slice per task, busy until the last, and every item arrives once', async () => {
    const total = FIRST_SLICE + 2 * SLICE + 123;
    const { container } = render(layer(items(total)));
    // The first commit holds the first slice only: no task creates all the elements.
    expect(drawn(container)).toBe(FIRST_SLICE);
    expect(container.querySelector('[data-layer="items"]')).toHaveAttribute('aria-busy', 'true');
    await waitFor(() => expect(drawn(container)).toBe(total), { timeout: 20000 });
    expect(container.querySelector('[data-layer="items"]')).not.toHaveAttribute('aria-busy');
    const keys = Array.from(container.querySelectorAll('[data-key]')).map(e => e.getAttribute('data-key'));
    expect(new Set(keys).size).toBe(total);
    // Each ring's items share one group with the ring's colour, also across slices.
    expect(container.querySelector(`[data-key="activity:0:2026-01-01"]`)!.parentElement).toHaveAttribute('fill', '#0078d4');
    expect(container.querySelector(`[data-key="activity:${total - 1}:2026-01-01"]`)!.parentElement).toHaveAttribute('fill', '#107c10');
  });

  test('a new layout once drawn is drawn whole (a filter, the meetings arriving); printing draws all at once', async () => {
    const total = FIRST_SLICE + SLICE + 10;
    const { container, rerender } = render(layer(items(total)));
    await waitFor(() => expect(drawn(container)).toBe(total), { timeout: 20000 });
    act(() => rerender(layer(items(total + 1500, 'meeting'))));
    expect(drawn(container)).toBe(total + 1500);
    expect(container.querySelector('[data-key^="activity:"]')).toBeNull();
    const printed = render(layer(items(total), true));
    expect(drawn(printed.container)).toBe(total);
  });

  test('printing while the slices are still coming draws the rest at once', () => {
    const total = FIRST_SLICE + 3 * SLICE;
    const { container, rerender } = render(layer(items(total)));
    expect(drawn(container)).toBe(FIRST_SLICE);
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

  test('the focused item keeps keyboard focus when the wheel is redrawn (the meetings arrive)', async () => {
    const list = items(50);
    const { container, rerender } = render(layer(list));
    const el = container.querySelector<SVGElement>(`[data-key="${list[7].key}"]`)!;
    el.focus();
    expect(document.activeElement).toBe(el);
    act(() => rerender(layer([...list, ...items(20, 'meeting')])));
    expect(document.activeElement).not.toBe(el);
    expect(document.activeElement).toHaveAttribute('data-key', list[7].key);
  });

  test('a marker path is the unit shape moved and scaled: the same outline as the shape under its transform', () => {
    // Apply translate(x y) scale(r) to every number pair of the unit shape by hand and compare.
    const numbers = (d: string): number[] => (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
    for (const shape of ['deadline', 'milestone'] as const) {
      const unit = numbers(MARKER_PATHS[shape]);
      const placed = numbers(markerPath(shape, 400, 300, 4));
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
