import * as React from 'react';
import { ActionButton, Label, SearchBox, useTheme } from '@fluentui/react';
import type { IDropdownOption, IDropdownProps } from '@fluentui/react/lib/Dropdown';
import { lazyComponent } from '../../../../common/lazy';
import type { ICommonStrings } from '../../../../common/strings';
import { PRIORITIES, type IPersonRef, type Priority } from '../../../../domain/models';
import type { UiLanguage } from '../../../../common/hosting';
import { isFiltering, NO_FILTER, type IWheelFilter } from '../../model/filters';
import { priorityText, ringLabel } from '../../model/labels';

/** Props of {@link FilterBar}. */
export interface IFilterBarProps {
  filter: IWheelFilter;
  onChange: (filter: IWheelFilter) => void;
  rings: readonly string[];
  people: readonly IPersonRef[];
  strings: IAarshjulWebPartStrings & ICommonStrings;
  language: UiLanguage;
}

/** A placeholder with the dropdown's label and look, until the dropdown's code has arrived (a moment after). */
function DropdownPlaceholder(props: IDropdownProps): React.ReactElement {
  const theme = useTheme();
  return (
    <div style={{ minWidth: 160, maxWidth: 240 }} aria-busy="true">
      <Label disabled>{props.label}</Label>
      <div style={{ height: 32, boxSizing: 'border-box', border: `1px solid ${theme.semanticColors.inputBorder}`, borderRadius: 2,
        padding: '0 8px', lineHeight: '30px', color: theme.semanticColors.disabledText }}>{props.placeholder}</div>
    </div>
  );
}

/**
 * The filters' dropdowns load right after the first render (Fluent's Dropdown, with the Panel and Callout it uses,
 * is a fifth of the first-load budget); until then each shows a placeholder in its place.
 */
const Dropdown = lazyComponent<IDropdownProps>(
  () => import(/* webpackChunkName: 'aarshjul-filters' */ './FilterDropdown').then(m => m.FilterDropdown),
  DropdownPlaceholder);

/** Typing pauses this long before the wheel is filtered, so a fast typist is not slowed by re-layouts. */
const SEARCH_DELAY_MS = 200;

/** Toggles a value in a multi-select's list. */
function toggled<T>(list: readonly T[], value: T, selected: boolean | undefined): T[] {
  return selected ? [...list.filter(v => v !== value), value] : list.filter(v => v !== value);
}

/**
 * Filters by ring, responsible person and MoSCoW priority, and free-text search. One filter state lives above both
 * views, so wheel and agenda always show the same entries.
 */
export function FilterBar(props: IFilterBarProps): React.ReactElement {
  const { filter, onChange, strings, language } = props;
  const [text, setText] = React.useState(filter.text);
  // Fetch the dropdowns' code as soon as the first render is on screen.
  React.useEffect(() => { Dropdown.preload(); }, []);
  const latest = React.useRef(filter);
  latest.current = filter;
  React.useEffect(() => setText(filter.text), [filter.text]);
  React.useEffect(() => {
    if (text === latest.current.text) return undefined;
    const timer = setTimeout(() => onChange({ ...latest.current, text }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, onChange]);

  const ringOptions: IDropdownOption[] = props.rings.map(r => ({ key: r, text: ringLabel(r, strings) }));
  const peopleOptions: IDropdownOption[] = props.people.map(p => ({ key: p.id, text: p.title }));
  const priorityOptions: IDropdownOption[] = PRIORITIES.map(p => ({ key: p, text: priorityText(p, language) }));
  const dropdownStyles = { root: { minWidth: 160, maxWidth: 240 } };

  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'flex-end' }} role="search" aria-label={strings.Filters}>
      <Dropdown strings={strings} label={strings.FilterRings} multiSelect options={ringOptions} selectedKeys={filter.rings}
        placeholder={strings.FilterAll} styles={dropdownStyles}
        onChange={(_, o) => o && onChange({ ...filter, rings: toggled(filter.rings, String(o.key), o.selected) })} />
      <Dropdown strings={strings} label={strings.FilterResponsible} multiSelect options={peopleOptions} selectedKeys={filter.responsible}
        placeholder={strings.FilterAll} styles={dropdownStyles} disabled={peopleOptions.length === 0}
        onChange={(_, o) => o && onChange({ ...filter, responsible: toggled(filter.responsible, Number(o.key), o.selected) })} />
      <Dropdown strings={strings} label={strings.FilterPriority} multiSelect options={priorityOptions} selectedKeys={filter.priorities}
        placeholder={strings.FilterAll} styles={dropdownStyles}
        onChange={(_, o) => o && onChange({ ...filter, priorities: toggled(filter.priorities, o.key as Priority, o.selected) })} />
      <SearchBox placeholder={strings.Search} ariaLabel={strings.Search} value={text} styles={{ root: { minWidth: 200 } }}
        onChange={(_, v) => setText(v ?? '')} onSearch={v => onChange({ ...filter, text: v })}
        onClear={() => onChange({ ...filter, text: '' })} />
      {isFiltering(filter) && (
        <ActionButton iconProps={{ iconName: 'ClearFilter' }} text={strings.ClearFilters} onClick={() => onChange(NO_FILTER)} />
      )}
    </div>
  );
}
