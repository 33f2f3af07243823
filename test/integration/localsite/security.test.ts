import { PermissionKind } from '@pnp/sp/security';
import { startLocalSite, type ILocalSite } from '../../../localsite/server';
import { failure, raw, spFor, USERS, type ISpError } from './helpers';

/** Demo users, the signed-in user per request, and SharePoint's permission masks. */
describe('local site: users and permissions', () => {
  let site: ILocalSite;
  beforeAll(async () => {
    site = await startLocalSite({ port: 0, dataDir: ':memory:' });
    await spFor(site).web.lists.add('Sager');
    site.store.insertItems('Sager', [{ Title: 'Første sag' }]);
  });
  afterAll(async () => { await site.close(); });

  it('switches the current user by header; Mette by default; the cookie works too', async () => {
    expect((await spFor(site, USERS.jonas).web.currentUser())).toMatchObject({ Id: 10, Title: 'Jonas Berg', Email: USERS.jonas,
      LoginName: `i:0#.f|membership|${USERS.jonas}`, PrincipalType: 1, IsSiteAdmin: false });
    expect((await raw<{ Title: string }>(site, 'GET', '/sites/os2/_api/web/currentuser', { user: null })).json.Title).toBe('Mette Kjær');
    const byCookie = await raw<{ Id: number }>(site, 'GET', '/sites/os2/_api/web/currentuser', { headers: { Cookie: 'theme=dark; localsite-user=lars.holm%40os2.eu' } });
    expect(byCookie.json.Id).toBe(8);
    const unknown = await raw<ISpError>(site, 'GET', '/sites/os2/_api/web', { headers: { 'X-LocalSite-User': 'mallory@evil.example' } });
    expect(unknown.status).toBe(401);
    expect(unknown.json['odata.error'].code).toBe('-2147024891, System.UnauthorizedAccessException');
    expect((await raw(site, 'GET', '/sites/os2/_api/web', { headers: { 'X-LocalSite-User': 'sekretariat@os2.eu' } })).status).toBe(401);
  });

  it.each([
    [USERS.mette, true, true, true],
    [USERS.lars, true, true, true],
    [USERS.anne, false, true, true],
    [USERS.jonas, false, true, true],
    [USERS.sofie, false, false, true]
  ])('%s: ManageWeb %s, ManageLists/AddListItems %s, ViewListItems %s (PnPjs hasPermissions)', async (email, manageWeb, edit, view) => {
    const sp = spFor(site, email);
    expect(await sp.web.currentUserHasPermissions(PermissionKind.ManageWeb)).toBe(manageWeb);
    expect(await sp.web.currentUserHasPermissions(PermissionKind.ManageLists)).toBe(edit);
    expect(await sp.web.lists.getByTitle('Sager').currentUserHasPermissions(PermissionKind.AddListItems)).toBe(edit);
    expect(await sp.web.lists.getByTitle('Sager').currentUserHasPermissions(PermissionKind.ViewListItems)).toBe(view);
  });

  it('returns the masks as SharePoint does (Int64 as strings) and per named user', async () => {
    expect(await spFor(site, USERS.sofie).web.getCurrentUserEffectivePermissions()).toMatchObject({ High: '176', Low: '138612833' });
    expect(await spFor(site).web.getUserEffectivePermissions(`i:0#.f|membership|${USERS.anne}`)).toMatchObject({ High: '432', Low: '1011030767' });
    const reader = spFor(site, USERS.sofie);
    expect((await reader.web.lists.getByTitle('Sager').select('Title', 'EffectiveBasePermissions')()).EffectiveBasePermissions)
      .toEqual({ High: '176', Low: '138612833' });
    expect((await reader.web.lists.getByTitle('Sager').items.select('Id', 'EffectiveBasePermissions')())[0].EffectiveBasePermissions)
      .toEqual({ High: '176', Low: '138612833' });
    const web = await spFor(site, USERS.jonas).web.select('EffectiveBasePermissions')<{ EffectiveBasePermissions: { High: string; Low: string } }>();
    expect(web.EffectiveBasePermissions.Low).toBe('1011030767');
    expect((await reader.web.lists.getByTitle('Sager')()).EffectiveBasePermissions).toBeUndefined();
  });

  it('lets a reader read (200) but answers 403 with SharePoint\'s body to every write', async () => {
    const reader = spFor(site, USERS.sofie).web.lists.getByTitle('Sager');
    expect(await reader.items()).toHaveLength(1);
    const denied = await failure(reader.items.add({ Title: 'nej' }));
    expect(denied).toEqual({ status: 403, code: '-2147024891, System.UnauthorizedAccessException',
      message: 'Access denied. You do not have permission to perform this action or access this resource.' });
    expect((await failure(reader.items.getById(1).update({ Title: 'nej' }))).status).toBe(403);
    expect((await failure(reader.items.getById(1).delete())).status).toBe(403);
    expect((await failure(reader.update({ Description: 'nej' }))).status).toBe(403);
    expect(site.store.getItems('Sager').map(i => [i.data.Title, i.version])).toEqual([['Første sag', 1]]);
    const member = await spFor(site, USERS.anne).web.lists.getByTitle('Sager').items.add({ Title: 'Annes sag' });
    expect(member.AuthorId).toBe(9);
  });

  it('finds site users by id, e-mail and login name; a reader may ensure existing site users', async () => {
    const sp = spFor(site, USERS.sofie);
    expect((await sp.web.siteUsers.getById(11)()).Title).toBe('Sofie Dahl');
    expect((await sp.web.siteUsers.getByEmail(USERS.lars)()).Id).toBe(8);
    expect((await sp.web.siteUsers.getByLoginName(`i:0#.f|membership|${USERS.anne}`)()).Id).toBe(9);
    expect((await sp.web.getUserById(7)()).Email).toBe(USERS.mette);
    expect((await sp.web.ensureUser(`i:0#.f|membership|${USERS.jonas}`)).Id).toBe(10);
    expect((await sp.web.ensureUser('sekretariat@os2.eu')).Title).toBe('OS2 Sekretariat');
    expect((await failure(sp.web.ensureUser('nobody@os2.eu'))).status).toBe(400);
    expect((await failure(sp.web.siteUsers.getById(4242)())).status).toBe(404);
    const people = await sp.web.siteUsers.filter('PrincipalType eq 1 and IsHiddenInUI eq false').select('Id', 'Title')();
    expect(people.map(u => u.Id)).toEqual([7, 8, 9, 10, 11, 12]);
  });

  it('lists the demo users for the local page', async () => {
    const res = await raw<{ users: Array<{ email: string; role: string }> }>(site, 'GET', '/_localsite/users');
    expect(res.json.users.map(u => [u.email, u.role])).toEqual([
      [USERS.mette, 'FullControl'], [USERS.lars, 'FullControl'], [USERS.anne, 'Edit'], [USERS.jonas, 'Edit'], [USERS.sofie, 'Read']]);
    expect(site.store.demoUsers.map(u => u.id)).toEqual([7, 8, 9, 10, 11]);
  });
});
