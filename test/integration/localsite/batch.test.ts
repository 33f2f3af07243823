import { startLocalSite, type ILocalSite } from '../../../localsite/server';
import { failure, raw, spFor, USERS, type ISpError } from './helpers';

/** `$batch` as PnPjs writes it: mixed reads and writes; changesets that are not transactions (as online). */
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

  it('does not roll a changeset back: a failing middle request leaves the first and third applied (as SharePoint Online)', async () => {
    const [batched, execute] = spFor(site).batched();
    const list = batched.web.lists.getByTitle('Kø');
    const first = list.items.add({ Title: 'x1' });
    const bad = list.items.add({ Title: 'x2', NoSuchColumn: true });
    const third = list.items.getById(1).update({ Title: 'ændret' });
    const read = list.items.select('Title').orderBy('ID')<Array<{ Title: string }>>();
    await execute();
    expect((await first).Title).toBe('x1');
    expect(await failure(bad)).toMatchObject({ status: 400, message: expect.stringContaining("'NoSuchColumn'") });
    expect((await third).etag).toBe('"2"');
    expect((await read).map(i => i.Title)).toEqual(['ændret', 'x1']);
    expect(titles()).toEqual(['ændret', 'x1']);
    // The failed create used no item id: the next one is 3, as if it had never been sent.
    expect((await spFor(site).web.lists.getByTitle('Kø').items.add({ Title: 'x3' })).Id).toBe(3);
  });

  it('answers each request of a changeset with its own status and applies the ones that succeed', async () => {
    await spFor(site).web.lists.getByTitle('Kø').fields.addNumber('Max', { MinimumValue: 0, MaximumValue: 10 });
    const [batched, execute] = spFor(site).batched();
    const list = batched.web.lists.getByTitle('Kø');
    const results = [
      list.items.add({ Title: 'ok', Max: 1 }),
      list.items.add({ Title: 'for stor', Max: 11 }),
      list.items.getById(99).update({ Title: 'findes ikke' }),
      list.items.add({ Title: 'også ok' })
    ];
    await execute();
    const statuses = await Promise.all(results.map(p => p.then(() => 'ok', async (e: unknown) => (await failure(Promise.reject(e))).status)));
    expect(statuses).toEqual(['ok', 400, 404, 'ok']);
    expect(titles()).toEqual(['eksisterende', 'ok', 'også ok']);
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

  it('parses CRLF bodies and relative URLs; answers flat parts; a part may name the batch\'s own user only', async () => {
    const part = (user: string, body: string): string[] => [
      '--changeset_9', 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
      `POST ${site.siteUrl}/_api/web/lists/getByTitle('K%C3%B8')/items HTTP/1.1`, 'Content-Type: application/json', `X-LocalSite-User: ${user}`, '',
      body, ''
    ];
    const body = [
      '--batch_1', 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
      'GET /sites/os2/_api/web/currentuser?$select=Title HTTP/1.1', 'Accept: application/json', `X-LocalSite-User: ${USERS.sofie}`, '',
      '--batch_1', 'Content-Type: multipart/mixed; boundary="changeset_9"', '',
      ...part(USERS.sofie, '{"Title":"fra læser"}'),
      ...part(USERS.mette, '{"Title":"som admin"}'),
      '--changeset_9--', '',
      '--batch_1--', ''
    ].join('\r\n');
    // The batch is Sofie's (a reader); a part naming Mette (an owner) must not write as her.
    const res = await raw(site, 'POST', '/sites/os2/_api/$batch', { body, user: USERS.sofie, headers: { 'Content-Type': 'multipart/mixed; boundary=batch_1' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^multipart\/mixed; boundary=batchresponse_/);
    const statuses = res.text.split('\n').filter(l => l.startsWith('HTTP/1.1')).map(l => l.trim());
    expect(statuses).toEqual(['HTTP/1.1 200 OK', 'HTTP/1.1 403 Forbidden', 'HTTP/1.1 403 Forbidden']);
    expect(res.text).toContain('"Title":"Sofie Dahl"');
    expect(res.text.trimEnd().split('\n').pop()).toMatch(/^--batchresponse_[0-9a-f-]+--$/);
    expect(res.text.endsWith('--\n')).toBe(true);
    expect(titles()).toEqual(['eksisterende']);
  });

  it('refuses a part addressed to another site than the batch', async () => {
    const body = ['--b', 'Content-Type: application/http', '', 'GET http://evil.example/sites/os2/_api/web HTTP/1.1', '', '--b--', ''].join('\n');
    const res = await raw<ISpError>(site, 'POST', '/sites/os2/_api/$batch', { body, headers: { 'Content-Type': 'multipart/mixed; boundary=b' } });
    expect(res.status).toBe(400);
    expect(res.json['odata.error'].message.value).toContain('another site');
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
