import * as React from 'react';
import { ActionButton } from '@fluentui/react/lib/Button';
import { Label } from '@fluentui/react/lib/Label';
import { SearchBox } from '@fluentui/react/lib/SearchBox';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { IDropdownOption, IDropdownProps } from '@fluentui/react/lib/Dropdown';
import { lazyComponent } from '../../../../common/lazy';
import type { UiLanguage } from '../../../../common/hosting';
import { DECISION_KINDS, DECISION_STATUSES, FORUMS, PRIORITIES, type DecisionKind, type IPersonRef } from '../../../../domain/models';
import { NO_REGISTER_FILTER, type IRegisterFilter } from '../../../../domain/decisions';
import { forumName, kindLabel, priorityText, statusLabel } from '../../model/labels';

/** Props of {@link RegisterFilters}. */
export interface IRegisterFiltersProps {
  filter: IRegisterFilter;
  onChange: (filter: IRegisterFilter) => void;
  /** The responsible people found in the loaded decisions. */
  people: readonly IPersonRef[];
  strings: IBeslutningerWebPartStrings;
  language: UiLanguage;
}

const box = mergeStyles({ minWidth: 150, maxWidth: 220, flex: '1 1 150px' });
const bar = mergeStyles({ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'flex-end' });

/** The dropdown's label and look until its code has arrived (a moment after the first render). */
function DropdownPlaceholder(props: IDropdownProps): React.ReactElement {
  const theme = useTheme();
  return (
    <div className={box} aria-busy="true">
      <Label disabled>{props.label}</Label>
      <div style={{ height: 32, boxSizing: 'border-box', border: `1px solid ${theme.semanticColors.inputBorder}`, borderRadius: 2,
        padding: '0 8px', lineHeight: '30px', color: theme.semanticColors.disabledText }}>{props.placeholder}</div>
    </div>
  );
}

const Dropdown = lazyComponent<IDropdownProps>(
  () => import(/* webpackChunkName: 'beslutninger-filters' */ './FilterDropdown').then(m => m.FilterDropdown),
  DropdownPlaceholder);

const SEARCH_DELAY_MS = 200;

function toggled<T>(list: readonly T[], value: T, selected: boolean | undefined): T[] {
  return selected ? [...list.filter(v => v !== value), value] : list.filter(v => v !== value);
}

/** Forum, status, responsible, priority and type filters and a free-text search (also case numbers). */
export function RegisterFilters(props: IRegisterFiltersProps): React.ReactElement {
  const { filter, onChange, strings, language } = props;
  const [text, setText] = React.useState(filter.text);
  React.useEffect(() => { Dropdown.preload(); }, []);
  const latest = React.useRef(filter);
  latest.current = filter;
  React.useEffect(() => setText(filter.text), [filter.text]);
  React.useEffect(() => {
    if (text === latest.current.text) return undefined;
    const timer = setTimeout(() => onChange({ ...latest.current, text }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, onChange]);

  const forums: IDropdownOption[] = FORUMS.map(f => ({ key: f, text: forumName(f, language) }));
  const statuses: IDropdownOption[] = DECISION_STATUSES.map(s => ({ key: s, text: statusLabel(s, language) }));
  const people: IDropdownOption[] = props.people.map(p => ({ key: p.id, text: p.title }));
  const priorities: IDropdownOption[] = PRIORITIES.map(p => ({ key: p, text: priorityText(p, language) }));
  const kinds: IDropdownOption[] = DECISION_KINDS.map(k => ({ key: k, text: kindLabel(k, language) }));
  const filtered = filter.forums.length + filter.statuses.length + filter.responsible.length + filter.priorities.length +
    filter.kinds.length > 0 || filter.text.trim() !== '';
  const common = { strings, multiSelect: true, placeholder: strings.FilterAll, className: box };

  return (
    <div className={bar} role="search" aria-label={strings.Filters}>
      <Dropdown {...common} label={strings.FilterForum} options={forums} selectedKeys={[...filter.forums]}
        onChange={(_, o) => o && onChange({ ...filter, forums: toggled(filter.forums, String(o.key), o.selected) })} />
      <Dropdown {...common} label={strings.FilterStatus} options={statuses} selectedKeys={[...filter.statuses]}
        onChange={(_, o) => o && onChange({ ...filter, statuses: toggled(filter.statuses, String(o.key), o.selected) })} />
      <Dropdown {...common} label={strings.FilterResponsible} options={people} selectedKeys={[...filter.responsible]}
        disabled={people.length === 0}
        onChange={(_, o) => o && onChange({ ...filter, responsible: toggled(filter.responsible, Number(o.key), o.selected) })} />
      <Dropdown {...common} label={strings.FilterPriority} options={priorities} selectedKeys={[...filter.priorities]}
        onChange={(_, o) => o && onChange({ ...filter, priorities: toggled(filter.priorities, String(o.key), o.selected) })} />
      <Dropdown {...common} label={strings.FilterKind} options={kinds} selectedKeys={[...filter.kinds]}
        onChange={(_, o) => o && onChange({ ...filter, kinds: toggled(filter.kinds, o.key as DecisionKind, o.selected) })} />
      <SearchBox placeholder={strings.Search} ariaLabel={strings.Search} value={text} styles={{ root: { minWidth: 220, flex: '2 1 220px' } }}
        onChange={(_, v) => setText(v ?? '')} onSearch={v => onChange({ ...filter, text: v })}
        onClear={() => onChange({ ...filter, text: '' })} />
      {filtered && <ActionButton iconProps={{ iconName: 'ClearFilter' }} text={strings.ClearFilters}
        onClick={() => onChange(NO_REGISTER_FILTER)} />}
    </div>
  );
}
