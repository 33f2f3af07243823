/** The field types the local site supports, with SharePoint's numbers and OData type names. */
export interface IFieldType { typeAsString: string; kind: number; odataType: string; }

const T = (typeAsString: string, kind: number, odataType: string): IFieldType => ({ typeAsString, kind, odataType });

/** By TypeAsString. `UserMulti`/`LookupMulti` share the kind of `User`/`Lookup` (AllowMultipleValues tells them apart). */
export const FIELD_TYPES: Record<string, IFieldType> = {
  Text: T('Text', 2, 'SP.FieldText'),
  Note: T('Note', 3, 'SP.FieldMultiLineText'),
  DateTime: T('DateTime', 4, 'SP.FieldDateTime'),
  Counter: T('Counter', 5, 'SP.Field'),
  Choice: T('Choice', 6, 'SP.FieldChoice'),
  Lookup: T('Lookup', 7, 'SP.FieldLookup'),
  LookupMulti: T('LookupMulti', 7, 'SP.FieldLookup'),
  Boolean: T('Boolean', 8, 'SP.Field'),
  Number: T('Number', 9, 'SP.FieldNumber'),
  Currency: T('Currency', 10, 'SP.FieldCurrency'),
  URL: T('URL', 11, 'SP.FieldUrl'),
  Computed: T('Computed', 12, 'SP.FieldComputed'),
  Guid: T('Guid', 14, 'SP.FieldGuid'),
  MultiChoice: T('MultiChoice', 15, 'SP.FieldMultiChoice'),
  Attachments: T('Attachments', 19, 'SP.Field'),
  User: T('User', 20, 'SP.FieldUser'),
  UserMulti: T('UserMulti', 20, 'SP.FieldUser')
};

/** FieldTypeKind → TypeAsString for the kinds a client may create. */
export const CREATABLE_KINDS: Record<number, string> = {
  2: 'Text', 3: 'Note', 4: 'DateTime', 6: 'Choice', 7: 'Lookup', 8: 'Boolean', 9: 'Number', 10: 'Currency', 11: 'URL',
  15: 'MultiChoice', 20: 'User'
};

/** `__metadata.type` → TypeAsString, for verbose bodies that omit FieldTypeKind. */
export const KIND_BY_ODATA_TYPE: Record<string, string> = {
  'SP.FieldText': 'Text', 'SP.FieldMultiLineText': 'Note', 'SP.FieldDateTime': 'DateTime', 'SP.FieldChoice': 'Choice',
  'SP.FieldLookup': 'Lookup', 'SP.FieldNumber': 'Number', 'SP.FieldCurrency': 'Currency', 'SP.FieldUrl': 'URL',
  'SP.FieldMultiChoice': 'MultiChoice', 'SP.FieldUser': 'User'
};

/** True for columns written as `<Name>Id` and expanded with `$expand`. */
export const isReference = (t: string): boolean => t === 'User' || t === 'UserMulti' || t === 'Lookup' || t === 'LookupMulti';
export const isMulti = (t: string): boolean => t === 'UserMulti' || t === 'LookupMulti' || t === 'MultiChoice';
export const isUser = (t: string): boolean => t === 'User' || t === 'UserMulti';

/**
 * SharePoint's internal-name encoding: anything but ASCII letters, digits and `_` becomes `_xHHHH_`
 * (a space is `_x0020_`, æ is `_x00e6_`), and the result is cut at 32 characters.
 */
export function encodeInternalName(name: string, maxLength = 32): string {
  let out = '';
  for (const ch of name) {
    out += /[A-Za-z0-9_]/.test(ch) ? ch : `_x${ch.codePointAt(0)!.toString(16).padStart(4, '0')}_`;
  }
  return out.slice(0, maxLength);
}

/** The OData property name of a field: internal names starting with `_` get SharePoint's `OData_` prefix. */
export const entityPropertyName = (internalName: string): string =>
  internalName.startsWith('_') ? `OData_${internalName}` : internalName;

/** SharePoint's entity-type encoding of a list URL name (`Aarshjul` → `AarshjulList`). */
export function listEntityName(urlName: string): string {
  const encoded = encodeInternalName(urlName, 1000).replace(/^./, c => c.toUpperCase());
  return `${encoded}List`;
}
