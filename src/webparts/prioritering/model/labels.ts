import type { Area, Priority, TaskSource, TaskStatus } from '../../../domain/models';
import type { DueFilter, EffortInputProblem, LaneKey } from '../../../domain/cockpit';
import type { UiLanguage } from '../../../common/hosting';
import { format } from '../../../common/strings';

type S = IPrioriteringWebPartStrings;

/** The second line of a column heading: »Skal«, »Bør«, »Kan«, »Ikke denne gang«. */
export function priorityHint(priority: Priority, strings: S): string {
  switch (priority) {
    case 'MUST': return strings.PriorityMustHint;
    case 'SHOULD': return strings.PriorityShouldHint;
    case 'COULD': return strings.PriorityCouldHint;
    default: return strings.PriorityWontHint;
  }
}

/** A task source in the UI language. */
export function sourceLabel(source: TaskSource, strings: S): string {
  switch (source) {
    case 'Årshjul': return strings.SourceWheel;
    case 'Beslutning': return strings.SourceDecision;
    case 'Henvendelse': return strings.SourceInquiry;
    case 'Proces': return strings.SourceProcess;
    default: return strings.SourceOther;
  }
}

/** An open task status in the UI language. */
export function statusLabel(status: TaskStatus, strings: S): string {
  switch (status) {
    case 'Ikke startet': return strings.StatusNotStarted;
    case 'I gang': return strings.StatusInProgress;
    case 'Venter': return strings.StatusWaiting;
    default: return status;
  }
}

/** An area of responsibility (or the lane without one) in the UI language. */
export function areaLabel(area: Area | LaneKey, strings: S): string {
  switch (area) {
    case 'Processer og dokumentation': return strings.AreaProcesses;
    case 'Årshjul og mødeforum': return strings.AreaWheel;
    case 'Beslutninger og opfølgning': return strings.AreaDecisions;
    case 'Henvendelser og kommunikation': return strings.AreaInquiries;
    default: return strings.LaneNoArea;
  }
}

/** A due-date filter choice. */
export function dueFilterLabel(due: DueFilter, strings: S): string {
  switch (due) {
    case 'overdue': return strings.DueOverdue;
    case 'next7': return strings.DueNext7;
    case 'next30': return strings.DueNext30;
    case 'none': return strings.DueNone;
    default: return strings.FilterAll;
  }
}

/** Hours as the UI writes them: `2,5 t` / `2.5 h` (at most one decimal). */
export function hoursText(hours: number, strings: S, language: UiLanguage): string {
  return format(strings.EffortValue, hoursFormat(language).format(hours));
}

/**
 * One number format per language: building an `Intl.NumberFormat` costs far more than using one, and every card's
 * estimate is written with it (the bench measured 100 cards × every render as the board's main cost of a move).
 */
const hoursFormats = new Map<UiLanguage, Intl.NumberFormat>();
function hoursFormat(language: UiLanguage): Intl.NumberFormat {
  let f = hoursFormats.get(language);
  if (!f) {
    f = new Intl.NumberFormat(language === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: 1 });
    hoursFormats.set(language, f);
  }
  return f;
}

/** An estimate typed in a form, for the field: what the column stores, as the user would type it. */
export function effortInputText(effort: number | undefined, language: UiLanguage): string {
  if (effort === undefined) return '';
  return language === 'da' ? String(effort).replace('.', ',') : String(effort);
}

/** Why typed text is no estimate. */
export function effortProblemText(problem: EffortInputProblem, strings: S): string {
  switch (problem) {
    case 'negative': return strings.EffortNegative;
    case 'tooLarge': return strings.EffortTooLarge;
    case 'tooManyDecimals': return strings.EffortTooManyDecimals;
    default: return strings.EffortNotNumber;
  }
}
