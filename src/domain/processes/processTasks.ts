/**
 * The tasks the Processer web part writes to `Opgaver` and how it recognises them again by their idempotency keys:
 * review tasks (`proces-revision:…`, see `reviewCycle.ts`), onboarding tasks (`onboarding:…`, see `onboarding.ts`)
 * and improvement proposals (`proces-forslag:…`). Also the onboarding progress per new colleague. Pure.
 */
import type { IPersonRef, IsoDate } from '../models/common';
import type { TaskStatus } from '../models/task';
import { parseReviewTaskKey } from './reviewCycle';

import { PROPOSAL_KEY_PREFIX } from './taskKeys';

export { ONBOARDING_KEY_PREFIX, PROPOSAL_KEY_PREFIX, REVIEW_KEY_PREFIX } from './taskKeys';

const ONBOARDING_PATTERN: RegExp = /^onboarding:(\d{1,10}):(\d{1,10})$/;
const PROPOSAL_PATTERN: RegExp = /^proces-forslag:(\d{1,10}):[\w-]{1,100}$/;

/**
 * The idempotency key of one improvement proposal for process `processId`: `proces-forslag:12:<id>`, where `id` is
 * the proposal form's own key (one per intended proposal, so a second click or a lost answer stores it once).
 */
export function proposalTaskKey(processId: number, formKey: string): string {
  if (!Number.isInteger(processId) || processId <= 0 || !/^[\w-]{1,100}$/.test(formKey)) {
    throw new RangeError(`Ugyldigt forbedringsforslag: proces ${processId}, nøgle ${formKey}.`);
  }
  return `${PROPOSAL_KEY_PREFIX}${processId}:${formKey}`;
}

/** What a task linked to a process is, by its key: anything without one of the web part's keys is `other`. */
export type ProcessTaskKind = 'review' | 'onboarding' | 'proposal' | 'other';

/** The kind of a task from its idempotency key. */
export function processTaskKind(key: string | undefined): ProcessTaskKind {
  if (key === undefined) return 'other';
  if (parseReviewTaskKey(key)) return 'review';
  if (ONBOARDING_PATTERN.test(key)) return 'onboarding';
  if (PROPOSAL_PATTERN.test(key)) return 'proposal';
  return 'other';
}

/**
 * The open review tasks of process `processId` that a review just done answers: every task whose key is one of the
 * process's review keys (any due date — an older period's task is answered too) and that is not done. Tasks of other
 * processes and other kinds are left alone.
 */
export function reviewTasksAnswered<T extends { key?: string; status: TaskStatus }>(tasks: readonly T[], processId: number): T[] {
  return tasks.filter(t => t.status !== 'Færdig' && t.key !== undefined && parseReviewTaskKey(t.key)?.processId === processId);
}

/** The person and process of an onboarding key, or `undefined` for any other text. */
export function parseOnboardingTaskKey(key: string | undefined): { personId: number; processId: number } | undefined {
  const match = key === undefined ? null : ONBOARDING_PATTERN.exec(key);
  if (!match || Number(match[1]) <= 0 || Number(match[2]) <= 0) return undefined;
  return { personId: Number(match[1]), processId: Number(match[2]) };
}

/** What the progress reads of an onboarding task. */
export interface IOnboardingTask {
  key?: string;
  assignedTo?: IPersonRef;
  status: TaskStatus;
  dueDate?: IsoDate;
}

/** How far one new colleague has come. */
export interface IOnboardingProgress {
  person: IPersonRef;
  total: number;
  done: number;
  /** Not done and due before today. */
  overdue: number;
  /** The earliest due date of the tasks not done, if any. */
  nextDue?: IsoDate;
  /** The last due date: when the checklist should be finished. */
  lastDue?: IsoDate;
}

/**
 * The onboarding progress per person, from the tasks with onboarding keys (other tasks are ignored). The person is
 * the key's; the task's assignee gives the name (a task reassigned in SharePoint still counts for the person it was
 * made for). Sorted: unfinished first, then by the last due date (latest start first), then by name.
 */
export function onboardingProgress(tasks: readonly IOnboardingTask[], today: IsoDate): IOnboardingProgress[] {
  const byPerson = new Map<number, IOnboardingProgress>();
  for (const task of tasks) {
    const parsed = parseOnboardingTaskKey(task.key);
    if (!parsed) continue;
    const person = task.assignedTo?.id === parsed.personId ? task.assignedTo : byPerson.get(parsed.personId)?.person ??
      { id: parsed.personId, title: task.assignedTo?.title ?? '' };
    const entry = byPerson.get(parsed.personId) ?? { person, total: 0, done: 0, overdue: 0 };
    if (!entry.person.title && person.title) entry.person = person;
    entry.total++;
    const done = task.status === 'Færdig';
    if (done) entry.done++;
    if (!done && task.dueDate && task.dueDate < today) entry.overdue++;
    if (!done && task.dueDate && (!entry.nextDue || task.dueDate < entry.nextDue)) entry.nextDue = task.dueDate;
    if (task.dueDate && (!entry.lastDue || task.dueDate > entry.lastDue)) entry.lastDue = task.dueDate;
    byPerson.set(parsed.personId, entry);
  }
  return Array.from(byPerson.values()).sort((a, b) => Number(a.done === a.total) - Number(b.done === b.total) ||
    (b.lastDue ?? '').localeCompare(a.lastDue ?? '') || a.person.title.localeCompare(b.person.title, 'da') || a.person.id - b.person.id);
}
