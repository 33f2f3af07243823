import type { IProcess, IProcessFields, IProcessStep } from '../../../../domain/models';
import { AREAS } from '../../../../domain/models';
import { withoutDuplicateSteps, type EditedStep } from '../../../../domain/processes';
import { newIdempotencyKey } from '../../../../services';

/** A step as the form holds it: `uiKey` is React's key and the focus target; new steps carry a `clientKey`. */
export type IFormStep = EditedStep & { uiKey: string };

/** A new step: its client key is stored with it, so a re-save after a partial one never adds it twice. */
export function newFormStep(): IFormStep {
  const clientKey = `trin:${newIdempotencyKey()}`;
  return { clientKey, uiKey: clientKey, title: '', responsibleRole: '', deliverable: '', description: '' };
}

/** The stored steps as the form shows them (a create that landed twice shows once; the save removes the copy). */
export function formStepsOf(steps: readonly IProcessStep[]): IFormStep[] {
  const stored = steps.map(s => ({ ...s, clientKey: s.key }));
  return withoutDuplicateSteps(stored).map(s => ({
    id: s.id, clientKey: s.clientKey, uiKey: `id:${s.id}`, title: s.title, responsibleRole: s.responsibleRole ?? '',
    deliverable: s.deliverable ?? '', description: s.description ?? ''
  }));
}

/** The form's fields of a new process: a draft at version 0.1, reviewed yearly. */
export function newProcessFields(area: string = AREAS[0]): IProcessFields {
  return {
    title: '', purpose: '', area: area as IProcessFields['area'], status: 'Kladde', version: '0.1',
    reviewIntervalMonths: 12, onboarding: false, priority: 'SHOULD', trigger: '', outcome: ''
  };
}

/** The editable fields of a stored process (id, ETag and the rest of the item left out). */
export function fieldsOf(process: IProcess): IProcessFields {
  const fields: Partial<IProcess> = { ...process };
  delete fields.id;
  delete fields.etag;
  delete fields.modified;
  delete fields.key;
  return fields as IProcessFields;
}

/** The steps as the save plan takes them: without the form's own keys, empty texts as missing. */
export function editedSteps(steps: readonly IFormStep[]): EditedStep[] {
  return steps.map(step => {
    const out = { ...step } as Partial<IFormStep> & Record<string, unknown>;
    delete out.uiKey;
    for (const k of ['responsibleRole', 'deliverable', 'description'] as const) if (!out[k]) delete out[k];
    return out as EditedStep;
  });
}

/** The steps without a title, by form key (every step needs one). */
export function stepsWithoutTitle(steps: readonly IFormStep[]): string[] {
  return steps.filter(s => !s.title.trim()).map(s => s.uiKey);
}
