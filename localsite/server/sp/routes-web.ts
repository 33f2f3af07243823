import type { ISiteUser } from '../store/users';
import { queryEntities } from './collection-query';
import type { IResult, RequestContext } from './context';
import { permissionsBody, regionalSettingsEntity, timeZoneEntity, userEntity, webEntity } from './entities';
import { badRequest, SPError } from './errors';
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

/** Finds a directory principal by login name (`i:0#.f|membership|x`) or e-mail; SharePoint's error otherwise. */
function lookupPrincipal(ctx: RequestContext, logonName: unknown): ISiteUser {
  if (typeof logonName !== 'string' || logonName.trim() === '') throw badRequest("The parameter 'logonName' is missing.");
  const u = ctx.store.findUser(logonName.replace(/^i:0#\.f\|membership\|/i, '')) ?? ctx.store.findUser(logonName);
  if (!u || u.kind === 'system') {
    throw new SPError(400, '-2146232832, Microsoft.SharePoint.SPException', `The specified user ${logonName} could not be found.`);
  }
  return u;
}

/**
 * POST web/ensureuser `{logonName}`. Every directory principal is already a site user here, so this only looks
 * it up; that is why even a reader may call it (SharePoint lets readers ensure users that already exist).
 */
export function ensureUser(ctx: RequestContext): IResult {
  return ctx.entity(userEntity(lookupPrincipal(ctx, ctx.json().logonName)), 'SP.ApiData.Users/@Element');
}

/** POST web/siteusers `{LoginName}` (PnPjs's `siteUsers.add`). */
export function addSiteUser(ctx: RequestContext): IResult {
  return ctx.entity(userEntity(lookupPrincipal(ctx, ctx.json().LoginName)), 'SP.ApiData.Users/@Element', 201);
}
