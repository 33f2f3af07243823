import type { DecisionStatus, IActivityFields, IDecision, IDecisionFields, ITask, ITaskFields, IsoDate } from '../../domain/models';
import { planActionChanges } from '../../domain/decisions/actionPlan';
import {
  decisionDeadlines, parsePreparationDeadlineKey, type IDecisionDeadline, type IPreparationRule
} from '../../domain/decisions/pipeline';
import { planDeadlineActivities, type IExistingDeadlineActivity } from '../../domain/decisions/wheelDeadlines';
import {
  DecisionSaveError, type IDecisionActions, type IDecisionSaveInput, type IDecisionSaveResult, type IWheelDeadlinesResult
} from './decisionTypes';
import { wheelDeadlinesOfDecisionFilter } from './decisionQueries';
import type { IRepositories } from '../repositories/repositories';

export {
  DecisionSaveError, type IDecisionActions, type IDecisionSaveInput, type IDecisionSaveResult, type IWheelDeadlinesResult
} from './decisionTypes';

function changedFields(stored: IDecision, fields: IDecisionFields): Partial<IDecisionFields> {
  const changes: Partial<IDecisionFields> = {};
  const keys = Object.keys(fields) as (keyof IDecisionFields)[];
  for (const k of keys) {
    if (JSON.stringify(fields[k] ?? null) !== JSON.stringify(stored[k] ?? null)) (changes as Record<string, unknown>)[k] = fields[k];
  }
  return changes;
}

/**
 * The activity titles of the deadline kinds. Danish, as the list's other content: the Årshjul shows them to everyone,
 * whatever language the person who put them there used.
 */
const DEADLINE_TITLES: Record<string, string> = { indstillingKlar: 'Indstilling klar', dagsordenUdsendt: 'Dagsorden udsendt' };

/** The Frist activity that stands for deadline `d` of `decision` in the Årshjul. */
function deadlineActivity(decision: IDecision, d: IDecisionDeadline): IActivityFields {
  const name = DEADLINE_TITLES[d.kind] ?? d.kind;
  return {
    title: `${name}: ${decision.title}`.slice(0, 255),
    description: `${name} ${d.workingDaysBefore} arbejdsdage før mødet ${decision.meetingDate} (${decision.forum}).`
      + (decision.caseReference ? ` Sag ${decision.caseReference}.` : ''),
    category: 'Bestyrelse', activityType: 'Frist', startDate: d.date, repeat: 'Ingen', forum: decision.forum,
    responsible: decision.responsible, process: decision.process, decision: { id: decision.id, title: decision.title },
    priority: decision.priority
  };
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

  public async putDeadlinesInWheel(decision: IDecision, rules: readonly IPreparationRule[], today: IsoDate): Promise<IWheelDeadlinesResult> {
    const { activities } = this.repositories;
    const deadlines = decisionDeadlines(decision, today, rules);
    // The activities linked to the decision, with their keys: the deadlines put there before (others are left alone).
    const linked = await activities.query({ filter: wheelDeadlinesOfDecisionFilter(decision.id), withKeys: true, pageSize: 500 });
    const existing: IExistingDeadlineActivity[] = linked
      .filter(a => a.key !== undefined && parsePreparationDeadlineKey(a.key)?.decisionId === decision.id)
      .map(a => ({ key: a.key as string, id: a.id, etag: a.etag, startDate: a.startDate }));
    const plan = planDeadlineActivities(deadlines, existing);
    for (const d of plan.create) await activities.add(deadlineActivity(decision, d), { key: d.key });
    for (const m of plan.move) await activities.patch(m.activity.id, { startDate: m.deadline.date }, m.activity.etag);
    return { created: plan.create.length, moved: plan.move.length, unchanged: plan.unchanged.length };
  }
}
