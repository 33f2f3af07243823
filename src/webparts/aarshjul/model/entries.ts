import { REPEAT_PATTERNS, WHEEL_CATEGORIES, type IActivity, type IMeeting, type ITask, type RepeatPattern } from '../../../domain/models';
import { isIsoDate } from '../../../domain/dates';
import { usableRule } from '../../../domain/recurrence';
import { activityEntries, entryToWheelItem, meetingEndDay, mergeMeetingsUnsorted, type IAgendaEntry } from '../../../domain/meetings';
import { compareIsoDates } from '../../../domain/dates';
import type { IDayRange, IWheelItem } from '../../../domain/wheel';
import { MEETING_RING } from './properties';

/** How an item is drawn on the wheel; shapes differ so meaning never rests on colour alone. */
export type ItemShape = 'period' | 'deadline' | 'milestone' | 'meeting';

/** Why an activity from the list cannot be drawn. */
export type UnshowableReason = 'noStartDate' | 'unknownRing';

/** An activity the wheel cannot show, and why: listed under »Kan ikke vises«, so it is not silently missing. */
export interface IUnshowable {
  activity: IActivity;
  reason: UnshowableReason;
}

/** Activities as the wheel can use them, and those it cannot. */
export interface IPreparedActivities {
  activities: IActivity[];
  unshowable: IUnshowable[];
}

const PATTERNS = new Set<unknown>(REPEAT_PATTERNS);
const isPattern = (value: unknown): value is RepeatPattern => PATTERNS.has(value);

/**
 * Makes activities typed into the list by hand (or through REST) drawable where that is safe, and sets aside those
 * that cannot be drawn. The service maps raw values without judging them, so here:
 * - an empty `RepeatPattern` is `Ingen` (SharePoint shows an empty choice as nothing chosen: a one-off);
 * - a pattern outside the choices with a usable RRULE is `Tilpasset` (the rule says what to do); without one, `Ingen`
 *   — shown once on its start date, as the wheel shows an activity whose rule cannot be used;
 * - no (or no valid) `StartDate`, or a `Category` that is none of the wheel's rings: cannot be shown, with the reason.
 */
export function prepareActivities(raw: readonly IActivity[], listCategories: readonly string[] = []): IPreparedActivities {
  const categories = new Set<unknown>([...WHEEL_CATEGORIES, ...listCategories]);
  const isCategory = (value: unknown): boolean => categories.has(value);
  const activities: IActivity[] = [];
  const unshowable: IUnshowable[] = [];
  for (const activity of raw) {
    if (!isIsoDate(activity.startDate)) {
      unshowable.push({ activity, reason: 'noStartDate' });
      continue;
    }
    if (!isCategory(activity.category)) {
      unshowable.push({ activity, reason: 'unknownRing' });
      continue;
    }
    if (isPattern(activity.repeat)) {
      activities.push(activity);
      continue;
    }
    const custom: IActivity = { ...activity, repeat: 'Tilpasset' };
    const hasRule = !!activity.recurrence?.trim() && usableRule(custom) !== undefined;
    activities.push(hasRule ? custom : { ...activity, repeat: 'Ingen' });
  }
  return { activities, unshowable };
}

/** Options of {@link buildEntries}. */
export interface IBuildOptions {
  /** The title of a meeting without a subject in the UI language (the domain's default is Danish). */
  noSubject?: string;
  /**
   * The rings actually shown (e.g. narrowed by the ring filter); default all of `rings`. An Outlook meeting is merged
   * only into a meeting activity of a shown ring, so hiding the Bestyrelse ring shows its meetings in the Møder ring
   * instead of hiding them with it.
   */
  shownRings?: readonly string[];
}

/**
 * The entries of a range, shown identically by wheel and agenda: the activities' occurrences (done ones flagged),
 * Outlook meetings merged in where they are the same meeting, and only the rings the web part shows. In no particular
 * order: the wheel orders them by ring and angle, the agenda month by month (`groupByMonth`). Like an
 * activity, a meeting counts when any of its days is in the range (a conference running into January).
 */
export function buildEntries(
  activities: readonly IActivity[], done: readonly ITask[], meetings: readonly IMeeting[] | undefined,
  range: IDayRange, rings: readonly string[], options: IBuildOptions = {}
): IAgendaEntry[] {
  return withMeetings(occurrenceEntries(activities, done, range, rings), meetings, range, rings, options);
}

/**
 * The first half of {@link buildEntries}: the activities' occurrences in the range, of the rings the web part shows.
 * They do not depend on the meetings, so the wheel keeps them when the Outlook meetings arrive later.
 */
export function occurrenceEntries(
  activities: readonly IActivity[], done: readonly ITask[], range: IDayRange, rings: readonly string[]
): IAgendaEntry[] {
  const visible = new Set(rings);
  return activityEntries(activities, range.from, range.to, done).filter(e => visible.has(e.ring));
}

/** The second half of {@link buildEntries}: the meetings merged into `occurrences` (which it does not change). */
export function withMeetings(
  occurrences: readonly IAgendaEntry[], meetings: readonly IMeeting[] | undefined, range: IDayRange,
  rings: readonly string[], options: IBuildOptions = {}
): IAgendaEntry[] {
  const visible = new Set(rings);
  const shown = new Set(options.shownRings ?? rings);
  let merged: readonly IAgendaEntry[] = occurrences;
  if (meetings) {
    // A meeting's last day is never before its first: only one that began before the range needs it worked out.
    const inRange = meetings.filter(m => compareIsoDates(m.day, range.to) <= 0
      && (compareIsoDates(m.day, range.from) >= 0 || compareIsoDates(meetingEndDay(m), range.from) >= 0));
    const takers = occurrences.filter(e => shown.has(e.ring));
    const others = occurrences.filter(e => !shown.has(e.ring));
    const matched = mergeMeetingsUnsorted(takers, inRange, MEETING_RING);
    merged = others.length === 0 ? matched : [...matched, ...others];
  }
  const noSubject = options.noSubject;
  return merged
    .filter(e => visible.has(e.ring))
    .map(e => (noSubject && e.source === 'meeting' && !e.meeting?.subject?.trim() ? { ...e, title: noSubject } : e));
}

/** The shape an entry is drawn with. */
export function shapeOf(entry: IAgendaEntry): ItemShape {
  if (entry.source === 'meeting') return 'meeting';
  switch (entry.activity?.activityType) {
    case 'Periode': return 'period';
    case 'Milepæl': return 'milestone';
    case 'Møde': return 'meeting';
    default: return 'deadline';
  }
}

/** What the wheel's layout needs of each entry (the domain decides arc or marker). */
export function toWheelItems(entries: readonly IAgendaEntry[]): IWheelItem[] {
  return entries.map(entryToWheelItem);
}
