import type { IActivity, IMeeting, ITask } from '../../../domain/models';
import { activityEntries, compareEntries, entryToWheelItem, meetingEndDay, mergeMeetings, type IAgendaEntry } from '../../../domain/meetings';
import { compareIsoDates } from '../../../domain/dates';
import type { IDayRange, IWheelItem } from '../../../domain/wheel';
import { MEETING_RING } from './properties';

/** How an item is drawn on the wheel; shapes differ so meaning never rests on colour alone. */
export type ItemShape = 'period' | 'deadline' | 'milestone' | 'meeting';

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
 * Outlook meetings merged in where they are the same meeting, and only the rings the web part shows. Like an
 * activity, a meeting counts when any of its days is in the range (a conference running into January).
 */
export function buildEntries(
  activities: readonly IActivity[], done: readonly ITask[], meetings: readonly IMeeting[] | undefined,
  range: IDayRange, rings: readonly string[], options: IBuildOptions = {}
): IAgendaEntry[] {
  const visible = new Set(rings);
  const shown = new Set(options.shownRings ?? rings);
  const occurrences = activityEntries(activities, range.from, range.to, done).filter(e => visible.has(e.ring));
  let merged = occurrences;
  if (meetings) {
    const inRange = meetings.filter(m => compareIsoDates(m.day, range.to) <= 0 && compareIsoDates(meetingEndDay(m), range.from) >= 0);
    const takers = occurrences.filter(e => shown.has(e.ring));
    const others = occurrences.filter(e => !shown.has(e.ring));
    merged = [...mergeMeetings(takers, inRange, MEETING_RING), ...others].sort(compareEntries());
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
