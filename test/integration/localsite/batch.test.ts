import { startLocalSite, type ILocalSite } from '../../../localsite/server';
import { failure, raw, spFor, USERS, type ISpError } from './helpers';

/** `$batch` as PnPjs writes it: mixed reads and writes, changesets that are all-or-nothing. */
describe('local site: $batch', () => {
  let site: ILocalSite;
  beforeAll(async () => { site = await startLocalSite({ port: 0, dataDir: ':memory:' }); });
  afterAll(async () => { await site.close(); });
  beforeEach(async () => {
    site.store.reset();
    const sp = spFor(site);
    await sp.web.lists.add('Kø');
    await sp.web.lists.getByTitle('Kø').fields.addNumber('Rank');
    site.store.insertItems('Kø', [{ Title: 'eksisterende', Rank: 1 }]);
  });
  const titles = (): string[] => site.store.getItems('Kø').map(i => String(i.data.Title));

  it('runs reads and writes in order, in one HTTP request', async () => {
    site.requests.clear();
    const [batched, execute] = spFor(site).batched();
    const list = batched.web.lists.getByTitle('Kø');
    const added = list.items.add({ Title: 'a', Rank: 2 });
    const before = list.items.select('Title').orderBy('ID')<Array<{ Title: string }>>();
    const updated = list.items.getById(1).update({ Title: 'opdateret' });
    const web = batched.web.select('Title')();
    const added2 = list.items.add({ Title: 'b' });
    await execute();
    expect((await added).Title).toBe('a');
    expect((await before).map(i => i.Title)).toEqual(['eksisterende', 'a']);
    expect((await updated).etag).toBe('"2"');
    expect((await web).Title).toBe('OS2 Sekretariat');
    expect((await added2).Id).toBe(3);
    expect(titles()).toEqual(['opdateret', 'a', 'b']);
    const calls = site.requests.list().filter(r => r.path.includes('/_api/'));
    expect(calls.map(c => c.path.replace(/^.*\/_api\//, ''))).toEqual(expect.arrayContaining(['$batch']));
    expect(calls.filter(c => c.path.endsWith('$batch'))).toHaveLength(1);
  });

  it('rolls back a whole changeset when one request in it fails', async () => {
    const [batched, execute] = spFor(site).batched();
    const list = batched.web.lists.getByTitle('Kø');
    const a = list.items.add({ Title: 'x1' });
    const b = list.items.getById(1).update({ Title: 'ændret' });
    const bad = list.items.add({ Title: 'x2', NoSuchColumn: true });
    const c = list.items.add({ Title: 'x3' });
    const read = list.items.select('Title')<Array<{ Title: string }>>();
    const after = batched.web.lists.getByTitle('Kø').items.add({ Title: 'efter' });
    await execute();
    expect((await failure(a)).status).toBe(424);
    expect((await failure(b)).status).toBe(424);
    expect(await failure(bad)).toMatchObject({ status: 400, message: expect.stringContaining("'NoSuchColumn'") });
    expect((await failure(c)).status).toBe(424);
    expect((await read).map(i => i.Title)).toEqual(['eksisterende']);
    expect((await after).Title).toBe('efter');
    expect(titles()).toEqual(['eksisterende', 'efter']);
    expect(site.store.getItems('Kø')[0].version).toBe(1);
  });

  it('checks permissions per request: a reader batch reads but cannot write', async () => {
    const [batched, execute] = spFor(site, USERS.sofie).batched();
    const list = batched.web.lists.getByTitle('Kø');
    const read = list.items();
    const write = list.items.add({ Title: 'nej' });
    await execute();
    expect(await read).toHaveLength(1);
    expect(await failure(write)).toMatchObject({ status: 403, code: '-2147024891, System.UnauthorizedAccessException' });
  });

  it('parses CRLF bodies, relative URLs and a part naming its own user; answers flat parts', async () => {
    const body = [
      '--batch_1', 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
      "GET /sites/os2/_api/web/currentuser?$select=Title HTTP/1.1", 'Accept: application/json', 'X-LocalSite-User: anne.sorensen@os2.eu', '',
      '--batch_1', 'Content-Type: multipart/mixed; boundary="changeset_9"', '',
      '--changeset_9', 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
      `POST ${site.siteUrl}/_api/web/lists/getByTitle('K%C3%B8')/items HTTP/1.1`, 'Content-Type: application/json', 'X-LocalSite-User: sofie.dahl@os2.eu', '',
      '{"Title":"fra læser"}', '',
      '--changeset_9--', '',
      '--batch_1--', ''
    ].join('\r\n');
    const res = await raw(site, 'POST', '/sites/os2/_api/$batch', { body, headers: { 'Content-Type': 'multipart/mixed; boundary=batch_1' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^multipart\/mixed; boundary=batchresponse_/);
    const statuses = res.text.split('\n').filter(l => l.startsWith('HTTP/1.1')).map(l => l.trim());
    expect(statuses).toEqual(['HTTP/1.1 200 OK', 'HTTP/1.1 403 Forbidden']);
    expect(res.text).toContain('"Title":"Anne Sørensen"');
    expect(res.text.trimEnd().split('\n').pop()).toMatch(/^--batchresponse_[0-9a-f-]+--$/);
    expect(res.text.endsWith('--\n')).toBe(true);
  });

  it('answers 400 to a malformed batch and keeps serving', async () => {
    const noBoundary = await raw(site, 'POST', '/sites/os2/_api/$batch', { body: 'hello', headers: { 'Content-Type': 'multipart/mixed' } });
    expect(noBoundary.status).toBe(400);
    const badLine = await raw<ISpError>(site, 'POST', '/sites/os2/_api/$batch', {
      body: '--b\nContent-Type: application/http\n\nNOT A REQUEST LINE\n--b--\n', headers: { 'Content-Type': 'multipart/mixed; boundary=b' }
    });
    expect(badLine.status).toBe(400);
    expect(badLine.json['odata.error'].code).toBe('-1, Microsoft.SharePoint.Client.InvalidClientQueryException');
    const nested = await raw(site, 'POST', '/sites/os2/_api/$batch', {
      body: '--b\nContent-Type: application/http\n\nPOST /sites/os2/_api/$batch HTTP/1.1\n\n\n--b--\n', headers: { 'Content-Type': 'multipart/mixed; boundary=b' }
    });
    expect(nested.status).toBe(400);
    expect((await raw(site, 'GET', '/sites/os2/_api/$batch')).status).toBe(400);
    expect(await spFor(site).web.lists.getByTitle('Kø').items()).toHaveLength(1);
  });
});
