import { randomUUID } from 'crypto';
import type { IListRow, IViewRow, Props } from '../store/types';
import { queryEntities } from './collection-query';
import type { IResult, RequestContext } from './context';
import { viewEntity, viewFieldsEntity } from './entities';
import { badRequest, fieldNotFound, unknownProperty } from './errors';
import { project } from './projector';
import { parseQueryOptions } from './query-options';
import type { Literal } from './url-parser';

/** Settable SP.View properties and their JSON types. */
const VIEW_PROPS: Record<string, 'string' | 'boolean' | 'number'> = {
  Title: 'string', PersonalView: 'boolean', ViewQuery: 'string', RowLimit: 'number', DefaultView: 'boolean',
  Hidden: 'boolean', Paged: 'boolean', Scope: 'number', JSLink: 'string', ViewType: 'string', ViewType2: 'string',
  MobileView: 'boolean', MobileDefaultView: 'boolean', TabularView: 'boolean', IncludeRootFolder: 'boolean',
  Aggregations: 'string', AggregationsStatus: 'string', ViewData: 'string', ViewJoins: 'string',
  ViewProjectedFields: 'string', CustomFormatter: 'string', Toolbar: 'string', ContentTypeId: 'string',
  ListViewXml: 'string'
};

function applyViewProps(v: IViewRow, body: Props): void {
  for (const [k, val] of Object.entries(body)) {
    if (k === '__metadata') continue;
    if (k === 'ViewFields') {
      const arr = val && typeof val === 'object' && !Array.isArray(val) ? (val as { results?: unknown }).results : val;
      if (!Array.isArray(arr) || arr.some(x => typeof x !== 'string')) throw badRequest("Cannot convert the value of property 'ViewFields' to the expected type 'Collection(Edm.String)'.");
      v.viewFields = arr as string[];
      continue;
    }
    const t = VIEW_PROPS[k];
    if (!t) throw unknownProperty(k, 'SP.View');
    if (typeof val !== t) throw badRequest(`Cannot convert the value of property '${k}' to the expected type '${t === 'string' ? 'Edm.String' : t === 'boolean' ? 'Edm.Boolean' : 'Edm.Int32'}'.`);
    v.props[k] = val;
  }
}

function newView(list: IListRow, title: string, file: string, extra: Props): IViewRow {
  const id = randomUUID();
  return {
    listId: list.id, id, seq: 0, viewFields: ['LinkTitle'],
    props: {
      Id: id, Title: title, DefaultView: false, Hidden: false, PersonalView: false, Paged: true, RowLimit: 30,
      ViewQuery: '', Scope: 0, ViewType: 'HTML', ViewType2: null, BaseViewId: '1', JSLink: 'clienttemplates.js',
      MobileView: false, MobileDefaultView: false, ReadOnlyView: false, RequiresClientIntegration: false,
      ServerRelativeUrl: `${list.url}/${file}.aspx`, CustomFormatter: '', ...extra
    }
  };
}

/** "Alle elementer": the default view of a new list, as a Danish site names it. */
export function createDefaultView(ctx: RequestContext, list: IListRow): void {
  ctx.store.schema.insertView(newView(list, 'Alle elementer', 'AllItems',
    { DefaultView: true, ViewQuery: '<OrderBy><FieldRef Name="ID" /></OrderBy>' }));
}

/** Only one view is the default: setting DefaultView on one clears it on the others. */
function makeDefault(ctx: RequestContext, list: IListRow, v: IViewRow): void {
  for (const other of ctx.store.schema.views(list.id)) {
    if (other.id !== v.id && other.props.DefaultView === true) {
      other.props.DefaultView = false;
      ctx.store.schema.updateView(other);
    }
  }
}

export function getViews(ctx: RequestContext, list: IListRow): IResult {
  const views = ctx.store.schema.views(list.id).map(v => viewEntity(list, v));
  return ctx.collection(queryEntities(views, parseQueryOptions(ctx.query)), 'SP.ApiData.Views');
}

export function getView(ctx: RequestContext, list: IListRow, v: IViewRow): IResult {
  return ctx.entity(project(viewEntity(list, v), parseQueryOptions(ctx.query)), 'SP.ApiData.Views/@Element');
}

export function createView(ctx: RequestContext, list: IListRow): IResult {
  const body = ctx.json();
  if (typeof body.Title !== 'string' || body.Title.trim() === '') throw badRequest('The view title cannot be empty.', '-2147024809, System.ArgumentException');
  const file = body.Title.replace(/[^A-Za-z0-9]/g, '') || 'View';
  const taken = new Set(ctx.store.schema.views(list.id).map(x => String(x.props.ServerRelativeUrl).toLowerCase()));
  let name = file;
  for (let n = 1; taken.has(`${list.url}/${name}.aspx`.toLowerCase()); n++) name = `${file}${n}`;
  const v = newView(list, body.Title, name, {});
  applyViewProps(v, body);
  ctx.store.schema.insertView(v);
  if (v.props.DefaultView === true) makeDefault(ctx, list, v);
  return ctx.entity(viewEntity(list, v), 'SP.ApiData.Views/@Element', 201);
}

/** MERGE on a view. `DefaultView: false` on the default view is ignored (a list always has one). */
export function updateView(ctx: RequestContext, list: IListRow, v: IViewRow): IResult {
  const body = ctx.json();
  const wasDefault = v.props.DefaultView === true;
  applyViewProps(v, body);
  if (wasDefault && v.props.DefaultView !== true) v.props.DefaultView = true;
  ctx.store.schema.updateView(v);
  if (!wasDefault && v.props.DefaultView === true) makeDefault(ctx, list, v);
  return { status: 204 };
}

export function deleteView(ctx: RequestContext, v: IViewRow): IResult {
  if (v.props.DefaultView === true) throw badRequest('The default view of a list cannot be deleted.', '-2146232832, Microsoft.SharePoint.SPException');
  ctx.store.schema.deleteView(v);
  return { status: 200 };
}

export function getViewFields(ctx: RequestContext, list: IListRow, v: IViewRow): IResult {
  return ctx.entity(project(viewFieldsEntity(list, v), parseQueryOptions(ctx.query)), 'SP.ApiData.ViewFieldCollections/@Element');
}

/** addviewfield / removeviewfield / removeallviewfields / moveviewfieldto / schemaxml. */
export function viewFieldsAction(ctx: RequestContext, list: IListRow, v: IViewRow, action: string, args: Literal[]): IResult {
  const fieldName = (raw: Literal): string => {
    const name = String(raw ?? '');
    const lower = name.toLowerCase();
    const f = ctx.store.schema.fields(list.id).find(x => x.internalName.toLowerCase() === lower)
      ?? ctx.store.schema.fields(list.id).find(x => String(x.props.Title).toLowerCase() === lower);
    if (!f) throw fieldNotFound(name);
    return f.internalName;
  };
  switch (action) {
    case 'schemaxml':
      return ctx.value('SchemaXml', viewFieldsEntity(list, v).props.SchemaXml);
    case 'addviewfield': {
      const name = fieldName(args[0]);
      if (v.viewFields.indexOf(name) < 0) v.viewFields.push(name);
      break;
    }
    case 'removeviewfield': {
      const name = String(args[0] ?? '');
      v.viewFields = v.viewFields.filter(f => f.toLowerCase() !== name.toLowerCase());
      break;
    }
    case 'removeallviewfields':
      v.viewFields = [];
      break;
    case 'moveviewfieldto': {
      const body = ctx.json();
      const name = String(body.field ?? '');
      const index = body.index;
      const at = v.viewFields.findIndex(f => f.toLowerCase() === name.toLowerCase());
      if (at < 0 || typeof index !== 'number' || index < 0) throw badRequest('moveviewfieldto needs a field in the view and an index.', '-2147024809, System.ArgumentException');
      const [moved] = v.viewFields.splice(at, 1);
      v.viewFields.splice(Math.min(index, v.viewFields.length), 0, moved);
      break;
    }
    default:
      break;
  }
  ctx.store.schema.updateView(v);
  return ctx.value(action, null);
}
