import { WHEEL_CATEGORIES } from '../../../domain/models';
import type { CalendarSource, IMeetingFilter } from '../../../services';
import { RING_PROPERTIES, type IAarshjulWebPartProps } from '../IAarshjulWebPartProps';

/** The ring of Outlook meetings, outside the categories. Not a `Category` choice: meetings are not list items. */
export const MEETING_RING = 'Møder';

/**
 * The categories to draw, inner to outer: the ring positions in order, without blanks and repeats. A position may
 * name any category value, also one an owner added to the list in SharePoint.
 */
export function selectedRings(props: IAarshjulWebPartProps): string[] {
  const rings: string[] = [];
  for (const name of RING_PROPERTIES) {
    const value = (props[name] ?? '').trim();
    if (value && value !== MEETING_RING && rings.indexOf(value) < 0) rings.push(value);
  }
  return rings;
}

/**
 * The rings with the categories an owner added to the list in SharePoint (not built in, not placed by the
 * properties) as rings of their own, before the meetings ring: an item in such a category is never invisible.
 * Built-in categories left out on purpose stay out.
 */
export function withListRings(rings: readonly string[], listCategories: readonly string[]): readonly string[] {
  const extra = listCategories.filter(c => c && (WHEEL_CATEGORIES as readonly string[]).indexOf(c) < 0 && rings.indexOf(c) < 0);
  if (extra.length === 0) return rings;
  const meetings = rings.indexOf(MEETING_RING);
  return meetings < 0 ? [...rings, ...extra] : [...rings.slice(0, meetings), ...extra, ...rings.slice(meetings)];
}

/** Whose calendar the "Møder" ring reads, or `undefined` when it is off (or lacks the group id / mailbox it needs). */
export function calendarSource(props: IAarshjulWebPartProps): CalendarSource | undefined {
  switch (props.meetingSource) {
    case 'me': return { kind: 'me' };
    case 'group': return props.meetingGroupId?.trim() ? { kind: 'group', groupId: props.meetingGroupId.trim() } : undefined;
    case 'mailbox': return props.meetingMailbox?.trim() ? { kind: 'user', upn: props.meetingMailbox.trim() } : undefined;
    default: return undefined;
  }
}

/** The optional narrowing of meetings by Outlook category and subject text. */
export function meetingFilter(props: IAarshjulWebPartProps): IMeetingFilter {
  return {
    category: props.meetingCategory?.trim() || undefined,
    subjectContains: props.meetingSubject?.trim() || undefined
  };
}

/** A start month the domain accepts: a whole number 1–12, else January. */
export function startMonthOf(props: IAarshjulWebPartProps): number {
  const month = Number(props.startMonth);
  return Number.isInteger(month) && month >= 1 && month <= 12 ? month : 1;
}
