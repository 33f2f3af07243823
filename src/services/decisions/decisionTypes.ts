import type { DecisionStatus, IDecision, IDecisionFields, ITask, IsoDate } from '../../domain/models';
import type { IActionDraft } from '../../domain/decisions/actionPlan';
import type { IPreparationRule } from '../../domain/decisions/pipeline';

/*
 * The decision register's write contract, apart from its implementation (DecisionActions), which loads with the
 * first write: no web part's first load carries the action planning.
 */

/** What saving a decision with its actions takes. */
export interface IDecisionSaveInput {
  /** The decision's idempotency key: made when the form opens for a new decision, kept across its saves. */
  key: string;
  fields: IDecisionFields;
  /** The decision as stored: the one being edited, or what an earlier, partial save of this form created. */
  stored?: IDecision;
  /** Its actions as stored (read when the form opened, or as an earlier partial save left them). */
  storedActions: readonly ITask[];
  /** The actions as edited. */
  actions: readonly IActionDraft[];
  today: IsoDate;
}

/** What a save — complete or partial — has written. */
export interface IDecisionSaveResult {
  decision?: IDecision;
  /** The decision's actions as they now are. */
  actions: ITask[];
  /** The ids of the actions created, by their draft key. */
  created: Record<string, number>;
}

/**
 * A save that stopped part-way (the network, a conflict, validation of one action): `saved` says what was written,
 * so the form can carry on from there and a second »Gem« completes the job, with nothing created twice.
 */
export class DecisionSaveError extends Error {
  public constructor(public readonly cause: unknown, public readonly saved: IDecisionSaveResult) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'DecisionSaveError';
    Object.setPrototypeOf(this, DecisionSaveError.prototype);
  }
}

/** What putting a decision's preparation deadlines into the Årshjul did. */
export interface IWheelDeadlinesResult {
  /** Deadlines added as Frist activities. */
  created: number;
  /** Activities moved to the day their deadline now falls on (the meeting moved). */
  moved: number;
  /** Deadlines already in the wheel on the right day. */
  unchanged: number;
}

/** The decision register's use cases that touch Beslutninger and Opgaver (or the Årshjul) together. */
export interface IDecisionActions {
  /**
   * Creates or updates a decision and creates, updates and deletes its follow-up actions in Opgaver (source
   * Beslutning, linked to the decision). Not atomic — SharePoint is not — but safe to repeat: the decision and every
   * new action are created with idempotency keys, updates send only what changed. Rejects with a
   * {@link DecisionSaveError} that tells what was saved.
   */
  saveDecision(input: IDecisionSaveInput): Promise<Required<IDecisionSaveResult>>;
  /** Marks an action done today (status Færdig, completion date). */
  completeAction(action: ITask, today: IsoDate): Promise<ITask>;
  /** Moves a decision to a status (e.g. the suggested Gennemført), with the ETag read. */
  setStatus(decision: IDecision, status: DecisionStatus): Promise<IDecision>;
  /**
   * Puts the preparation deadlines of a decision »Til behandling« into the Årshjul: one Frist activity per deadline,
   * linked to the decision, created with the deadline's key (`beslutning-frist:<id>:<kind>`). Safe to repeat: a
   * second run finds them by that key and changes nothing; after the meeting moved it moves them; a run that stopped
   * part-way is completed by the next.
   */
  putDeadlinesInWheel(decision: IDecision, rules: readonly IPreparationRule[], today: IsoDate): Promise<IWheelDeadlinesResult>;
}
