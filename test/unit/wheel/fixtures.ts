import type { IWheelItem, IWheelOptions } from '../../../src/domain/wheel';

/** The default rings, inside out. */
export const RINGS: readonly string[] = ['Bestyrelse', 'Sekretariat', 'Økonomi', 'Medlemmer', 'Arrangementer', 'Kommunikation'];

/** A calendar-year 2026 wheel at the reference size. */
export function yearOptions(overrides: Partial<IWheelOptions> = {}): IWheelOptions {
  return { from: '2026-01-01', to: '2026-12-31', rings: RINGS, showWeekRing: true, size: 800, language: 'da', ...overrides };
}

/** A one-day marker. */
export function marker(key: string, ring: string, day: string): IWheelItem {
  return { key, ring, start: day, end: day, kind: 'marker' };
}

/** A period, both days included. */
export function period(key: string, ring: string, start: string, end: string): IWheelItem {
  return { key, ring, start, end, kind: 'period' };
}
