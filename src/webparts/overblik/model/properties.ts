import type { CockpitScope } from '../../../domain/cockpit';
import { DEFAULT_COCKPIT_TOP, DEFAULT_COCKPIT_WEEKS_AHEAD } from '../../../domain/cockpit';
import type { CalendarSource, IMeetingFilter } from '../../../services';
import { COCKPIT_SECTIONS, type CockpitSectionKey, type IOverblikWebPartProps } from '../IOverblikWebPartProps';

/** A whole number from `min` to `max`, else `fallback` (a page saved by hand may hold anything). */
function wholeNumber(value: unknown, min: number, max: number, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= min && n <= max ? n : fallback;
}

/** The horizon's weeks after this one: 0–8, else the default 2. */
export function weeksAheadOf(props: IOverblikWebPartProps): number {
  return wholeNumber(props.weeksAhead, 0, 8, DEFAULT_COCKPIT_WEEKS_AHEAD);
}

/** Items listed per section: 1–10, else the default 5. */
export function itemsPerSectionOf(props: IOverblikWebPartProps): number {
  return wholeNumber(props.itemsPerSection, 1, 10, DEFAULT_COCKPIT_TOP);
}

/** The scope the page opens with. */
export function defaultScopeOf(props: IOverblikWebPartProps): CockpitScope {
  return props.defaultScope === 'mine' ? 'mine' : 'secretariat';
}

/** The sections shown, in the cockpit's order; unknown keys are ignored; not an array (an old page) → all. */
export function sectionsOf(props: IOverblikWebPartProps): CockpitSectionKey[] {
  const chosen = Array.isArray(props.sections) ? props.sections.map(String) : [...COCKPIT_SECTIONS];
  return COCKPIT_SECTIONS.filter(s => chosen.indexOf(s) >= 0);
}

/** Whose calendar the Årshjul section reads, or `undefined` when none (or the group id / mailbox it needs is missing). */
export function calendarSource(props: IOverblikWebPartProps): CalendarSource | undefined {
  switch (props.meetingSource) {
    case 'me': return { kind: 'me' };
    case 'group': return props.meetingGroupId?.trim() ? { kind: 'group', groupId: props.meetingGroupId.trim() } : undefined;
    case 'mailbox': return props.meetingMailbox?.trim() ? { kind: 'user', upn: props.meetingMailbox.trim() } : undefined;
    default: return undefined;
  }
}

/** The optional narrowing of meetings by Outlook category and subject text. */
export function meetingFilter(props: IOverblikWebPartProps): IMeetingFilter {
  return { category: props.meetingCategory?.trim() || undefined, subjectContains: props.meetingSubject?.trim() || undefined };
}
