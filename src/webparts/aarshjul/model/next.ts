import type { IActivity, IsoDate } from '../../../domain/models';
import { compareEntries, type IAgendaEntry } from '../../../domain/meetings';
import { nextOccurrences } from '../../../domain/recurrence';

/** How many coming deadlines and milestones the »Næste« summary lists. */
export const NEXT_DEADLINES = 4;

/** »Næste«: what comes up from today, for someone who opens the page to see what is next. */
export interface INextSummary {
  /** The next deadlines and milestones, soonest first. */
  deadlines: IAgendaEntry[];
  /** The next meeting of each forum, soonest first. */
  meetings: IAgendaEntry[];
}

/**
 * The next occurrence of each activity on or after `today` — also after the year shown, since recurring activities
 * are all loaded — as agenda entries. An occurrence the wheel has (same key) is taken from `shown`, so it carries its
 * Outlook meeting and its done state; a done one is not "next". `keep` applies the view's rings and filters.
 */
export function nextSummary(
  activities: readonly IActivity[], shown: ReadonlyMap<string, IAgendaEntry>, today: IsoDate,
  keep: (entries: IAgendaEntry[]) => IAgendaEntry[]
): INextSummary {
  // Nothing loaded yet (the first render, while the year loads): no collator made for nothing — the first costs the
  // runtime its collation data, ≈ 20–30 ms of the first render's task (issue 9).
  if (activities.length === 0) return { deadlines: [], meetings: [] };
  const upcoming: IAgendaEntry[] = [];
  for (const activity of activities) {
    // A few, so an occurrence already marked done gives way to the one after it.
    for (const occurrence of nextOccurrences(activity, today, 3)) {
      const key = `activity:${activity.id}:${occurrence.start}`;
      const entry: IAgendaEntry = shown.get(key) ?? {
        key, day: occurrence.start, endDay: occurrence.end, title: activity.title, ring: activity.category,
        source: 'activity', activity, occurrence
      };
      if (entry.done) continue;
      upcoming.push(entry);
      break;
    }
  }
  // One pass instead of sorting a year of entries: the few soonest deadlines, and the soonest meeting per forum.
  const compare = compareEntries();
  const deadlines: IAgendaEntry[] = [];
  const byForum = new Map<string, IAgendaEntry>();
  for (const entry of keep(upcoming)) {
    const type = entry.activity?.activityType;
    if (type === 'Frist' || type === 'Milepæl') {
      insertSorted(deadlines, entry, compare, NEXT_DEADLINES);
    }
    const forum = type === 'Møde' ? entry.activity?.forum : undefined;
    const soonest = forum ? byForum.get(forum) : undefined;
    if (forum && (!soonest || compare(entry, soonest) < 0)) byForum.set(forum, entry);
  }
  return { deadlines, meetings: Array.from(byForum.values()).sort(compare) };
}

/** Puts `entry` into the sorted `list` at its place, keeping at most `limit` entries. */
function insertSorted(list: IAgendaEntry[], entry: IAgendaEntry, compare: (a: IAgendaEntry, b: IAgendaEntry) => number, limit: number): void {
  if (list.length === limit && compare(entry, list[limit - 1]) >= 0) return;
  let at = list.length;
  while (at > 0 && compare(entry, list[at - 1]) < 0) at--;
  list.splice(at, 0, entry);
  if (list.length > limit) list.pop();
}
