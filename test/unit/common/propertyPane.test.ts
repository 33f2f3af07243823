// SPFx's runtime packages only load inside SharePoint (they need internal modules), so the five control factories are
// replaced by ones returning the same `{ targetProperty, properties }` shape the real ones return.
jest.mock('@microsoft/sp-property-pane', () => {
  const factory = (type: string) => (targetProperty: string, properties: object) => ({ type, targetProperty, properties });
  return {
    PropertyPaneTextField: factory('TextField'), PropertyPaneToggle: factory('Toggle'), PropertyPaneSlider: factory('Slider'),
    PropertyPaneDropdown: factory('Dropdown'), PropertyPaneCheckbox: factory('CheckBox')
  };
});

import type { IPropertyGroup } from '../../../src/common/hosting';
import { applyMultiselectChange, toPropertyPaneConfiguration } from '../../../src/common/propertyPane';
import { aarshjulDefinition } from '../../../src/webparts/aarshjul/AarshjulDefinition';
import { da } from '../webparts/aarshjul/helpers';

interface IProps { title: string; rings: string[]; size: number; on: boolean; view: string }
const groups: IPropertyGroup<IProps>[] = [{
  name: 'Alt',
  fields: [
    { kind: 'text', name: 'title', label: 'Titel' },
    { kind: 'number', name: 'size', label: 'Størrelse', min: 1, max: 12 },
    { kind: 'toggle', name: 'on', label: 'Til' },
    { kind: 'dropdown', name: 'view', label: 'Visning', options: [{ key: 'a', text: 'A' }] },
    { kind: 'multiselect', name: 'rings', label: 'Ringe', options: [{ key: 'x', text: 'X' }, { key: 'y', text: 'Y' }, { key: 'z', text: 'Z' }] }
  ]
}];

describe('property pane converter', () => {
  test('each kind becomes the matching SPFx control on its property', () => {
    const props: IProps = { title: '', rings: ['y'], size: 3, on: true, view: 'a' };
    const config = toPropertyPaneConfiguration(groups, props, 'Beskrivelse');
    const fields = config.pages[0].groups[0];
    expect(config.pages[0].header?.description).toBe('Beskrivelse');
    const [group] = config.pages[0].groups as unknown as { groupFields: { type: string; targetProperty: string; properties: { checked?: boolean } }[] }[];
    expect(group.groupFields.map(f => f.targetProperty)).toEqual(['title', 'size', 'on', 'view', 'rings__x', 'rings__y', 'rings__z']);
    expect(group.groupFields.map(f => f.type)).toEqual(['TextField', 'Slider', 'Toggle', 'Dropdown', 'CheckBox', 'CheckBox', 'CheckBox']);
    expect(group.groupFields.slice(4).map(f => f.properties.checked)).toEqual([false, true, false]);
    expect(fields).toBeDefined();
  });

  test('a multi-select checkbox updates the array in option order and leaves no scratch property', () => {
    const props: IProps & Record<string, unknown> = { title: '', rings: ['y'], size: 3, on: true, view: 'a', rings__x: true };
    expect(applyMultiselectChange(groups, props, 'rings__x', true)).toBe(true);
    expect(props.rings).toEqual(['x', 'y']);
    expect('rings__x' in props).toBe(false);
    expect(applyMultiselectChange(groups, props, 'rings__y', false)).toBe(true);
    expect(props.rings).toEqual(['x']);
    expect(applyMultiselectChange(groups, props, 'title', 'Ny')).toBe(false);
  });

  test('the Årshjul pane has its three groups', () => {
    const config = toPropertyPaneConfiguration(aarshjulDefinition.propertyGroups(da), aarshjulDefinition.defaults);
    expect(config.pages[0].groups.map(g => (g as { groupName: string }).groupName)).toEqual([da.PropGroupGeneral, da.PropGroupRings, da.PropGroupMeetings]);
  });
});
