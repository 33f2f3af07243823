import type { IFieldRow, IListRow, Props } from '../store/types';
import { queryEntities } from './collection-query';
import type { IResult, RequestContext } from './context';
import { badRequest, notImplemented, unknownProperty } from './errors';
import { applyFieldProps, FIELD_PROPERTY_NAMES, fieldEntity, fieldProps, newFieldId, readStrings } from './field-defs';
import { CREATABLE_KINDS, encodeInternalName, FIELD_TYPES, KIND_BY_ODATA_TYPE } from './field-types';
import { project } from './projector';
import { parseQueryOptions } from './query-options';
import { checkFieldRules } from './field-rules';
import { childTexts, readRoot } from './xml-attrs';

const CONTEXT = 'SP.ApiData.Fields1/@Element';
/** AddFieldOptions bits (PnPjs's `AddFieldOptions`). */
const ADD_TO_DEFAULT_VIEW = 16;
const INTERNAL_NAME_HINT = 8;

/** Creates a field on a list; `nameSource` becomes the internal name (encoded, at most 32 characters). */
function addFieldToList(ctx: RequestContext, list: IListRow, nameSource: string, title: string, typeAsString: string,
  settable: Props, options: { id?: string; addToDefaultView?: boolean; lookupList?: unknown; canToggleHidden?: boolean } = {}): IFieldRow {
  if (!nameSource.trim()) throw badRequest('The field title cannot be empty.', '-2147024809, System.ArgumentException');
  const internalName = encodeInternalName(nameSource.trim());
  const existing = ctx.store.schema.fields(list.id);
  if (existing.some(f => f.internalName.toLowerCase() === internalName.toLowerCase())) {
    throw badRequest(`A duplicate field name "${internalName}" was found.`, '-2130575245, Microsoft.SharePoint.SPException');
  }
  const id = (options.id || newFieldId()).replace(/[{}]/g, '').toLowerCase();
  const props = fieldProps(id, internalName, title.trim(), typeAsString);
  applyFieldProps(props, settable);
  if (options.canToggleHidden) props.CanToggleHidden = true;
  checkFieldRules(ctx.store.db, list, { internalName }, null, props);
  if (typeAsString === 'Lookup' || typeAsString === 'LookupMulti') {
    const ref = String(options.lookupList ?? '').replace(/[{}]/g, '');
    const target = ref ? ctx.store.findList(ref) : undefined;
    if (!target) throw badRequest(`The lookup list '${ref}' does not exist.`, '-2147024809, System.ArgumentException');
    props.LookupList = `{${target.id}}`;
    props.LookupWebId = '8e3a0f4d-5b2c-4c1e-9f7a-0a5e1d2c3b4a';
  }
  const field: IFieldRow = { listId: list.id, id, internalName, props, seq: 0 };
  ctx.store.schema.insertField(field);
  if (options.addToDefaultView) {
    const view = ctx.store.schema.views(list.id).find(v => v.props.DefaultView === true);
    if (view && view.viewFields.indexOf(internalName) < 0) {
      view.viewFields.push(internalName);
      ctx.store.schema.updateView(view);
    }
  }
  return field;
}

export function getFields(ctx: RequestContext, list: IListRow): IResult {
  const fields = ctx.store.schema.fields(list.id).map(f => fieldEntity(list, f));
  return ctx.collection(queryEntities(fields, parseQueryOptions(ctx.query), FIELD_PROPERTY_NAMES), 'SP.ApiData.Fields1');
}

export function getField(ctx: RequestContext, list: IListRow, f: IFieldRow): IResult {
  return ctx.entity(project(fieldEntity(list, f), parseQueryOptions(ctx.query), FIELD_PROPERTY_NAMES), CONTEXT);
}

function typeFromKind(kind: unknown, odataType: unknown): string {
  if (kind !== undefined && (typeof kind !== 'number' || !Number.isInteger(kind) || kind < 0 || kind > 34)) {
    throw badRequest(`The value '${String(kind)}' is not a valid FieldTypeKind.`);
  }
  const t = typeof kind === 'number' ? CREATABLE_KINDS[kind] : KIND_BY_ODATA_TYPE[String(odataType)];
  if (!t) throw notImplemented(`fields of FieldTypeKind ${String(kind ?? odataType)}`);
  return t;
}

/** POST …/fields: the verbose `{__metadata:{type:'SP.FieldText'}, Title, FieldTypeKind, ...}` form (or plain JSON). */
export function createField(ctx: RequestContext, list: IListRow): IResult {
  const body = ctx.json();
  const meta = body.__metadata as { type?: unknown } | undefined;
  const t = typeFromKind(body.FieldTypeKind, meta?.type);
  const rest: Props = { ...body };
  ['__metadata', 'FieldTypeKind', 'Title', 'LookupList'].forEach(k => delete rest[k]);
  const multi = rest.AllowMultipleValues === true;
  const f = addFieldToList(ctx, list, String(body.Title ?? ''), String(body.Title ?? ''),
    multi && (t === 'User' || t === 'Lookup') ? `${t}Multi` : t, rest, { lookupList: body.LookupList });
  return ctx.entity(fieldEntity(list, f), CONTEXT, 201);
}

/** POST …/fields/AddField with `{parameters: SP.FieldCreationInformation}` (PnPjs's addLookup uses it). */
export function addField(ctx: RequestContext, list: IListRow): IResult {
  const p = ctx.json().parameters as Props | undefined;
  if (!p || typeof p !== 'object') throw badRequest("The parameter 'parameters' is missing.");
  const allowed = ['__metadata', 'Title', 'FieldTypeKind', 'Required', 'Choices', 'LookupListId', 'LookupFieldName', 'LookupWebId', 'IsCompactName'];
  Object.keys(p).forEach(k => { if (allowed.indexOf(k) < 0) throw unknownProperty(k, 'SP.FieldCreationInformation'); });
  const t = typeFromKind(p.FieldTypeKind, undefined);
  const settable: Props = {};
  if (p.Required !== undefined) settable.Required = p.Required;
  if (p.Choices !== undefined) settable.Choices = readStrings('Choices', p.Choices);
  if (typeof p.LookupFieldName === 'string' && p.LookupFieldName) settable.LookupField = p.LookupFieldName;
  const f = addFieldToList(ctx, list, String(p.Title ?? ''), String(p.Title ?? ''), t, settable, { lookupList: p.LookupListId });
  return ctx.entity(fieldEntity(list, f), CONTEXT);
}

const bool = (v: string | undefined): boolean | undefined => (v === undefined ? undefined : v.toUpperCase() === 'TRUE');

/**
 * POST …/fields/CreateFieldAsXml. As in SharePoint, the internal name comes from DisplayName unless Options has
 * AddFieldInternalNameHint (8); then it is the Name attribute. Options bit 16 adds the field to the default view.
 */
export function createFieldAsXml(ctx: RequestContext, list: IListRow): IResult {
  const p = ctx.json().parameters as Props | undefined;
  if (!p || typeof p.SchemaXml !== 'string') throw badRequest("The parameter 'parameters.SchemaXml' is missing.");
  const root = readRoot(p.SchemaXml);
  if (!root || root.name !== 'Field') throw badRequest('The SchemaXml must be a <Field> element.', '-2146232832, Microsoft.SharePoint.SPException');
  const options = typeof p.Options === 'number' ? p.Options : 0;
  const a = root.attrs;
  let t = a.Type === 'Integer' ? 'Number' : a.Type;
  if (!t || !FIELD_TYPES[t] || ['Counter', 'Computed', 'Guid', 'Attachments'].indexOf(t) >= 0) throw notImplemented(`fields of Type "${a.Type}"`);
  if (bool(a.Mult) && (t === 'User' || t === 'Lookup')) t = `${t}Multi`;
  const name = options & INTERNAL_NAME_HINT ? a.Name || a.StaticName || a.DisplayName : a.DisplayName || a.Name || a.StaticName;
  const s: Props = {};
  const set = (k: string, v: unknown): void => { if (v !== undefined) s[k] = v; };
  set('Required', bool(a.Required));
  set('Indexed', bool(a.Indexed));
  set('Hidden', bool(a.Hidden));
  set('EnforceUniqueValues', bool(a.EnforceUniqueValues));
  set('Description', a.Description);
  set('Group', a.Group);
  set('RichText', bool(a.RichText));
  set('FillInChoice', bool(a.FillInChoice));
  set('ShowAsPercentage', bool(a.Percentage));
  set('NumberOfLines', a.NumLines === undefined ? undefined : Number(a.NumLines));
  set('MaxLength', a.MaxLength === undefined ? undefined : Number(a.MaxLength));
  set('MinimumValue', a.Min === undefined ? undefined : Number(a.Min));
  set('MaximumValue', a.Max === undefined ? undefined : Number(a.Max));
  if (a.Format !== undefined) {
    const formats: Record<string, number> = { DateOnly: 0, DateTime: 1, Hyperlink: 0, Image: 1, Dropdown: 0, RadioButtons: 1 };
    set(t === 'Choice' || t === 'MultiChoice' ? 'EditFormat' : 'DisplayFormat', formats[a.Format] ?? 0);
  }
  if (a.UserSelectionMode !== undefined) set('SelectionMode', /^(0|PeopleOnly)$/i.test(a.UserSelectionMode) ? 0 : 1);
  if (a.ShowField) set('LookupField', a.ShowField);
  if (t === 'UserMulti' || t === 'LookupMulti') set('AllowMultipleValues', true);
  const defaults = childTexts(root.inner, 'Default');
  if (defaults.length) set('DefaultValue', defaults[0]);
  if (t === 'Choice' || t === 'MultiChoice') set('Choices', childTexts(root.inner, 'CHOICE'));
  const f = addFieldToList(ctx, list, name || '', a.DisplayName || name || '', t, s,
    { id: a.ID, lookupList: a.List, addToDefaultView: (options & ADD_TO_DEFAULT_VIEW) !== 0, canToggleHidden: bool(a.CanToggleHidden) });
  return ctx.entity(fieldEntity(list, f), CONTEXT);
}

/**
 * MERGE on a field (Title, Indexed, Required, Choices, DefaultValue, EnforceUniqueValues, Hidden...), checked as
 * SharePoint checks it (`field-rules.ts`). The type cannot change here.
 */
export function updateField(ctx: RequestContext, list: IListRow, f: IFieldRow): IResult {
  const body = { ...ctx.json() };
  if (body.FieldTypeKind !== undefined && body.FieldTypeKind !== f.props.FieldTypeKind) throw notImplemented('changing a field\'s type');
  delete body.FieldTypeKind;
  const before = { ...f.props };
  applyFieldProps(f.props, body);
  checkFieldRules(ctx.store.db, list, f, before, f.props);
  ctx.store.schema.updateField(f);
  return { status: 204 };
}

export function deleteField(ctx: RequestContext, f: IFieldRow): IResult {
  if (f.props.CanBeDeleted === false) throw badRequest('You cannot delete a built-in column.', '-2146232832, Microsoft.SharePoint.SPException');
  ctx.store.schema.deleteField(f);
  return { status: 200 };
}
