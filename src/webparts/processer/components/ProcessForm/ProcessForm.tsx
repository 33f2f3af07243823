import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { TextField } from '@fluentui/react/lib/TextField';
import type { UiLanguage } from '../../../../common/hosting';
import { LiveRegion, useAnnouncer } from '../../../../common/LiveRegion';
import { PeopleField } from '../../../../common/PeopleField';
import { ErrorView, LoadingView } from '../../../../common/StateViews';
import { friendlyError } from '../../../../common/errorMessages';
import { htmlToPlainText, plainTextToHtml } from '../../../../common/sanitizeHtml';
import { format } from '../../../../common/strings';
import { validationMessage } from '../../../../common/validationMessages';
import type { IValidationIssue } from '../../../../domain/validationError';
import { PRIORITIES, type IProcessFields, type IsoDate } from '../../../../domain/models';
import { priorityLabel } from '../../../../domain/moscow';
import { newIdempotencyKey, StepSaveError, type IServices } from '../../../../services';
import { areaLabel } from '../../model/labels';
import { editedSteps, fieldsOf, formStepsOf, newFormStep, newProcessFields, stepsWithoutTitle, type IFormStep } from './formModel';
import { StepEditor } from './StepEditor';

/** Props of {@link ProcessForm}. */
export interface IProcessFormProps {
  /** The process to edit; absent for a new one. */
  id?: number;
  services: IServices;
  strings: IProcesserWebPartStrings;
  language: UiLanguage;
  today: IsoDate;
  areas: readonly string[];
  onCancel(): void;
  onSaved(id: number, created: boolean): void;
}

interface IFormState {
  /** Set once the process exists (also after a partial save). */
  id?: number;
  etag?: string;
  key: string;
  original?: IProcessFields;
  fields: IProcessFields;
  /** The description as plain text, and as it was when the form opened (untouched rich text is not rewritten). */
  descriptionText: string;
  descriptionOpened: string;
  steps: IFormStep[];
}

const LABEL_KEYS: Partial<Record<keyof IProcessFields, keyof IProcesserOwnStrings>> = {
  title: 'FieldTitle', purpose: 'LabelPurpose', area: 'FieldArea', owner: 'LabelOwner', deputyOwner: 'LabelDeputy',
  trigger: 'LabelTrigger', outcome: 'LabelOutcome', description: 'LabelDescription', priority: 'LabelPriority',
  reviewIntervalMonths: 'FieldReviewInterval', onboardingWeek: 'FieldOnboardingWeek', version: 'LabelVersion', lastReviewed: 'LabelLastReviewed'
};

/**
 * Creates or edits a process with its steps in one form. Saving writes the process, then brings the steps in line
 * (`processActions.saveProcess`, planned by `planStepChanges`); when only some step writes land the form keeps
 * everything typed and says so, and saving again completes the job without duplicating a step.
 */
export function ProcessForm(props: IProcessFormProps): React.ReactElement {
  const { services, strings, id } = props;
  const [state, setState] = React.useState<IFormState>();
  const [loadError, setLoadError] = React.useState<unknown>();
  const [attempt, setAttempt] = React.useState(0);
  const [errors, setErrors] = React.useState<Record<string, string>>({});
  const [problem, setProblem] = React.useState<string>();
  const [saving, setSaving] = React.useState(false);
  const announcer = useAnnouncer();

  React.useEffect(() => {
    if (id === undefined) {
      setState({ key: newIdempotencyKey(), fields: newProcessFields(props.areas[0]), descriptionText: '', descriptionOpened: '', steps: [newFormStep()] });
      return undefined;
    }
    const controller = new AbortController();
    services.processData.loadProcess(id, controller.signal).then(data => {
      const text = htmlToPlainText(data.process.description);
      setState({
        id, etag: data.process.etag, key: newIdempotencyKey(), original: fieldsOf(data.process), fields: fieldsOf(data.process),
        descriptionText: text, descriptionOpened: text, steps: formStepsOf(data.steps)
      });
    }, (e: unknown) => { if (!controller.signal.aborted) setLoadError(e); });
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, services, attempt]);

  const set = (patch: Partial<IProcessFields>): void => setState(s => s && { ...s, fields: { ...s.fields, ...patch } });
  const labelOf = (field: string): string => strings[LABEL_KEYS[field as keyof IProcessFields] ?? 'FieldTitle'];

  const save = async (): Promise<void> => {
    if (!state) return;
    const found: Record<string, string> = {};
    if (!state.fields.title.trim()) found.title = format(strings.ValidationRequired, strings.FieldTitle);
    for (const key of stepsWithoutTitle(state.steps)) found[key] = format(strings.ValidationRequired, strings.FieldStepTitle);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setProblem(strings.FixErrors);
      return;
    }
    const description = state.descriptionText === state.descriptionOpened ? state.fields.description
      : (state.descriptionText.trim() ? plainTextToHtml(state.descriptionText) : undefined);
    const fields: IProcessFields = { ...state.fields, title: state.fields.title.trim(), description };
    setSaving(true);
    setProblem(undefined);
    try {
      const saved = await services.processActions.saveProcess({
        id: state.id, etag: state.etag, key: state.key, original: state.original, fields, steps: editedSteps(state.steps)
      });
      // The form closes (unmounts) on success: no state to update after this.
      props.onSaved(saved.id, id === undefined);
    } catch (error) {
      setSaving(false);
      if (error instanceof StepSaveError) {
        // The process is stored: keep its id and ETag, keep every step as typed; saving again completes the job.
        const stored = error.process;
        setState(s => s && { ...s, id: stored.id, etag: stored.etag, original: fieldsOf(stored) });
        setProblem(format(strings.StepsPartlySaved, error.failed, error.total));
      } else {
        const friendly = friendlyError(error, strings);
        if (friendly.kind === 'validation' && friendly.fieldErrors) {
          setErrors(Object.fromEntries(Object.entries(friendly.fieldErrors)
            .map(([f, issue]) => [f, validationMessage(issue as IValidationIssue, labelOf(f), strings, { labelOf })])));
          setProblem(strings.FixErrors);
        } else {
          setProblem(friendly.message);
        }
      }
    }
  };

  let body: React.ReactNode;
  if (loadError !== undefined) {
    body = <ErrorView error={loadError} strings={strings} isEditMode={false} onRetry={() => { setLoadError(undefined); setAttempt(a => a + 1); }} />;
  } else if (!state) {
    body = <LoadingView label={strings.LoadingProcess} />;
  } else {
    const f = state.fields;
    body = (
      <form onSubmit={e => { e.preventDefault(); save().catch(() => undefined); }} noValidate={true}>
        {problem && <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>{problem}</MessageBar>}
        <TextField label={strings.FieldTitle} required={true} value={f.title} maxLength={255} errorMessage={errors.title}
          onChange={(_, v) => set({ title: v ?? '' })} />
        <TextField label={strings.LabelPurpose} multiline={true} rows={2} value={f.purpose ?? ''} errorMessage={errors.purpose}
          onChange={(_, v) => set({ purpose: v ?? '' })} />
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0 12px' }}>
          <Dropdown label={strings.FieldArea} required={true} selectedKey={f.area} errorMessage={errors.area} styles={{ root: { flex: '1 1 220px' } }}
            options={props.areas.map(a => ({ key: a, text: areaLabel(a, strings) }))} onChange={(_, o) => o && set({ area: String(o.key) as IProcessFields['area'] })} />
          <Dropdown label={strings.LabelPriority} required={true} selectedKey={f.priority} styles={{ root: { flex: '1 1 160px' } }}
            options={PRIORITIES.map(p => ({ key: p, text: priorityLabel(p, props.language) }))} onChange={(_, o) => o && set({ priority: o.key as IProcessFields['priority'] })} />
        </div>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0 12px' }}>
          <div style={{ flex: '1 1 220px' }}>
            <PeopleField label={strings.LabelOwner} value={f.owner} onChange={owner => set({ owner })} people={services.people} strings={strings} errorMessage={errors.owner} />
          </div>
          <div style={{ flex: '1 1 220px' }}>
            <PeopleField label={strings.LabelDeputy} value={f.deputyOwner} onChange={deputyOwner => set({ deputyOwner })} people={services.people} strings={strings} errorMessage={errors.deputyOwner} />
          </div>
        </div>
        <TextField label={strings.LabelTrigger} multiline={true} rows={2} value={f.trigger ?? ''} onChange={(_, v) => set({ trigger: v ?? '' })} />
        <TextField label={strings.LabelOutcome} multiline={true} rows={2} value={f.outcome ?? ''} onChange={(_, v) => set({ outcome: v ?? '' })} />
        <TextField label={strings.LabelDescription} description={strings.DescriptionHint} multiline={true} rows={4} value={state.descriptionText}
          onChange={(_, v) => setState(s => s && { ...s, descriptionText: v ?? '' })} />
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0 12px', alignItems: 'flex-end' }}>
          <TextField label={strings.FieldReviewInterval} type="number" min={1} max={60} value={String(f.reviewIntervalMonths ?? '')}
            errorMessage={errors.reviewIntervalMonths} styles={{ root: { flex: '1 1 160px' } }}
            onChange={(_, v) => set({ reviewIntervalMonths: v ? Number(v) : (undefined as unknown as number) })} />
          <TextField label={strings.FieldOnboardingWeek} type="number" min={1} max={52} value={f.onboardingWeek === undefined ? '' : String(f.onboardingWeek)}
            errorMessage={errors.onboardingWeek} styles={{ root: { flex: '1 1 160px' } }}
            onChange={(_, v) => set({ onboardingWeek: v ? Number(v) : undefined })} />
          <Checkbox label={strings.FieldOnboarding} checked={f.onboarding} onChange={(_, c) => set({ onboarding: !!c })} styles={{ root: { marginBottom: 8 } }} />
        </div>
        <h3>{format(strings.StepsHeading, state.steps.length)}</h3>
        <StepEditor steps={state.steps} strings={strings} errors={errors} announce={announcer.announce} newStep={newFormStep}
          onChange={steps => setState(s => s && { ...s, steps })} />
        <LiveRegion announcer={announcer} />
      </form>
    );
  }
  return (
    <Panel isOpen={true} type={PanelType.medium} onDismiss={props.onCancel} isBlocking={true}
      // A new process whose steps were only partly saved exists now: the form edits it from then on.
      headerText={(state?.id ?? id) === undefined ? strings.NewProcess : strings.EditProcess} closeButtonAriaLabel={strings.Cancel}
      isFooterAtBottom={true}
      // Fluent gives the footer its background only when the form overflows as it opens; a form that grows (steps
      // added) would scroll under see-through buttons. Always opaque.
      styles={p => ({ footer: { backgroundColor: p.theme.semanticColors.bodyBackground, borderTopColor: p.theme.semanticColors.variantBorder } })}
      onRenderFooterContent={() => (
        <div style={{ display: 'flex', gap: 8 }}>
          <PrimaryButton text={saving ? strings.Saving : strings.Save} disabled={!state || saving} onClick={() => { save().catch(() => undefined); }} />
          <DefaultButton text={strings.Cancel} onClick={props.onCancel} disabled={saving} />
        </div>
      )}>
      {body}
    </Panel>
  );
}
