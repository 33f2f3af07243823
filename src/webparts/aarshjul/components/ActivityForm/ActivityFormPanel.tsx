import * as React from 'react';
import {
  DefaultButton, Dropdown, getId, MessageBar, MessageBarType, Panel, PanelType, PrimaryButton, Spinner, SpinnerSize,
  Stack, TextField, type IDropdownOption
} from '@fluentui/react';
import {
  ACTIVITY_TYPES, FORUMS, PRIORITIES, WHEEL_CATEGORIES, type IActivity, type ILookupRef, type IsoDate, type Priority
} from '../../../../domain/models';
import type { IServices } from '../../../../services';
import type { UiLanguage } from '../../../../common/hosting';
import { IsoDatePicker } from '../../../../common/IsoDatePicker';
import { PeopleField } from '../../../../common/PeopleField';
import { friendlyError } from '../../../../common/errorMessages';
import { format, type ICommonStrings } from '../../../../common/strings';
import { activitiesList } from '../../../../schema';
import { useAsync } from '../../../../common/useAsync';
import { forumLabel, priorityText, ringLabel, typeLabel } from '../../model/labels';
import { draftFromActivity, firstErrorField, hasEndDate, newDraft, type FormField, type IActivityDraft } from './formModel';
import { activityMessages } from '../../model/validationText';
import { RecurrenceFields } from './RecurrenceFields';
import { useActivityForm } from './useActivityForm';

/** Props of {@link ActivityFormPanel}. */
export interface IActivityFormPanelProps {
  services: IServices;
  /** The stored activity being edited; undefined for a new one. */
  activity?: IActivity;
  /** For a new activity: the day it starts on (the form fills in the schema's defaults). */
  startDate?: IsoDate;
  strings: IAarshjulWebPartStrings & ICommonStrings;
  language: UiLanguage;
  onSaved: (activity: IActivity) => void;
  onDismiss: () => void;
  /** The list's current choices (rings an owner added in SharePoint are offered and valid). */
  choices?: { category: readonly string[]; repeat: readonly string[] };
}

const NONE = '__none__';
/** The title column's limit (SharePoint's single line of text: 255). */
const TITLE_MAX = activitiesList.fields.title.maxLength ?? 255;

/** The rings to offer: the built-in ones, those the list adds, and the item's own (typed into the list by hand). */
function ringChoices(fromList: readonly string[] | undefined, current: string): string[] {
  const all: string[] = [...WHEEL_CATEGORIES];
  for (const c of [...(fromList ?? []), current]) if (c && all.indexOf(c) < 0) all.push(c);
  return all;
}

/** The process choices: none, the site's processes by title, and the current one even if it could not be loaded. */
function processOptions(processes: readonly { id: number; title: string }[], current: ILookupRef | undefined, noneText: string): IDropdownOption[] {
  const options = processes.slice().sort((a, b) => a.title.localeCompare(b.title, 'da')).map(p => ({ key: String(p.id), text: p.title }));
  if (current && !options.some(o => o.key === String(current.id))) options.unshift({ key: String(current.id), text: current.title });
  return [{ key: NONE, text: noneText }, ...options];
}

/**
 * Creating and editing an activity in a Fluent Panel: Danish validation before saving (messages on the fields, focus
 * on the first), a failed save that keeps everything typed, and for a stale edit the choice between "Hent den nye
 * version" and "Gem alligevel". Processes for the dropdown load only when the form opens.
 */
export function ActivityFormPanel(props: IActivityFormPanelProps): React.ReactElement {
  const { services, strings, language } = props;
  const listChoices = React.useMemo(() => (props.choices ? { category: props.choices.category, repeat: props.choices.repeat } : undefined),
    [props.choices]);
  // The draft is made here, in the form's own chunk: the form model and its rules are not part of the first load.
  const [initialDraft] = React.useState(() => (props.activity ? draftFromActivity(props.activity) : newDraft(props.startDate)));
  const form = useActivityForm(services.repositories.activities, props.activity, initialDraft, listChoices);
  const { draft } = form.state;
  const issues = form.state.errors;
  // Issues are codes; here they become sentences in the user's language, naming the fields by their labels.
  const errors = React.useMemo(() => activityMessages(issues, strings), [issues, strings]);
  const [ids] = React.useState(() => {
    const prefix = getId('activity');
    const id = (f: FormField): string => `${prefix}-${f}`;
    return { id };
  });
  const processes = useAsync(() => services.repositories.processes.query(), [services]);
  // Date fields (by element id) whose typed text is not a usable date: the draft still holds the last good day, so
  // saving must wait until it is fixed.
  const dateIds = [ids.id('startDate'), ids.id('endDate'), `${ids.id('repeat')}-until`];
  const [invalidDates, setInvalidDates] = React.useState<string[]>([]);
  const invalidRef = React.useRef(invalidDates);
  invalidRef.current = invalidDates;
  const onInvalidDate = (id: string): ((invalid: boolean) => void) => (invalid: boolean): void => {
    setInvalidDates(list => (invalid ? [...list.filter(f => f !== id), id] : list.filter(f => f !== id)));
  };

  React.useEffect(() => {
    const first = firstErrorField(issues);
    if (first) document.getElementById(ids.id(first))?.focus();
    // Only a new failed validation moves focus, not every keystroke.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [form.state.errorRevision]);

  const close = (): void => { if (form.requestClose()) props.onDismiss(); };
  const save = (overwrite: boolean): void => {
    const invalid = dateIds.find(id => invalidRef.current.includes(id));
    if (invalid) {
      document.getElementById(invalid)?.focus();
      return;
    }
    (overwrite ? form.overwrite() : form.save()).then(saved => { if (saved) props.onSaved(saved); }, () => undefined);
  };

  const options = {
    ring: ringChoices(props.choices?.category, draft.category).map(c => ({ key: c, text: ringLabel(c, strings) })),
    type: ACTIVITY_TYPES.map(t => ({ key: t, text: typeLabel(t, strings) })),
    forum: [{ key: NONE, text: strings.ForumNone }, ...FORUMS.map(f => ({ key: f, text: forumLabel(f, strings) }))],
    priority: PRIORITIES.map(p => ({ key: p, text: priorityText(p, language) })),
    process: processOptions(processes.value ?? [], draft.process, strings.ProcessNone)
  } satisfies Record<string, IDropdownOption[]>;

  const footer = (): React.ReactElement => (
    <Stack horizontal tokens={{ childrenGap: 8 }} verticalAlign="center">
      <PrimaryButton text={form.state.saving ? strings.Saving : strings.Save} disabled={form.state.saving} onClick={() => save(false)} />
      <DefaultButton text={strings.Cancel} onClick={close} disabled={form.state.saving} />
      {form.state.saving && <Spinner size={SpinnerSize.small} ariaLabel={strings.Saving} />}
    </Stack>
  );

  const hasErrors = Object.keys(errors).length > 0 || invalidDates.length > 0;
  return (
    <Panel isOpen={true} type={PanelType.medium} headerText={props.activity ? strings.FormEditTitle : strings.FormNewTitle}
      onDismiss={close} closeButtonAriaLabel={strings.Close} onRenderFooterContent={footer} isFooterAtBottom={true}
      isBlocking={true}>
      <form noValidate onSubmit={e => { e.preventDefault(); save(false); }}>
        <Stack tokens={{ childrenGap: 12 }}>
          {hasErrors && <MessageBar messageBarType={MessageBarType.error}>{strings.FormHasErrors}</MessageBar>}
          {form.state.saving && form.state.closeRequested && (
            <MessageBar messageBarType={MessageBarType.info} isMultiline={true}>{strings.SaveStillRunning}</MessageBar>
          )}
          {form.state.saveError !== undefined && (
            <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
              {/* "Not saved" would be untrue when the outcome is unknown: then only that is said. */}
              {friendlyError(form.state.saveError, strings).kind === 'uncertain'
                ? friendlyError(form.state.saveError, strings).message
                : `${strings.SaveFailed} ${friendlyError(form.state.saveError, strings).message}`}
            </MessageBar>
          )}
          {form.state.conflict && (
            <MessageBar messageBarType={MessageBarType.warning} isMultiline={true} actions={
              <div>
                <DefaultButton text={strings.ConflictReload} onClick={() => { form.reloadLatest().catch(() => undefined); }} />
                <DefaultButton text={strings.ConflictOverwrite} onClick={() => save(true)} />
              </div>}>
              {strings.ErrorConflict}
            </MessageBar>
          )}
          {/* No maxLength: it cuts pasted text silently. The counter shows the limit, and a longer title is an error. */}
          <TextField id={ids.id('title')} label={strings.FieldTitle} required value={draft.title}
            errorMessage={draft.title.length > TITLE_MAX ? format(strings.TitleTooLong, draft.title.length, TITLE_MAX) : errors.title}
            description={format(strings.TitleCounter, draft.title.length, TITLE_MAX)}
            onChange={(_, v) => form.update({ title: v ?? '' })} />
          <Dropdown id={ids.id('category')} label={strings.FieldRing} required options={options.ring} selectedKey={draft.category || null}
            errorMessage={errors.category} onChange={(_, o) => o && form.update({ category: o.key as IActivityDraft['category'] })} />
          <Dropdown id={ids.id('activityType')} label={strings.FieldType} required options={options.type}
            selectedKey={draft.activityType || null} errorMessage={errors.activityType}
            onChange={(_, o) => o && form.update({ activityType: o.key as IActivityDraft['activityType'] })} />
          <IsoDatePicker id={ids.id('startDate')} label={hasEndDate(draft.activityType) ? strings.FieldStartPeriod : strings.FieldStart}
            isRequired value={draft.startDate} language={language} strings={strings} errorMessage={errors.startDate}
            onChange={v => form.update({ startDate: v })} onInvalidInput={onInvalidDate(dateIds[0])} />
          {hasEndDate(draft.activityType) && (
            <IsoDatePicker id={ids.id('endDate')} label={strings.FieldEnd} isRequired={draft.activityType === 'Periode'}
              value={draft.endDate} language={language} strings={strings} errorMessage={errors.endDate}
              initialPickerDate={draft.startDate} onChange={v => form.update({ endDate: v })} onInvalidInput={onInvalidDate(dateIds[1])} />
          )}
          <RecurrenceFields draft={draft} update={form.update} errors={errors} strings={strings} language={language}
            ids={{ repeat: ids.id('repeat'), recurrence: ids.id('recurrence'), until: dateIds[2] }}
            onInvalidDate={onInvalidDate(dateIds[2])} />
          <Dropdown id={ids.id('forum')} label={strings.FieldForum} options={options.forum} selectedKey={draft.forum ?? NONE}
            errorMessage={errors.forum}
            onChange={(_, o) => o && form.update({ forum: o.key === NONE ? undefined : o.key as IActivityDraft['forum'] })} />
          <PeopleField id={ids.id('responsible')} label={strings.FieldResponsible} value={draft.responsible} people={services.people} strings={strings}
            errorMessage={errors.responsible} onChange={p => form.update({ responsible: p })} />
          <Dropdown id={ids.id('process')} label={strings.FieldProcess} options={options.process}
            selectedKey={draft.process ? String(draft.process.id) : NONE} errorMessage={errors.process}
            disabled={processes.status === 'loading'} placeholder={processes.status === 'loading' ? strings.Loading : undefined}
            onChange={(_, o) => o && form.update({ process: o.key === NONE ? undefined : { id: Number(o.key), title: o.text } })} />
          {processes.status === 'error' && <MessageBar messageBarType={MessageBarType.warning}>{strings.ProcessLoadFailed}</MessageBar>}
          <Dropdown id={ids.id('priority')} label={strings.FieldPriority} required options={options.priority}
            selectedKey={draft.priority} errorMessage={errors.priority}
            onChange={(_, o) => o && form.update({ priority: o.key as Priority })} />
          <TextField id={ids.id('description')} label={strings.FieldDescription} multiline autoAdjustHeight rows={4}
            value={draft.description} errorMessage={errors.description} onChange={(_, v) => form.update({ description: v ?? '' })} />
        </Stack>
      </form>
    </Panel>
  );
}
