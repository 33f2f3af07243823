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
  const kept = keep(upcoming).sort(compareEntries());
  const deadlines = kept.filter(e => e.activity?.activityType === 'Frist' || e.activity?.activityType === 'Milepæl')
    .slice(0, NEXT_DEADLINES);
  const byForum = new Map<string, IAgendaEntry>();
  for (const entry of kept) {
    const forum = entry.activity?.activityType === 'Møde' ? entry.activity.forum : undefined;
    if (forum && !byForum.has(forum)) byForum.set(forum, entry);
  }
  return { deadlines, meetings: Array.from(byForum.values()) };
}
