import {
  PropertyPaneCheckbox, PropertyPaneDropdown, PropertyPaneSlider, PropertyPaneTextField, PropertyPaneToggle,
  type IPropertyPaneConfiguration, type IPropertyPaneField, type IPropertyPaneGroup
} from '@microsoft/sp-property-pane';
import type { IPropertyField, IPropertyGroup } from './hosting';

/**
 * Turns the property groups a web part describes once (`IWebPartDefinition.propertyGroups`) into SPFx's property
 * pane. Only web part classes import this module: it pulls in `@microsoft/sp-property-pane`, which exists only inside
 * SharePoint's runtime; the local page renders the same groups with its own editor.
 */

/** SPFx has no multi-select control: each option becomes a checkbox writing to `<name>__<option>`. */
const MULTI_SEPARATOR = '__';

function toField<TProps>(field: IPropertyField<TProps>, properties: TProps): IPropertyPaneField<unknown>[] {
  switch (field.kind) {
    case 'text':
      return [PropertyPaneTextField(field.name, {
        label: field.label, description: field.description, multiline: field.multiline
      })];
    case 'toggle':
      return [PropertyPaneToggle(field.name, { label: field.label, onText: field.onText, offText: field.offText })];
    case 'number':
      return [PropertyPaneSlider(field.name, { label: field.label, min: field.min, max: field.max, step: 1, showValue: true })];
    case 'dropdown':
      return [PropertyPaneDropdown(field.name, { label: field.label, options: field.options })];
    case 'multiselect': {
      const chosen = properties[field.name] as unknown;
      const values = Array.isArray(chosen) ? chosen.map(String) : [];
      return field.options.map((o, i) => PropertyPaneCheckbox(`${field.name}${MULTI_SEPARATOR}${o.key}`, {
        text: i === 0 ? `${field.label}: ${o.text}` : o.text,
        checked: values.indexOf(o.key) >= 0
      }));
    }
    default:
      return [];
  }
}

/** The property pane configuration (one page) for a web part's groups and current properties. */
export function toPropertyPaneConfiguration<TProps>(
  groups: IPropertyGroup<TProps>[], properties: TProps, description?: string
): IPropertyPaneConfiguration {
  const paneGroups: IPropertyPaneGroup[] = groups.map(g => ({
    groupName: g.name,
    groupFields: g.fields.reduce<IPropertyPaneField<unknown>[]>((all, f) => all.concat(toField(f, properties)), [])
  }));
  return { pages: [{ header: description ? { description } : undefined, groups: paneGroups }] };
}

/**
 * Call from `onPropertyPaneFieldChanged`: when `propertyPath` is one of a multi-select's checkboxes, updates the
 * array property (keeping the options' order) and removes the checkbox's own scratch property. Returns true when
 * it handled the change.
 */
export function applyMultiselectChange<TProps>(
  groups: IPropertyGroup<TProps>[], properties: TProps, propertyPath: string, checked: unknown
): boolean {
  const [name, key] = propertyPath.split(MULTI_SEPARATOR);
  if (key === undefined) return false;
  for (const group of groups) {
    for (const field of group.fields) {
      if (field.kind !== 'multiselect' || field.name !== name) continue;
      const record = properties as unknown as Record<string, unknown>;
      const current = Array.isArray(record[name]) ? (record[name] as unknown[]).map(String) : [];
      const next = new Set(current);
      if (checked === true) next.add(key); else next.delete(key);
      record[name] = field.options.map(o => o.key).filter(k => next.has(k));
      delete record[propertyPath];
      return true;
    }
  }
  return false;
}
