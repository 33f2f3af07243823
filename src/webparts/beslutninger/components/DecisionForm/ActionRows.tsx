import * as React from 'react';
import { ActionButton, IconButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { TextField } from '@fluentui/react/lib/TextField';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { UiLanguage } from '../../../../common/hosting';
import { format } from '../../../../common/strings';
import { IsoDatePicker } from '../../../../common/IsoDatePicker';
import { PeopleField } from '../../../../common/PeopleField';
import { TASK_STATUSES, type IPersonRef, type TaskStatus } from '../../../../domain/models';
import type { IActionDraft } from '../../../../domain/decisions';
import type { IPeopleService } from '../../../../services';
import { taskStatusLabel } from '../../model/labels';

/** Props of {@link ActionRows}. */
export interface IActionRowsProps {
  actions: readonly IActionDraft[];
  onChange: (actions: IActionDraft[]) => void;
  onAdd: () => void;
  errorOf: (key: string, field: 'title' | 'dueDate', label: string) => string | undefined;
  people: IPeopleService;
  strings: IBeslutningerWebPartStrings;
  language: UiLanguage;
}

/** The decision's follow-up actions: a fieldset per action (title, owner, due date, status), added and removed in place. */
export function ActionRows(props: IActionRowsProps): React.ReactElement {
  const { strings, language } = props;
  const theme = useTheme();
  const c = React.useMemo(() => ({
    row: mergeStyles({ border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 2, padding: 8, margin: '8px 0',
      display: 'grid', gap: 8, gridTemplateColumns: 'repeat(auto-fit, minmax(180px, 1fr))' }),
    legend: mergeStyles({ fontWeight: 600, padding: '0 4px', display: 'flex', alignItems: 'center', gap: 4 })
  }), [theme]);
  const set = (key: string, change: Partial<IActionDraft>): void =>
    props.onChange(props.actions.map(a => (a.key === key ? { ...a, ...change } : a)));
  const statuses = TASK_STATUSES.map(s => ({ key: s, text: taskStatusLabel(s, language) }));
  return (
    <div>
      {props.actions.map((a, i) => (
        <fieldset key={a.key} className={c.row}>
          <legend className={c.legend}>
            {format(strings.ActionNumber, i + 1)}
            <IconButton iconProps={{ iconName: 'Delete' }} title={format(strings.RemoveAction, i + 1)}
              ariaLabel={format(strings.RemoveAction, i + 1)} onClick={() => props.onChange(props.actions.filter(x => x.key !== a.key))} />
          </legend>
          <TextField label={strings.ActionTitle} required value={a.title} maxLength={255}
            errorMessage={props.errorOf(a.key, 'title', strings.ActionTitle)} onChange={(_, v) => set(a.key, { title: v ?? '' })} />
          <PeopleField label={strings.ActionOwner} value={a.assignedTo} people={props.people} strings={strings}
            onChange={(p: IPersonRef | undefined) => set(a.key, { assignedTo: p })} />
          <IsoDatePicker label={strings.ActionDueDate} value={a.dueDate} language={language} strings={strings} isRequired
            errorMessage={props.errorOf(a.key, 'dueDate', strings.ActionDueDate)} onChange={v => set(a.key, { dueDate: v })} />
          <Dropdown label={strings.ActionStatus} options={statuses} selectedKey={a.status}
            onChange={(_, o) => o && set(a.key, { status: o.key as TaskStatus })} />
        </fieldset>
      ))}
      <ActionButton iconProps={{ iconName: 'Add' }} text={strings.AddAction} onClick={props.onAdd} />
    </div>
  );
}
