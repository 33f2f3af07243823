import { startLocalSite, type ILocalSite } from '../../../localsite/server';
import { createTestList, failure, raw, spFor, USERS } from './helpers';

/** Item create/read/update/delete through the real PnPjs, with SharePoint's JSON shapes, ETags and versions. */
describe('local site: list items', () => {
  let site: ILocalSite;
  const api = (path: string): string => `/sites/os2/_api/web/lists/getByTitle('Opgaver')${path}`;
  beforeAll(async () => {
    site = await startLocalSite({ port: 0, dataDir: ':memory:' });
  });
  afterAll(async () => { await site.close(); });
  beforeEach(async () => {
    site.store.reset();
    const sp = spFor(site);
    await sp.web.lists.add('Processer');
    await sp.web.lists.getByTitle('Processer').items.add({ Title: 'Onboarding' });
    await createTestList(sp, 'Opgaver', 'Processer');
    await sp.web.lists.getByTitle('Opgaver').fields.addUser('Team');
    await sp.web.lists.getByTitle('Opgaver').fields.getByInternalNameOrTitle('Team').update({ AllowMultipleValues: true });
  });

  it('creates an item (201, odata.etag, every column) and reads it in minimal metadata', async () => {
    const list = spFor(site).web.lists.getByTitle('Opgaver');
    const created = await list.items.add({
      Title: 'Første', Code: 'A-1', StartDate: '2026-05-14T10:00:00+02:00', Status: 'Ny', Tags: ['a', 'c'], Score: 42,
      Active: true, OwnerId: 9, TeamId: [7, 8], Link: { Url: 'https://os2.eu', Description: 'OS2' }, ParentId: 1
    });
    expect(created).toMatchObject({
      'odata.type': 'SP.Data.OpgaverListItem', 'odata.etag': '"1"', Id: 1, ID: 1, Title: 'Første', Code: 'A-1',
      StartDate: '2026-05-14T08:00:00Z', Status: 'Ny', Tags: ['a', 'c'], Score: 42, Active: true, OwnerId: 9,
      OwnerStringId: '9', TeamId: [7, 8], TeamStringId: ['7', '8'], ParentId: 1, Notes: null, AuthorId: 7, EditorId: 7,
      OData__UIVersionString: '1.0', Link: { Url: 'https://os2.eu', Description: 'OS2' }
    });
    expect(created.Created).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(created['odata.editLink']).toMatch(/^Web\/Lists\(guid'[0-9a-f-]{36}'\)\/Items\(1\)$/);
    const byId = await list.items.getById(1).select('Title', 'Id')();
    expect(Object.keys(byId).filter(k => !k.startsWith('odata.'))).toEqual(['Title', 'Id']);
    const alt = await raw<{ Title: string }>(site, 'GET', api('/items/getById(1)?$select=Title'));
    expect(alt.json.Title).toBe('Første');
  });

  it('writes verbose bodies and answers verbose JSON with __metadata, {results} and __deferred', async () => {
    const post = await raw<{ d: { Owner: { __deferred: { uri: string } } } }>(site, 'POST', api('/items'), {
      headers: { Accept: 'application/json;odata=verbose', 'Content-Type': 'application/json;odata=verbose' },
      body: { __metadata: { type: 'SP.Data.OpgaverListItem' }, Title: 'Verbose', TeamId: { results: [10] }, Tags: { __metadata: { type: 'Collection(Edm.String)' }, results: ['b'] },
        Link: { __metadata: { type: 'SP.FieldUrlValue' }, Url: 'https://x.dk', Description: 'X' } }
    });
    expect(post.status).toBe(201);
    expect(post.json.d).toMatchObject({
      __metadata: { type: 'SP.Data.OpgaverListItem', etag: '"1"' }, Title: 'Verbose',
      TeamId: { __metadata: { type: 'Collection(Edm.Int32)' }, results: [10] }, Tags: { results: ['b'] },
      Link: { __metadata: { type: 'SP.FieldUrlValue' }, Url: 'https://x.dk' }
    });
    expect(post.json.d.Owner.__deferred.uri).toMatch(/\/Items\(1\)\/Owner$/);
    const list = await raw<{ d: { results: Array<{ Team: { results: unknown[] } }> } }>(site, 'GET', api('/items?$select=Title,Team/Title&$expand=Team'), { headers: { Accept: 'application/json;odata=verbose' } });
    expect(list.json.d.results[0].Team.results[0]).toMatchObject({ __metadata: { type: 'SP.Data.UserInfoItem' }, Title: 'Jonas Berg' });
    const nometa = await raw(site, 'GET', api('/items(1)?$select=Title'), { headers: { Accept: 'application/json;odata=nometadata' } });
    expect(nometa.json).toEqual({ Title: 'Verbose' });
    const wrongType = await raw(site, 'POST', api('/items'), { body: { __metadata: { type: 'SP.Data.WrongListItem' }, Title: 'x' } });
    expect(wrongType.status).toBe(400);
  });

  it('updates with MERGE: 204 with a new ETag, 412 on a stale one, then succeeds with the fresh one', async () => {
    const list = spFor(site).web.lists.getByTitle('Opgaver');
    const created = await list.items.add({ Title: 'v1' });
    const first = await list.items.getById(created.Id).update({ Title: 'v2' }, created['odata.etag']);
    expect(first.etag).toBe('"2"');
    const stale = await failure(list.items.getById(created.Id).update({ Title: 'stale' }, created['odata.etag']));
    expect(stale).toEqual({ status: 412, code: '-1, Microsoft.SharePoint.Client.ClientServiceException',
      message: 'The request ETag value \'"1"\' does not match the object\'s ETag value \'"2"\'.' });
    await list.items.getById(created.Id).update({ Title: 'v3' }, first.etag);
    await list.items.getById(created.Id).update({ Score: 5 });
    const item = await list.items.getById(created.Id)();
    expect(item).toMatchObject({ Title: 'v3', Score: 5, 'odata.etag': '"4"', OData__UIVersionString: '4.0' });
    const versions = await list.items.getById(created.Id).versions<Array<{ VersionLabel: string; Title: string; IsCurrentVersion: boolean }>>();
    expect(versions.map(v => [v.VersionLabel, v.Title, v.IsCurrentVersion])).toEqual([
      ['4.0', 'v3', true], ['3.0', 'v3', false], ['2.0', 'v2', false], ['1.0', 'v1', false]]);
    expect((await list.items.getById(created.Id).versions.getById(1024)()).Title).toBe('v2');
    const viaPatch = await raw(site, 'PATCH', api(`/items(${created.Id})`), { body: { Title: 'patched' }, headers: { 'IF-MATCH': '*' } });
    expect([viaPatch.status, viaPatch.headers.get('etag')]).toEqual([204, '"5"']);
    const viaMerge = await raw(site, 'MERGE', api(`/items(${created.Id})`), { body: { Title: 'merged' }, headers: { 'IF-MATCH': 'W/"5"' } });
    expect(viaMerge.status).toBe(204);
  });

  it('turns versioning off: the ETag still moves, the version label stays 1.0', async () => {
    const sp = spFor(site);
    await sp.web.lists.getByTitle('Opgaver').update({ EnableVersioning: false });
    const list = sp.web.lists.getByTitle('Opgaver');
    const item = await list.items.add({ Title: 'a' });
    await list.items.getById(item.Id).update({ Title: 'b' });
    expect(await list.items.getById(item.Id).select('OData__UIVersionString')()).toMatchObject({ 'odata.etag': '"2"', OData__UIVersionString: '1.0' });
    expect(await list.items.getById(item.Id).versions()).toHaveLength(1);
  });

  it('deletes and recycles items; a missing item is a SharePoint 404', async () => {
    const list = spFor(site).web.lists.getByTitle('Opgaver');
    const a = await list.items.add({ Title: 'a' });
    const b = await list.items.add({ Title: 'b' });
    await list.items.getById(a.Id).delete();
    await list.items.getById(b.Id).recycle();
    const gone = await failure(list.items.getById(a.Id)());
    expect(gone).toEqual({ status: 404, code: '-2130575338, Microsoft.SharePoint.SPException', message: 'Item does not exist. It may have been deleted by another user.' });
    expect((await raw(site, 'DELETE', api(`/items(${b.Id})`), { headers: { 'IF-MATCH': '*' } })).status).toBe(404);
    const c = await list.items.add({ Title: 'c' });
    expect(c.Id).toBe(3);
    expect((await list.select('ItemCount')()).ItemCount).toBe(1);
  });

  it('rejects unknown properties, read-only columns and wrongly typed values with 400', async () => {
    const list = spFor(site).web.lists.getByTitle('Opgaver');
    const unknown = await failure(list.items.add({ Title: 'x', Nope: 1 }));
    expect(unknown).toMatchObject({ status: 400, message: "The property 'Nope' does not exist on type 'SP.Data.OpgaverListItem'. Make sure to only use property names that are defined by the type." });
    const cases: Array<Record<string, unknown>> = [
      { Score: 'many' }, { Score: 101 }, { Active: 'yes' }, { StartDate: 'tomorrow' }, { Tags: 'a' }, { OwnerId: 'Mette' },
      { OwnerId: 999 }, { TeamId: 7 }, { Owner: 7 }, { Created: '2026-01-01T00:00:00Z' }, { Link: 'https://x' }, { Title: 5 }
    ];
    for (const body of cases) {
      expect({ body, status: (await failure(list.items.add(body))).status }).toEqual({ body, status: 400 });
    }
    expect(await list.items()).toHaveLength(0);
  });

  it('keeps Required unenforced on REST writes (as SharePoint does) and applies default values', async () => {
    const sp = spFor(site);
    const list = sp.web.lists.getByTitle('Opgaver');
    await list.fields.getByInternalNameOrTitle('Status').update({ Required: true, DefaultValue: 'I gang' });
    await list.fields.getByInternalNameOrTitle('Active').update({ DefaultValue: '1' });
    const item = await list.items.add({ Title: 'Uden status' });
    expect(item).toMatchObject({ Status: 'I gang', Active: true });
    const cleared = await list.items.getById(item.Id).update({ Status: null, TeamId: { results: [] }, OwnerId: null });
    expect(cleared.etag).toBe('"2"');
    expect(await list.items.getById(item.Id).select('Status', 'TeamId', 'OwnerId')()).toMatchObject({ Status: null, TeamId: [], OwnerId: null });
  });

  it('expands people and lookups, and insists on $expand for projected fields', async () => {
    const list = spFor(site).web.lists.getByTitle('Opgaver');
    await list.items.add({ Title: 'Med alt', OwnerId: 8, TeamId: [9, 10], ParentId: 1 });
    const item = await list.items.select('Title', 'Owner/Title', 'Owner/EMail', 'Team/Title', 'Parent/Title', 'Parent/Id', 'Author/Name')
      .expand('Owner', 'Team', 'Parent', 'Author')();
    expect(item[0]).toMatchObject({
      Owner: { Title: 'Lars Holm', EMail: USERS.lars }, Team: [{ Title: 'Anne Sørensen' }, { Title: 'Jonas Berg' }],
      Parent: { Title: 'Onboarding', Id: 1 }, Author: { Name: `i:0#.f|membership|${USERS.mette}` }
    });
    expect(Object.keys(item[0].Owner).filter(k => !k.startsWith('odata.'))).toEqual(['Title', 'EMail']);
    const whole = await list.items.select('Owner').expand('Owner')();
    expect(whole[0].Owner).toMatchObject({ Id: 8, Title: 'Lars Holm', EMail: USERS.lars });
    const noExpand = await failure(list.items.select('Owner/Title')());
    expect(noExpand.status).toBe(400);
    expect(noExpand.message).toContain('$expand query string must contains Owner');
    expect((await failure(list.items.select('Nope')())).status).toBe(400);
    expect((await failure(list.items.select('Owner/Salary').expand('Owner')())).status).toBe(400);
    expect((await failure(list.items.expand('Title')())).status).toBe(400);
  });

  it('reads a property of an item and the list item count', async () => {
    const list = spFor(site).web.lists.getByTitle('Opgaver');
    await list.items.add({ Title: 'Egenskab' });
    expect((await raw<{ value: string }>(site, 'GET', api('/items(1)/Title'))).json.value).toBe('Egenskab');
    expect((await list.select('ItemCount', 'LastItemModifiedDate')()).ItemCount).toBe(1);
  });
});
