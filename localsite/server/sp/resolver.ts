import type { IFieldRow, IItemRow, IListRow, IVersionRow, IViewRow } from '../store/types';
import type { ISiteUser } from '../store/users';
import { SITE_PATH, type RequestContext } from './context';
import { badRequest, fieldNotFound, fileNotFound, itemNotFound, listNotFound, noResource, SPError, viewNotFound } from './errors';
import type { ISegment, Literal } from './url-parser';

/** What a REST path points at. Handlers are chosen by `kind` and the verb. */
export type Node =
  | { kind: 'web' }
  | { kind: 'lists' }
  | { kind: 'list'; list: IListRow }
  | { kind: 'items'; list: IListRow }
  | { kind: 'item'; list: IListRow; item: IItemRow }
  | { kind: 'versions'; list: IListRow; item: IItemRow }
  | { kind: 'version'; list: IListRow; item: IItemRow; version: IVersionRow }
  | { kind: 'fields'; list: IListRow }
  | { kind: 'field'; list: IListRow; field: IFieldRow }
  | { kind: 'views'; list: IListRow }
  | { kind: 'view'; list: IListRow; view: IViewRow }
  | { kind: 'viewFields'; list: IListRow; view: IViewRow }
  | { kind: 'siteUsers' }
  | { kind: 'siteUser'; user: ISiteUser }
  | { kind: 'perms'; user: ISiteUser }
  | { kind: 'regionalSettings' }
  | { kind: 'timeZone' }
  | { kind: 'rootFolder'; list: IListRow }
  | { kind: 'property'; parent: Node; name: string }
  | { kind: 'action'; parent: Node; name: string; args: Literal[] };

/** Node kinds whose unknown segments are read as property names (`web/Title`). */
const HAS_PROPERTIES = new Set(['web', 'list', 'item', 'field', 'view', 'siteUser', 'version', 'regionalSettings', 'timeZone', 'rootFolder']);

/** Actions (functions invoked with POST, or GET where noted) per node kind, by lower-case name. */
const ACTIONS: Record<string, string[]> = {
  web: ['ensureuser'],
  list: ['recycle', 'getitems', 'renderlistdataasstream', 'getchanges', 'reservelistitemid'],
  item: ['recycle', 'validateupdatelistitem'],
  fields: ['addfield', 'createfieldasxml', 'adddependentlookupfield'],
  field: ['setshowindisplayform', 'setshowineditform', 'setshowinnewform'],
  view: ['renderashtml', 'setviewxml'],
  viewFields: ['addviewfield', 'removeviewfield', 'removeallviewfields', 'moveviewfieldto', 'schemaxml']
};

const one = (seg: ISegment): Literal => {
  if (!seg.args || seg.args.length !== 1) throw badRequest(`'${seg.name}' expects exactly one argument.`);
  return seg.args[0];
};
const str = (seg: ISegment): string => String(one(seg));
const int = (seg: ISegment): number => {
  const v = one(seg);
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? parseInt(v, 10) : NaN;
  if (!Number.isInteger(n)) throw badRequest(`'${seg.name}' expects an integer.`);
  return n;
};
/** A GUID argument without braces, lower-case (ids are stored that way). */
const guid = (seg: ISegment): string => str(seg).replace(/[{}]/g, '').toLowerCase();
const userNotFound = (): SPError => new SPError(404, '-2146232832, Microsoft.SharePoint.SPException', 'User cannot be found.');

function findField(ctx: RequestContext, list: IListRow, name: string, byTitle: boolean, byName: boolean): IFieldRow {
  const fields = ctx.store.schema.fields(list.id);
  const lower = name.toLowerCase();
  const f = (byName ? fields.find(x => x.internalName === name) ?? fields.find(x => x.internalName.toLowerCase() === lower) : undefined)
    ?? (byTitle ? fields.find(x => String(x.props.Title).toLowerCase() === lower) : undefined);
  if (!f) throw fieldNotFound(name);
  return f;
}

function findView(ctx: RequestContext, list: IListRow, test: (v: IViewRow) => boolean): IViewRow {
  const v = ctx.store.schema.views(list.id).find(test);
  if (!v) throw viewNotFound();
  return v;
}

function listById(ctx: RequestContext, id: string): IListRow {
  const l = ctx.store.schema.list(id.replace(/[{}]/g, ''));
  if (!l) throw listNotFound(id, ctx.siteUrl);
  return l;
}

function listByUrl(ctx: RequestContext, url: string): IListRow {
  let path = url.replace(/^https?:\/\/[^/]+/i, '');
  if (!path.startsWith('/')) path = `${SITE_PATH}/${path}`;
  path = path.replace(/\/+$/, '').toLowerCase();
  const l = ctx.store.schema.lists().find(x => x.url.toLowerCase() === path);
  if (!l) throw fileNotFound();
  return l;
}

function principal(ctx: RequestContext, test: (u: ISiteUser) => boolean): ISiteUser {
  const u = ctx.store.users.find(test);
  if (!u) throw userNotFound();
  return u;
}

const siteUser = (ctx: RequestContext, test: (u: ISiteUser) => boolean): Node => ({ kind: 'siteUser', user: principal(ctx, test) });

/** A principal by id (number) or by login name / e-mail (text). */
function principalByKey(ctx: RequestContext, v: Literal): ISiteUser {
  if (typeof v === 'number') return principal(ctx, u => u.id === v);
  // PnPjs v4 writes a login name as `siteusers('!@v::i:0#.f|membership|x')` (SharePoint's alias syntax).
  const k = String(v).replace(/^!@v::/, '').toLowerCase();
  return principal(ctx, u => u.loginName.toLowerCase() === k || u.email.toLowerCase() === k);
}

const userByKey = (ctx: RequestContext, v: Literal): Node => ({ kind: 'siteUser', user: principalByKey(ctx, v) });

/** One step down the path. */
function step(ctx: RequestContext, node: Node, seg: ISegment): Node {
  const s = seg.lower;
  const plain = seg.args === null;
  switch (node.kind) {
    case 'web':
      if (s === 'lists') return plain ? { kind: 'lists' } : { kind: 'list', list: listById(ctx, str(seg)) };
      if (s === 'getlist') return { kind: 'list', list: listByUrl(ctx, str(seg)) };
      if (s === 'currentuser' && plain) return { kind: 'siteUser', user: ctx.user };
      if (s === 'siteusers') return plain ? { kind: 'siteUsers' } : userByKey(ctx, one(seg));
      if (s === 'getuserbyid') return siteUser(ctx, u => u.id === int(seg));
      if (s === 'effectivebasepermissions' && plain) return { kind: 'perms', user: ctx.user };
      if (s === 'getusereffectivepermissions') return { kind: 'perms', user: principalByKey(ctx, one(seg)) };
      if (s === 'regionalsettings' && plain) return { kind: 'regionalSettings' };
      break;
    case 'regionalSettings':
      if (s === 'timezone' && plain) return { kind: 'timeZone' };
      break;
    case 'lists':
      if (s === 'getbytitle') {
        const title = str(seg).toLowerCase();
        const l = ctx.store.schema.lists().find(x => x.title.toLowerCase() === title);
        if (!l) throw listNotFound(str(seg), ctx.siteUrl);
        return { kind: 'list', list: l };
      }
      if (s === 'getbyid') return { kind: 'list', list: listById(ctx, str(seg)) };
      break;
    case 'list':
      if (s === 'items') return plain ? { kind: 'items', list: node.list } : itemNode(ctx, node.list, int(seg));
      if (s === 'fields') return plain ? { kind: 'fields', list: node.list } : { kind: 'field', list: node.list, field: fieldById(ctx, node.list, str(seg)) };
      if (s === 'views') return plain ? { kind: 'views', list: node.list } : { kind: 'view', list: node.list, view: findView(ctx, node.list, v => v.id === guid(seg)) };
      if (s === 'defaultview' && plain) return { kind: 'view', list: node.list, view: findView(ctx, node.list, v => v.props.DefaultView === true) };
      if (s === 'getview') return { kind: 'view', list: node.list, view: findView(ctx, node.list, v => v.id === guid(seg)) };
      if (s === 'effectivebasepermissions' && plain) return { kind: 'perms', user: ctx.user };
      if (s === 'getusereffectivepermissions') return { kind: 'perms', user: principalByKey(ctx, one(seg)) };
      if (s === 'rootfolder' && plain) return { kind: 'rootFolder', list: node.list };
      break;
    case 'items':
      if (s === 'getbyid' || s === 'getitembystringid') return itemNode(ctx, node.list, int(seg));
      break;
    case 'item':
      if (s === 'versions') return plain ? { kind: 'versions', list: node.list, item: node.item } : versionNode(ctx, node, int(seg));
      if (s === 'effectivebasepermissions' && plain) return { kind: 'perms', user: ctx.user };
      break;
    case 'versions':
      if (s === 'getbyid') return versionNode(ctx, node, int(seg));
      break;
    case 'fields':
      if (s === 'getbyid') return { kind: 'field', list: node.list, field: fieldById(ctx, node.list, str(seg)) };
      if (s === 'getbytitle') return { kind: 'field', list: node.list, field: findField(ctx, node.list, str(seg), true, false) };
      if (s === 'getbyinternalnameortitle') return { kind: 'field', list: node.list, field: findField(ctx, node.list, str(seg), true, true) };
      break;
    case 'views':
      if (s === 'getbyid') return { kind: 'view', list: node.list, view: findView(ctx, node.list, v => v.id === guid(seg)) };
      if (s === 'getbytitle') {
        const title = str(seg).toLowerCase();
        return { kind: 'view', list: node.list, view: findView(ctx, node.list, v => String(v.props.Title).toLowerCase() === title) };
      }
      break;
    case 'view':
      if (s === 'viewfields' && plain) return { kind: 'viewFields', list: node.list, view: node.view };
      break;
    case 'siteUsers':
      if (s === 'getbyid') return siteUser(ctx, u => u.id === int(seg));
      if (s === 'getbyemail') return siteUser(ctx, u => u.email.toLowerCase() === str(seg).toLowerCase());
      if (s === 'getbyloginname') return userByKey(ctx, str(seg));
      break;
    default:
      break;
  }
  if ((ACTIONS[node.kind] || []).indexOf(s) >= 0) return { kind: 'action', parent: node, name: s, args: seg.args || [] };
  if (plain && HAS_PROPERTIES.has(node.kind)) return { kind: 'property', parent: node, name: seg.name };
  throw noResource(seg.name);
}

function itemNode(ctx: RequestContext, list: IListRow, id: number): Node {
  const item = ctx.store.items.get(list.id, id);
  if (!item) throw itemNotFound();
  return { kind: 'item', list, item };
}

function versionNode(ctx: RequestContext, node: { list: IListRow; item: IItemRow }, versionId: number): Node {
  // SharePoint numbers versions 512 × major (1.0 → 512).
  const version = ctx.store.items.versions(node.list.id, node.item.id).find(v => v.uiVersion * 512 === versionId);
  if (!version) throw new SPError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Version does not exist.');
  return { kind: 'version', list: node.list, item: node.item, version };
}

function fieldById(ctx: RequestContext, list: IListRow, id: string): IFieldRow {
  const f = ctx.store.schema.fields(list.id).find(x => x.id.toLowerCase() === id.replace(/[{}]/g, '').toLowerCase());
  if (!f) throw fieldNotFound(id);
  return f;
}

/** Resolves the segments after `_api/` to a node. Paths start at `web` (PnPjs always goes through it). */
export function resolve(ctx: RequestContext, segments: ISegment[]): Node {
  if (segments.length === 0) throw noResource('_api');
  const first = segments[0];
  if (first.lower !== 'web' || first.args !== null) throw noResource(first.name);
  let node: Node = { kind: 'web' };
  for (const seg of segments.slice(1)) {
    if (node.kind === 'action' || node.kind === 'property') throw noResource(seg.name);
    node = step(ctx, node, seg);
  }
  return node;
}
