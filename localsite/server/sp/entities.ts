import type { IListRow, IViewRow } from '../store/types';
import type { ISiteUser } from '../store/users';
import { ROLE_PERMISSIONS } from '../store/users';
import { SITE_PATH, type RequestContext } from './context';
import { fieldEntity } from './field-defs';
import { Coll, Complex, Entity } from './odata-format';
import { escapeXml } from './xml-attrs';

/** Fixed identity of the site and its root web. */
export const WEB_ID = '8e3a0f4d-5b2c-4c1e-9f7a-0a5e1d2c3b4a';
export const SITE_ID = '4f1c2b3a-6d5e-4a7b-8c9d-0e1f2a3b4c5d';
export const WEB_CREATED = '2026-01-05T08:00:00Z';
export const WEB_TITLE = 'OS2 Sekretariat';

const listUri = (l: IListRow): string => `Web/Lists(guid'${l.id}')`;

/** SP.User (note `Email`, where the user-info list item has `EMail`). */
export function userEntity(u: ISiteUser): Entity {
  return new Entity({ type: 'SP.User', uri: `Web/GetUserById(${u.id})` }, {
    Id: u.id, IsHiddenInUI: u.kind === 'system', LoginName: u.loginName, Title: u.title, PrincipalType: u.principalType,
    Email: u.email, Expiration: '', IsEmailAuthenticationGuestUser: false, IsShareByEmailGuestUser: false,
    IsSiteAdmin: u.isSiteAdmin,
    UserId: u.principalType === 1 && u.kind !== 'system'
      ? { NameId: `1003${u.id.toString(16).padStart(12, '0')}`, NameIdIssuer: 'urn:federation:microsoftonline' } : null,
    UserPrincipalName: u.principalType === 1 && u.kind !== 'system' ? u.email : null
  }, { Groups: () => [] });
}

/** `$select=EffectiveBasePermissions` on a web, list or item: the user's masks as a complex value. */
export const permissionsValue = (u: ISiteUser): Complex =>
  new Complex('SP.BasePermissions', { High: String(ROLE_PERMISSIONS[u.role].High), Low: String(ROLE_PERMISSIONS[u.role].Low) });

/** The permissions of a user as SharePoint returns them: Int64 values written as strings. */
export function permissionsBody(ctx: RequestContext, u: ISiteUser): unknown {
  const p = ROLE_PERMISSIONS[u.role];
  const value = { High: String(p.High), Low: String(p.Low) };
  if (ctx.mode === 'verbose') return { d: { EffectiveBasePermissions: { __metadata: { type: 'SP.BasePermissions' }, ...value } } };
  return ctx.mode === 'minimal' ? { 'odata.metadata': `${ctx.apiUrl}/$metadata#SP.ApiData.BasePermissions`, ...value } : value;
}

export function timeZoneEntity(): Entity {
  return new Entity({ type: 'SP.TimeZone', uri: 'Web/RegionalSettings/TimeZone' }, {
    Description: '(UTC+01:00) Brussels, Copenhagen, Madrid, Paris', Id: 3,
    Information: { Bias: -60, DaylightBias: -60, StandardBias: 0 }
  });
}

export function regionalSettingsEntity(): Entity {
  return new Entity({ type: 'SP.RegionalSettings', uri: 'Web/RegionalSettings' }, {
    AdjustHijriDays: 0, CalendarType: 1, Collation: 25, DateFormat: 1, DateSeparator: '-', DecimalSeparator: ',',
    DigitGrouping: '3;0', FirstDayOfWeek: 1, IsEastAsia: false, IsRightToLeft: false, IsUIRightToLeft: false,
    ListSeparator: ';', LocaleId: 1030, NegativeSign: '-', PositiveSign: '', Time24: true, TimeSeparator: ':',
    ThousandSeparator: '.', WorkDayEndHour: 1020, WorkDays: 62, WorkDayStartHour: 480
  }, { TimeZone: timeZoneEntity });
}

export function rootFolderEntity(ctx: RequestContext, l: IListRow): Entity {
  return new Entity({ type: 'SP.Folder', uri: `${listUri(l)}/RootFolder` }, {
    Exists: true, IsWOPIEnabled: false, ItemCount: ctx.store.items.count(l.id), Name: l.url.split('/').pop(),
    ProgID: null, ServerRelativeUrl: l.url, ServerRelativePath: { DecodedUrl: l.url }, TimeCreated: l.created,
    TimeLastModified: l.lastItemModified, UniqueId: l.props.RootFolderId, WelcomePage: ''
  });
}

/** The ViewFields collection entity: `{Items, SchemaXml}`. */
export function viewFieldsEntity(l: IListRow, v: IViewRow): Entity {
  return new Entity({ type: 'SP.ViewFieldCollection', uri: `${listUri(l)}/Views(guid'${v.id}')/ViewFields` }, {
    Items: new Coll(v.viewFields, 'Edm.String'),
    SchemaXml: v.viewFields.map(f => `<FieldRef Name="${escapeXml(f)}" />`).join('')
  });
}

export function viewEntity(l: IListRow, v: IViewRow): Entity {
  const p = v.props;
  const fieldsXml = `<ViewFields>${v.viewFields.map(f => `<FieldRef Name="${escapeXml(f)}" />`).join('')}</ViewFields>`;
  return new Entity({ type: 'SP.View', uri: `${listUri(l)}/Views(guid'${v.id}')` }, {
    ...p,
    ListViewXml: `<View Name="{${v.id.toUpperCase()}}" ${p.DefaultView ? 'DefaultView="TRUE" ' : ''}Type="HTML" ` +
      `DisplayName="${escapeXml(String(p.Title))}" Url="${escapeXml(String(p.ServerRelativeUrl))}">` +
      `<Query>${String(p.ViewQuery || '')}</Query>${fieldsXml}<RowLimit Paged="${p.Paged ? 'TRUE' : 'FALSE'}">` +
      `${String(p.RowLimit)}</RowLimit></View>`
  }, { ViewFields: () => viewFieldsEntity(l, v) });
}

/** SP.List with the navigation properties the project may expand. */
export function listEntity(ctx: RequestContext, l: IListRow): Entity {
  const views = (): IViewRow[] => ctx.store.schema.views(l.id);
  const defaultView = (): IViewRow | undefined => views().find(v => v.props.DefaultView === true);
  return new Entity({ type: 'SP.List', uri: listUri(l) }, {
    ...l.props,
    Created: l.created, DefaultViewUrl: defaultView()?.props.ServerRelativeUrl ?? null, Id: l.id,
    ItemCount: ctx.store.items.count(l.id), LastItemDeletedDate: l.lastItemDeleted,
    LastItemModifiedDate: l.lastItemModified, LastItemUserModifiedDate: l.lastItemModified, ParentWebUrl: SITE_PATH,
    Title: l.title
  }, {
    RootFolder: () => rootFolderEntity(ctx, l),
    Fields: () => ctx.store.schema.fields(l.id).map(f => fieldEntity(l, f)),
    Views: () => views().map(v => viewEntity(l, v)),
    DefaultView: () => { const v = defaultView(); return v ? viewEntity(l, v) : null; },
    ParentWeb: () => webEntity(ctx)
  }, { EffectiveBasePermissions: () => permissionsValue(ctx.user) });
}

export function webEntity(ctx: RequestContext): Entity {
  const lists = ctx.store.schema.lists();
  const lastModified = lists.map(l => l.lastItemModified).sort().pop() ?? WEB_CREATED;
  return new Entity({ type: 'SP.Web', uri: 'Web' }, {
    AllowRssFeeds: false, AlternateCssUrl: '', AppInstanceId: '00000000-0000-0000-0000-000000000000', Configuration: 0,
    Created: WEB_CREATED, CustomMasterUrl: `${SITE_PATH}/_catalogs/masterpage/seattle.master`, Description: '',
    EnableMinimalDownload: false, Id: WEB_ID, IsMultilingual: false, Language: 1030, LastItemModifiedDate: lastModified,
    LastItemUserModifiedDate: lastModified, MasterUrl: `${SITE_PATH}/_catalogs/masterpage/seattle.master`,
    NoCrawl: false, QuickLaunchEnabled: true, RecycleBinEnabled: true, ServerRelativeUrl: SITE_PATH,
    SiteLogoUrl: null, SyndicationEnabled: false, Title: WEB_TITLE, TreeViewEnabled: false, UIVersion: 15,
    UIVersionConfigurationEnabled: false, Url: ctx.siteUrl, WebTemplate: 'GROUP'
  }, {
    CurrentUser: () => userEntity(ctx.user),
    RegionalSettings: regionalSettingsEntity,
    Lists: () => lists.map(l => listEntity(ctx, l)),
    SiteUsers: () => ctx.store.users.map(userEntity)
  }, { EffectiveBasePermissions: () => permissionsValue(ctx.user) });
}
