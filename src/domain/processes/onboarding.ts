/**
 * The onboarding checklist of a new colleague: one task per published process marked for onboarding, due at the end
 * of the colleague's working week N (week 1, 2, 4 …), counted in Danish working days from the first day at work.
 */
import type { IsoDate, Priority } from '../models/common';
import type { ProcessStatus } from '../models/process';
import { addBusinessDays, nextBusinessDay } from '../businessDays';
import { isIsoDate } from '../dates';
import { priorityRank } from '../moscow';

/** The week a process is learnt in when nothing else is configured. */
export const DEFAULT_ONBOARDING_WEEK = 1;
/** Working days in an onboarding week. */
export const WORKING_DAYS_PER_ONBOARDING_WEEK = 5;
/** The latest onboarding week accepted; a larger or non-integer value counts as not configured. */
export const MAX_ONBOARDING_WEEK = 52;

/** What the checklist reads from a process. `onboardingWeek` is the per-process setting, when the list has one. */
export interface IOnboardingProcess {
  id: number;
  title: string;
  status: ProcessStatus;
  onboarding: boolean;
  priority: Priority;
  onboardingWeek?: number;
}

/** Where the week of each process comes from. */
export interface IOnboardingOptions {
  /** Week per process id; wins over the process's own `onboardingWeek`. */
  weeksByProcessId?: Readonly<Record<number, number>>;
  /** Week per priority, for processes without their own week (e.g. MUST 1, SHOULD 2, COULD 4). */
  weeksByPriority?: Readonly<Partial<Record<Priority, number>>>;
  /** The week of everything else; {@link DEFAULT_ONBOARDING_WEEK} unless given. */
  defaultWeek?: number;
}

/** One line of the checklist: a task to create for the new colleague. */
export interface IOnboardingItem {
  /** The idempotency key, {@link onboardingTaskKey}. */
  key: string;
  processId: number;
  title: string;
  priority: Priority;
  week: number;
  dueDate: IsoDate;
}

/**
 * The idempotency key of the onboarding task for person `personId` (site user id) and process `processId`:
 * `onboarding:7:12`. One task per person and process, however often the checklist is generated.
 */
export function onboardingTaskKey(personId: number, processId: number): string {
  if (!isPositiveInteger(personId) || !isPositiveInteger(processId)) {
    throw new RangeError(`Ugyldig onboardingopgave: person ${personId}, proces ${processId}.`);
  }
  return `onboarding:${personId}:${processId}`;
}

/**
 * The due date of onboarding week `week` for someone starting on `startDate`: the last of the first `5 × week` working
 * days, the first day at work counting as day 1 (a start on a day off counts from the next working day). Starting
 * Monday 3 August 2026, week 1 is due Friday 7 August and week 2 Friday 14 August; holidays and closing days push the
 * date later, so a start on Monday 30 March 2026 has week 1 due on Wednesday 8 April, after Easter.
 */
export function onboardingDueDate(startDate: IsoDate, week: number): IsoDate {
  if (!isPositiveInteger(week)) {
    throw new RangeError(`Onboardinguge skal være et helt tal fra 1, ikke ${week}.`);
  }
  return addBusinessDays(nextBusinessDay(startDate), WORKING_DAYS_PER_ONBOARDING_WEEK * week - 1);
}

/** The week of a process: by id, else its own, else by priority, else the default; invalid values are skipped. */
export function onboardingWeekOf(process: IOnboardingProcess, options: IOnboardingOptions = {}): number {
  const candidates = [
    options.weeksByProcessId?.[process.id],
    process.onboardingWeek,
    options.weeksByPriority?.[process.priority],
    options.defaultWeek
  ];
  return candidates.find(isValidWeek) ?? DEFAULT_ONBOARDING_WEEK;
}

/**
 * The checklist for person `personId` starting on `startDate`: the published (Godkendt) processes marked for
 * onboarding, each with its week and due date. Sorted by due date, then MoSCoW priority, then title (Danish
 * alphabet), then id. Throws a `RangeError` for an invalid start date.
 */
export function onboardingChecklist(
  personId: number,
  startDate: IsoDate,
  processes: readonly IOnboardingProcess[],
  options: IOnboardingOptions = {}
): IOnboardingItem[] {
  if (!isIsoDate(startDate)) {
    throw new RangeError(`Ugyldig startdato: "${startDate}".`);
  }
  const seen = new Set<number>();
  const items: IOnboardingItem[] = [];
  for (const process of processes) {
    if (!process.onboarding || process.status !== 'Godkendt' || seen.has(process.id)) {
      continue;
    }
    seen.add(process.id);
    const week = onboardingWeekOf(process, options);
    items.push({
      key: onboardingTaskKey(personId, process.id),
      processId: process.id,
      title: process.title,
      priority: process.priority,
      week,
      dueDate: onboardingDueDate(startDate, week)
    });
  }
  return items.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0) ||
    priorityRank(a.priority) - priorityRank(b.priority) || a.title.localeCompare(b.title, 'da') || a.processId - b.processId);
}

function isValidWeek(value: number | undefined): value is number {
  return value !== undefined && isPositiveInteger(value) && value <= MAX_ONBOARDING_WEEK;
}

function isPositiveInteger(value: number): boolean {
  return Number.isInteger(value) && value > 0;
}
