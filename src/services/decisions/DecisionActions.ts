import type { DecisionStatus, IDecision, IDecisionFields, ITask, ITaskFields, IsoDate } from '../../domain/models';
import { planActionChanges } from '../../domain/decisions/actionPlan';
import { DecisionSaveError, type IDecisionActions, type IDecisionSaveInput, type IDecisionSaveResult } from './decisionTypes';
import type { IRepositories } from '../repositories/repositories';

export { DecisionSaveError, type IDecisionActions, type IDecisionSaveInput, type IDecisionSaveResult } from './decisionTypes';

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
