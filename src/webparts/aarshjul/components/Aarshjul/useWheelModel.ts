import * as React from 'react';
import type { ITheme } from '@fluentui/react';
import type { IAgendaEntry } from '../../../../domain/meetings';
import type { IPersonRef, IsoDate } from '../../../../domain/models';
import { layoutWheel, wheelRange, wheelYearLabel, wheelYearOf, type IDayRange, type IWheelLayout, type WheelZoom } from '../../../../domain/wheel';
import type { UiLanguage } from '../../../../common/hosting';
import { occurrenceEntries, prepareActivities, shapeOf, toWheelItems, withMeetings, type IUnshowable } from '../../model/entries';
import { applyFilter, responsiblePeople, type IWheelFilter } from '../../model/filters';
import { accessibleName, ringLabel } from '../../model/labels';
import { nextSummary, type INextSummary } from '../../model/next';
import { ringColors, type IRingColors } from '../../model/ringColors';
import { isWithin } from '../../../../domain/dates';
import type { IMeetingsLoad, IWheelLoad } from '../../model/useWheelData';
import type { IAppearances, IItemAppearance } from '../Wheel';

/** The wheel's viewBox side. Fixed: the SVG scales to its container, so resizing never re-lays out. */
export const WHEEL_SIZE = 800;

/**
 * How an entry is drawn. Its name is worded when first read: the wheel's paint layer needs only shape and state, and
 * the names of 6,000 items are the item layer's work, slice by slice after the first frame.
 */
class EntryLook implements IItemAppearance {
  public readonly shape: IItemAppearance['shape'];
  public readonly done: boolean;

  public constructor(private readonly entry: IAgendaEntry, private readonly names: WeakMap<IAgendaEntry, string>,
    private readonly strings: IAarshjulWebPartStrings, private readonly language: UiLanguage) {
    this.shape = shapeOf(entry);
    this.done = !!entry.done;
  }

  /** Remembered per entry object, so entries that did not change are not worded again when the wheel is redrawn. */
  public get name(): string {
    let name = this.names.get(this.entry);
    if (name === undefined) {
      name = accessibleName(this.entry, this.strings, this.language);
      this.names.set(this.entry, name);
    }
    return name;
  }
}

/** Inputs of {@link useWheelModel}. */
export interface IWheelModelInput {
  load: IWheelLoad;
  meetings: IMeetingsLoad | undefined;
  startMonth: number;
  zoom: WheelZoom;
  rings: readonly string[];
  filter: IWheelFilter;
  showWeekRing: boolean;
  today: IsoDate;
  language: UiLanguage;
  strings: IAarshjulWebPartStrings;
  theme: ITheme;
}

/** Everything wheel and agenda render, derived once per change of data, filter, zoom or theme. */
export interface IWheelModel {
  /** The wheel year of the data shown (the previous year's data stays until the next has loaded). */
  year: number;
  yearLabel: string;
  range: IDayRange;
  /** Entries in the range before filtering: "is the year empty?" */
  all: IAgendaEntry[];
  /** The entries both views show. */
  entries: IAgendaEntry[];
  byKey: Map<string, IAgendaEntry>;
  /** How each entry shown is drawn; its name is worded when first asked for (as its slice of the wheel is drawn). */
  appearance: IAppearances;
  /** The wheel's layout. */
  layout: IWheelLayout;
  colors: Map<string, IRingColors>;
  people: IPersonRef[];
  /** The rings drawn: the web part's rings, narrowed by the ring filter. */
  shownRings: readonly string[];
  /** Activities of the list that cannot be drawn (no start date, no known ring). */
  unshowable: IUnshowable[];
  /** »Næste« from today, when the year shown is the current one; with the entries it can open. */
  next: INextSummary | undefined;
  nextByKey: Map<string, IAgendaEntry>;
}

/**
 * Derives the views' data with `useMemo` keyed on exactly what each step depends on, so hovering, focusing or opening
 * a panel recomputes nothing, and 5,000 activities plus 1,000 meetings are laid out once per real change.
 */
export function useWheelModel(input: IWheelModelInput): IWheelModel {
  const { load, meetings, startMonth, zoom, rings, filter, showWeekRing, today, language, strings, theme } = input;
  const year = wheelYearOf(load.range.from, startMonth);
  const range = React.useMemo(() => wheelRange(year, startMonth, zoom), [year, startMonth, zoom]);
  // Meetings of another range (still loading after a year change) are not mixed in.
  const sameRangeMeetings = meetings && meetings.range.from === load.range.from ? meetings.meetings : undefined;

  // The ring filter decides which meeting activities can take an Outlook meeting (see buildEntries' shownRings).
  const ringFilterKey = filter.rings.join('|');
  const shownRings = React.useMemo(() => {
    const narrowed = rings.filter(r => filter.rings.includes(r));
    return narrowed.length > 0 ? narrowed : rings;
  },
    [rings, ringFilterKey]); // eslint-disable-line react-hooks/exhaustive-deps
  // A ring an owner added to the list in SharePoint is a ring like the built-in ones (it gets its own, see `withListRings`).
  const prepared = React.useMemo(() => prepareActivities(load.data.activities, load.data.choices.category), [load]);
  // Occurrences apart from meetings: when the Outlook meetings arrive after the list, only the merge runs again.
  const occurrences = React.useMemo(() => occurrenceEntries(prepared.activities, load.data.doneOccurrences, range, rings),
    [load, prepared, range, rings]);
  const all = React.useMemo(
    () => withMeetings(occurrences, sameRangeMeetings, range, rings, { noSubject: strings.NoSubject, shownRings }),
    [occurrences, sameRangeMeetings, range, rings, strings, shownRings]);
  const ringName = React.useCallback((ring: string) => ringLabel(ring, strings), [strings]);
  const entries = React.useMemo(() => applyFilter(all, filter, ringName), [all, filter, ringName]);
  const byKey = React.useMemo(() => new Map(all.map(e => [e.key, e])), [all]);
  // Names per entry object (see EntryLook.name); a new language or strings start over.
  const names = React.useMemo(() => new WeakMap<IAgendaEntry, string>(), [strings, language]);
  // Asked only for the items of the layout, which holds the entries shown: the map of all entries serves (a second map
  // of 6,000 keys per render was work and garbage the first frame did not need). A look costs an object, not a name.
  const appearance = React.useMemo((): IAppearances => ({
    get: (key: string): IItemAppearance | undefined => {
      const e = byKey.get(key);
      return e ? new EntryLook(e, names, strings, language) : undefined;
    }
  }), [byKey, names, strings, language]);
  // Laid out in the same render as the rest: the wheel's first frame shows every item (its paint layer is a few
  // paths; the items' own elements follow in later tasks, see WheelItems). Only the rings shown are drawn: a one-ring
  // filter gives a wheel of that ring, on screen and in the exports.
  const layout = React.useMemo(() => layoutWheel(toWheelItems(entries), {
    from: range.from, to: range.to, rings: shownRings, showWeekRing, size: WHEEL_SIZE, today, language
  }), [entries, range, shownRings, showWeekRing, today, language]);
  const colors = React.useMemo(() => ringColors(theme, rings), [theme, rings]);
  const people = React.useMemo(() => responsiblePeople(all), [all]);
  const next = React.useMemo(() => {
    if (!isWithin(today, load.range.from, load.range.to)) return undefined;
    const visible = new Set(rings);
    return nextSummary(prepared.activities, byKey, today, list => applyFilter(list.filter(e => visible.has(e.ring)), filter, ringName));
  }, [prepared, byKey, today, load.range, rings, filter, ringName]);
  const nextByKey = React.useMemo(() => new Map([...(next?.deadlines ?? []), ...(next?.meetings ?? [])].map(e => [e.key, e])), [next]);

  return { year, yearLabel: wheelYearLabel(year, startMonth), range, all, entries, byKey, appearance, layout, colors, people, shownRings,
    unshowable: prepared.unshowable, next, nextByKey };
}
