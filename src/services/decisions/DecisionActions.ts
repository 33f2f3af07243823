import type { DecisionStatus, IDecision, IDecisionFields, ITask, ITaskFields, IsoDate } from '../../domain/models';
import { planActionChanges, type IActionDraft } from '../../domain/decisions';
import type { IRepositories } from '../repositories/repositories';

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

/** The decision register's use cases that touch Beslutninger and Opgaver together. */
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
}

function changedFields(stored: IDecision, fields: IDecisionFields): Partial<IDecisionFields> {
  const changes: Partial<IDecisionFields> = {};
  const keys = Object.keys(fields) as (keyof IDecisionFields)[];
  for (const k of keys) {
    if (JSON.stringify(fields[k] ?? null) !== JSON.stringify(stored[k] ?? null)) (changes as Record<string, unknown>)[k] = fields[k];
  }
  return changes;
}

/** {@link IDecisionActions} on the repositories. */
export class DecisionActions implements IDecisionActions {
  public constructor(private readonly repositories: IRepositories) {}

  public async saveDecision(input: IDecisionSaveInput): Promise<Required<IDecisionSaveResult>> {
    const { decisions, tasks } = this.repositories;
    const saved: IDecisionSaveResult = { decision: input.stored, actions: [...input.storedActions], created: {} };
    try {
      if (input.stored) {
        const changes = changedFields(input.stored, input.fields);
        if (Object.keys(changes).length > 0) saved.decision = await decisions.patch(input.stored.id, changes, input.stored.etag);
      } else {
        saved.decision = await decisions.add(input.fields, { key: input.key });
      }
      const decision = saved.decision as IDecision;
      const plan = planActionChanges(input.storedActions, input.actions, input.today);
      for (const d of plan.deletes) {
        await tasks.delete(d.id, d.etag);
        saved.actions = saved.actions.filter(a => a.id !== d.id);
      }
      for (const p of plan.patches) {
        const next = await tasks.patch(p.id, p.changes, p.etag);
        saved.actions = saved.actions.map(a => (a.id === p.id ? next : a));
      }
      for (const c of plan.creates) {
        const fields: ITaskFields = {
          title: c.title, assignedTo: c.assignedTo, dueDate: c.dueDate, status: c.status, priority: c.priority,
          area: 'Beslutninger og opfølgning', source: 'Beslutning', decision: { id: decision.id, title: decision.title },
          process: decision.process, completedDate: c.status === 'Færdig' ? input.today : undefined
        };
        const task = await tasks.add(fields, { key: c.key });
        saved.created[c.key] = task.id;
        saved.actions = [...saved.actions.filter(a => a.id !== task.id), task];
      }
      return { decision, actions: saved.actions, created: saved.created };
    } catch (error) {
      throw new DecisionSaveError(error, saved);
    }
  }

  public completeAction(action: ITask, today: IsoDate): Promise<ITask> {
    return this.repositories.tasks.patch(action.id, { status: 'Færdig', completedDate: today }, action.etag);
  }

  public setStatus(decision: IDecision, status: DecisionStatus): Promise<IDecision> {
    return this.repositories.decisions.patch(decision.id, { status }, decision.etag);
  }
}
