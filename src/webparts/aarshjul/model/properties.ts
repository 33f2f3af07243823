import { WHEEL_CATEGORIES, type WheelCategory } from '../../../domain/models';
import type { CalendarSource, IMeetingFilter } from '../../../services';
import { RING_PROPERTIES, type IAarshjulWebPartProps } from '../IAarshjulWebPartProps';

/** The ring of Outlook meetings, outside the categories. Not a `Category` choice: meetings are not list items. */
export const MEETING_RING = 'Møder';

const isCategory = (value: string): value is WheelCategory => (WHEEL_CATEGORIES as readonly string[]).indexOf(value) >= 0;

/** The categories to draw, inner to outer: the ring positions in order, without blanks, unknowns and repeats. */
export function selectedRings(props: IAarshjulWebPartProps): WheelCategory[] {
  const rings: WheelCategory[] = [];
  for (const name of RING_PROPERTIES) {
    const value = (props[name] ?? '').trim();
    if (isCategory(value) && rings.indexOf(value) < 0) rings.push(value);
  }
  return rings;
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
