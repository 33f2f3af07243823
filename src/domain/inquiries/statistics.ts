/**
 * Statistics of inquiries: counts per category and month of receipt, median first-response and resolution times in
 * working minutes, and SLA attainment. Times are those of the SLA clocks (`sla.ts`): working time only, and for
 * resolution without the time spent »Afventer svar«. Attainment counts every inquiry whose outcome is settled: a
 * stopped clock (met or missed), and an open one already overdue — it can no longer be met.
 */
import type { IsoDateTime } from '../models/common';
import type { InquiryCategory } from '../models/inquiry';
import { utcToCopenhagenDate } from '../timeZone';
import type { IWorkingTimeOptions } from './workingTime';
import { firstResponseClock, resolutionClock } from './sla';
import type { IInquiryTiming, ISlaClock, ISlaPolicy } from './sla';

/** One inquiry as the statistics see it. */
export interface IInquiryMeasure {
  category?: InquiryCategory;
  /** Copenhagen month of receipt, `2026-05`. */
  month: string;
  /** Working minutes to the first response, once there is one. */
  firstResponseMinutes?: number;
  /** Working minutes to resolution (pauses excluded), once resolved. */
  resolutionMinutes?: number;
  firstResponseMet?: boolean;
  resolutionMet?: boolean;
}

/** A count of one category in one month; `category` absent for inquiries without one. */
export interface ICategoryMonthCount {
  category?: InquiryCategory;
  month: string;
  count: number;
}

/** The statistics of a set of inquiries. Medians and attainment are absent when nothing was measured. */
export interface IInquiryStatistics {
  total: number;
  /** Sorted by month, then category in the order met (uncategorised last). */
  byCategoryAndMonth: ICategoryMonthCount[];
  medianFirstResponseMinutes?: number;
  medianResolutionMinutes?: number;
  /** Percent (0–100) of settled first responses within target. */
  firstResponseAttainment?: number;
  /** Percent (0–100) of settled resolutions within target. */
  resolutionAttainment?: number;
}

/** The median: the middle value, or the mean of the two middle ones; `undefined` for no values. */
export function median(values: readonly number[]): number | undefined {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) {
    return undefined;
  }
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Measures one inquiry with its policy on `now`. */
export function measureInquiry(
  timing: IInquiryTiming,
  category: InquiryCategory | undefined,
  policy: ISlaPolicy,
  now: IsoDateTime,
  options: IWorkingTimeOptions = {}
): IInquiryMeasure {
  const first = firstResponseClock(timing, policy.firstResponse, now, options);
  const resolution = resolutionClock(timing, policy.resolution, now, options);
  const measure: IInquiryMeasure = { month: utcToCopenhagenDate(timing.received).slice(0, 7) };
  if (category !== undefined) {
    measure.category = category;
  }
  if (first.state === 'stopped') {
    measure.firstResponseMinutes = first.consumedMinutes;
  }
  if (resolution.state === 'stopped') {
    measure.resolutionMinutes = resolution.consumedMinutes;
  }
  const firstMet = settled(first);
  if (firstMet !== undefined) {
    measure.firstResponseMet = firstMet;
  }
  const resolutionMet = settled(resolution);
  if (resolutionMet !== undefined) {
    measure.resolutionMet = resolutionMet;
  }
  return measure;
}

/** The statistics of `measures`. */
export function inquiryStatistics(measures: readonly IInquiryMeasure[]): IInquiryStatistics {
  const counts = new Map<string, ICategoryMonthCount>();
  const categories: (InquiryCategory | undefined)[] = [];
  for (const m of measures) {
    const key = `${m.month}|${m.category ?? ''}`;
    const entry = counts.get(key);
    if (entry) {
      entry.count++;
    } else {
      counts.set(key, m.category === undefined ? { month: m.month, count: 1 } : { category: m.category, month: m.month, count: 1 });
    }
    if (categories.indexOf(m.category) < 0) {
      categories.push(m.category);
    }
  }
  const rank = (c: InquiryCategory | undefined): number => (c === undefined ? Infinity : categories.indexOf(c));
  const result: IInquiryStatistics = {
    total: measures.length,
    byCategoryAndMonth: [...counts.values()].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : rank(a.category) - rank(b.category)))
  };
  const assign = <K extends keyof IInquiryStatistics>(key: K, value: IInquiryStatistics[K] | undefined): void => {
    if (value !== undefined) {
      result[key] = value;
    }
  };
  assign('medianFirstResponseMinutes', median(values(measures, (m) => m.firstResponseMinutes)));
  assign('medianResolutionMinutes', median(values(measures, (m) => m.resolutionMinutes)));
  assign('firstResponseAttainment', attainment(measures.map((m) => m.firstResponseMet)));
  assign('resolutionAttainment', attainment(measures.map((m) => m.resolutionMet)));
  return result;
}

function settled(clock: ISlaClock): boolean | undefined {
  if (clock.state === 'stopped') {
    return clock.outcome === 'met';
  }
  return clock.badge === 'overdue' ? false : undefined;
}

function values(measures: readonly IInquiryMeasure[], pick: (m: IInquiryMeasure) => number | undefined): number[] {
  return measures.map(pick).filter((v): v is number => v !== undefined);
}

function attainment(outcomes: readonly (boolean | undefined)[]): number | undefined {
  const settledOutcomes = outcomes.filter((o): o is boolean => o !== undefined);
  return settledOutcomes.length === 0 ? undefined : (100 * settledOutcomes.filter((o) => o).length) / settledOutcomes.length;
}
