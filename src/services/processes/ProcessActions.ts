import { processStepsList, tasksList } from '../../schema';
import { formatDanishDate } from '../../domain/danishCalendar';
import type { IPersonRef, IProcess, IProcessFields, IProcessStep, IProcessStepFields, ITask, IsoDate } from '../../domain/models';
import {
  applyTransition, markReviewed, onboardingChecklist, planStepChanges, proposalTaskKey, reviewTasksAnswered, reviewTasksToCreate,
  type IOnboardingOptions, type IProcessActor, type IStoredStep, type MarkReviewedDenial,
  type ProcessTransitionResult
} from '../../domain/processes';
import type { ProcessStatus } from '../../domain/models';
import { odata } from '../odata';
import type { IRepositories } from '../repositories/repositories';
import { ProcessRuleError, StepSaveError } from './processErrors';
import type { IProcessActions, IProcessDraft } from './processTypes';

export type { IProcessActions, IProcessDraft } from './processTypes';

const TITLE_MAX = 255;
/** Keys per existence check of review tasks: `(IdempotencyKey eq '…') or …` stays a short URL, each term an index seek. */
const KEY_CHUNK = 20;
const clip = (text: string): string => (text.length > TITLE_MAX ? `${text.slice(0, TITLE_MAX - 1)}…` : text);
const empty = (v: unknown): boolean => v === undefined || v === null || v === '';
const same = (a: unknown, b: unknown): boolean => (empty(a) && empty(b)) ||
  JSON.stringify((a as { id?: number })?.id ?? a) === JSON.stringify((b as { id?: number })?.id ?? b);

/** The fields of `next` that differ from `before` (people and lookups by id; empty and missing alike). */
export function changedProcessFields(before: IProcessFields, next: IProcessFields): Partial<IProcessFields> {
  const changes: Record<string, unknown> = {};
  const keys = new Set([...Object.keys(before), ...Object.keys(next)]) as Set<keyof IProcessFields>;
  keys.forEach(k => {
    if (!same(before[k], next[k])) changes[k] = next[k];
  });
  return changes as Partial<IProcessFields>;
}

/** {@link IProcessActions} on the repositories. */
export class ProcessActions implements IProcessActions {
  public constructor(private readonly repositories: IRepositories) {}

  public async saveProcess(draft: IProcessDraft): Promise<IProcess> {
    const { processes, processSteps } = this.repositories;
    let process: IProcess;
    if (draft.id === undefined) {
      process = await processes.add(draft.fields, { key: draft.key });
    } else {
      const changes = draft.original ? changedProcessFields(draft.original, draft.fields) : draft.fields;
      process = Object.keys(changes).length > 0
        ? await processes.patch(draft.id, changes, draft.etag ?? '*')
        : await processes.get(draft.id);
    }
    // Planned from what is stored now, so a save after a partial one adds only what is still missing.
    const stored = (await processSteps.query({ filter: odata.eq(processStepsList.fields.process, process.id), withKeys: true, pageSize: 5000 }))
      .filter(s => s.process?.id === process.id);
    const byId = new Map(stored.map(s => [s.id, s]));
    const plan = planStepChanges(stored.map(toStoredStep), draft.steps);
    const link = { id: process.id, title: process.title };
    const writes: Promise<unknown>[] = [
      ...plan.add.map(a => processSteps.add({ ...a.fields, process: link } as IProcessStepFields, { key: a.clientKey })),
      ...plan.update.map(u => processSteps.patch(u.id, u.changes, (byId.get(u.id) as IProcessStep).etag)),
      ...plan.remove.map(id => processSteps.delete(id, '*'))
    ];
    const results = await Promise.allSettled(writes);
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed.length > 0) throw new StepSaveError(process, failed.length, writes.length, failed[0].reason);
    return process;
  }

  public async transition(process: IProcess, to: ProcessStatus, actor: IProcessActor, user: IPersonRef, today: IsoDate): Promise<IProcess> {
    const result: ProcessTransitionResult = applyTransition(process, to, actor, today, user);
    if (!result.ok) throw new ProcessRuleError(result.check.reason);
    const changes: Partial<IProcessFields> = result.approval
      ? { ...result.changes, approvedBy: result.approval.approvedBy, approvedDate: result.approval.approvedDate }
      : result.changes;
    const saved = await this.repositories.processes.patch(process.id, changes, process.etag);
    // An approval records a review (reviewedOn): the review tasks it answers are done.
    if (result.approval) await this.completeReviewTasks(process.id, today);
    return saved;
  }

  public async markReviewed(process: IProcess, actor: IProcessActor, today: IsoDate): Promise<IProcess> {
    const result = markReviewed(process, today, actor);
    if (!result.ok) throw new ProcessRuleError((result as { reason: MarkReviewedDenial }).reason);
    const saved = await this.repositories.processes.patch(process.id, result.changes, process.etag);
    await this.completeReviewTasks(process.id, today);
    return saved;
  }

  /**
   * Marks the process's open review tasks done (`reviewTasksAnswered`), read by the indexed `Process` lookup. The
   * review itself is stored by then; a task that cannot be closed now stays open in Opgaver for its owner to close,
   * which is why a failure here does not turn the review into an error.
   */
  private async completeReviewTasks(processId: number, today: IsoDate): Promise<void> {
    const { tasks } = this.repositories;
    try {
      const open = await tasks.query({
        filter: odata.and(odata.eq(tasksList.fields.process, processId), odata.ne(tasksList.fields.status, 'Færdig')), withKeys: true, pageSize: 500
      });
      await Promise.all(reviewTasksAnswered(open.filter(t => t.process?.id === processId), processId)
        .map(t => tasks.patch(t.id, { status: 'Færdig', completedDate: today }, t.etag)));
    } catch {
      // See above: the review stands; the task stays open.
    }
  }

  public async ensureReviewTasks(processes: readonly IProcess[], today: IsoDate): Promise<ITask[]> {
    const byId = new Map(processes.map(p => [p.id, p]));
    const wanted = reviewTasksToCreate(processes, today, []);
    if (wanted.length === 0) return [];
    // Which of them exist already: a few index seeks on the unique key column, however many tasks Opgaver holds.
    const chunks: string[][] = [];
    for (let i = 0; i < wanted.length; i += KEY_CHUNK) chunks.push(wanted.slice(i, i + KEY_CHUNK).map(w => w.key));
    const found = await Promise.all(chunks.map(keys => this.repositories.tasks.query({
      filter: odata.oneOf(tasksList.idempotencyKey, keys), fields: ['title'], withKeys: true, pageSize: KEY_CHUNK
    })));
    const existing = new Set(found.flat().map(t => t.key));
    const needs = wanted.filter(w => !existing.has(w.key));
    return Promise.all(needs.map(need => {
      const p = byId.get(need.processId) as IProcess;
      return this.repositories.tasks.add({
        title: clip(`Revidér processen »${p.title}«`),
        description: `Processen skulle revideres senest ${formatDanishDate(need.dueDate)}. Gennemgå beskrivelse og trin, og markér den som revideret eller send den til revision.`,
        priority: p.priority, status: 'Ikke startet', assignedTo: p.owner, dueDate: need.dueDate, area: p.area,
        source: 'Proces', process: { id: p.id, title: p.title }
      }, { key: need.key });
    }));
  }

  public async onboard(
    person: IPersonRef, startDate: IsoDate, processes: readonly IProcess[], options?: IOnboardingOptions, existingKeys: readonly string[] = []
  ): Promise<ITask[]> {
    const byId = new Map(processes.map(p => [p.id, p]));
    const items = onboardingChecklist(person.id, startDate, processes, options).filter(i => existingKeys.indexOf(i.key) < 0);
    return Promise.all(items.map(item => {
      const p = byId.get(item.processId) as IProcess;
      return this.repositories.tasks.add({
        title: clip(`Onboarding: lær processen »${item.title}«`),
        description: p.purpose, priority: item.priority, status: 'Ikke startet', assignedTo: person,
        dueDate: item.dueDate, area: p.area, source: 'Proces', process: { id: p.id, title: p.title }
      }, { key: item.key });
    }));
  }

  public propose(process: IProcess, text: string, formKey: string): Promise<ITask> {
    return this.repositories.tasks.add({
      title: clip(`Forbedringsforslag: ${process.title}`), description: text, priority: 'SHOULD', status: 'Ikke startet',
      assignedTo: process.owner, area: process.area, source: 'Proces', process: { id: process.id, title: process.title }
    }, { key: proposalTaskKey(process.id, formKey) });
  }
}

function toStoredStep(s: IProcessStep): IStoredStep {
  return {
    id: s.id, stepNumber: s.stepNumber, title: s.title, responsibleRole: s.responsibleRole,
    description: s.description, deliverable: s.deliverable, clientKey: s.key
  };
}
