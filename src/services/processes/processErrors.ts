import type { IProcess } from '../../domain/models';

/**
 * Some step writes of a save did not land (SharePoint batches are not transactional). The process is stored; saving
 * the same form again reads the steps as they are now and completes the job without duplicating a step.
 */
export class StepSaveError extends Error {
  public constructor(public readonly process: IProcess, public readonly failed: number, public readonly total: number, public readonly cause: unknown) {
    super(`${failed} af ${total} trinændringer blev ikke gemt.`);
    this.name = 'StepSaveError';
  }
}

/** Refused by a domain rule before anything was sent. */
export class ProcessRuleError extends Error {
  public constructor(public readonly reason: string) {
    super(`Handlingen er ikke tilladt: ${reason}.`);
    this.name = 'ProcessRuleError';
  }
}
