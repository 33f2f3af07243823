/**
 * The Henvendelser overview: the statistics (`statistics.ts`) of the inquiries received in the last months, each
 * measured against its own SLA policy, plus what the chart draws — the months in order (empty ones too) with their
 * totals — and working minutes in the units the UI shows.
 */
import type { IsoDate, IsoDateTime } from '../models/common';
import type { IInquiryFields } from '../models/inquiry';
import { toDateParts } from '../dates';
import { inquiryTiming, policyFor, type SlaInquiry } from './handling';
import type { ISlaPolicy } from './sla';
import { inquiryStatistics, measureInquiry, type IInquiryStatistics } from './statistics';
import type { IWorkingTimeOptions } from './workingTime';

/** How many months the overview covers, this one included. */
export const OVERVIEW_MONTHS = 12;

/** The first day of the month `months - 1` months before `today`'s, and `today`: the overview's receiving range. */
export function overviewRange(today: IsoDate, months: number = OVERVIEW_MONTHS): { from: IsoDate; to: IsoDate; months: string[] } {
  const { year, month } = toDateParts(today);
  const list: string[] = [];
  for (let i = months - 1; i >= 0; i--) {
    const index = year * 12 + (month - 1) - i;
    list.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`);
  }
  return { from: `${list[0]}-01`, to: today, months: list };
}

/** One month of the chart: all inquiries received in it. */
export interface IMonthTotal { month: string; count: number }

/** The overview of a set of inquiries. */
export interface IInquiryOverview extends IInquiryStatistics {
  /** Every month of the range in order, with its total (0 for a month without inquiries). */
  months: IMonthTotal[];
}

/** Measures `inquiries` (received in `months`) with their policies on `now` and sums them up. */
export function inquiryOverview(
  inquiries: readonly (SlaInquiry & Pick<IInquiryFields, 'category'>)[],
  policies: readonly ISlaPolicy[],
  months: readonly string[],
  now: IsoDateTime,
  options: IWorkingTimeOptions = {}
): IInquiryOverview {
  const measures = inquiries
    .map(i => measureInquiry(inquiryTiming(i), i.category, policyFor(policies, i), now, options))
    .filter(m => months.indexOf(m.month) >= 0);
  const stats = inquiryStatistics(measures);
  const totals = new Map<string, number>();
  for (const c of stats.byCategoryAndMonth) totals.set(c.month, (totals.get(c.month) ?? 0) + c.count);
  return { ...stats, months: months.map(month => ({ month, count: totals.get(month) ?? 0 })) };
}

/**
 * Working minutes as the overview says them: under a working day (7 hours) in hours and minutes, else in working
 * days with one decimal. Codes, not text: the UI words `{ hours, minutes }` or `{ days }`.
 */
export function workingDuration(minutes: number, dayMinutes = 420): { hours: number; minutes: number } | { days: number } {
  const rounded = Math.round(minutes);
  if (rounded < dayMinutes) return { hours: Math.floor(rounded / 60), minutes: rounded % 60 };
  return { days: Math.round((10 * rounded) / dayMinutes) / 10 };
}
