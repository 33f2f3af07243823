import type { IPersonRef, IProcessFields, IProcessStepFields, IsoDate, ProcessStatus } from '../../src/domain/models';
import { addDays, addMonths } from '../../src/domain/dates';
import { nextReviewDate } from '../../src/domain/review';
import { PROCESS_TEXTS } from './processTexts';
import type { Prng } from './random';

/** The step count of the first large process: the benchmark opens a process with 30 steps. */
export const LARGE_PROCESS_MAX_STEPS = 30;

const VARIANTS = [
  'for bestyrelsen', 'for styregrupper', 'for produktfællesskaber', 'for koordinationsgruppen', 'for sekretariatet',
  'for partnerskaber', 'for netværk', 'for leverandørsamarbejder', 'for kommunikation', 'for arbejdsgrupper'
];
const STATUSES: readonly ProcessStatus[] = [
  'Godkendt', 'Godkendt', 'Godkendt', 'Godkendt', 'Godkendt', 'Godkendt', 'Godkendt', 'Kladde', 'Til godkendelse', 'Til revision', 'Udfaset'
];
const INTERVALS = [6, 12, 12, 12, 24];

/**
 * How many steps each of `processes` processes gets so that they add up to exactly `steps`: the first has
 * {@link LARGE_PROCESS_MAX_STEPS}, the others spread from 1 to 19 around the average (an even 10 for 2,000 and 20,000).
 */
export function stepCounts(processes: number, steps: number): number[] {
  if (processes === 0) return [];
  const first = Math.min(LARGE_PROCESS_MAX_STEPS, steps);
  const rest = processes - 1;
  const counts = [first];
  let left = steps - first;
  for (let i = 0; i < rest; i++) {
    const average = left / (rest - i);
    // A fixed wobble of −5 … +5 around what is left on average, never below 1 while steps remain.
    const wobble = i === rest - 1 ? 0 : ((i * 7) % 11) - 5;
    const n = Math.max(left > 0 ? 1 : 0, Math.min(left, Math.round(average + wobble)));
    counts.push(n);
    left -= n;
  }
  counts[counts.length - 1] += left;
  return counts;
}

/**
 * `count` processes for the large catalogue: the demo's texts in ten variants each (»Bestyrelsesmøde: forberedelse og
 * opfølgning for styregrupper 137«), in every area, owner and status — mostly published —, with review dates spread
 * over the review period so that a few per cent are due (the catalogue's first view then writes tens of review tasks,
 * not hundreds). `nextReview` is derived here as the repository derives it on every write.
 */
export function largeProcesses(rng: Prng, today: IsoDate, count: number, people: readonly IPersonRef[]): IProcessFields[] {
  const rows: IProcessFields[] = [];
  for (let n = 1; n <= count; n++) {
    const text = PROCESS_TEXTS[(n - 1) % PROCESS_TEXTS.length];
    const variant = VARIANTS[Math.floor((n - 1) / PROCESS_TEXTS.length) % VARIANTS.length];
    const interval = rng.pick(INTERVALS);
    const status = n === 1 ? 'Godkendt' : rng.pick(STATUSES);
    const published = status === 'Godkendt' || status === 'Til revision' || status === 'Udfaset';
    // 97 % reviewed inside the period, 3 % overdue by up to two months; drafts never reviewed.
    const lastReviewed = !published ? undefined
      : rng.chance(0.03) ? addDays(addMonths(today, -interval), -rng.int(1, 60))
        : addDays(today, -rng.int(0, Math.max(1, interval * 30 - 5)));
    const owner = rng.pick(people);
    rows.push({
      title: `${text.title} ${variant} ${n}`,
      purpose: text.purpose,
      description: text.description,
      area: text.area,
      owner,
      deputyOwner: rng.chance(0.5) ? rng.pick(people.filter(p => p.id !== owner.id)) : undefined,
      status,
      version: published ? `${rng.int(1, 6)}.${rng.int(0, 4)}` : `0.${rng.int(1, 9)}`,
      lastReviewed,
      nextReview: lastReviewed === undefined ? undefined : nextReviewDate(lastReviewed, interval),
      reviewIntervalMonths: interval,
      onboarding: status === 'Godkendt' && rng.chance(0.05),
      trigger: text.trigger,
      outcome: text.outcome,
      priority: text.priority
    });
  }
  return rows;
}

/** The steps of the large processes (`ids[i]` is the stored id of `processes[i]`), numbered 1 … n per process. */
export function largeProcessSteps(
  processes: readonly IProcessFields[], ids: readonly number[], counts: readonly number[]
): IProcessStepFields[] {
  const rows: IProcessStepFields[] = [];
  processes.forEach((process, i) => {
    const text = PROCESS_TEXTS[i % PROCESS_TEXTS.length];
    for (let s = 0; s < counts[i]; s++) {
      const [title, responsibleRole, deliverable, description] = text.steps[s % text.steps.length];
      const round = Math.floor(s / text.steps.length);
      rows.push({
        title: round === 0 ? title : `${title} (runde ${round + 1})`,
        process: { id: ids[i], title: process.title },
        stepNumber: s + 1,
        responsibleRole,
        deliverable,
        description
      });
    }
  });
  return rows;
}
