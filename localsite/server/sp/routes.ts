import type { IResult, RequestContext } from './context';
import { listEntity, regionalSettingsEntity, rootFolderEntity, timeZoneEntity, userEntity, viewEntity, webEntity } from './entities';
import { badRequest, noResource, notImplemented } from './errors';
import { fieldEntity } from './field-defs';
import { ItemSchema } from './item-schema';
import { serializeItem } from './item-serializer';
import { Coll, Entity } from './odata-format';
import { ALL } from './projector';
import type { Node } from './resolver';
import * as fields from './routes-fields';
import * as items from './routes-items';
import * as lists from './routes-lists';
import * as views from './routes-views';
import * as web from './routes-web';

const notAllowed = (method: string, kind: string): Error =>
  badRequest(`The HTTP method '${method}' cannot be used on a ${kind} resource.`);

/** The entity behind a node, for property reads like `web/Title` or `items(5)/Title`. */
function entityOf(ctx: RequestContext, node: Node): Entity | null {
  switch (node.kind) {
    case 'web': return webEntity(ctx);
    case 'list': return listEntity(ctx, node.list);
    case 'item': return serializeItem(new ItemSchema(ctx, node.list), node.item, ALL);
    case 'field': return fieldEntity(node.list, node.field);
    case 'view': return viewEntity(node.list, node.view);
    case 'siteUser': return userEntity(node.user);
    case 'regionalSettings': return regionalSettingsEntity();
    case 'timeZone': return timeZoneEntity();
    case 'rootFolder': return rootFolderEntity(ctx, node.list);
    default: return null;
  }
}

/** Reads one property of an entity (`web/Title`); navigation properties are resolved as their own nodes. */
function property(ctx: RequestContext, node: Extract<Node, { kind: 'property' }>): IResult {
  const e = entityOf(ctx, node.parent);
  if (!e) throw noResource(node.name);
  const keys = Object.keys(e.props);
  const key = keys.find(k => k === node.name) ?? keys.find(k => k.toLowerCase() === node.name.toLowerCase());
  if (key === undefined) throw noResource(node.name);
  const v = e.props[key];
  return ctx.value(key, v instanceof Entity || v instanceof Coll ? v : v === undefined ? null : v);
}

function action(ctx: RequestContext, node: Extract<Node, { kind: 'action' }>, method: string): IResult {
  const p = node.parent;
  if (method !== 'POST' && !(node.name === 'schemaxml' && method === 'GET')) throw notAllowed(method, node.name);
  switch (p.kind) {
    case 'web': return web.ensureUser(ctx);
    case 'list': if (node.name === 'recycle') return lists.deleteList(ctx, p.list, true); break;
    case 'item': if (node.name === 'recycle') return items.deleteItem(ctx, p.list, p.item, true); break;
    case 'fields':
      if (node.name === 'addfield') return fields.addField(ctx, p.list);
      if (node.name === 'createfieldasxml') return fields.createFieldAsXml(ctx, p.list);
      break;
    case 'field': return ctx.value(node.name, null); // setShowIn*Form: forms are not rendered here
    case 'viewFields': return views.viewFieldsAction(ctx, p.list, p.view, node.name, node.args);
    default: break;
  }
  throw notImplemented(node.name);
}

/** Chooses the handler for a resolved node and verb. */
export function route(ctx: RequestContext, node: Node, method: string): IResult {
  const m = method;
  switch (node.kind) {
    case 'web': if (m === 'GET') return web.getWeb(ctx); if (m === 'MERGE') throw notImplemented('updating the web'); break;
    case 'lists': if (m === 'GET') return lists.getLists(ctx); if (m === 'POST') return lists.createList(ctx); break;
    case 'list':
      if (m === 'GET') return lists.getList(ctx, node.list);
      if (m === 'MERGE') return lists.updateList(ctx, node.list);
      if (m === 'DELETE') return lists.deleteList(ctx, node.list, false);
      break;
    case 'rootFolder': if (m === 'GET') return lists.getRootFolder(ctx, node.list); break;
    case 'items': if (m === 'GET') return items.getItems(ctx, node.list); if (m === 'POST') return items.createItem(ctx, node.list); break;
    case 'item':
      if (m === 'GET') return items.getItem(ctx, node.list, node.item);
      if (m === 'MERGE') return items.updateItem(ctx, node.list, node.item);
      if (m === 'DELETE') return items.deleteItem(ctx, node.list, node.item, false);
      break;
    case 'versions': if (m === 'GET') return items.getVersions(ctx, node.list, node.item); break;
    case 'version': if (m === 'GET') return items.getVersion(ctx, node.list, node.item, node.version); break;
    case 'fields': if (m === 'GET') return fields.getFields(ctx, node.list); if (m === 'POST') return fields.createField(ctx, node.list); break;
    case 'field':
      if (m === 'GET') return fields.getField(ctx, node.list, node.field);
      if (m === 'MERGE') return fields.updateField(ctx, node.list, node.field);
      if (m === 'DELETE') return fields.deleteField(ctx, node.field);
      break;
    case 'views': if (m === 'GET') return views.getViews(ctx, node.list); if (m === 'POST') return views.createView(ctx, node.list); break;
    case 'view':
      if (m === 'GET') return views.getView(ctx, node.list, node.view);
      if (m === 'MERGE') return views.updateView(ctx, node.list, node.view);
      if (m === 'DELETE') return views.deleteView(ctx, node.view);
      break;
    case 'viewFields': if (m === 'GET') return views.getViewFields(ctx, node.list, node.view); break;
    case 'siteUsers': if (m === 'GET') return web.getSiteUsers(ctx); if (m === 'POST') return web.addSiteUser(ctx); break;
    case 'siteUser': if (m === 'GET') return web.getSiteUser(ctx, node.user); break;
    case 'perms': if (m === 'GET') return web.getPermissions(ctx, node.user); break;
    case 'regionalSettings': if (m === 'GET') return web.getRegionalSettings(ctx); break;
    case 'timeZone': if (m === 'GET') return web.getTimeZone(ctx); break;
    case 'property': if (m === 'GET') return property(ctx, node); break;
    case 'action': return action(ctx, node, m);
  }
  throw notAllowed(m, node.kind);
}
