import * as React from 'react';
import {
  Dropdown, Panel, PanelType, Position, SpinButton, Stack, Text, TextField, Toggle, type IDropdownOption
} from '@fluentui/react';
import type { IPropertyField, IPropertyGroup } from '../../src/common/hosting';
import type { IPageStrings } from './strings';

type Props = Record<string, unknown>;

/** Props of the local page's property pane. */
export interface IPropertyPanelProps {
  isOpen: boolean;
  /** The web part's localised title. */
  title: string;
  strings: IPageStrings;
  groups: IPropertyGroup<Props>[];
  values: Props;
  /** Applied at once, like SPFx's reactive property pane. */
  onChange(name: string, value: unknown): void;
  onDismiss(): void;
}

function FieldEditor(props: { field: IPropertyField<Props>; value: unknown; onChange(value: unknown): void }): React.ReactElement {
  const { field, value, onChange } = props;
  switch (field.kind) {
    case 'toggle':
      return <Toggle label={field.label} checked={value === true} onText={field.onText} offText={field.offText} onChange={(_, v) => onChange(!!v)} />;
    case 'number': {
      const clamp = (n: number): number => Math.min(field.max, Math.max(field.min, n));
      const parse = (text: string): number | undefined => {
        const n = Number(text.replace(',', '.'));
        return isNaN(n) ? undefined : clamp(n);
      };
      return (
        <SpinButton
          label={field.label} labelPosition={Position.top} min={field.min} max={field.max} step={1}
          value={String(typeof value === 'number' ? value : field.min)}
          onChange={(_, text) => { const n = text === undefined ? undefined : parse(text); if (n !== undefined) onChange(n); }}
          incrementButtonAriaLabel={`${field.label} +1`} decrementButtonAriaLabel={`${field.label} -1`}
        />
      );
    }
    case 'dropdown':
      return (
        <Dropdown
          label={field.label} options={field.options} selectedKey={typeof value === 'string' ? value : undefined}
          onChange={(_, o?: IDropdownOption) => o && onChange(String(o.key))}
        />
      );
    case 'multiselect': {
      const selected = Array.isArray(value) ? value.map(String) : [];
      return (
        <Dropdown
          label={field.label} multiSelect options={field.options} selectedKeys={selected}
          onChange={(_, o?: IDropdownOption) => {
            if (!o) return;
            const key = String(o.key);
            onChange(o.selected ? [...selected.filter(k => k !== key), key] : selected.filter(k => k !== key));
          }}
        />
      );
    }
    default:
      return (
        <TextField
          label={field.label} description={field.description} multiline={field.multiline} autoAdjustHeight={field.multiline}
          value={typeof value === 'string' ? value : value === undefined ? '' : String(value)}
          onChange={(_, v) => onChange(v ?? '')}
        />
      );
  }
}

/**
 * The property pane of the local page: renders a web part's `propertyGroups(strings)` — the same description SPFx's
 * property pane is built from — as Fluent controls in a side panel.
 */
export function PropertyPanel(props: IPropertyPanelProps): React.ReactElement {
  return (
    // Modeless like SPFx's property pane: the page stays visible, reachable and announced while properties change.
    <Panel
      isOpen={props.isOpen} type={PanelType.smallFixedFar} isBlocking={false} popupProps={{ enableAriaHiddenSiblings: false }}
      onDismiss={props.onDismiss}
      headerText={props.strings.propertiesTitle(props.title)} closeButtonAriaLabel={props.strings.close}
    >
      {props.groups.map(group => (
        <Stack key={group.name} tokens={{ childrenGap: 12 }} styles={{ root: { marginTop: 16 } }} role="group" aria-label={group.name}>
          <Text as="h3" variant="mediumPlus" styles={{ root: { fontWeight: 600, margin: 0 } }}>{group.name}</Text>
          {group.fields.map(field => (
            <FieldEditor key={field.name} field={field} value={props.values[field.name]} onChange={v => props.onChange(field.name, v)} />
          ))}
        </Stack>
      ))}
    </Panel>
  );
}
