/**
 * The label bands around the rings: months (or days) and ISO weeks.
 *
 * What the outer band shows depends on the range. A year or quarter shows calendar months. A range within one
 * calendar month (the month zoom) would show a single month segment, which says nothing, so it shows the month's days
 * instead — `tor 14` / short `14`, flagged as weekend or public holiday so the wheel can shade them — and the week
 * band shows the (partial) ISO weeks of that month. Segments at the edges of the range are clipped to it.
 */
import type { IsoDate } from '../models/common';
import { addDays, formatIsoDate, isWeekend, isoWeekday, maxIsoDate, minIsoDate, toDateParts } from '../dates';
import { MONTH_NAMES_DA, MONTH_NAMES_EN } from '../danishCalendar';
import { holidayOn } from '../holidays';
import { isoWeekOf, startOfIsoWeek, weekLabel } from '../isoWeek';
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
  for (let first = formatIsoDate(year, month, 1); first <= scale.to; first = formatIsoDate(year, month, 1)) {
    const nextFirst = month === 12 ? formatIsoDate(year + 1, 1, 1) : formatIsoDate(year, month + 1, 1);
    const name = names[month - 1];
    segments.push(segment(scale, band, centre, {
      key: first.slice(0, 7),
      label: name,
      shortLabel: name.slice(0, 3),
      start: maxIsoDate(first, scale.from),
      end: minIsoDate(addDays(nextFirst, -1), scale.to)
    }));
    month = month === 12 ? 1 : month + 1;
    year = month === 1 ? year + 1 : year;
  }
  return segments;
}

/** One segment per day of the range. */
export function daySegments(scale: IDayScale, band: IBand, centre: number, language: 'da' | 'en'): ISegment[] {
  const weekdays = language === 'da' ? WEEKDAY_SHORT_DA : WEEKDAY_SHORT_EN;
  const segments: ISegment[] = [];
  for (let day = scale.from; day <= scale.to; day = addDays(day, 1)) {
    const dayOfMonth = String(toDateParts(day).day);
    const holiday = holidayOn(day);
    segments.push({
      ...segment(scale, band, centre, {
        key: day,
        label: `${weekdays[isoWeekday(day) - 1]} ${dayOfMonth}`,
        shortLabel: dayOfMonth,
        start: day,
        end: day
      }),
      weekend: isWeekend(day),
      ...(holiday ? { holiday: holiday.name } : {})
    });
  }
  return segments;
}

/** One segment per ISO week overlapping the range, Monday to Sunday, clipped to the range. */
export function weekSegments(scale: IDayScale, band: IBand, centre: number, language: 'da' | 'en'): ISegment[] {
  const segments: ISegment[] = [];
  for (let monday = startOfIsoWeek(scale.from); monday <= scale.to; monday = addDays(monday, 7)) {
    const { year, week } = isoWeekOf(monday);
    segments.push(segment(scale, band, centre, {
      key: `${year}-W${String(week).padStart(2, '0')}`,
      label: weekLabel(week, language),
      shortLabel: String(week),
      start: maxIsoDate(monday, scale.from),
      end: minIsoDate(addDays(monday, 6), scale.to)
    }));
  }
  return segments;
}

function segment(
  scale: IDayScale,
  band: IBand,
  centre: number,
  what: { key: string; label: string; shortLabel: string; start: IsoDate; end: IsoDate }
): ISegment {
  const startAngle = scale.angle(scale.offset(what.start));
  const endAngle = scale.angle(scale.offset(what.end) + 1);
  const middle = (startAngle + endAngle) / 2;
  const label = polarToPoint(centre, (band.innerRadius + band.outerRadius) / 2, middle);
  return {
    ...what,
    startAngle,
    endAngle,
    path: arcPath(centre, { innerRadius: band.innerRadius, outerRadius: band.outerRadius, startAngle, endAngle }),
    labelX: label.x,
    labelY: label.y,
    labelRotation: tangentialRotation(middle)
  };
}
