import type { ActivityType, Forum, Priority, RepeatPattern } from '../../../domain/models';
import type { IAgendaEntry } from '../../../domain/meetings';
import { priorityLabel } from '../../../domain/moscow';
import { utcToCopenhagenDateTime } from '../../../domain/timeZone';
import type { UiLanguage } from '../../../common/hosting';
import { formatDayRange } from '../../../common/formatDate';
import { MEETING_RING } from './properties';

type Strings = IAarshjulWebPartStrings;
type StringKey = keyof Strings;

/**
 * The stored choice values (Danish, as SharePoint holds them) mapped to their localised labels. Keys are data, not
 * SharePoint field names.
 */
const RING_LABELS: Record<string, StringKey> = {
  Bestyrelse: 'RingBestyrelse', Sekretariat: 'RingSekretariat', Økonomi: 'RingOekonomi', Medlemmer: 'RingMedlemmer',
  Arrangementer: 'RingArrangementer', Kommunikation: 'RingKommunikation', [MEETING_RING]: 'RingMeetings'
};
const TYPE_LABELS: Record<ActivityType, StringKey> = {
  Frist: 'TypeDeadline', Periode: 'TypePeriod', Møde: 'TypeMeeting', Milepæl: 'TypeMilestone'
};
const REPEAT_LABELS: Record<RepeatPattern, StringKey> = {
  Ingen: 'RepeatNone', Årligt: 'RepeatYearly', Halvårligt: 'RepeatHalfYearly', Kvartalsvis: 'RepeatQuarterly',
  Månedligt: 'RepeatMonthly', Tilpasset: 'RepeatCustom'
};
const FORUM_LABELS: Record<Forum, StringKey> = {
  Bestyrelse: 'ForumBestyrelse', Sekretariat: 'ForumSekretariat', Generalforsamling: 'ForumGeneralforsamling',
  Koordinationsgruppe: 'ForumKoordinationsgruppe', Styregruppe: 'ForumStyregruppe', Andet: 'ForumAndet'
};

/** A ring's name in the UI language; an unknown ring (a choice someone added in SharePoint) as it is stored. */
export function ringLabel(ring: string, strings: Strings): string {
  const key = RING_LABELS[ring];
  return key ? strings[key] : ring;
}

/** An activity type's name in the UI language. */
export function typeLabel(type: ActivityType | string, strings: Strings): string {
  const key = TYPE_LABELS[type as ActivityType];
  return key ? strings[key] : type;
}

/** A repeat pattern's name in the UI language. */
export function repeatLabel(pattern: RepeatPattern | string, strings: Strings): string {
  const key = REPEAT_LABELS[pattern as RepeatPattern];
  return key ? strings[key] : pattern;
}

/** A forum's name in the UI language. */
export function forumLabel(forum: Forum | string, strings: Strings): string {
  const key = FORUM_LABELS[forum as Forum];
  return key ? strings[key] : forum;
}

/** `MUST (Skal)`: the MoSCoW code people know, with its meaning in the UI language. */
export function priorityText(priority: Priority | string | undefined, language: UiLanguage): string {
  return priority ? `${priority} (${priorityLabel(priority, language)})` : '';
}

/** A meeting's Copenhagen start–end time, e.g. `10:00–12:00`; empty for all-day meetings. */
export function meetingTime(entry: IAgendaEntry): string {
  const m = entry.meeting;
  if (!m || m.isAllDay) return '';
  return `${utcToCopenhagenDateTime(m.start).time}–${utcToCopenhagenDateTime(m.end).time}`;
}

/** The entry's day(s) in words: `28. april 2026`, or `1. maj – 10. maj 2026` for a period. */
export function entryDateText(entry: IAgendaEntry, language: UiLanguage): string {
  return formatDayRange(entry.day, entry.endDay, language);
}

/**
 * What a screen reader says for an item on the wheel or in the list: title, ring, day(s), priority and whether it
 * is done — "Generalforsamling, Bestyrelse, 28. april 2026, MUST".
 */
export function accessibleName(entry: IAgendaEntry, strings: Strings, language: UiLanguage): string {
  const parts = [entry.title, ringLabel(entry.ring, strings), entryDateText(entry, language)];
  const time = meetingTime(entry);
  if (time) parts.push(time);
  if (entry.activity?.priority) parts.push(entry.activity.priority);
  if (entry.done) parts.push(strings.Done);
  return parts.join(', ');
}
