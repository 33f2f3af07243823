import * as React from 'react';
import { TextField } from '@fluentui/react/lib/TextField';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { AREAS, type Area, type IPersonRef, type ITask, type IsoDate, type Priority } from '../../../domain/models';
import { parseEffortInput } from '../../../domain/cockpit';
import type { UiLanguage } from '../../../common/hosting';
import { PeopleField } from '../../../common/PeopleField';
import { IsoDatePicker } from '../../../common/IsoDatePicker';
import { friendlyError } from '../../../common/errorMessages';
import { format } from '../../../common/strings';
import { newIdempotencyKey, type IServices } from '../../../services';
import { areaLabel, effortProblemText } from '../model/labels';
import type { BoardClasses } from './boardStyles';

/** Props of {@link QuickAddForm}. */
export interface IQuickAddFormProps {
  priority: Priority;
  /** The lane's area, preselected. */
  area?: Area;
  services: IServices;
  strings: IPrioriteringWebPartStrings;
  language: UiLanguage;
  classes: BoardClasses;
  onCancel(): void;
  onAdded(task: ITask): void;
}

/**
 * A task added straight into a column: a title, and optionally assignee, due date, estimate and area. One idempotency
 * key per form, kept until the task is saved, so »Tilføj« again after a lost answer never adds it twice; a failed
 * save keeps everything typed.
 */
export function QuickAddForm(props: IQuickAddFormProps): React.ReactElement {
  const { strings, language, classes } = props;
  const [key] = React.useState(newIdempotencyKey);
  const [title, setTitle] = React.useState('');
  const [assignedTo, setAssignedTo] = React.useState<IPersonRef>();
  const [dueDate, setDueDate] = React.useState<IsoDate>();
  const [dueInvalid, setDueInvalid] = React.useState(false);
  const [effortText, setEffortText] = React.useState('');
  const [area, setArea] = React.useState<Area | undefined>(props.area);
  const [errors, setErrors] = React.useState<{ title?: string; effort?: string }>({});
  const [failure, setFailure] = React.useState<string>();
  const [saving, setSaving] = React.useState(false);
  const ids = React.useMemo(() => ({ title: `qa-title-${key}`, due: `qa-due-${key}`, effort: `qa-effort-${key}` }), [key]);

  const submit = async (): Promise<void> => {
    const effort = parseEffortInput(effortText);
    const next = {
      title: title.trim() ? undefined : strings.QuickAddTitleRequired,
      effort: 'problem' in effort ? effortProblemText(effort.problem, strings) : undefined
    };
    setErrors(next);
    if (next.title || next.effort || dueInvalid) {
      document.getElementById(next.title ? ids.title : next.effort ? ids.effort : ids.due)?.focus();
      return;
    }
    setSaving(true);
    setFailure(undefined);
    try {
      const task = await props.services.taskBoard.quickAdd({
        title, priority: props.priority, assignedTo, dueDate, area, effort: 'value' in effort ? effort.value : undefined
      }, key);
      props.onAdded(task);
    } catch (e) {
      setFailure(friendlyError(e, strings).message);
      setSaving(false);
    }
  };

  return (
    <form aria-label={format(strings.QuickAddTo, props.priority)} onSubmit={e => { e.preventDefault(); submit().catch(() => undefined); }}
      onKeyDown={e => { if (e.key === 'Escape' && !saving) { e.stopPropagation(); props.onCancel(); } }}
      style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
      <TextField id={ids.title} label={strings.QuickAddTitle} required={true} value={title} maxLength={255}
        onChange={(_, v) => setTitle(v ?? '')} errorMessage={errors.title} autoFocus={true} disabled={saving} />
      <PeopleField label={strings.AssigneeLabel} value={assignedTo} onChange={setAssignedTo} people={props.services.people} strings={strings} />
      <IsoDatePicker id={ids.due} label={strings.DueLabel} value={dueDate} onChange={setDueDate} onInvalidInput={setDueInvalid}
        language={language} strings={strings} />
      <TextField id={ids.effort} label={strings.EffortLabel} value={effortText} inputMode="decimal" onChange={(_, v) => setEffortText(v ?? '')}
        errorMessage={errors.effort} disabled={saving} />
      <Dropdown label={strings.QuickAddArea} selectedKey={area ?? ''} disabled={saving}
        options={[{ key: '', text: strings.LaneNoArea }, ...AREAS.map(a => ({ key: a, text: areaLabel(a, strings) }))]}
        onChange={(_, o) => setArea((o?.key || undefined) as Area | undefined)} />
      {failure && <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>{failure}</MessageBar>}
      <div className={classes.actions}>
        <button type="submit" className={classes.small} disabled={saving}>{saving ? strings.Loading : strings.QuickAddSave}</button>
        <button type="button" className={classes.small} disabled={saving} onClick={props.onCancel}>{strings.Cancel}</button>
      </div>
    </form>
  );
}
