import type { UiLanguage } from '../../../common/hosting';
import { format } from '../../../common/strings';
import { formatDay } from '../../../common/formatDate';
import type { IsoDate } from '../../../domain/models';
import type { CockpitSectionKey } from '../IOverblikWebPartProps';

type Strings = IOverblikOwnStrings;

/** A section's heading. */
export function sectionTitle(key: CockpitSectionKey, strings: Strings): string {
  switch (key) {
    case 'wheel': return strings.SectionWheel;
    case 'overdueActions': return strings.SectionOverdueActions;
    case 'dueSoonActions': return strings.SectionDueSoonActions;
    case 'inquiries': return strings.SectionInquiries;
    case 'reviews': return strings.SectionReviews;
    case 'followUps': return strings.SectionFollowUps;
    default: return strings.SectionBoard;
  }
}

/** What a section says when it holds nothing. */
export function sectionEmpty(key: CockpitSectionKey, strings: Strings): string {
  switch (key) {
    case 'wheel': return strings.EmptyWheelWeek;
    case 'overdueActions': return strings.EmptyOverdueActions;
    case 'dueSoonActions': return strings.EmptyDueSoonActions;
    case 'inquiries': return strings.EmptyInquiries;
    case 'reviews': return strings.EmptyReviews;
    case 'followUps': return strings.EmptyFollowUps;
    default: return strings.EmptyBoard;
  }
}

/** Days from today in words: »i dag«, »i morgen«, »om 3 dage«; past: »1 dag over« (`overdue`) or »i går«. */
export function daysText(daysUntil: number, strings: Strings, overdue: boolean): string {
  if (daysUntil === 0) return strings.DueToday;
  if (daysUntil === 1) return strings.DueTomorrow;
  if (daysUntil > 1) return format(strings.DueInDays, daysUntil);
  if (overdue) return daysUntil === -1 ? strings.OverdueOneDay : format(strings.OverdueDays, -daysUntil);
  return daysUntil === -1 ? strings.Yesterday : format(strings.DaysAgo, -daysUntil);
}

/** A day and how far it is: »14. maj · om 3 dage«. */
export function dayWithDistance(date: IsoDate, daysUntil: number, language: UiLanguage, strings: Strings, overdue: boolean): string {
  return `${formatDay(date, language, { withYear: false })} · ${daysText(daysUntil, strings, overdue)}`;
}

/** A preparation deadline's name (an unknown kind is shown as its code). */
export function deadlineName(kind: string, strings: Strings): string {
  switch (kind) {
    case 'indstillingKlar': return strings.DeadlineIndstillingKlar;
    case 'dagsordenUdsendt': return strings.DeadlineDagsordenUdsendt;
    default: return kind;
  }
}

/** An activity type's name. */
export function activityTypeName(type: string | undefined, strings: Strings): string {
  switch (type) {
    case 'Periode': return strings.TypePeriod;
    case 'Møde': return strings.TypeMeeting;
    case 'Milepæl': return strings.TypeMilestone;
    default: return strings.TypeDeadline;
  }
}
