/**
 * The board pipeline: a decision »Til behandling« is prepared for a meeting, and its preparation deadlines are
 * counted back from the meeting date in Danish working days (weekends, holidays and the closing days Grundlovsdag,
 * juleaftensdag and nytårsaftensdag do not count). Each deadline has a key made of the decision id and the deadline
 * kind — deliberately not the date — so putting it into the Årshjul is idempotent and a moved meeting moves the
 * existing activity instead of adding a second one.
 */
import type { Forum, IsoDate } from '../models/common';
import { addBusinessDays } from '../businessDays';
import { daysBetween, isIsoDate } from '../dates';
import type { DecisionLike } from './status';

/** A preparation deadline: its kind (a code the UI names) and how many working days before the meeting it falls. */
export interface IPreparationRule {
  /** A code such as `indstillingKlar`: letters, digits and hyphens, starting with a letter. */
  kind: string;
  workingDaysBefore: number;
}

/** The board's usual preparation: the recommendation ready 10 working days before, the agenda sent 5 before. */
export const DEFAULT_BOARD_PREPARATION: readonly IPreparationRule[] = [
  { kind: 'indstillingKlar', workingDaysBefore: 10 },
  { kind: 'dagsordenUdsendt', workingDaysBefore: 5 }
];

/** Where a deadline stands on a given day. */
export type DeadlineState = 'passed' | 'today' | 'upcoming';

/** A deadline for a meeting. */
export interface IPreparationDeadline {
  kind: string;
  date: IsoDate;
  workingDaysBefore: number;
  state: DeadlineState;
  /** Calendar days from today; negative when passed. */
  daysUntil: number;
}

/** A deadline of one decision, with its idempotency key. */
export interface IDecisionDeadline extends IPreparationDeadline {
  key: string;
  decisionId: number;
}

const KIND_PATTERN: RegExp = /^[A-Za-z][A-Za-z0-9-]{0,39}$/;

/** `passed` before today, `today`, `upcoming` after. */
export function deadlineState(date: IsoDate, today: IsoDate): DeadlineState {
  return date < today ? 'passed' : date === today ? 'today' : 'upcoming';
}

/**
 * The idempotency key of deadline `kind` of decision `decisionId`: `beslutning-frist:42:indstillingKlar`. Throws a
 * `RangeError` for an id that is not a positive integer or a kind that is not a code.
 */
export function preparationDeadlineKey(decisionId: number, kind: string): string {
  if (!Number.isInteger(decisionId) || decisionId <= 0 || !KIND_PATTERN.test(kind)) {
    throw new RangeError(`Ugyldig frist: beslutning ${decisionId}, type ${kind}.`);
  }
  return `beslutning-frist:${decisionId}:${kind}`;
}

/** The decision id and kind in a {@link preparationDeadlineKey}, or `undefined` for any other text. */
export function parsePreparationDeadlineKey(key: string): { decisionId: number; kind: string } | undefined {
  const match = /^beslutning-frist:(\d{1,10}):([A-Za-z][A-Za-z0-9-]{0,39})$/.exec(key);
  return match && Number(match[1]) > 0 ? { decisionId: Number(match[1]), kind: match[2] } : undefined;
}

/**
 * The preparation deadlines of a meeting on `meetingDate`, earliest first: each `workingDaysBefore` working days
 * before it (Thursday 21 May 2026 − 5 = Wednesday 13 May and − 10 = Wednesday 6 May, as Kristi himmelfart on 14 May
 * and the weekends do not count). A meeting on a day off counts back from that day all the same. Throws a `RangeError` for
 * an invalid date, a negative or fractional offset, or a kind that is not a code.
 */
export function preparationDeadlines(
  meetingDate: IsoDate,
  today: IsoDate,
  rules: readonly IPreparationRule[] = DEFAULT_BOARD_PREPARATION
): IPreparationDeadline[] {
  if (!isIsoDate(meetingDate)) {
    throw new RangeError(`Ugyldig mødedato: "${meetingDate}".`);
  }
  return rules
    .map((rule) => {
      if (!KIND_PATTERN.test(rule.kind) || !Number.isInteger(rule.workingDaysBefore) || rule.workingDaysBefore < 0) {
        throw new RangeError(`Ugyldig fristregel: ${rule.kind} ${rule.workingDaysBefore}.`);
      }
      const date = addBusinessDays(meetingDate, -rule.workingDaysBefore);
      return { kind: rule.kind, date, workingDaysBefore: rule.workingDaysBefore, state: deadlineState(date, today), daysUntil: daysBetween(today, date) };
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The deadlines of one decision for its meeting, with keys. */
export function decisionDeadlines(
  decision: Pick<DecisionLike, 'id' | 'meetingDate'>,
  today: IsoDate,
  rules: readonly IPreparationRule[] = DEFAULT_BOARD_PREPARATION
): IDecisionDeadline[] {
  return preparationDeadlines(decision.meetingDate, today, rules)
    .map((d) => ({ ...d, decisionId: decision.id, key: preparationDeadlineKey(decision.id, d.kind) }));
}

/** One meeting of the pipeline: its date, its deadlines and the decisions on its agenda with theirs. */
export interface IPipelineMeeting<T> {
  meetingDate: IsoDate;
  deadlines: IPreparationDeadline[];
  decisions: { decision: T; deadlines: IDecisionDeadline[] }[];
}

/**
 * The pipeline of a forum (the board by default) on `today`: the decisions »Til behandling« in that forum whose
 * meeting is today or later, grouped by meeting, earliest meeting first; within a meeting by id. Decisions still »Til
 * behandling« after their meeting are not here — they are overdue for a status and show in the views.
 */
export function decisionPipeline<T extends DecisionLike>(
  decisions: readonly T[],
  today: IsoDate,
  forum: Forum = 'Bestyrelse',
  rules: readonly IPreparationRule[] = DEFAULT_BOARD_PREPARATION
): IPipelineMeeting<T>[] {
  const meetings = new Map<IsoDate, T[]>();
  for (const d of decisions) {
    if (d.status === 'Til behandling' && d.forum === forum && isIsoDate(d.meetingDate) && d.meetingDate >= today) {
      meetings.set(d.meetingDate, [...(meetings.get(d.meetingDate) ?? []), d]);
    }
  }
  return [...meetings.keys()].sort().map((meetingDate) => ({
    meetingDate,
    deadlines: preparationDeadlines(meetingDate, today, rules),
    decisions: (meetings.get(meetingDate) as T[])
      .sort((a, b) => a.id - b.id)
      .map((decision) => ({ decision, deadlines: decisionDeadlines(decision, today, rules) }))
  }));
}
