import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startLocalSite, type ILocalSite } from '../../../localsite/server';
import type { IFaultRule } from '../../../localsite/server/http/faults';
import type { IRequestLogEntry } from '../../../localsite/server/http/request-log';
import { failure, raw, spFor, type IGraphError, type ISpError } from './helpers';

/** Fault injection, the request log, the control endpoints, garbage input and persistence. */
describe('local site: faults, control endpoints and robustness', () => {
  let site: ILocalSite;
  beforeAll(async () => {
    site = await startLocalSite({ port: 0, dataDir: ':memory:' });
    site.app.get('/custom-page', (_req, res) => { res.send('page'); });
    site.app.get('/_localsite/ready', (_req, res) => { res.json({ ready: true }); });
  });
  afterAll(async () => { await site.close(); });
  beforeEach(async () => {
    await raw(site, 'DELETE', '/_localsite/faults');
    site.store.reset();
    await spFor(site).web.lists.add('Liste');
    site.store.insertItems('Liste', [{ Title: 'a' }]);
  });
  const fault = async (rule: object): Promise<void> => {
    expect((await raw(site, 'POST', '/_localsite/faults', { body: rule })).status).toBe(200);
  };

  it('answers 429 with Retry-After; PnPjs waits and retries successfully', async () => {
    await fault({ count: 1, status: 429, retryAfter: 1, pathContains: '/items' });
    site.requests.clear();
    const started = Date.now();
    expect(await spFor(site).web.lists.getByTitle('Liste').items()).toHaveLength(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(site.requests.list().map(r => r.status)).toEqual([429, 200]);
    const direct = await raw<{ faults: IFaultRule[] }>(site, 'POST', '/_localsite/faults', { body: { count: 1, status: 503, retryAfter: 0 } });
    expect(direct.json.faults).toEqual([expect.objectContaining({ count: 1, status: 503 })]);
    const busy = await raw<ISpError>(site, 'GET', '/sites/os2/_api/web');
    expect([busy.status, busy.headers.get('retry-after'), busy.json['odata.error'].code])
      .toEqual([503, '0', '-2147024860, Microsoft.SharePoint.SPServerTooBusyException']);
    expect((await raw(site, 'GET', '/sites/os2/_api/web')).status).toBe(200);
  });

  it('drops connections: PnPjs retries twice, then surfaces the network error', async () => {
    await fault({ count: 3, drop: true, pathContains: "getByTitle('Liste')" });
    await expect(spFor(site).web.lists.getByTitle('Liste').items()).rejects.toThrow(/fetch failed/);
    expect(site.requests.list().slice(-3).map(r => r.status)).toEqual([0, 0, 0]);
    await fault({ count: 1, drop: true });
    expect(await spFor(site).web.lists.getByTitle('Liste').items()).toHaveLength(1);
  });

  it('loses a response after commit: the write is stored, the client sees a network error', async () => {
    await fault({ count: 1, loseResponse: true, method: 'POST', pathContains: '/items' });
    // A GET first: the method filter leaves it alone.
    expect(await spFor(site).web.lists.getByTitle('Liste').items()).toHaveLength(1);
    const res = await fetch(`${site.siteUrl}/_api/web/lists/getByTitle('Liste')/items`, {
      method: 'POST', headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-LocalSite-User': 'mette.kjaer@os2.eu' },
      body: JSON.stringify({ Title: 'b' })
    }).then(() => 'answered', (e: Error) => e.message);
    expect(res).toMatch(/fetch failed/);
    expect(site.store.getItems('Liste').map(i => i.data.Title)).toEqual(['a', 'b']);
    expect(site.faults.pending()).toEqual([]);
    expect((await raw(site, 'POST', '/_localsite/faults', { body: { count: 1, drop: true, loseResponse: true } })).status).toBe(400);
    expect((await raw(site, 'POST', '/_localsite/faults', { body: { count: 1, drop: true, method: 'PUT' } })).status).toBe(400);
  });

  it('adds latency, and clears pending faults on DELETE', async () => {
    await fault({ count: 1, latencyMs: 300 });
    const started = Date.now();
    await raw(site, 'GET', '/sites/os2/_api/web');
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
    await fault({ count: 5, status: 503 });
    await raw(site, 'DELETE', '/_localsite/faults');
    expect((await raw(site, 'GET', '/sites/os2/_api/web')).status).toBe(200);
    expect((await raw(site, 'POST', '/_localsite/faults', { body: { count: 0, status: 429 } })).status).toBe(400);
    expect((await raw(site, 'POST', '/_localsite/faults', { body: '{not json' })).status).toBe(400);
    await fault({ count: 1, status: 429, pathContains: '/graph/' });
    const g = await raw<IGraphError>(site, 'GET', '/graph/v1.0/me');
    expect([g.status, g.json.error.code]).toEqual([429, 'TooManyRequests']);
  });

  it('logs SharePoint and Graph requests with method, path, status and time; DELETE clears', async () => {
    await raw(site, 'DELETE', '/_localsite/requests');
    await spFor(site).web.lists.getByTitle('Liste').items.getById(1).update({ Title: 'b' });
    await raw(site, 'GET', '/graph/v1.0/me');
    await raw(site, 'POST', '/sites/os2/_api/contextinfo');
    const all = (await raw<{ requests: IRequestLogEntry[] }>(site, 'GET', '/_localsite/requests')).json.requests;
    expect(all[all.length - 1]).toMatchObject({ api: 'sharepoint', method: 'POST', path: '/sites/os2/_api/contextinfo', status: 200 });
    // PnPjs caches the form digest per web for the whole process, so whether it asked contextinfo first depends on earlier tests.
    const log = all.filter(r => !r.path.endsWith('/contextinfo'));
    expect(log.map(r => [r.api, r.method, r.xHttpMethod, r.status])).toEqual([
      ['sharepoint', 'POST', 'MERGE', 204], ['graph', 'GET', undefined, 200]]);
    expect(log[0].path).toBe("/sites/os2/_api/web/lists/getByTitle('Liste')/items(1)");
    expect(new Date(log[0].time).getTime()).toBeGreaterThan(0);
    await raw(site, 'DELETE', '/_localsite/requests');
    expect((await raw<{ requests: IRequestLogEntry[] }>(site, 'GET', '/_localsite/requests')).json.requests).toEqual([]);
  });

  it('resets data but keeps users; health; OPTIONS; other routes fall through', async () => {
    expect((await raw(site, 'GET', '/_localsite/health')).json).toEqual({ ok: true });
    expect((await raw(site, 'POST', '/_localsite/reset')).json).toEqual({ ok: true });
    expect(await spFor(site).web.lists()).toEqual([]);
    expect((await spFor(site).web.currentUser()).Title).toBe('Mette Kjær');
    expect((await raw(site, 'OPTIONS', '/sites/os2/_api/web')).status).toBe(204);
    expect((await raw(site, 'GET', '/custom-page')).text).toBe('page');
    expect((await raw(site, 'GET', '/_localsite/ready')).json).toEqual({ ready: true });
    expect((await raw(site, 'GET', '/sites/other/page.aspx')).status).toBe(404);
    expect((await raw<ISpError>(site, 'GET', '/sites/os2/_api/nothing')).json['odata.error'].message.value).toBe('Cannot find resource for the request nothing.');
  });

  it('answers a pile of garbage with 4xx, never a crash, then serves normally', async () => {
    const list = "/sites/os2/_api/web/lists/getByTitle('Liste')";
    const junk: Array<[string, string, string | undefined, Record<string, string>?]> = [
      ['POST', `${list}/items`, '{"Title": '],
      ['POST', `${list}/items`, '[1,2,3]'],
      ['POST', `${list}/items`, 'null'],
      ['POST', `${list}/items`, '\u0000\u0001\u0002binary'],
      ['POST', `${list}/items`, '{"Title":{"nested":{"deep":[1,{"x":2}]}}}'],
      ['POST', '/sites/os2/_api/web/lists', '{"Title":""}'],
      ['POST', '/sites/os2/_api/web/lists', '{"Title":"x","BaseTemplate":"hundred"}'],
      ['POST', `${list}/fields`, '{"Title":"x","FieldTypeKind":999}'],
      ['POST', `${list}/fields/createfieldasxml`, '{"parameters":{"SchemaXml":"<notxml"}}'],
      ['POST', `${list}/fields/addfield`, '{"parameters":"nope"}'],
      ['GET', `${list}/items?$filter=${encodeURIComponent('('.repeat(500) + 'Id eq 1' + ')'.repeat(500))}`, undefined],
      ['GET', `${list}/items?$filter=${encodeURIComponent("Title eq 'x' and and")}`, undefined],
      ['GET', `${list}/items?$filter=${encodeURIComponent('Title eq ' + "'".repeat(33))}`, undefined],
      ['GET', `${list}/items?$top=-1`, undefined],
      ['GET', `${list}/items?$top=abc`, undefined],
      ['GET', `${list}/items?$select=${encodeURIComponent('Title,,/,x y')}`, undefined],
      ['GET', `${list}/items?$orderby=${encodeURIComponent('Title sideways')}`, undefined],
      ['GET', `${list}/items?$expand=${encodeURIComponent('Author/Manager/Boss')}`, undefined],
      ['GET', `${list}/items('abc')`, undefined],
      ['GET', `${list}/items(1`, undefined],
      ['GET', '/sites/os2/_api/web/lists/getByTitle(Liste)', undefined],
      ['GET', '/sites/os2/_api/web/lists/getByTitle(%E0%A4%A)', undefined],
      ['GET', "/sites/os2/_api/web/lists/getByTitle('a','b')", undefined],
      ['GET', '/sites/os2/_api/web/siteusers(@v)', undefined],
      ['GET', '/sites/os2/_api/web/lists/getByTitle(\'\u{1F600}\')', undefined],
      ['GET', '/sites/os2/_api/%ZZ', undefined],
      ['GET', '/sites/os2/_api/', undefined],
      ['PUT', '/sites/os2/_api/web/lists', '{}'],
      ['DELETE', '/sites/os2/_api/web', undefined],
      ['POST', `${list}/items(1)`, '{}', { 'X-HTTP-Method': 'FROBNICATE' }],
      ['POST', `${list}/items(1)`, '{"Title":"x"}', { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '"garbage' }],
      ['POST', '/sites/os2/_api/$batch', '--x\n\n\n--x--', { 'Content-Type': 'multipart/mixed; boundary=x' }],
      ['POST', '/sites/os2/_api/$batch', '\u0000'.repeat(1000), { 'Content-Type': 'multipart/mixed; boundary=' }],
      ['GET', '/graph/v1.0/me/calendarView', undefined],
      ['GET', '/graph/v1.0/me/calendarView?startDateTime=yesterday&endDateTime=now', undefined],
      ['GET', '/graph/v1.0/me/calendarView?startDateTime=2026-01-01&endDateTime=2026-02-01&$top=x', undefined],
      ['GET', '/graph/v1.0/users/%E0%A4%A', undefined],
      ['DELETE', '/graph/v1.0/me', undefined],
      ['GET', '/graph/beta/me', undefined],
      ['GET', '/sites/os2/_api/web', undefined, { 'X-LocalSite-User': '\u00ff\u00fe' }]
    ];
    for (const [method, url, body, headers] of junk) {
      const res = await raw<Partial<ISpError & IGraphError> | undefined>(site, method, url, { body, headers });
      expect({ method, url, status: res.status >= 400 && res.status < 500 }).toEqual({ method, url, status: true });
      if (url.startsWith('/sites/')) expect(res.json?.['odata.error'] ?? res.json?.error).toBeDefined();
    }
    const big = await raw(site, 'POST', `${list}/items`, { body: `{"Title":"${'x'.repeat(21 * 1024 * 1024)}"}` });
    expect(big.status).toBe(413);
    expect(await spFor(site).web.lists.getByTitle('Liste').items()).toHaveLength(1);
  });

  it('never answers 5xx to random (seeded) filters, selects and write bodies', async () => {
    const sp = spFor(site);
    const list = sp.web.lists.getByTitle('Liste');
    await list.fields.addNumber('Num');
    await list.fields.addDateTime('When');
    await list.fields.addUser('Who');
    await list.fields.addMultiChoice('Tags', { Choices: ['a'] });
    let seed = 20260514;
    const rnd = (n: number): number => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
    const pick = <T>(a: T[]): T => a[rnd(a.length)];
    const atoms = ['Title', 'Num', 'When', 'WhoId', 'Who/Title', 'Who', 'Tags', 'ID', 'Nope', "'x'", '1', 'true', 'null', "datetime'2026-01-01T00:00:00Z'", "''"];
    const expr = (d: number): string => {
      const r = rnd(10);
      if (d > 2 || r < 4) return `${pick(atoms)} ${pick(['eq', 'ne', 'gt', 'le'])} ${pick(atoms)}`;
      if (r < 6) return `${expr(d + 1)} ${pick(['and', 'or'])} ${expr(d + 1)}`;
      if (r < 7) return `not (${expr(d + 1)})`;
      return `${pick(['startswith', 'substringof', 'year', 'tolower'])}(${pick(atoms)}${rnd(2) ? `,${pick(atoms)}` : ''})`;
    };
    const values = [null, 1, 'x', true, [1], { results: [7] }, '2026-01-01', {}, '7'];
    for (let i = 0; i < 150; i++) {
      const query = `$filter=${encodeURIComponent(expr(0))}&$select=${pick(atoms.slice(0, 8))}&$expand=${pick(['Who', 'Author', 'Nope', ''])}`;
      const read = await raw(site, 'GET', `/sites/os2/_api/web/lists/getByTitle('Liste')/items?${query}`);
      expect({ query, status: read.status < 500 }).toEqual({ query, status: true });
      const body = { [pick(['Title', 'Num', 'When', 'WhoId', 'Who', 'Tags', 'Nope'])]: pick(values) };
      const write = await raw(site, 'POST', "/sites/os2/_api/web/lists/getByTitle('Liste')/items", { body });
      expect({ body, status: write.status < 500 }).toEqual({ body, status: true });
    }
  });

  it('keeps its data in site.db across restarts when given a folder', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'localsite-'));
    try {
      const first = await startLocalSite({ port: 0, dataDir: path.join(dir, 'data') });
      await spFor(first).web.lists.add('Varig');
      await spFor(first).web.lists.getByTitle('Varig').items.add({ Title: 'gemt' });
      await first.close();
      const second = await startLocalSite({ port: 0, dataDir: path.join(dir, 'data') });
      expect((await spFor(second).web.lists.getByTitle('Varig').items())[0].Title).toBe('gemt');
      await second.close();
      expect(fs.existsSync(path.join(dir, 'data', 'site.db'))).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports a failing write without applying half of it', async () => {
    const sp = spFor(site);
    await sp.web.lists.getByTitle('Liste').fields.addNumber('N', { MinimumValue: 0, MaximumValue: 10 });
    expect((await failure(sp.web.lists.getByTitle('Liste').items.add({ Title: 'ok', N: 11 }))).status).toBe(400);
    expect(site.store.getItems('Liste')).toHaveLength(1);
    expect(site.store.findList('Liste')!.nextItemId).toBe(2);
  });
});
