import * as React from 'react';
import type { IActivity, IActivityFields } from '../../../../domain/models';
import type { ListChoices } from '../../../../domain/validation';
import type { IRepository } from '../../../../services';
import { classifyError, ConcurrencyError, newIdempotencyKey } from '../../../../services';
import {
  draftFromActivity, fieldsFromDraft, FIELD_ORDER, validateDraft, type FormErrors, type FormField, type IActivityDraft
} from './formModel';

/** The form's state. */
export interface IActivityFormState {
  draft: IActivityDraft;
  errors: FormErrors;
  saving: boolean;
  /** The last failed save's error (not validation, not a conflict): shown above the fields, the draft kept. */
  saveError?: unknown;
  /** The item changed since it was read: offer reload or overwrite. */
  conflict: boolean;
  /** Increments whenever validation fails, so the form moves focus to the first message each time. */
  errorRevision: number;
  /** The user asked to close while a save was running: the form closes when it succeeds, and stays if it fails. */
  closeRequested: boolean;
}

/** What the form component drives. */
export interface IActivityForm {
  state: IActivityFormState;
  update(patch: Partial<IActivityDraft>): void;
  /** Validates, then saves; resolves to the stored activity, or `undefined` when it did not save. */
  save(): Promise<IActivity | undefined>;
  /** Conflict: save over the other person's change (ETag `*`). */
  overwrite(): Promise<IActivity | undefined>;
  /** Conflict: load the current version, discarding what was typed. */
  reloadLatest(): Promise<void>;
  /**
   * Close (Escape, ×, Annuller): true when the form may close now; while a save runs it waits instead — what was
   * typed must not vanish with a save that then fails.
   */
  requestClose(): boolean;
}

/**
 * The activity form's behaviour, apart from its layout: validation in Danish before anything is sent, saving with
 * the ETag read, and the two ways out of a conflict. A failed save never touches the draft — what was typed stays.
 */
export function useActivityForm(
  repository: IRepository<IActivityFields>, initial: IActivity | undefined, initialDraft: IActivityDraft, choices?: ListChoices
): IActivityForm {
  const [state, setState] = React.useState<IActivityFormState>(
    { draft: initialDraft, errors: {}, saving: false, conflict: false, errorRevision: 0, closeRequested: false });
  // The version the next write is based on (its id and ETag); replaced by each successful save or reload.
  const base = React.useRef<IActivity | undefined>(initial);
  // One idempotency key per intended new activity: pressing Gem again after an unknown outcome can't store two.
  const createKey = React.useRef(newIdempotencyKey());
  // The current item as the server holds it, learnt from a conflict (saves a request on "Hent den nye version").
  const latest = React.useRef<IActivity | undefined>();
  const rebase = (activity: IActivity): void => { base.current = activity; };
  const stateRef = React.useRef(state);
  stateRef.current = state;

  const update = React.useCallback((patch: Partial<IActivityDraft>) => {
    setState(s => {
      // A field fixed by the user loses its message at once; the others keep theirs until the next save.
      const errors = { ...s.errors };
      for (const key of Object.keys(patch)) {
        delete errors[(key === 'picker' || key === 'advancedRule' ? 'recurrence' : key) as FormField];
        if (key === 'picker') delete errors.repeat;
      }
      return { ...s, draft: { ...s.draft, ...patch }, errors };
    });
  }, []);

  const write = React.useCallback(async (etag: string | undefined): Promise<IActivity | undefined> => {
    const draft = stateRef.current.draft;
    const errors = validateDraft(draft, choices);
    if (FIELD_ORDER.some(f => errors[f])) {
      setState(s => ({ ...s, errors, saveError: undefined, errorRevision: s.errorRevision + 1 }));
      return undefined;
    }
    setState(s => ({ ...s, errors: {}, saving: true, saveError: undefined, conflict: false }));
    const fields = fieldsFromDraft(draft);
    try {
      const saved = base.current
        ? await repository.update(base.current.id, fields, etag ?? base.current.etag)
        : await repository.add(fields, { key: createKey.current });
      rebase(saved);
      setState(s => ({ ...s, saving: false }));
      return saved;
    } catch (error) {
      const classified = classifyError(error);
      if (error instanceof ConcurrencyError) latest.current = error.current as IActivity | undefined;
      // A failed save keeps the form open, whatever was asked meanwhile: the draft and a message stay.
      setState(s => {
        if (classified.kind === 'conflict') return { ...s, saving: false, conflict: true, closeRequested: false };
        if (classified.kind === 'validation' && classified.fieldErrors) {
          return { ...s, saving: false, closeRequested: false, errors: classified.fieldErrors as FormErrors, errorRevision: s.errorRevision + 1 };
        }
        return { ...s, saving: false, closeRequested: false, saveError: error };
      });
      return undefined;
    }
  }, [repository, choices]);

  const reloadLatest = React.useCallback(async (): Promise<void> => {
    if (!base.current) return;
    setState(s => ({ ...s, saving: true }));
    try {
      const known = latest.current;
      latest.current = undefined;
      const fresh = known ?? await repository.get(base.current.id);
      rebase(fresh);
      setState(s => ({ ...s, draft: draftFromActivity(fresh), errors: {}, saving: false, conflict: false, saveError: undefined }));
    } catch (error) {
      setState(s => ({ ...s, saving: false, saveError: error }));
    }
  }, [repository]);

  const requestClose = React.useCallback((): boolean => {
    if (!stateRef.current.saving) return true;
    setState(s => ({ ...s, closeRequested: true }));
    return false;
  }, []);

  return {
    state,
    update,
    requestClose,
    save: React.useCallback(() => write(undefined), [write]),
    overwrite: React.useCallback(() => write('*'), [write]),
    reloadLatest
  };
}
