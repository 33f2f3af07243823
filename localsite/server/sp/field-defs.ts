import { randomUUID } from 'crypto';
import type { IFieldRow, IListRow, Props } from '../store/types';
import { badRequest } from './errors';
import { entityPropertyName, FIELD_TYPES, isReference } from './field-types';
import { Coll, Entity } from './odata-format';
import { escapeXml } from './xml-attrs';

/** Built-in columns every new list gets, with SharePoint's fixed ids and a Danish site's display names. */
const BUILT_INS: Array<[string, string, string, string, Props]> = [
  ['ContentTypeId', 'Indholdstype-id', 'ContentTypeId', '03e45e84-1992-4d42-9116-26f756012634', { Hidden: true }],
  ['Title', 'Titel', 'Text', 'fa564e0f-0c70-4ab9-b863-0177e6ddd247', { Required: true, ReadOnlyField: false, MaxLength: 255 }],
  ['ID', 'Id', 'Counter', '1d22ea11-1e32-424e-89ab-9fedbadb6ce1', {}],
  ['ContentType', 'Indholdstype', 'Computed', 'c042a256-787d-4a6f-8a8a-cf6ab767f12d', {}],
  ['Modified', 'Ændret', 'DateTime', '28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f', { DisplayFormat: 1 }],
  ['Created', 'Oprettet', 'DateTime', '8c06beca-0777-48f7-91c7-6da68bc07b69', { DisplayFormat: 1 }],
  ['Author', 'Oprettet af', 'User', '1df5e554-ec7e-46a6-901d-d85a3881cb18', {}],
  ['Editor', 'Ændret af', 'User', 'd31655d1-1d5b-4511-95a1-7a09e9b75bf2', {}],
  ['_UIVersionString', 'Version', 'Text', 'dce8262a-3ae9-45aa-aab4-83bd75fb738a', {}],
  ['Attachments', 'Vedhæftede filer', 'Attachments', '67df98f4-9dec-48ff-a553-29bece9c5bf4', {}],
  ['LinkTitleNoMenu', 'Titel', 'Computed', 'bc91a437-52e7-49e1-8c4e-4698904b2b6d', {}],
  ['LinkTitle', 'Titel', 'Computed', '82642ec8-ef9b-478f-acf9-31f7d45fbc31', {}],
  ['GUID', 'GUID', 'Guid', 'ae069f25-3ac2-4256-b9c3-15dbc15da0e0', { Hidden: true }]
];

/** Default properties of a field of a type; `extra` holds what the client set. */
export function fieldProps(id: string, internalName: string, title: string, typeAsString: string, extra: Props = {}): Props {
  const t = FIELD_TYPES[typeAsString] ?? FIELD_TYPES.Text;
  const base: Props = {
    Id: id, InternalName: internalName, StaticName: internalName, EntityPropertyName: entityPropertyName(internalName),
    Title: title, TypeAsString: t.typeAsString, FieldTypeKind: t.kind, Required: false, Indexed: false, Hidden: false,
    ReadOnlyField: false, Description: '', DefaultValue: null, Group: 'Custom Columns', CanBeDeleted: true,
    FromBaseType: false, Sealed: false, EnforceUniqueValues: false, Filterable: true, Sortable: true,
    ValidationFormula: null, ValidationMessage: null, JSLink: null, CustomFormatter: null
  };
  const specific: Record<string, Props> = {
    Text: { MaxLength: 255 },
    Note: { RichText: false, NumberOfLines: 6, AppendOnly: false, AllowHyperlink: false, RestrictedMode: true },
    DateTime: { DisplayFormat: 0, DateTimeCalendarType: 1, FriendlyDisplayFormat: 0 },
    Choice: { Choices: [], FillInChoice: false, EditFormat: 0 },
    MultiChoice: { Choices: [], FillInChoice: false, EditFormat: 0 },
    Number: { MinimumValue: -1.7976931348623157e308, MaximumValue: 1.7976931348623157e308, ShowAsPercentage: false },
    Currency: { MinimumValue: -1.7976931348623157e308, MaximumValue: 1.7976931348623157e308, CurrencyLocaleId: 1030 },
    URL: { DisplayFormat: 0 },
    Lookup: { LookupList: '', LookupField: 'Title', LookupWebId: '', AllowMultipleValues: false },
    User: { LookupList: '{UserInfo}', LookupField: 'ImnName', AllowMultipleValues: false, SelectionMode: 1, SelectionGroup: 0,
      Presence: true, AllowDisplay: true }
  };
  const family = t.typeAsString === 'LookupMulti' ? 'Lookup' : t.typeAsString === 'UserMulti' ? 'User' : t.typeAsString;
  return { ...base, ...(specific[family] || {}), ...extra };
}

/** The built-in field rows of a new list. */
export function builtInFields(listId: string): Array<Omit<IFieldRow, 'seq'>> {
  return BUILT_INS.map(([name, title, type, id, extra]) => ({
    listId, id, internalName: name,
    props: fieldProps(id, name, title, type, {
      ReadOnlyField: name !== 'Title', CanBeDeleted: false, FromBaseType: true, Sealed: name !== 'Title',
      Group: name === 'Title' ? 'Custom Columns' : '_Hidden', ...extra
    })
  }));
}

/** Property types a client may set on a field (SP.Field and its subtypes). Others are a 400, as in SharePoint. */
const SETTABLE: Record<string, 'boolean' | 'string' | 'string?' | 'number' | 'strings'> = {
  Title: 'string', Description: 'string', Required: 'boolean', Indexed: 'boolean', Hidden: 'boolean',
  DefaultValue: 'string?', EnforceUniqueValues: 'boolean', MaxLength: 'number', RichText: 'boolean',
  NumberOfLines: 'number', AppendOnly: 'boolean', AllowHyperlink: 'boolean', RestrictedMode: 'boolean',
  RichTextMode: 'number', UnlimitedLengthInDocumentLibrary: 'boolean', DisplayFormat: 'number',
  DateTimeCalendarType: 'number', FriendlyDisplayFormat: 'number', Choices: 'strings', FillInChoice: 'boolean',
  EditFormat: 'number', MinimumValue: 'number', MaximumValue: 'number', ShowAsPercentage: 'boolean',
  CurrencyLocaleId: 'number', AllowMultipleValues: 'boolean', SelectionMode: 'number', SelectionGroup: 'number',
  LookupField: 'string', Group: 'string', ValidationFormula: 'string?', ValidationMessage: 'string?', JSLink: 'string?',
  CustomFormatter: 'string?', Direction: 'string', ReadOnlyField: 'boolean', StaticName: 'string',
  ShowInFiltersPane: 'number', Presence: 'boolean', AllowDisplay: 'boolean', OutputType: 'number', Decimals: 'number'
};

const expected = (name: string, type: string): Error =>
  badRequest(`Cannot convert the value of property '${name}' to the expected type '${type}'.`);

/** Reads `Choices` in either form: verbose `{results:[...]}` or a plain array. */
export function readStrings(name: string, v: unknown): string[] {
  const arr = v && typeof v === 'object' && !Array.isArray(v) ? (v as { results?: unknown }).results : v;
  if (!Array.isArray(arr) || arr.some(x => typeof x !== 'string')) throw expected(name, 'Collection(Edm.String)');
  return arr as string[];
}

/** Validates and applies settable properties from a body to `props`; `ignore` names keys handled by the caller. */
export function applyFieldProps(props: Props, body: Props, ignore: string[] = []): void {
  for (const [key, value] of Object.entries(body)) {
    if (key === '__metadata' || ignore.indexOf(key) >= 0) continue;
    const kind = SETTABLE[key];
    if (!kind) throw badRequest(`The property '${key}' does not exist on type '${FIELD_TYPES[String(props.TypeAsString)]?.odataType ?? 'SP.Field'}'. Make sure to only use property names that are defined by the type.`);
    if (kind === 'strings') { props[key] = readStrings(key, value); continue; }
    if (kind === 'boolean' && typeof value !== 'boolean') throw expected(key, 'Edm.Boolean');
    if (kind === 'string' && typeof value !== 'string') throw expected(key, 'Edm.String');
    if (kind === 'string?' && value !== null && typeof value !== 'string') throw expected(key, 'Edm.String');
    if (kind === 'number') {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      if (typeof n !== 'number' || isNaN(n)) throw expected(key, 'Edm.Double');
      props[key] = n;
      continue;
    }
    if (key === 'Title' && String(value).trim() === '') throw badRequest('The field title cannot be empty.');
    props[key] = value;
  }
  // AllowMultipleValues turns a person or lookup column into its multi-valued form and back.
  const t = String(props.TypeAsString);
  if (isReference(t)) {
    const base = t.replace(/Multi$/, '');
    props.TypeAsString = props.AllowMultipleValues ? `${base}Multi` : base;
  }
}

/** SharePoint-like SchemaXml of a field (read only; enough for tools that inspect it). */
function schemaXml(p: Props): string {
  const attr = (k: string, v: unknown): string => (v === undefined || v === null || v === '' ? '' : ` ${k}="${escapeXml(String(v))}"`);
  const b = (v: unknown): string => (v ? 'TRUE' : 'FALSE');
  let xml = `<Field Type="${p.TypeAsString}"${attr('DisplayName', p.Title)} Required="${b(p.Required)}"` +
    ` EnforceUniqueValues="${b(p.EnforceUniqueValues)}" Indexed="${b(p.Indexed)}"${p.Hidden ? ' Hidden="TRUE"' : ''}` +
    `${p.CanToggleHidden ? ' CanToggleHidden="TRUE"' : ''}${p.TypeAsString === 'Text' ? attr('MaxLength', p.MaxLength) : ''}` +
    `${p.TypeAsString === 'DateTime' ? ` Format="${Number(p.DisplayFormat) === 1 ? 'DateTime' : 'DateOnly'}"` : ''}` +
    `${attr('Description', p.Description)}${attr('List', p.LookupList)}` +
    `${attr('ShowField', p.LookupField)}${p.AllowMultipleValues ? ' Mult="TRUE"' : ''} ID="{${p.Id}}"` +
    `${attr('StaticName', p.StaticName)}${attr('Name', p.InternalName)}`;
  const choices = Array.isArray(p.Choices) ? p.Choices as string[] : null;
  if (!choices && (p.DefaultValue === null || p.DefaultValue === undefined)) return `${xml} />`;
  xml += '>';
  if (p.DefaultValue !== null && p.DefaultValue !== undefined) xml += `<Default>${escapeXml(String(p.DefaultValue))}</Default>`;
  if (choices) xml += `<CHOICES>${choices.map(c => `<CHOICE>${escapeXml(c)}</CHOICE>`).join('')}</CHOICES>`;
  return `${xml}</Field>`;
}

/** The REST entity of a field. */
export function fieldEntity(list: IListRow, f: IFieldRow): Entity {
  const t = FIELD_TYPES[String(f.props.TypeAsString)] ?? FIELD_TYPES.Text;
  const props: Props = { ...f.props, SchemaXml: schemaXml(f.props) };
  // Only in the schema: SP.Field has no CanToggleHidden property on the wire.
  delete props.CanToggleHidden;
  if (Array.isArray(props.Choices)) props.Choices = new Coll(props.Choices as string[], 'Edm.String');
  return new Entity({ type: t.odataType, uri: `Web/Lists(guid'${list.id}')/Fields(guid'${f.id}')` }, props);
}

/** Every property any field type has (lower-case), so `$select=Choices` on all fields is not an error. */
export const FIELD_PROPERTY_NAMES: ReadonlySet<string> = new Set(
  Object.keys(FIELD_TYPES).flatMap(t => Object.keys(fieldProps('', 'x', 'x', t))).concat(['SchemaXml'])
    .map(k => k.toLowerCase()));

/** A fresh field id. */
export const newFieldId = (): string => randomUUID();
