import {
  PROCESS_TRANSITIONS, actorRoles, allowedTransitions, applyTransition, bumpMajorVersion, canSeeProcess, canTransition, processActor
} from '../../../../src/domain/processes';
import type { IProcessActor } from '../../../../src/domain/processes';
import { PROCESS_STATUSES } from '../../../../src/domain/models';
import type { IPersonRef } from '../../../../src/domain/models';

const owner: IProcessActor = { canEdit: true, canApprove: false, isOwner: true };
const coordinator: IProcessActor = { canEdit: true, canApprove: true, isOwner: false };
const editor: IProcessActor = { canEdit: true, canApprove: false, isOwner: false };
const reader: IProcessActor = { canEdit: false, canApprove: true, isOwner: true };
const anna: IPersonRef = { id: 7, title: 'Anna Koordinator' };

describe('processActor and roles', () => {
  test('owner when the owner is the user; no roles without edit rights', () => {
    expect(processActor({ owner: { id: 7 } }, { id: 7, canEdit: true, canApprove: false })).toEqual(owner);
    expect(processActor({}, { id: 7, canEdit: true, canApprove: false }).isOwner).toBe(false);
    expect(actorRoles(coordinator)).toEqual(['editor', 'approver']);
    expect(actorRoles(reader)).toEqual([]);
  });
});

describe('canTransition', () => {
  test.each([
    ['Kladde', 'Til godkendelse', editor, 'submit'],
    ['Til godkendelse', 'Godkendt', coordinator, 'approve'],
    ['Til godkendelse', 'Kladde', owner, 'returnToDraft'],
    ['Til godkendelse', 'Kladde', coordinator, 'returnToDraft'],
    ['Godkendt', 'Til revision', owner, 'startRevision'],
    ['Til revision', 'Til godkendelse', editor, 'submit'],
    ['Til revision', 'Godkendt', coordinator, 'approve'],
    ['Til godkendelse', 'Godkendt', owner, 'approve'], // the owner answers for the process and may approve it
    ['Til revision', 'Godkendt', owner, 'approve'],
    ['Godkendt', 'Udfaset', owner, 'retire'],
    ['Udfaset', 'Kladde', coordinator, 'reactivate']
  ] as const)('%s → %s by %o: %s', (from, to, actor, action) => {
    expect(canTransition(from, to, actor)).toEqual({ allowed: true, action });
  });

  test.each([
    ['Til godkendelse', 'Godkendt', editor, ['owner', 'approver']], // an editor who is not the owner cannot
    ['Godkendt', 'Til revision', editor, ['owner', 'approver']],
    ['Godkendt', 'Udfaset', editor, ['owner', 'approver']]
  ] as const)('%s → %s by %o: needs %p', (from, to, actor, requiredRoles) => {
    expect(canTransition(from, to, actor)).toEqual({ allowed: false, reason: 'notPermitted', requiredRoles });
  });

  test('a reader may do nothing, even as owner with the approver flag', () => {
    for (const t of PROCESS_TRANSITIONS) {
      expect(canTransition(t.from, t.to, reader)).toEqual({ allowed: false, reason: 'readOnly' });
    }
  });

  test('structural refusals come before permissions', () => {
    expect(canTransition('Kladde', 'Godkendt', coordinator)).toEqual({ allowed: false, reason: 'notATransition' }); // no skipping approval
    expect(canTransition('Godkendt', 'Godkendt', coordinator)).toEqual({ allowed: false, reason: 'sameStatus' });
    expect(canTransition('Publiceret', 'Godkendt', coordinator)).toEqual({ allowed: false, reason: 'unknownStatus' });
    expect(canTransition('Udfaset', 'Godkendt', reader)).toEqual({ allowed: false, reason: 'notATransition' });
  });

  test('every status can be left and Udfaset reached from all others', () => {
    for (const status of PROCESS_STATUSES) {
      expect(allowedTransitions(status, coordinator).length).toBeGreaterThan(0);
      if (status !== 'Udfaset') expect(canTransition(status, 'Udfaset', owner).allowed).toBe(true);
    }
  });

  test('allowedTransitions lists the buttons for the actor', () => {
    expect(allowedTransitions('Til godkendelse', owner).map((t) => t.to)).toEqual(['Godkendt', 'Kladde', 'Udfaset']);
    expect(allowedTransitions('Til godkendelse', editor).map((t) => t.to)).toEqual([]);
    expect(allowedTransitions('Til godkendelse', coordinator).map((t) => t.to)).toEqual(['Godkendt', 'Kladde', 'Udfaset']);
    expect(allowedTransitions('Godkendt', editor)).toEqual([]);
    expect(allowedTransitions('Kladde', reader)).toEqual([]);
  });
});

describe('bumpMajorVersion', () => {
  test.each([
    ['1.3', '2.0'], ['0.4', '1.0'], ['2', '3.0'], ['1.2.1', '2.0'], [' 9.9 ', '10.0'], ['1,3', '2.0'], ['12.0', '13.0'],
    ['', '1.0'], [undefined, '1.0'], ['v2', '1.0'], ['ny', '1.0'], ['1.x', '1.0'], ['1..2', '1.0'], ['-1.0', '1.0']
  ])('%p → %p', (version, expected) => {
    expect(bumpMajorVersion(version)).toBe(expected);
  });
});

describe('applyTransition', () => {
  const process = { status: 'Til godkendelse' as const, version: '1.3', reviewIntervalMonths: 6 };

  test('approval bumps the major, records approver and date, and counts as a review', () => {
    expect(applyTransition(process, 'Godkendt', coordinator, '2026-08-31', anna)).toEqual({
      ok: true,
      action: 'approve',
      changes: { status: 'Godkendt', version: '2.0', lastReviewed: '2026-08-31', nextReview: '2027-02-28' },
      approval: { approvedBy: anna, approvedDate: '2026-08-31', version: '2.0' }
    });
  });

  test('a first approval of a draft with garbled version text is 1.0', () => {
    const result = applyTransition({ ...process, version: 'udkast' }, 'Godkendt', coordinator, '2026-05-14', anna);
    expect(result.ok && result.approval?.version).toBe('1.0');
  });

  test('sending back to Kladde changes only the status; the version stays', () => {
    expect(applyTransition(process, 'Kladde', owner, '2026-05-14', anna)).toEqual({ ok: true, action: 'returnToDraft', changes: { status: 'Kladde' } });
  });

  test('retiring clears the next review, so the process leaves »Til revision« and the review tasks', () => {
    const result = applyTransition({ ...process, status: 'Godkendt' }, 'Udfaset', owner, '2026-05-14', anna);
    expect(result).toEqual({ ok: true, action: 'retire', changes: { status: 'Udfaset', nextReview: undefined } });
    expect(result.ok && 'nextReview' in result.changes).toBe(true);
  });

  test('a refusal carries the check', () => {
    expect(applyTransition(process, 'Godkendt', editor, '2026-05-14', anna))
      .toEqual({ ok: false, check: { allowed: false, reason: 'notPermitted', requiredRoles: ['owner', 'approver'] } });
  });
});

describe('canSeeProcess', () => {
  test('readers see only Godkendt; editors see everything', () => {
    const visible = PROCESS_STATUSES.filter((status) => canSeeProcess({ status }, { ...reader, canApprove: false }));
    expect(visible).toEqual(['Godkendt']);
    expect(PROCESS_STATUSES.every((status) => canSeeProcess({ status }, editor))).toBe(true);
  });
});
