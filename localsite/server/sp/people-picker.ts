import type { IPrincipal } from '../store/users';
import type { IResult, RequestContext } from './context';
import { badRequest, notImplemented, unknownProperty } from './errors';

/**
 * `POST _api/SP.UI.ApplicationPages.ClientPeoplePickerWebServiceInterface.clientPeoplePickerSearchUser` with
 * `{"queryParams": SP.UI.ApplicationPages.ClientPeoplePickerQueryParameters}` — the people search SharePoint's own
 * people picker, PnP's PeoplePicker control and PnPjs's `profiles.clientPeoplePickerSearchUser` call. It searches
 * the directory (the tenant), not only the site's users; choosing a result still takes an `ensureUser` to get a site
 * user id. The answer is a JSON *string* of picker entities, in `value` (or `d.ClientPeoplePickerSearchUser`).
 */

/** The endpoint's path after `_api/`, lower-case. */
export const PEOPLE_PICKER_SEARCH = 'sp.ui.applicationpages.clientpeoplepickerwebserviceinterface.clientpeoplepickersearchuser';
export const PEOPLE_PICKER_RESOLVE = 'sp.ui.applicationpages.clientpeoplepickerwebserviceinterface.clientpeoplepickerresolveuser';

const QUERY_TYPE = 'SP.UI.ApplicationPages.ClientPeoplePickerQueryParameters';
/** ClientPeoplePickerQueryParameters' properties and their types (UseSubstrateSearch is what PnP's control sends). */
const PARAMS: Record<string, 'boolean' | 'number' | 'string' | 'object'> = {
  AllowEmailAddresses: 'boolean', AllowMultipleEntities: 'boolean', AllowOnlyEmailAddresses: 'boolean', AllUrlZones: 'boolean',
  EnabledClaimProviders: 'string', ForceClaims: 'boolean', MaximumEntitySuggestions: 'number', PrincipalSource: 'number',
  PrincipalType: 'number', QuerySettings: 'object', QueryString: 'string', Required: 'boolean', SharePointGroupID: 'number',
  UrlZone: 'number', UrlZoneSpecified: 'boolean', UseSubstrateSearch: 'boolean', WebApplicationID: 'string'
};

/** PrincipalType and PrincipalSource bits (SharePoint's enums, as PnPjs has them). */
const TYPE_USER = 1;
const TYPE_SECURITY_GROUP = 4;
const SOURCE_USER_INFO_LIST = 1;
const DEFAULT_SUGGESTIONS = 30;

/** A people picker entity, as SharePoint Online returns it for a directory user or group. */
export interface IPickerEntity {
  Key: string;
  Description: string;
  DisplayText: string;
  EntityType: string;
  ProviderDisplayName: string;
  ProviderName: string;
  IsResolved: boolean;
  EntityData: Record<string, string>;
  MultipleMatches: unknown[];
}

function readParams(body: Record<string, unknown>): Record<string, unknown> {
  const q = body.queryParams;
  if (!q || typeof q !== 'object' || Array.isArray(q)) throw badRequest("The parameter 'queryParams' is missing or is not an object.");
  const params = q as Record<string, unknown>;
  for (const [key, value] of Object.entries(params)) {
    if (key === '__metadata') continue;
    const type = PARAMS[key];
    if (!type) throw unknownProperty(key, QUERY_TYPE);
    if (value !== null && typeof value !== type) {
      throw badRequest(`Cannot convert the value of property '${key}' to the expected type '${type === 'number' ? 'Edm.Int32' : `Edm.${type[0].toUpperCase()}${type.slice(1)}`}'.`);
    }
  }
  return params;
}

const words = (text: string): string[] => text.toLocaleLowerCase('da-DK').split(/[\s.,@_-]+/).filter(Boolean);

/**
 * Does a principal match the query? As the picker does, by prefix: every word typed starts a word of the display
 * name, or the text starts the e-mail address / user name.
 */
function matches(p: IPrincipal, query: string): boolean {
  const q = query.trim().toLocaleLowerCase('da-DK');
  if (p.email && p.email.toLowerCase().startsWith(q)) return true;
  const typed = words(q);
  const nameWords = words(p.title);
  return typed.length > 0 && typed.every(w => nameWords.some(n => n.startsWith(w)));
}

function userEntity(p: IPrincipal): IPickerEntity {
  return {
    Key: p.loginName, Description: p.email, DisplayText: p.title, EntityType: 'User', ProviderDisplayName: 'Tenant',
    ProviderName: 'Tenant', IsResolved: true,
    EntityData: {
      IsAltSecIdPresent: 'False', Title: p.jobTitle, Email: p.email, MobilePhone: '', ObjectId: p.graphId,
      Department: p.department ?? ''
    },
    MultipleMatches: []
  };
}

function groupEntity(p: IPrincipal): IPickerEntity {
  return {
    Key: p.loginName, Description: p.email, DisplayText: p.title, EntityType: 'FormsRole', ProviderDisplayName: 'Tenant',
    ProviderName: 'Tenant', IsResolved: true, EntityData: { Email: p.email, ObjectId: p.graphId, DisplayName: p.title }, MultipleMatches: []
  };
}

/** What SharePoint offers for an e-mail address it cannot resolve, when AllowEmailAddresses is set. */
function unvalidatedEmail(address: string): IPickerEntity {
  return {
    Key: address, Description: address, DisplayText: address, EntityType: '', ProviderDisplayName: '', ProviderName: '',
    IsResolved: false, EntityData: { Email: address, AccountName: address, PrincipalType: 'UNVALIDATED_EMAIL_ADDRESS' }, MultipleMatches: []
  };
}

/** The entities a query finds. */
export function searchPeople(ctx: RequestContext, params: Record<string, unknown>): IPickerEntity[] {
  const query = typeof params.QueryString === 'string' ? params.QueryString.trim() : '';
  const groupId = typeof params.SharePointGroupID === 'number' ? params.SharePointGroupID : 0;
  if (groupId > 0) throw notImplemented('people picker search within a SharePoint group (SharePointGroupID)');
  if (!query) return [];
  const max = typeof params.MaximumEntitySuggestions === 'number' && params.MaximumEntitySuggestions > 0
    ? Math.min(Math.floor(params.MaximumEntitySuggestions), 100) : DEFAULT_SUGGESTIONS;
  const types = typeof params.PrincipalType === 'number' && params.PrincipalType > 0 ? params.PrincipalType : TYPE_USER;
  const source = typeof params.PrincipalSource === 'number' && params.PrincipalSource > 0 ? params.PrincipalSource : 15;
  // PrincipalSource UserInfoList alone searches the site's users; any other source reaches the directory.
  const pool: readonly IPrincipal[] = source === SOURCE_USER_INFO_LIST ? ctx.store.users : ctx.store.directory;
  const found: IPickerEntity[] = [];
  for (const p of pool) {
    if (p.kind === 'system' || !matches(p, query)) continue;
    if ((p.kind === 'person' || p.kind === 'mailbox') && (types & TYPE_USER)) found.push(userEntity(p)); // eslint-disable-line no-bitwise
    else if (p.kind === 'group' && (types & TYPE_SECURITY_GROUP)) found.push(groupEntity(p)); // eslint-disable-line no-bitwise
  }
  const emailOnly = params.AllowOnlyEmailAddresses === true;
  const result = emailOnly ? found.filter(e => e.Description.toLowerCase() === query.toLowerCase()) : found;
  if (result.length === 0 && (params.AllowEmailAddresses === true || emailOnly) && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(query)) {
    return [unvalidatedEmail(query)];
  }
  return result.slice(0, max);
}

/** The endpoint: the entities as one JSON string, in the metadata style asked for. */
export function clientPeoplePickerSearchUser(ctx: RequestContext): IResult {
  const text = JSON.stringify(searchPeople(ctx, readParams(ctx.json())));
  if (ctx.mode === 'verbose') return { status: 200, body: { d: { ClientPeoplePickerSearchUser: text } } };
  const meta = ctx.mode === 'minimal' ? { 'odata.metadata': `${ctx.apiUrl}/$metadata#Edm.String` } : {};
  return { status: 200, body: { ...meta, value: text } };
}
