/**
 * The label bands around the rings: months (or days) and ISO weeks.
 *
 * What the outer band shows depends on the range. A year or quarter shows calendar months. A range within one
 * calendar month (the month zoom) would show a single month segment, which says nothing, so it shows the month's days
 * instead — `tor 14` / short `14`, flagged as weekend or public holiday so the wheel can shade them — and the week
 * band shows the (partial) ISO weeks of that month. Segments at the edges of the range are clipped to it.
 */
import type { IsoDate } from '../models/common';
import { formatIsoDate, isWeekend, isoWeekday, toDateParts } from '../dates';
import { MONTH_NAMES_DA, MONTH_NAMES_EN } from '../danishCalendar';
import { holidayOn } from '../holidays';
import { isoWeekOf, startOfIsoWeek, weekLabel, weeksInIsoYear } from '../isoWeek';
import type { IDayScale } from './dayScale';
import { arcPath, polarToPoint, tangentialRotation } from './svgArc';

/** A labelled segment of a label band (a month, a day or an ISO week). */
export interface ISegment {
  /** `2026-05` for a month, `2026-05-14` for a day, `2026-W20` for an ISO week. */
  key: string;
  /** `maj` / `May`; `tor 14` / `Thu 14`; `Uge 20` / `Week 20`. */
  label: string;
  /** `maj` / `May`; `14`; `20` — for narrow segments. */
  shortLabel: string;
  startAngle: number;
  endAngle: number;
  /** The band segment, in viewBox coordinates. */
  path: string;
  /** Where the label's centre goes: the segment's middle. */
  labelX: number;
  labelY: number;
  /** Degrees, for `rotate(labelRotation, labelX, labelY)`: along the circle, never upside down. */
  labelRotation: number;
  /** First day of the segment within the range. */
  start: IsoDate;
  /** Last day of the segment within the range (inclusive). */
  end: IsoDate;
  /** Day segments only: Saturday or Sunday. */
  weekend?: boolean;
  /** Day segments only: the Danish name of the public holiday on that day. */
  holiday?: string;
}

/** A band between two radii. */
export interface IBand {
  innerRadius: number;
  outerRadius: number;
}

const WEEKDAY_SHORT_DA: readonly string[] = ['man', 'tir', 'ons', 'tor', 'fre', 'lør', 'søn'];
const WEEKDAY_SHORT_EN: readonly string[] = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** True when the whole range lies within one calendar month, so the outer band shows days. */
export function showsDays(from: IsoDate, to: IsoDate): boolean {
  return from.slice(0, 7) === to.slice(0, 7);
}

/** The outer band's segments: the months of the range, or its days when it lies within one month. */
export function outerSegments(scale: IDayScale, band: IBand, centre: number, language: 'da' | 'en'): ISegment[] {
  return showsDays(scale.from, scale.to)
    ? daySegments(scale, band, centre, language)
    : monthSegments(scale, band, centre, language);
}

/** One segment per calendar month overlapping the range. */
export function monthSegments(scale: IDayScale, band: IBand, centre: number, language: 'da' | 'en'): ISegment[] {
  const names = language === 'da' ? MONTH_NAMES_DA : MONTH_NAMES_EN;
  const segments: ISegment[] = [];
  let { year, month } = toDateParts(scale.from);
  let first = scale.offset(formatIsoDate(year, month, 1));
  while (first < scale.days) {
    const name = names[month - 1];
    const key = `${year}-${String(month).padStart(2, '0')}`;
    month = month === 12 ? 1 : month + 1;
    year = month === 1 ? year + 1 : year;
    const next = scale.offset(formatIsoDate(year, month, 1));
    segments.push(segment(scale, band, centre, { key, label: name, shortLabel: name.slice(0, 3) }, first, next));
    first = next;
  }
  return segments;
}

/** One segment per day of the range. */
export function daySegments(scale: IDayScale, band: IBand, centre: number, language: 'da' | 'en'): ISegment[] {
  const weekdays = language === 'da' ? WEEKDAY_SHORT_DA : WEEKDAY_SHORT_EN;
  const segments: ISegment[] = [];
  for (let offset = 0; offset < scale.days; offset++) {
    const day = scale.dayAt(offset);
    const dayOfMonth = String(Number(day.slice(8, 10)));
    const holiday = holidayOn(day);
    const label = `${weekdays[isoWeekday(day) - 1]} ${dayOfMonth}`;
    segments.push({
      ...segment(scale, band, centre, { key: day, label, shortLabel: dayOfMonth }, offset, offset + 1),
      weekend: isWeekend(day),
      ...(holiday ? { holiday: holiday.name } : {})
    });
  }
  return segments;
}

/** One segment per ISO week overlapping the range, Monday to Sunday, clipped to the range. */
export function weekSegments(scale: IDayScale, band: IBand, centre: number, language: 'da' | 'en'): ISegment[] {
  const segments: ISegment[] = [];
  let monday = scale.offset(startOfIsoWeek(scale.from));
  // Week numbers are looked up once and then counted on: looking each one up is needlessly slow.
  let { year, week } = isoWeekOf(scale.dayAt(monday));
  let weeksInYear = weeksInIsoYear(year);
  for (; monday < scale.days; monday += 7) {
    const key = `${year}-W${String(week).padStart(2, '0')}`;
    segments.push(segment(scale, band, centre, { key, label: weekLabel(week, language), shortLabel: String(week) }, monday, monday + 7));
    week++;
    if (week > weeksInYear) {
      year++;
      week = 1;
      weeksInYear = weeksInIsoYear(year);
    }
  }
  return segments;
}

/** A segment covering days `startOffset` (inclusive) to `endOffset` (exclusive) of the range, clipped to it. */
function segment(
  scale: IDayScale,
  band: IBand,
  centre: number,
  what: { key: string; label: string; shortLabel: string },
  startOffset: number,
  endOffset: number
): ISegment {
  const first = Math.max(0, startOffset);
  const last = Math.min(scale.days, endOffset);
  const startAngle = scale.angle(first);
  const endAngle = scale.angle(last);
  const middle = (startAngle + endAngle) / 2;
  const label = polarToPoint(centre, (band.innerRadius + band.outerRadius) / 2, middle);
  return {
    ...what,
    startAngle,
    endAngle,
    path: arcPath(centre, { innerRadius: band.innerRadius, outerRadius: band.outerRadius, startAngle, endAngle }),
    labelX: label.x,
    labelY: label.y,
    labelRotation: tangentialRotation(middle),
    start: scale.dayAt(first),
    end: scale.dayAt(last - 1)
  };
}
