import type { IPersonRef, Priority } from '../../../domain/models';
import type { IAgendaEntry } from '../../../domain/meetings';

/**
 * The one filter state above wheel and agenda: both views show exactly the entries {@link applyFilter} keeps. Empty
 * lists mean "all".
 */
export interface IWheelFilter {
  rings: string[];
  /** Site user ids of responsible people. */
  responsible: number[];
  priorities: Priority[];
  /** Free text, matched case-insensitively against title, description, forum, responsible and meeting details. */
  text: string;
}

/** No filtering. */
export const NO_FILTER: IWheelFilter = { rings: [], responsible: [], priorities: [], text: '' };

/** True when any filter or search narrows the entries. */
export function isFiltering(filter: IWheelFilter): boolean {
  return filter.rings.length > 0 || filter.responsible.length > 0 || filter.priorities.length > 0 || filter.text.trim() !== '';
}

const normalise = (text: string): string => text.toLocaleLowerCase('da-DK');

function searchableText(entry: IAgendaEntry, ringName: string): string {
  const a = entry.activity;
  const m = entry.meeting;
  return normalise([
    entry.title, ringName, a?.description, a?.forum, a?.responsible?.title, a?.process?.title,
    m?.subject, m?.location, m?.organizer, ...(m?.categories ?? [])
  ].filter(Boolean).join('\n'));
}

/**
 * The entries the filter keeps. Outlook meetings carry no responsible person or priority, so those filters leave
 * them out; a meeting merged into an activity is judged as that activity. `ringName` gives the ring's label in the UI
 * language, so a search for "Board" finds the Bestyrelse ring in English.
 */
export function applyFilter(entries: readonly IAgendaEntry[], filter: IWheelFilter, ringName: (ring: string) => string): IAgendaEntry[] {
  if (!isFiltering(filter)) return entries.slice();
  const rings = new Set(filter.rings);
  const people = new Set(filter.responsible);
  const priorities = new Set<string>(filter.priorities);
  const words = normalise(filter.text).split(/\s+/).filter(Boolean);
  return entries.filter(entry => {
    if (rings.size > 0 && !rings.has(entry.ring)) return false;
    const a = entry.activity;
    if (people.size > 0 && !(a?.responsible && people.has(a.responsible.id))) return false;
    if (priorities.size > 0 && !(a && priorities.has(a.priority))) return false;
    if (words.length > 0) {
      const haystack = searchableText(entry, ringName(entry.ring));
      if (!words.every(w => haystack.includes(w))) return false;
    }
    return true;
  });
}

/** The responsible people found among the entries, by name: the responsible filter's options. */
export function responsiblePeople(entries: readonly IAgendaEntry[]): IPersonRef[] {
  const byId = new Map<number, IPersonRef>();
  for (const e of entries) {
    const person = e.activity?.responsible;
    if (person && !byId.has(person.id)) byId.set(person.id, person);
  }
  return Array.from(byId.values()).sort((a, b) => a.title.localeCompare(b.title, 'da'));
}
