import type { IPreparationRule } from '../../../domain/decisions';
import type { IBeslutningerWebPartProps } from '../IBeslutningerWebPartProps';

/** A working-day offset from the properties, clamped to 0–60 (a page may hold anything); `fallback` when not a number. */
function offset(value: unknown, fallback: number): number {
  const n = Math.round(Number(value));
  return Number.isFinite(n) ? Math.min(60, Math.max(0, n)) : fallback;
}

/** The board pipeline's preparation deadlines from the properties: indstilling klar and dagsorden udsendt. */
export function preparationRules(props: Pick<IBeslutningerWebPartProps, 'recommendationDaysBefore' | 'agendaDaysBefore'>): IPreparationRule[] {
  return [
    { kind: 'indstillingKlar', workingDaysBefore: offset(props.recommendationDaysBefore, 10) },
    { kind: 'dagsordenUdsendt', workingDaysBefore: offset(props.agendaDaysBefore, 5) }
  ];
}
