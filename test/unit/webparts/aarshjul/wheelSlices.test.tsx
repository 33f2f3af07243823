import * as React from 'react';
import { act, render, waitFor } from '@testing-library/react';
import type { IPlacedItem } from '../../../../src/domain/wheel';
import { FIRST_SLICE, SLICE, WheelItems } from '../../../../src/webparts/aarshjul/components/Wheel/WheelItems';
import type { IItemAppearance } from '../../../../src/webparts/aarshjul/components/Wheel';

/** `n` markers over two rings, in ring order as the layout gives them. */
function items(n: number): IPlacedItem[] {
  return Array.from({ length: n }, (_, i) => ({
    key: `activity:${i}:2026-01-01`, ring: i < n / 2 ? 'Bestyrelse' : 'Økonomi', start: '2026-01-01', end: '2026-01-01',
    kind: 'marker', lane: 0, lanes: 1, startAngle: 0, endAngle: 0.01, innerRadius: 100, outerRadius: 110,
    x: 400, y: 300, r: 4, clippedStart: false, clippedEnd: false
  }) as IPlacedItem);
}

const appearance = new Map<string, IItemAppearance>();
const colors = new Map([['Bestyrelse', { item: '#0078d4' }], ['Økonomi', { item: '#107c10' }]]) as never;

function drawn(container: HTMLElement): number {
  return container.querySelectorAll('[data-layer="items"] [data-key]').length;
}

function layer(list: IPlacedItem[], all?: boolean): React.ReactElement {
  return <svg><WheelItems items={list} appearance={appearance} colors={colors} hollowFill="#fff" all={all} /></svg>;
}

describe('WheelItems in slices', () => {
  test('a year of a few hundred items is drawn in one go', () => {
    const { container } = render(layer(items(FIRST_SLICE)));
    expect(drawn(container)).toBe(FIRST_SLICE);
    expect(container.querySelector('[data-layer="items"]')).not.toHaveAttribute('aria-busy');
  });

  test('thousands are committed a slice per task, busy until the last, and every item arrives once', async () => {
    const total = FIRST_SLICE + 2 * SLICE + 123;
    const { container } = render(layer(items(total)));
    // The first commit holds the first slice only: no task creates all the elements.
    expect(drawn(container)).toBe(FIRST_SLICE);
    expect(container.querySelector('[data-layer="items"]')).toHaveAttribute('aria-busy', 'true');
    await waitFor(() => expect(drawn(container)).toBe(total));
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
    await waitFor(() => expect(drawn(container)).toBe(total));
    act(() => rerender(layer(items(total - 5))));
    expect(drawn(container)).toBe(total - 5);
    const printed = render(layer(items(total), true));
    expect(drawn(printed.container)).toBe(total);
  });
});
