/**
 * The cockpit's sections that the task/process/decision rules in `sections.ts` do not cover: the annual wheel's
 * deadlines and meetings week by week in the horizon, inquiries at risk of breaking or past their service target, and
 * the board meeting days the wheel and Outlook know of. Pure; the UI words the codes.
 */
import type { IsoDate, IsoDateTime } from '../models/common';
import type { IAgendaEntry } from '../meetings';
import { meetingNamesForum } from '../meetings';
import { addDays, daysBetween, isIsoDate } from '../dates';
import { isoWeekOf, type IIsoWeekId } from '../isoWeek';
import { priorityRank } from '../moscow';
import { utcToCopenhagenDate } from '../timeZone';
import type { IInquirySla } from '../inquiries/handling';
import { compareInquiriesByDue, isInquiryClosed, type QueueInquiry } from '../inquiries/queues';
import type { CockpitScope, ICockpitHorizon, ICockpitItem, ICockpitSection } from './sections';
import { DEFAULT_COCKPIT_TOP } from './sections';

/** Who the cockpit is for: the scope, the current user's site user id and how many items a section lists. */
export interface ICockpitAudience {
  scope: CockpitScope;
  userId?: number;
  top?: number;
}

/** One ISO week of the horizon with the wheel entries that need attention in it. */
export interface ICockpitWeek {
  week: IIsoWeekId;
  /** Monday. */
  from: IsoDate;
  /** Sunday. */
  to: IsoDate;
  /** The current week. */
  current: boolean;
  section: ICockpitSection<IAgendaEntry>;
}

/**
 * Does an agenda entry still need attention on `today`? Done occurrences do not; nor do meetings and periods that
 * are over. A deadline or milestone not marked done does, also after its day (it is overdue).
 */
export function needsAttention(entry: IAgendaEntry, today: IsoDate): boolean {
  if (entry.done) return false;
  if (entry.endDay >= today) return true;
  const type = entry.activity?.activityType;
  return entry.source === 'activity' && (type === 'Frist' || type === 'Milepæl');
}

/**
 * »Mine« keeps the activities the user is responsible for, and every Outlook meeting (they come from the calendar the
 * web part is set to read, which is the user's own or one the user is meant to follow).
 */
function isMine(entry: IAgendaEntry, audience: ICockpitAudience): boolean {
  if (audience.scope === 'secretariat' || entry.source === 'meeting') return true;
  return audience.userId !== undefined && entry.activity?.responsible?.id === audience.userId;
}

/**
 * The wheel's entries in the horizon, week by week (Monday to Sunday), each week with its count and its first
 * entries in date order (then MoSCoW priority, then title). An entry is filed under the week it starts in — a period
 * begun before the horizon under the first week.
 */
export function wheelWeeks(entries: readonly IAgendaEntry[], horizon: ICockpitHorizon, today: IsoDate, audience: ICockpitAudience): ICockpitWeek[] {
  const top = audience.top ?? DEFAULT_COCKPIT_TOP;
  const relevant = entries
    .filter(e => e.day <= horizon.to && e.endDay >= horizon.from && needsAttention(e, today) && isMine(e, audience))
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0) || priorityRank(a.activity?.priority) - priorityRank(b.activity?.priority) ||
      a.title.localeCompare(b.title, 'da') || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const weeks: ICockpitWeek[] = [];
  for (let from = horizon.from; from <= horizon.to; from = addDays(from, 7)) {
    const to = addDays(from, 6);
    const first = weeks.length === 0;
    const of = relevant.filter(e => (first ? e.day <= to : e.day >= from && e.day <= to));
    weeks.push({
      week: isoWeekOf(from), from, to, current: today >= from && today <= to,
      section: { count: of.length, top: of.slice(0, top).map(e => ({ item: e, date: e.day, daysUntil: daysBetween(today, e.day) })) }
    });
  }
  return weeks;
}

/** An inquiry with its SLA reading, as the cockpit lists it. */
export interface IInquiryAtRisk<I> {
  inquiry: I;
  sla: IInquirySla;
}

/**
 * Open inquiries »I risiko« or »Overskredet« on their SLA clock (`slaOf`), breached ones first, then by due instant
 * (then MoSCoW priority, received, id — the Henvendelser queue's order). »Mine« keeps those assigned to the user.
 * The item's date is the Copenhagen day of the due instant (the due date when the clock has none).
 */
export function inquiriesAtRisk<I extends QueueInquiry>(
  inquiries: readonly I[], slaOf: (inquiry: I) => IInquirySla, today: IsoDate, audience: ICockpitAudience
): ICockpitSection<IInquiryAtRisk<I>> {
  const top = audience.top ?? DEFAULT_COCKPIT_TOP;
  const rows = inquiries
    .filter(i => !isInquiryClosed(i.status))
    .filter(i => audience.scope === 'secretariat' || (audience.userId !== undefined && i.assignedTo?.id === audience.userId))
    .map(inquiry => ({ inquiry, sla: slaOf(inquiry) }))
    .filter(r => r.sla.badge !== 'none');
  const dueOf = new Map<I, IsoDateTime | undefined>(rows.map(r => [r.inquiry, r.sla.due]));
  rows.sort((a, b) => (a.sla.badge === b.sla.badge ? 0 : a.sla.badge === 'overdue' ? -1 : 1) ||
    compareInquiriesByDue(a.inquiry, b.inquiry, i => dueOf.get(i)));
  const items: ICockpitItem<IInquiryAtRisk<I>>[] = rows.map(r => {
    const date = r.sla.due ? utcToCopenhagenDate(r.sla.due) : r.inquiry.dueDate ?? today;
    return { item: r, date, daysUntil: daysBetween(today, date) };
  });
  return { count: items.length, top: items.slice(0, top) };
}

/**
 * The board's meeting days the wheel and Outlook know of: occurrences of wheel meetings of the forum `Bestyrelse`
 * and Outlook meetings naming the board (subject or category, as the wheel merges them), sorted, once each.
 */
export function boardMeetingDays(entries: readonly IAgendaEntry[]): IsoDate[] {
  const days = new Set<IsoDate>();
  for (const e of entries) {
    const boardActivity = e.source === 'activity' && e.activity?.activityType === 'Møde' && e.activity.forum === 'Bestyrelse';
    const boardMeeting = e.source === 'meeting' && !!e.meeting && meetingNamesForum(e.meeting, 'Bestyrelse');
    if ((boardActivity || boardMeeting) && isIsoDate(e.day)) days.add(e.day);
  }
  return [...days].sort();
}
