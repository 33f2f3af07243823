import type { IProcess, IProcessFields, IsoDate } from '../../src/domain/models';
import type { IRepositories } from '../../src/services';
import { addDays, addMonths } from '../../src/domain/dates';
import type { IDemoPeople, ISeedContext } from './context';
import { PROCESS_TEXTS, type DemoReview, type IProcessText } from './processTexts';

/** The processes by their demo key, so activities, decisions and tasks can point to them. */
export type DemoProcesses = Record<string, IProcess>;

/** The last review date that puts a process with `intervalMonths` in the wanted review state on `today`. */
export function lastReviewedFor(today: IsoDate, intervalMonths: number, review: DemoReview): IsoDate | undefined {
  switch (review) {
    case 'overdue': return addMonths(today, -(intervalMonths + 2));
    case 'soon': return addDays(addMonths(today, -intervalMonths), 12);
    case 'ok': return addMonths(today, -3);
    default: return undefined;
  }
}

/**
 * Who approved a process and when, as an approval records it: a process at version 1.0 or later has been approved by
 * the coordinator (only she may), last when it was last reviewed (an approval counts as a review). Drafts before
 * their first approval (0.x) have none.
 */
function approvalOf(text: IProcessText, lastReviewed: IsoDate | undefined, ctx: ISeedContext): Pick<IProcessFields, 'approvedBy' | 'approvedDate'> {
  const major = Number(text.version.split('.')[0]);
  return major >= 1 && lastReviewed ? { approvedBy: ctx.people.mette, approvedDate: lastReviewed } : {};
}

function fieldsOf(text: IProcessText, ctx: ISeedContext): IProcessFields {
  const owner = ctx.people[text.owner as keyof IDemoPeople];
  const interval = text.reviewIntervalMonths;
  const lastReviewed = lastReviewedFor(ctx.today, interval, text.review);
  return {
    title: text.title,
    purpose: text.purpose,
    description: text.description,
    area: text.area,
    owner,
    deputyOwner: text.deputy ? ctx.people[text.deputy] : undefined,
    onboardingWeek: text.onboardingWeek,
    status: text.status,
    version: text.version,
    lastReviewed,
    ...approvalOf(text, lastReviewed, ctx),
    reviewIntervalMonths: interval,
    onboarding: text.onboarding === true,
    trigger: text.trigger,
    outcome: text.outcome,
    priority: text.priority
  };
}

/** Seeds the processes and their ordered steps through the repositories; returns the processes by key. */
export async function seedProcesses(
  repositories: IRepositories, ctx: ISeedContext
): Promise<{ processes: DemoProcesses; steps: number }> {
  const processes: DemoProcesses = {};
  let steps = 0;
  for (const text of PROCESS_TEXTS) {
    const process = await repositories.processes.add(fieldsOf(text, ctx));
    processes[text.key] = process;
    for (const [index, [title, responsibleRole, deliverable, description]] of text.steps.entries()) {
      await repositories.processSteps.add({
        title,
        process: { id: process.id, title: process.title },
        stepNumber: index + 1,
        responsibleRole,
        deliverable,
        description
      });
      steps++;
    }
  }
  ctx.log(`Processer: ${PROCESS_TEXTS.length} med ${steps} trin`);
  return { processes, steps };
}
