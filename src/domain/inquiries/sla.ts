/**
 * Service targets (SLA) of inquiries: a first-response and a resolution target per priority (optionally per
 * category), in working days or working hours (see `workingTime.ts`).
 *
 * The clock counts working time from receipt. The resolution clock **pauses** while the status is »Afventer svar«
 * (the secretariat waits for the requester) and stops at »Løst« or »Lukket« (and runs again if the inquiry is
 * reopened). The budget is the working time from receipt to the target; the due instant is the moment the counted
 * time reaches the budget, so each paused working minute moves it one working minute later. Once the budget is used
 * up the due instant stays where it was reached: a pause after the deadline does not undo the breach.
 * The first-response clock runs from receipt to the first response and does not pause.
 */
import type { IsoDate, IsoDateTime, Priority } from '../models/common';
import type { InquiryCategory, InquiryStatus } from '../models/inquiry';
import { formatInstant, utcToCopenhagenDate } from '../timeZone';
import type { IWorkingTimeOptions } from './workingTime';
import { addWorkingDays, addWorkingMillis, instantMillis, nextWorkingInstant, workingMillisBetween, workingWindow } from './workingTime';

/** The unit of a target. */
export type SlaUnit = 'workingDays' | 'workingHours';

/**
 * A target. `workingDays`: by the closing time of the Nth working day after the day of receipt (0: the same day);
 * an inquiry received outside opening hours counts as received at the next opening. `workingHours`: that many
 * working hours after receipt (fractions allowed, more than 0).
 */
export interface ISlaTarget {
  amount: number;
  unit: SlaUnit;
}

/** A policy: the targets for a priority, and optionally only for one category. */
export interface ISlaPolicy {
  priority: Priority;
  category?: InquiryCategory;
  firstResponse: ISlaTarget;
  resolution: ISlaTarget;
}

/** A proposal to adjust with the secretariat: MUST answered within 4 working hours and solved in 2 working days, … */
export const DEFAULT_SLA_POLICIES: readonly ISlaPolicy[] = [
  { priority: 'MUST', firstResponse: { amount: 4, unit: 'workingHours' }, resolution: { amount: 2, unit: 'workingDays' } },
  { priority: 'SHOULD', firstResponse: { amount: 1, unit: 'workingDays' }, resolution: { amount: 5, unit: 'workingDays' } },
  { priority: 'COULD', firstResponse: { amount: 2, unit: 'workingDays' }, resolution: { amount: 10, unit: 'workingDays' } },
  { priority: "WON'T", firstResponse: { amount: 5, unit: 'workingDays' }, resolution: { amount: 20, unit: 'workingDays' } }
];

/** The share of the budget from which an open inquiry is »I risiko«. */
export const AT_RISK_FRACTION = 0.75;

/** A status change: the status held from `from` until the next change. */
export interface IStatusChange {
  status: InquiryStatus;
  from: IsoDateTime;
}

/** The times an inquiry's clocks read. */
export interface IInquiryTiming {
  received: IsoDateTime;
  /** In any order; before the first change the inquiry counts as »Ny«. */
  history: readonly IStatusChange[];
  /** When the first response was recorded, if it was. */
  firstResponseAt?: IsoDateTime;
}

/** Where a clock is. */
export type SlaClockState = 'running' | 'paused' | 'stopped';
/** The badge of an open inquiry: »I risiko« from 75 % used, »Overskredet« once the due instant has passed. */
export type SlaBadge = 'none' | 'atRisk' | 'overdue';

/** A clock reading. Minutes are working minutes. */
export interface ISlaClock {
  state: SlaClockState;
  /** For a stopped clock: was the target met? */
  outcome?: 'met' | 'missed';
  /** `none` for a stopped clock. */
  badge: SlaBadge;
  budgetMinutes: number;
  consumedMinutes: number;
  /** Whole working minutes left (rounded down), or overdue (negative, rounded away from zero). */
  remainingMinutes: number;
  usedFraction: number;
  pausedMinutes: number;
  /** The target without pauses. */
  baseDue: IsoDateTime;
  /** When the budget was or will be used up; absent while paused (it moves) or once stopped within target. */
  due?: IsoDateTime;
  /** While paused: the due instant if work resumed now. */
  dueIfResumedNow?: IsoDateTime;
}

const MINUTE_MS = 60000;

/** The policy for a priority and category: one for both first, then one for the priority without a category. */
export function selectSlaPolicy(
  policies: readonly ISlaPolicy[],
  priority: Priority,
  category?: InquiryCategory
): ISlaPolicy | undefined {
  return policies.find((p) => p.priority === priority && category !== undefined && p.category === category) ??
    policies.find((p) => p.priority === priority && p.category === undefined);
}

/** The target instant without pauses, for an inquiry received at `received`. Throws a `RangeError` for a bad target. */
export function slaTargetInstant(received: IsoDateTime, target: ISlaTarget, options: IWorkingTimeOptions = {}): IsoDateTime {
  const start = nextWorkingInstant(received, options);
  if (target.unit === 'workingHours') {
    if (!Number.isFinite(target.amount) || target.amount <= 0) {
      throw new RangeError(`Et mål i arbejdstimer skal være mere end 0, ikke ${target.amount}.`);
    }
    return formatInstant(addWorkingMillis(instantMillis(start), target.amount * 60 * MINUTE_MS, options));
  }
  const day = addWorkingDays(utcToCopenhagenDate(start), target.amount, options);
  return formatInstant((workingWindow(day, options) as { end: number }).end);
}

/** The Copenhagen day of a due instant: what the inquiry's `DueDate` column holds. */
export function dueDateOf(due: IsoDateTime): IsoDate {
  return utcToCopenhagenDate(due);
}

/**
 * When the first response was given: the recorded instant, else the first change to »Afventer svar«, »Løst« or
 * »Lukket« (each presupposes an answer), else `undefined`.
 */
export function effectiveFirstResponse(timing: IInquiryTiming): IsoDateTime | undefined {
  if (timing.firstResponseAt) {
    return timing.firstResponseAt;
  }
  const answered = sortedHistory(timing.history).find((c) => c.status !== 'Ny' && c.status !== 'Under behandling');
  return answered?.from;
}

/** The value to store as first response on `now`: the recorded one stays (only the first response counts). */
export function recordFirstResponse(recorded: IsoDateTime | undefined, now: IsoDateTime): IsoDateTime {
  return recorded || now;
}

/** The resolution clock at `now`: pauses in »Afventer svar«, stops in »Løst«/»Lukket«. */
export function resolutionClock(timing: IInquiryTiming, target: ISlaTarget, now: IsoDateTime, options: IWorkingTimeOptions = {}): ISlaClock {
  const end = instantMillis(now);
  const { segments, state } = resolutionSegments(timing, end);
  return readClock(timing.received, target, options, segments, state, end);
}

type ClockSegment = { from: number; to: number; mode: 'run' | 'pause' | 'stop' };

/** The resolution clock's running, paused and stopped stretches from receipt to `end` (epoch ms). */
function resolutionSegments(timing: IInquiryTiming, end: number): { segments: ClockSegment[]; state: SlaClockState } {
  const received = instantMillis(timing.received);
  const segments: ClockSegment[] = [];
  let cursor = received;
  let mode: 'run' | 'pause' | 'stop' = 'run';
  // A change dated after `now` (a clock ahead of ours) has not happened yet.
  for (const change of sortedHistory(timing.history).filter((c) => instantMillis(c.from) <= end)) {
    const at = Math.max(instantMillis(change.from), received);
    segments.push({ from: cursor, to: at, mode });
    cursor = at;
    mode = change.status === 'Afventer svar' ? 'pause' : change.status === 'Løst' || change.status === 'Lukket' ? 'stop' : 'run';
  }
  segments.push({ from: cursor, to: Math.max(cursor, end), mode });
  return { segments, state: mode === 'run' ? 'running' : mode === 'pause' ? 'paused' : 'stopped' };
}

/**
 * When the resolution clock reaches `fraction` of its budget (0.75: »I risiko«, 1: due): the instant it was reached,
 * or — while it runs or is paused — when it will be if work goes on from `now`; `undefined` once stopped before it.
 * A paused clock's answer is the earliest it can be: every further paused minute moves it one working minute later.
 */
export function resolutionThresholdInstant(
  timing: IInquiryTiming, target: ISlaTarget, fraction: number, now: IsoDateTime, options: IWorkingTimeOptions = {}
): IsoDateTime | undefined {
  const end = instantMillis(now);
  const budget = workingMillisBetween(instantMillis(timing.received), instantMillis(slaTargetInstant(timing.received, target, options)), options);
  return thresholdOf(resolutionSegments(timing, end), fraction * budget, end, options);
}

/** {@link resolutionThresholdInstant} for the first-response clock (which never pauses). */
export function firstResponseThresholdInstant(
  timing: IInquiryTiming, target: ISlaTarget, fraction: number, now: IsoDateTime, options: IWorkingTimeOptions = {}
): IsoDateTime | undefined {
  const received = instantMillis(timing.received);
  const budget = workingMillisBetween(received, instantMillis(slaTargetInstant(timing.received, target, options)), options);
  const answered = effectiveFirstResponse(timing);
  const end = answered === undefined ? instantMillis(now) : Math.max(received, instantMillis(answered));
  return thresholdOf({ segments: [{ from: received, to: Math.max(received, end), mode: 'run' }], state: answered === undefined ? 'running' : 'stopped' },
    fraction * budget, instantMillis(now), options);
}

function thresholdOf(walk: { segments: ClockSegment[]; state: SlaClockState }, threshold: number, now: number, options: IWorkingTimeOptions): IsoDateTime | undefined {
  let consumed = 0;
  for (const segment of walk.segments) {
    if (segment.mode !== 'run') continue;
    const worked = workingMillisBetween(segment.from, segment.to, options);
    if (consumed + worked >= threshold) {
      return formatInstant(addWorkingMillis(segment.from, Math.max(0, threshold - consumed), options));
    }
    consumed += worked;
  }
  return walk.state === 'stopped' ? undefined : formatInstant(addWorkingMillis(now, threshold - consumed, options));
}

/** The first-response clock at `now`: runs from receipt until {@link effectiveFirstResponse}. */
export function firstResponseClock(timing: IInquiryTiming, target: ISlaTarget, now: IsoDateTime, options: IWorkingTimeOptions = {}): ISlaClock {
  const received = instantMillis(timing.received);
  const answered = effectiveFirstResponse(timing);
  const end = answered === undefined ? instantMillis(now) : Math.max(received, instantMillis(answered));
  return readClock(timing.received, target, options, [{ from: received, to: Math.max(received, end), mode: 'run' }],
    answered === undefined ? 'running' : 'stopped', instantMillis(now));
}

function readClock(
  received: IsoDateTime,
  target: ISlaTarget,
  options: IWorkingTimeOptions,
  segments: readonly { from: number; to: number; mode: 'run' | 'pause' | 'stop' }[],
  state: SlaClockState,
  now: number
): ISlaClock {
  const baseDue = slaTargetInstant(received, target, options);
  const budget = workingMillisBetween(instantMillis(received), instantMillis(baseDue), options);
  let consumed = 0;
  let paused = 0;
  let reachedAt: number | undefined;
  for (const segment of segments) {
    const worked = workingMillisBetween(segment.from, segment.to, options);
    if (segment.mode === 'pause') {
      paused += worked;
    } else if (segment.mode === 'run') {
      if (reachedAt === undefined && consumed + worked >= budget) {
        reachedAt = addWorkingMillis(segment.from, budget - consumed, options);
      }
      consumed += worked;
    }
  }
  const left = budget - consumed;
  const overdue = reachedAt !== undefined && reachedAt < now;
  const clock: ISlaClock = {
    state,
    badge: state === 'stopped' ? 'none' : overdue ? 'overdue' : consumed >= AT_RISK_FRACTION * budget ? 'atRisk' : 'none',
    budgetMinutes: budget / MINUTE_MS,
    consumedMinutes: consumed / MINUTE_MS,
    remainingMinutes: left >= 0 ? Math.floor(left / MINUTE_MS) : -Math.ceil(-left / MINUTE_MS),
    usedFraction: consumed / budget,
    pausedMinutes: paused / MINUTE_MS,
    baseDue
  };
  if (state === 'stopped') {
    clock.outcome = consumed <= budget ? 'met' : 'missed';
  }
  if (reachedAt !== undefined) {
    clock.due = formatInstant(reachedAt);
  } else if (state === 'running') {
    clock.due = formatInstant(addWorkingMillis(now, left, options));
  } else if (state === 'paused') {
    clock.dueIfResumedNow = formatInstant(addWorkingMillis(now, left, options));
  }
  return clock;
}

function sortedHistory(history: readonly IStatusChange[]): IStatusChange[] {
  return history
    .map((change, index) => ({ change, index, at: instantMillis(change.from) }))
    .sort((a, b) => a.at - b.at || a.index - b.index)
    .map((entry) => entry.change);
}
