/**
 * The life cycle of a documented process and who may move it:
 *
 * ```
 * Kladde ──submit──▶ Til godkendelse ──approve──▶ Godkendt ──startRevision──▶ Til revision
 *   ▲                   │ returnToDraft               ▲                          │ submit / approve
 *   └───────────────────┘                             └──────────────────────────┘
 * any of the four ──retire──▶ Udfaset ──reactivate──▶ Kladde
 * ```
 *
 * Roles: the process **owner**, an **approver** (the coordinator's capability) and any **editor** (edit rights on
 * the list). A reader may do nothing. Every role needs edit rights: SharePoint would refuse the write anyway.
 * Published means Godkendt; readers see only those.
 */
import type { IPersonRef, IsoDate } from '../models/common';
import { PROCESS_STATUSES } from '../models/process';
import type { IProcessFields, ProcessStatus } from '../models/process';
import { reviewedOn } from './reviewCycle';

/** Who someone is in relation to a process. */
export type ProcessRole = 'owner' | 'approver' | 'editor';

/** What the rules need to know about the person acting. */
export interface IProcessActor {
  /** Edit rights on the Processer list. Without them the person is a reader, whatever else is true. */
  canEdit: boolean;
  /** The approver capability (the coordinator). */
  canApprove: boolean;
  /** The person is the process's owner. */
  isOwner: boolean;
}

/** The named moves of the life cycle. */
export type ProcessAction = 'submit' | 'approve' | 'returnToDraft' | 'startRevision' | 'retire' | 'reactivate';

/** One allowed move: from, to, its name and the roles that may make it. */
export interface IProcessTransition {
  from: ProcessStatus;
  to: ProcessStatus;
  action: ProcessAction;
  roles: readonly ProcessRole[];
}

const ANY_EDITOR: readonly ProcessRole[] = ['owner', 'approver', 'editor'];
const OWNER_OR_APPROVER: readonly ProcessRole[] = ['owner', 'approver'];

/** Every allowed move. A move not listed here is not a transition at all. */
export const PROCESS_TRANSITIONS: readonly IProcessTransition[] = [
  { from: 'Kladde', to: 'Til godkendelse', action: 'submit', roles: ANY_EDITOR },
  // As the issue asks: the process's owner (who answers for it) or the coordinator approves.
  { from: 'Til godkendelse', to: 'Godkendt', action: 'approve', roles: OWNER_OR_APPROVER },
  // The approver rejects, or the owner withdraws; either way the draft is worked on again.
  { from: 'Til godkendelse', to: 'Kladde', action: 'returnToDraft', roles: OWNER_OR_APPROVER },
  { from: 'Godkendt', to: 'Til revision', action: 'startRevision', roles: OWNER_OR_APPROVER },
  { from: 'Til revision', to: 'Til godkendelse', action: 'submit', roles: ANY_EDITOR },
  { from: 'Til revision', to: 'Godkendt', action: 'approve', roles: OWNER_OR_APPROVER },
  { from: 'Kladde', to: 'Udfaset', action: 'retire', roles: OWNER_OR_APPROVER },
  { from: 'Til godkendelse', to: 'Udfaset', action: 'retire', roles: OWNER_OR_APPROVER },
  { from: 'Godkendt', to: 'Udfaset', action: 'retire', roles: OWNER_OR_APPROVER },
  { from: 'Til revision', to: 'Udfaset', action: 'retire', roles: OWNER_OR_APPROVER },
  { from: 'Udfaset', to: 'Kladde', action: 'reactivate', roles: OWNER_OR_APPROVER }
];

/** Why a move is refused. */
export type ProcessTransitionDenial = 'unknownStatus' | 'sameStatus' | 'notATransition' | 'readOnly' | 'notPermitted';

/** The answer of {@link canTransition}. `notPermitted` names the roles that could make the move. */
export type ProcessTransitionCheck =
  | { allowed: true; action: ProcessAction }
  | { allowed: false; reason: Exclude<ProcessTransitionDenial, 'notPermitted'> }
  | { allowed: false; reason: 'notPermitted'; requiredRoles: readonly ProcessRole[] };

/** The actor for a user and a process: owner when the process's owner is that user. */
export function processActor(
  process: { owner?: Pick<IPersonRef, 'id'> },
  user: { id: number; canEdit: boolean; canApprove: boolean }
): IProcessActor {
  return { canEdit: user.canEdit, canApprove: user.canApprove, isOwner: process.owner !== undefined && process.owner.id === user.id };
}

/** The roles an actor holds: none without edit rights. */
export function actorRoles(actor: IProcessActor): ProcessRole[] {
  if (!actor.canEdit) {
    return [];
  }
  const roles: ProcessRole[] = ['editor'];
  if (actor.isOwner) {
    roles.push('owner');
  }
  if (actor.canApprove) {
    roles.push('approver');
  }
  return roles;
}

/** True for one of the five process statuses. */
export function isProcessStatus(value: unknown): value is ProcessStatus {
  return typeof value === 'string' && (PROCESS_STATUSES as readonly string[]).indexOf(value) >= 0;
}

/**
 * May `actor` move a process from `from` to `to`? The checks, in order: both statuses known (`unknownStatus`), a move
 * at all (`sameStatus`), one of {@link PROCESS_TRANSITIONS} (`notATransition`), edit rights (`readOnly`), and one of
 * the move's roles (`notPermitted`, with the roles that would do).
 */
export function canTransition(from: string, to: string, actor: IProcessActor): ProcessTransitionCheck {
  if (!isProcessStatus(from) || !isProcessStatus(to)) {
    return { allowed: false, reason: 'unknownStatus' };
  }
  if (from === to) {
    return { allowed: false, reason: 'sameStatus' };
  }
  const transition = PROCESS_TRANSITIONS.find((t) => t.from === from && t.to === to);
  if (transition === undefined) {
    return { allowed: false, reason: 'notATransition' };
  }
  const roles = actorRoles(actor);
  if (roles.length === 0) {
    return { allowed: false, reason: 'readOnly' };
  }
  if (!transition.roles.some((role) => roles.indexOf(role) >= 0)) {
    return { allowed: false, reason: 'notPermitted', requiredRoles: transition.roles };
  }
  return { allowed: true, action: transition.action };
}

/** The moves `actor` may make from `from`, in the order of {@link PROCESS_TRANSITIONS} (for the UI's buttons). */
export function allowedTransitions(from: ProcessStatus, actor: IProcessActor): IProcessTransition[] {
  return PROCESS_TRANSITIONS.filter((t) => t.from === from && canTransition(t.from, t.to, actor).allowed);
}

/**
 * The version after an approval: the major number up by one and the minor reset, `1.3` → `2.0`, `0.4` → `1.0`,
 * `2` → `3.0`, `1.2.1` → `2.0`; a Danish decimal comma is read as a dot (`1,3` → `2.0`). Empty or garbled text from
 * the list (`v2`, `ny`, `1.x`) gives `1.0`: the first approved version.
 */
export function bumpMajorVersion(version: string | undefined): string {
  const match = /^\s*(\d{1,6})(?:[.,]\d{1,6}){0,2}\s*$/.exec(version ?? '');
  return match ? `${Number(match[1]) + 1}.0` : '1.0';
}

/** Who approved which version when; the client writes it to the approval columns. */
export interface IApprovalRecord {
  approvedBy: IPersonRef;
  approvedDate: IsoDate;
  version: string;
}

/** The outcome of {@link applyTransition}: the fields to write (and, for an approval, the record), or the refusal. */
export type ProcessTransitionResult =
  | { ok: true; action: ProcessAction; changes: Partial<IProcessFields>; approval?: IApprovalRecord }
  | { ok: false; check: Exclude<ProcessTransitionCheck, { allowed: true }> };

/**
 * Moves a process to `to` if {@link canTransition} allows it, returning the fields to write:
 * - every move writes `status`;
 * - `approve` also bumps the version major ({@link bumpMajorVersion}), counts as a review (last reviewed = today,
 *   next review = today + interval) and returns the approval record (approver `user`, date `today`, version);
 * - `retire` clears `nextReview`, so a retired process drops out of the »Til revision« view and the review tasks.
 */
export function applyTransition(
  process: Pick<IProcessFields, 'status' | 'version' | 'reviewIntervalMonths'>,
  to: ProcessStatus,
  actor: IProcessActor,
  today: IsoDate,
  user: IPersonRef
): ProcessTransitionResult {
  const check = canTransition(process.status, to, actor);
  if (!check.allowed) {
    return { ok: false, check };
  }
  if (check.action === 'approve') {
    const version = bumpMajorVersion(process.version);
    return {
      ok: true,
      action: check.action,
      changes: { status: to, version, ...reviewedOn(today, process.reviewIntervalMonths) },
      approval: { approvedBy: user, approvedDate: today, version }
    };
  }
  const changes: Partial<IProcessFields> = check.action === 'retire' ? { status: to, nextReview: undefined } : { status: to };
  return { ok: true, action: check.action, changes };
}

/** True when a process is published: status Godkendt. */
export function isPublished(status: ProcessStatus): boolean {
  return status === 'Godkendt';
}

/** Readers see published processes only; anyone with edit rights sees all, drafts and retired ones included. */
export function canSeeProcess(process: { status: ProcessStatus }, actor: IProcessActor): boolean {
  return isPublished(process.status) || actor.canEdit;
}
