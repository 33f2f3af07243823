import type { Forum, ILookupRef, IPersonRef, IsoDate, Priority, Stored } from './common';

/** The rings of the annual wheel: the `Category` choices, in their default order from the centre out. */
export const WHEEL_CATEGORIES = ['Bestyrelse', 'Sekretariat', 'Økonomi', 'Medlemmer', 'Arrangementer', 'Kommunikation'] as const;
/** A ring of the wheel. */
export type WheelCategory = typeof WHEEL_CATEGORIES[number];

/** How an activity is drawn: deadlines and milestones are markers, periods are arcs, meetings are markers with a time. */
export const ACTIVITY_TYPES = ['Frist', 'Periode', 'Møde', 'Milepæl'] as const;
/**
 * Stored type values of earlier versions and what replaced them: »Deadline« was the one English value among the
 * Danish ones (version 0.x). Reading maps them; provisioning migrates the column and its items.
 */
export const RENAMED_ACTIVITY_TYPES: Readonly<Record<string, ActivityType>> = { Deadline: 'Frist' };
/** The kind of activity. */
export type ActivityType = typeof ACTIVITY_TYPES[number];

/**
 * The friendly recurrence picker's choices. `Ingen` means a one-off activity; `Tilpasset` means the RRULE in
 * `recurrence` is authoritative. For the others the RRULE may be left empty (e.g. by someone editing the list in
 * SharePoint) and is then derived from the start date.
 */
export const REPEAT_PATTERNS = ['Ingen', 'Årligt', 'Halvårligt', 'Kvartalsvis', 'Månedligt', 'Tilpasset'] as const;
/** A recurrence pattern. */
export type RepeatPattern = typeof REPEAT_PATTERNS[number];

/** The fields of an activity in the annual wheel (list `Aarshjul`). */
export interface IActivityFields {
  title: string;
  description?: string;
  /** The ring the activity sits in. */
  category: WheelCategory;
  activityType: ActivityType;
  /** First (or only) day of the activity. */
  startDate: IsoDate;
  /** Last day of a period; empty for single-day activities. */
  endDate?: IsoDate;
  /** The recurrence pattern; `Ingen` for one-off activities. */
  repeat: RepeatPattern;
  /** RFC 5545 RRULE text without the `RRULE:` prefix, e.g. `FREQ=YEARLY;BYMONTH=5`. */
  recurrence?: string;
  /** The meeting forum, for meetings and board decision processes. */
  forum?: Forum;
  responsible?: IPersonRef;
  /** The documented process this activity belongs to. */
  process?: ILookupRef;
  /** The decision this activity prepares (a board pipeline deadline put into the wheel by the decision register). */
  decision?: ILookupRef;
  priority: Priority;
}

/** A stored activity. */
export type IActivity = Stored<IActivityFields>;
