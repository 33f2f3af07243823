import { hasPermission, PermissionKind, ROLE_PERMISSIONS, type IPrincipal, type ISiteUser } from '../store/users';
import { queryEntities } from './collection-query';
import type { IResult, RequestContext } from './context';
import { permissionsBody, regionalSettingsEntity, timeZoneEntity, userEntity, webEntity } from './entities';
import { accessDenied, badRequest, SPError } from './errors';
import { project } from './projector';
import { parseQueryOptions } from './query-options';

/**
 * POST _api/contextinfo: JSON light at the top level (PnPjs reads `FormDigestValue` there). The digest is bound to
 * the signed-in user and expires after `FormDigestTimeoutSeconds` (see `digest.ts`).
 */
export function contextInfo(ctx: RequestContext): IResult {
  const digests = ctx.store.formDigests;
  const info = {
    FormDigestTimeoutSeconds: digests.timeoutSeconds, FormDigestValue: digests.issue(ctx.user), LibraryVersion: '16.0.26012.12006',
    SiteFullUrl: ctx.siteUrl, WebFullUrl: ctx.siteUrl
  };
  const versions = ['14.0.0.0', '15.0.0.0'];
  if (ctx.mode === 'verbose') {
    return { status: 200, body: { d: { GetContextWebInformation: {
      __metadata: { type: 'SP.ContextWebInformation' }, ...info,
      SupportedSchemaVersions: { __metadata: { type: 'Collection(Edm.String)' }, results: versions }
    } } } };
  }
  const meta = ctx.mode === 'minimal' ? { 'odata.metadata': `${ctx.apiUrl}/$metadata#SP.ContextWebInformation` } : {};
  return { status: 200, body: { ...meta, ...info, SupportedSchemaVersions: versions } };
}

export function getWeb(ctx: RequestContext): IResult {
  return ctx.entity(project(webEntity(ctx), parseQueryOptions(ctx.query)), 'SP.Web');
}

export function getRegionalSettings(ctx: RequestContext): IResult {
  return ctx.entity(project(regionalSettingsEntity(), parseQueryOptions(ctx.query)), 'SP.RegionalSettings');
}

export function getTimeZone(ctx: RequestContext): IResult {
  return ctx.entity(project(timeZoneEntity(), parseQueryOptions(ctx.query)), 'SP.TimeZone');
}

export function getSiteUsers(ctx: RequestContext): IResult {
  return ctx.collection(queryEntities(ctx.store.users.map(userEntity), parseQueryOptions(ctx.query)), 'SP.ApiData.Users');
}

export function getSiteUser(ctx: RequestContext, u: ISiteUser): IResult {
  return ctx.entity(project(userEntity(u), parseQueryOptions(ctx.query)), 'SP.ApiData.Users/@Element');
}

export function getPermissions(ctx: RequestContext, u: ISiteUser): IResult {
  return { status: 200, body: permissionsBody(ctx, u) };
}

/** Finds a directory principal by login name (`i:0#.f|membership|x`, a group claim) or e-mail; SharePoint's error otherwise. */
function lookupPrincipal(ctx: RequestContext, logonName: unknown): IPrincipal {
  if (typeof logonName !== 'string' || logonName.trim() === '') throw badRequest("The parameter 'logonName' is missing.");
  const p = ctx.store.findPrincipal(logonName.replace(/^i:0#\.f\|membership\|/i, '')) ?? ctx.store.findPrincipal(logonName);
  if (!p || p.kind === 'system') {
    throw new SPError(400, '-2146232832, Microsoft.SharePoint.SPException', `The specified user ${logonName} could not be found.`);
  }
  return p;
}

/**
 * POST web/ensureuser `{logonName}`: the site user for a directory principal, added to the site if it is not one
 * yet. Looking up an existing site user needs only read access (SharePoint: BrowseUserInfo); adding one changes the
 * site, so it takes a user who may add or edit list items (someone who could put that person in a person column) —
 * a reader may ensure only users that already exist.
 */
export function ensureUser(ctx: RequestContext): IResult {
  const p = lookupPrincipal(ctx, ctx.json().logonName);
  const existing = ctx.store.users.find(u => u.loginName.toLowerCase() === p.loginName.toLowerCase());
  if (existing) return ctx.entity(userEntity(existing), 'SP.ApiData.Users/@Element');
  const perms = ROLE_PERMISSIONS[ctx.user.role];
  if (!hasPermission(perms, PermissionKind.AddListItems) && !hasPermission(perms, PermissionKind.EditListItems)) throw accessDenied();
  return ctx.entity(userEntity(ctx.store.ensureSiteUser(p)), 'SP.ApiData.Users/@Element');
}

/** POST web/siteusers `{LoginName}` (PnPjs's `siteUsers.add`; ManageLists is checked by the dispatcher). */
export function addSiteUser(ctx: RequestContext): IResult {
  const p = lookupPrincipal(ctx, ctx.json().LoginName);
  return ctx.entity(userEntity(ctx.store.ensureSiteUser(p)), 'SP.ApiData.Users/@Element', 201);
}
