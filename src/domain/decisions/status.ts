/**
 * The status rules of the decision register: which states are open, the allowed moves between them, the kind
 * (Beslutning or Aftale) of an item that may predate the column, and the status the register suggests — never sets
 * — when every action of a decision is done.
 */
import type { IsoDate } from '../models/common';
import { DECISION_STATUSES } from '../models/decision';
import type { DecisionKind, DecisionStatus, IDecisionFields } from '../models/decision';
import type { ITaskFields } from '../models/task';

/** The statuses of a decision still in play: in the pipeline, decided, or being followed up. */
export const OPEN_DECISION_STATUSES: readonly DecisionStatus[] = ['Til behandling', 'Besluttet', 'Under opfølgning'];
/** The closed statuses: what the »Arkiv« view shows. */
export const CLOSED_DECISION_STATUSES: readonly DecisionStatus[] = ['Gennemført', 'Annulleret'];
/** The statuses of a decision that has been made and not closed: what is followed up at the next meeting. */
export const DECIDED_OPEN_STATUSES: readonly DecisionStatus[] = ['Besluttet', 'Under opfølgning'];

/** The kind of a register entry; an item without one (created before the column existed) is a Beslutning. */
export function decisionKindOf(decision: { kind?: DecisionKind | string }): DecisionKind {
  return decision.kind === 'Aftale' ? 'Aftale' : 'Beslutning';
}

/** True for Gennemført and Annulleret. An unknown status counts as open, so it stays visible until someone fixes it. */
export function isDecisionClosed(status: DecisionStatus | string): boolean {
  return (CLOSED_DECISION_STATUSES as readonly string[]).indexOf(status) >= 0;
}

/** True for one of the five decision statuses. */
export function isDecisionStatus(value: unknown): value is DecisionStatus {
  return typeof value === 'string' && (DECISION_STATUSES as readonly string[]).indexOf(value) >= 0;
}

/**
 * The allowed moves. In the pipeline a decision is made or withdrawn; a decision made is followed up, completed or
 * cancelled (and may go back to plain Besluttet when no follow-up turns out to be needed); a completed one can be
 * reopened for follow-up; a cancelled one can be decided after all or put back in the pipeline.
 */
export const DECISION_TRANSITIONS: Readonly<Record<DecisionStatus, readonly DecisionStatus[]>> = {
  'Til behandling': ['Besluttet', 'Annulleret'],
  Besluttet: ['Under opfølgning', 'Gennemført', 'Annulleret'],
  'Under opfølgning': ['Besluttet', 'Gennemført', 'Annulleret'],
  Gennemført: ['Under opfølgning'],
  Annulleret: ['Besluttet', 'Til behandling']
};

/** Why a move is refused. */
export type DecisionTransitionDenial = 'unknownStatus' | 'sameStatus' | 'notATransition' | 'readOnly';

/** Fields a move needs before it can be saved (the form asks for them). */
export type DecisionTransitionNeed = 'followUpDate';

/** The answer of {@link canTransitionDecision}. */
export type DecisionTransitionCheck =
  | { allowed: true; needs: DecisionTransitionNeed[] }
  | { allowed: false; reason: DecisionTransitionDenial };

/**
 * May someone move a decision from `from` to `to`? Anyone with edit rights may make any allowed move; a reader none.
 * A move to Under opfølgning needs a follow-up date (`needs`), as validation requires — pass the one the decision
 * has, and `needs` is empty when it is already there.
 */
export function canTransitionDecision(
  from: string,
  to: string,
  canEdit: boolean,
  followUpDate?: IsoDate
): DecisionTransitionCheck {
  if (!isDecisionStatus(from) || !isDecisionStatus(to)) {
    return { allowed: false, reason: 'unknownStatus' };
  }
  if (from === to) {
    return { allowed: false, reason: 'sameStatus' };
  }
  if (DECISION_TRANSITIONS[from].indexOf(to) < 0) {
    return { allowed: false, reason: 'notATransition' };
  }
  if (!canEdit) {
    return { allowed: false, reason: 'readOnly' };
  }
  return { allowed: true, needs: to === 'Under opfølgning' && !followUpDate ? ['followUpDate'] : [] };
}

/** A suggested status change, for the UI to offer; never applied without the user. */
export interface IDecisionStatusSuggestion {
  status: 'Gennemført';
  reason: 'allActionsDone';
  /** How many actions the decision has (all done). */
  actionCount: number;
}

/**
 * Suggests »Gennemført« for a decision that is Besluttet or Under opfølgning and whose actions — the tasks pointing
 * to it by `decision.id`; other tasks in `tasks` are ignored — are all Færdig. No suggestion without actions: a
 * decision nobody planned any work for is not thereby done.
 */
export function suggestDecisionStatus(
  decision: { id: number; status: DecisionStatus },
  tasks: readonly Pick<ITaskFields, 'status' | 'decision'>[]
): IDecisionStatusSuggestion | undefined {
  if ((DECIDED_OPEN_STATUSES as readonly string[]).indexOf(decision.status) < 0) {
    return undefined;
  }
  const actions = tasks.filter((task) => task.decision?.id === decision.id);
  if (actions.length === 0 || actions.some((task) => task.status !== 'Færdig')) {
    return undefined;
  }
  return { status: 'Gennemført', reason: 'allActionsDone', actionCount: actions.length };
}

/** The register fields a rule about one decision may read. */
export type DecisionLike = Pick<IDecisionFields, 'status' | 'forum' | 'meetingDate'> &
  Partial<Pick<IDecisionFields, 'followUpDate' | 'responsible' | 'priority' | 'kind'>> & { id: number };
