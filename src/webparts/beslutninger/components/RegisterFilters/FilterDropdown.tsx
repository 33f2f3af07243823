import * as React from 'react';
import { Dropdown, type IDropdownProps } from '@fluentui/react/lib/Dropdown';

/** Fluent's Dropdown, in its own chunk: the filter bar draws placeholders until it arrives (see `RegisterFilters`). */
export function FilterDropdown(props: IDropdownProps): React.ReactElement {
  return <Dropdown {...props} />;
}
