import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import '@pnp/sp/profiles';
import { PrincipalSource, PrincipalType } from '@pnp/sp';
import type { IClientPeoplePickerQueryParameters, IPeoplePickerEntity } from '@pnp/sp/profiles';
import { startLocalSite, type ILocalSite } from '../../../localsite/server';
import { failure, raw, spFor, USERS, type IGraphError, type ISpError } from './helpers';

const KAREN = 'karen.mikkelsen@os2.eu';
const HENRIK = 'henrik.norgaard@os2.eu';
const claim = (email: string): string => `i:0#.f|membership|${email}`;

/**
 * Site users are not directory users: people of the tenant who are not users of the site are found by the people
 * picker search, become site users through ensureUser (or siteUsers.add), and only then fit in a person column.
 */
describe('local site: directory, site users and the people picker', () => {
  let site: ILocalSite;
  beforeAll(async () => { site = await startLocalSite({ port: 0, dataDir: ':memory:' }); });
  afterAll(async () => { await site.close(); });
  beforeEach(async () => {
    site.store.reset();
    await spFor(site).web.lists.add('Opgaver');
    await spFor(site).web.lists.getByTitle('Opgaver').fields.addUser('Owner');
  });
  const search = (query: Partial<IClientPeoplePickerQueryParameters>, as: string = USERS.mette): Promise<IPeoplePickerEntity[]> =>
    spFor(site, as).profiles.clientPeoplePickerSearchUser({ MaximumEntitySuggestions: 10, QueryString: '', ...query });

  it('keeps directory people who are not site users out of siteUsers and out of person columns', async () => {
    const siteUsers = await spFor(site).web.siteUsers.select('Email')();
    expect(siteUsers.map(u => u.Email)).not.toContain(KAREN);
    expect(siteUsers).toHaveLength(8);
    expect((await failure(spFor(site).web.siteUsers.getByEmail(KAREN)())).status).toBe(404);
    const write = await failure(spFor(site).web.lists.getByTitle('Opgaver').items.add({ Title: 'x', OwnerId: 14 }));
    expect(write).toMatchObject({ status: 400, message: 'The user does not exist or is not unique.' });
    // Graph knows the whole directory, site user or not.
    expect((await raw<{ displayName: string; department: string }>(site, 'GET', `/graph/v1.0/users/${KAREN}`)).json)
      .toMatchObject({ displayName: 'Karen Mikkelsen', department: 'OS2 Sekretariat' });
    const signIn = await raw<ISpError>(site, 'GET', '/sites/os2/_api/web', { user: KAREN });
    expect(signIn.status).toBe(401);
  });

  it('searches the whole directory by name prefix or e-mail, answering like SharePoint (PnPjs profiles API)', async () => {
    const found = await search({ QueryString: 'kar', PrincipalType: PrincipalType.User, PrincipalSource: PrincipalSource.All });
    expect(found).toEqual([{
      Key: claim(KAREN), Description: KAREN, DisplayText: 'Karen Mikkelsen', EntityType: 'User', ProviderDisplayName: 'Tenant',
      ProviderName: 'Tenant', IsResolved: true, MultipleMatches: [],
      EntityData: { IsAltSecIdPresent: 'False', Title: 'Projektleder', Email: KAREN, MobilePhone: '', ObjectId: expect.stringMatching(/^[0-9a-f-]{36}$/), Department: 'OS2 Sekretariat' }
    }]);
    expect((await search({ QueryString: 'nør' })).map(e => e.DisplayText)).toEqual(['Henrik Nørgaard']);
    expect((await search({ QueryString: 'henrik.n' })).map(e => e.Key)).toEqual([claim(HENRIK)]);
    expect((await search({ QueryString: 'karen mik' })).map(e => e.DisplayText)).toEqual(['Karen Mikkelsen']);
    expect((await search({ QueryString: 'mikkel karen' })).map(e => e.DisplayText)).toEqual(['Karen Mikkelsen']);
    expect(await search({ QueryString: 'aren' })).toEqual([]);
    expect(await search({ QueryString: '-.' })).toEqual([]);
    // Readers may search; site users are found too; MaximumEntitySuggestions limits.
    expect((await search({ QueryString: 's' }, USERS.sofie)).map(e => e.DisplayText)).toEqual(['Anne Sørensen', 'Sofie Dahl', 'OS2 Sekretariat', 'Birgitte Skov']);
    expect(await search({ QueryString: 's', MaximumEntitySuggestions: 2 })).toHaveLength(2);
    expect(await search({ QueryString: '   ' })).toEqual([]);
  });

  it('honours PrincipalType, PrincipalSource and AllowEmailAddresses; refuses unknown parameters', async () => {
    expect((await search({ QueryString: 'os2 b' })).map(e => e.EntityType)).toEqual([]);
    expect((await search({ QueryString: 'os2 b', PrincipalType: PrincipalType.All })).map(e => [e.DisplayText, e.EntityType]))
      .toEqual([['OS2 Bestyrelse', 'FormsRole']]);
    expect(await search({ QueryString: 'karen', PrincipalSource: PrincipalSource.UserInfoList })).toEqual([]);
    expect((await search({ QueryString: 'anne', PrincipalSource: PrincipalSource.UserInfoList })).map(e => e.DisplayText)).toEqual(['Anne Sørensen']);
    const unknown = await search({ QueryString: 'ekstern@kommune.dk', AllowEmailAddresses: true });
    expect(unknown).toEqual([expect.objectContaining({ Key: 'ekstern@kommune.dk', IsResolved: false, EntityData: expect.objectContaining({ PrincipalType: 'UNVALIDATED_EMAIL_ADDRESS' }) })]);
    expect(await search({ QueryString: 'ekstern@kommune.dk' })).toEqual([]);
    const api = '/sites/os2/_api/SP.UI.ApplicationPages.ClientPeoplePickerWebServiceInterface.clientPeoplePickerSearchUser';
    const bad = await raw<ISpError>(site, 'POST', api, { body: { queryParams: { QueryString: 'k', Nope: 1 } } });
    expect([bad.status, bad.json['odata.error'].message.value]).toEqual([400, expect.stringContaining("'Nope' does not exist on type 'SP.UI.ApplicationPages.ClientPeoplePickerQueryParameters'")]);
    expect((await raw(site, 'POST', api, { body: { queryParams: { QueryString: 5 } } })).status).toBe(400);
    expect((await raw(site, 'POST', api, { body: {} })).status).toBe(400);
    expect((await raw(site, 'GET', api)).status).toBe(400);
    expect((await raw(site, 'POST', api, { body: { queryParams: { QueryString: 'k', SharePointGroupID: 3 } } })).status).toBe(501);
  });

  it('answers minimal metadata with a JSON string in value, and verbose in d.ClientPeoplePickerSearchUser', async () => {
    const api = '/sites/os2/_api/SP.UI.ApplicationPages.ClientPeoplePickerWebServiceInterface.clientPeoplePickerSearchUser';
    const body = { queryParams: { QueryString: 'birgitte', MaximumEntitySuggestions: 5, PrincipalType: 1, PrincipalSource: 15, AllowEmailAddresses: true, AllowOnlyEmailAddresses: false, SharePointGroupID: 0 } };
    const minimal = await raw<{ value: string; 'odata.metadata': string }>(site, 'POST', api, { body });
    expect(minimal.status).toBe(200);
    expect(minimal.json['odata.metadata']).toMatch(/\$metadata#Edm\.String$/);
    expect(typeof minimal.json.value).toBe('string');
    expect((JSON.parse(minimal.json.value) as IPeoplePickerEntity[]).map(e => e.Key)).toEqual([claim('birgitte.skov@os2.eu')]);
    const verbose = await raw<{ d: { ClientPeoplePickerSearchUser: string } }>(site, 'POST', api, {
      body, headers: { Accept: 'application/json;odata=verbose', 'Content-Type': 'application/json;odata=verbose' }
    });
    expect(JSON.parse(verbose.json.d.ClientPeoplePickerSearchUser)).toEqual(JSON.parse(minimal.json.value));
  });

  it('ensureUser makes a directory person a site user (needs add/edit rights); a reader may only ensure existing users', async () => {
    const reader = spFor(site, USERS.sofie);
    expect(await failure(reader.web.ensureUser(claim(KAREN)))).toMatchObject({ status: 403, code: '-2147024891, System.UnauthorizedAccessException' });
    expect((await reader.web.ensureUser(claim(USERS.anne))).Id).toBe(9);
    const karen = await spFor(site, USERS.jonas).web.ensureUser(claim(KAREN));
    expect(karen).toMatchObject({ Id: 14, Title: 'Karen Mikkelsen', Email: KAREN, LoginName: claim(KAREN), PrincipalType: 1, IsSiteAdmin: false });
    expect((await spFor(site).web.ensureUser(KAREN)).Id).toBe(14);
    expect((await reader.web.ensureUser(claim(KAREN))).Id).toBe(14);
    expect((await spFor(site).web.siteUsers.getByEmail(KAREN)()).Id).toBe(14);
    // Karen is a site user now, without permissions of her own: she still cannot sign in to the site.
    expect((await raw(site, 'GET', '/sites/os2/_api/web', { user: KAREN })).status).toBe(401);
    const list = spFor(site, USERS.jonas).web.lists.getByTitle('Opgaver');
    const item = await list.items.add({ Title: 'Karens opgave', OwnerId: 14 });
    const read = await list.items.getById(item.Id).select('Owner/Title', 'Owner/EMail', 'Owner/JobTitle', 'Owner/Department').expand('Owner')<{ Owner: Record<string, string> }>();
    expect(read.Owner).toMatchObject({ Title: 'Karen Mikkelsen', EMail: KAREN, JobTitle: 'Projektleder', Department: 'OS2 Sekretariat' });
    expect((await list.items.filter('OwnerId eq 14')()).map(i => i.Title)).toEqual(['Karens opgave']);
    // siteUsers.add does the same for a list manager; an unknown person is SharePoint's 400.
    expect((await (await spFor(site).web.siteUsers.add(claim(HENRIK)))()).Id).toBe(15);
    expect((await failure(spFor(site).web.ensureUser(claim('ukendt@os2.eu')))).status).toBe(400);
    expect(site.store.users.map(u => u.id)).toEqual([1, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
  });

  it('forgets ensured users on reset, keeps them across a restart', async () => {
    await spFor(site).web.ensureUser(KAREN);
    site.store.reset();
    await spFor(site).web.lists.add('Opgaver');
    await spFor(site).web.lists.getByTitle('Opgaver').fields.addUser('Owner');
    expect((await failure(spFor(site).web.lists.getByTitle('Opgaver').items.add({ OwnerId: 14 }))).status).toBe(400);
    expect(site.store.findUser(KAREN)).toBeUndefined();

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'localsite-people-'));
    try {
      const first = await startLocalSite({ port: 0, dataDir: dir });
      expect((await spFor(first).web.ensureUser(HENRIK)).Id).toBe(14);
      await first.close();
      const second = await startLocalSite({ port: 0, dataDir: dir });
      const again = await spFor(second).web.siteUsers.getByEmail(HENRIK)();
      expect(again.Id).toBe(14);
      const graph = await raw<IGraphError>(second, 'GET', '/graph/v1.0/users/nobody@os2.eu');
      expect(graph.status).toBe(404);
      await second.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
