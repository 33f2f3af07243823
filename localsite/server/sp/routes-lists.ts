import { randomUUID } from 'crypto';
import { spNow } from '../store/now';
import type { IListRow, Props } from '../store/types';
import { queryEntities } from './collection-query';
import { SITE_PATH, type IResult, type RequestContext } from './context';
import { listEntity, rootFolderEntity } from './entities';
import { badRequest, notImplemented, SPError, unknownProperty } from './errors';
import { builtInFields } from './field-defs';
import { listEntityName } from './field-types';
import { project } from './projector';
import { parseQueryOptions } from './query-options';
import { createDefaultView } from './routes-views';

/** Settable SP.List properties and their JSON types. `create` ones are only read when the list is created. */
const LIST_PROPS: Record<string, 'string' | 'boolean' | 'number' | 'create'> = {
  Title: 'string', Description: 'string', EnableVersioning: 'boolean', EnableMinorVersions: 'boolean',
  EnableModeration: 'boolean', EnableAttachments: 'boolean', EnableFolderCreation: 'boolean', Hidden: 'boolean',
  NoCrawl: 'boolean', OnQuickLaunch: 'boolean', ContentTypesEnabled: 'boolean', AllowContentTypes: 'boolean',
  MajorVersionLimit: 'number', MajorWithMinorVersionsLimit: 'number', ForceCheckout: 'boolean', ReadSecurity: 'number',
  WriteSecurity: 'number', ValidationFormula: 'string', ValidationMessage: 'string', DraftVersionVisibility: 'number',
  Direction: 'string', ImageUrl: 'string', IrmEnabled: 'boolean', ListExperienceOptions: 'number',
  DisableGridEditing: 'boolean', BaseTemplate: 'create', TemplateFeatureId: 'create', DocumentTemplateType: 'create',
  QuickLaunchOption: 'number'
};

/** Copies allowed properties from a body onto a list's props (type-checked; unknown names are a 400). */
function applyListProps(props: Props, body: Props, creating: boolean): void {
  for (const [k, v] of Object.entries(body)) {
    if (k === '__metadata') continue;
    const t = LIST_PROPS[k];
    if (!t) throw unknownProperty(k, 'SP.List');
    if (t === 'create') {
      if (creating) props[k] = v;
      continue;
    }
    if (typeof v !== t) throw badRequest(`Cannot convert the value of property '${k}' to the expected type '${t === 'string' ? 'Edm.String' : t === 'boolean' ? 'Edm.Boolean' : 'Edm.Int32'}'.`);
    props[k] = v;
  }
}

const titleTaken = (): SPError => badRequest('A list, survey, discussion board, or document library with the specified ' +
  'title already exists in this Web site.  Please choose another title.', '-2130575342, Microsoft.SharePoint.SPException');

function checkTitle(ctx: RequestContext, title: unknown, except?: string): string {
  if (typeof title !== 'string' || title.trim() === '') throw badRequest('The list title cannot be empty.', '-2147024809, System.ArgumentException');
  if (ctx.store.schema.lists().some(l => l.id !== except && l.title.toLowerCase() === title.trim().toLowerCase())) throw titleTaken();
  return title.trim();
}

/** GET web/lists with OData options. */
export function getLists(ctx: RequestContext): IResult {
  const entities = ctx.store.schema.lists().map(l => listEntity(ctx, l));
  return ctx.collection(queryEntities(entities, parseQueryOptions(ctx.query)), 'SP.ApiData.Lists');
}

export function getList(ctx: RequestContext, list: IListRow): IResult {
  return ctx.entity(project(listEntity(ctx, list), parseQueryOptions(ctx.query)), 'SP.ApiData.Lists/@Element');
}

export function getRootFolder(ctx: RequestContext, list: IListRow): IResult {
  return ctx.entity(project(rootFolderEntity(ctx, list), parseQueryOptions(ctx.query)), 'SP.ApiData.Folders/@Element');
}

/** POST web/lists: a generic list (template 100) with its URL fixed from the title, built-in fields and a default view. */
export function createList(ctx: RequestContext): IResult {
  const body = ctx.json();
  const title = checkTitle(ctx, body.Title);
  const template = body.BaseTemplate === undefined ? 100 : body.BaseTemplate;
  if (typeof template !== 'number') throw badRequest("Cannot convert the value of property 'BaseTemplate' to the expected type 'Edm.Int32'.");
  if (template !== 100) throw notImplemented(`lists with BaseTemplate ${String(template)} (only 100, a custom list, is supported)`);
  const urlName = title.replace(/[~"#%&*:<>?/\\{|}.]/g, '').trim();
  if (urlName === '') throw badRequest('The list title does not give a valid URL.', '-2147024809, System.ArgumentException');
  const url = `${SITE_PATH}/Lists/${urlName}`;
  if (ctx.store.schema.lists().some(l => l.url.toLowerCase() === url.toLowerCase())) throw titleTaken();
  const entityName = listEntityName(urlName);
  const props: Props = {
    AllowContentTypes: true, BaseTemplate: 100, BaseType: 0, ContentTypesEnabled: false, Description: '',
    Direction: 'none', DraftVersionVisibility: 0, EnableAttachments: true, EnableFolderCreation: false,
    EnableMinorVersions: false, EnableModeration: false, EnableVersioning: true, EntityTypeName: entityName,
    ForceCheckout: false, HasExternalDataSource: false, Hidden: false, ImageUrl: '/_layouts/15/images/itgen.png?rev=47',
    IrmEnabled: false, IsApplicationList: false, IsCatalog: false, IsPrivate: false,
    ListItemEntityTypeFullName: `SP.Data.${entityName.replace(/List$/, '')}ListItem`, MajorVersionLimit: 50,
    MajorWithMinorVersionsLimit: 0, NoCrawl: false, OnQuickLaunch: false, ReadSecurity: 1,
    ServerTemplateCanCreateFolders: true, TemplateFeatureId: '00bfea71-de22-43b2-a848-c05709900100',
    ValidationFormula: '', ValidationMessage: '', WriteSecurity: 1, RootFolderId: randomUUID()
  };
  applyListProps(props, body, true);
  delete props.Title;
  const now = spNow();
  const list: IListRow = {
    id: randomUUID(), title, url, props, nextItemId: 1, created: now, lastItemModified: now, lastItemDeleted: now, seq: 0
  };
  ctx.store.schema.insertList(list);
  builtInFields(list.id).forEach(f => ctx.store.schema.insertField(f));
  createDefaultView(ctx, list);
  return ctx.entity(listEntity(ctx, list), 'SP.ApiData.Lists/@Element', 201);
}

/** MERGE on a list. A new Title does not move the list: its URL stays what the first title gave it. */
export function updateList(ctx: RequestContext, list: IListRow): IResult {
  const body = ctx.json();
  if (body.Title !== undefined) list.title = checkTitle(ctx, body.Title, list.id);
  applyListProps(list.props, body, false);
  delete list.props.Title;
  ctx.store.schema.updateList(list);
  return { status: 204 };
}

export function deleteList(ctx: RequestContext, list: IListRow, recycle: boolean): IResult {
  ctx.store.schema.deleteList(list.id);
  return recycle ? ctx.value('Recycle', randomUUID()) : { status: 200 };
}
