import * as http from 'http';
import * as zlib from 'zlib';
import { startLocalSite, type ILocalSite } from '../../../localsite/server';
import { acceptsGzip } from '../../../localsite/server/http/compression';
import { raw, spFor, USERS } from './helpers';

/** A response as the socket carried it: the raw (maybe compressed) bytes, not what fetch would decode. */
function rawBytes(site: ILocalSite, method: string, path: string, headers: Record<string, string>, body?: string):
  Promise<{ status: number; headers: http.IncomingHttpHeaders; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${site.url}${path}`, {
      method, headers: { Accept: 'application/json', 'X-LocalSite-User': USERS.mette, ...headers }
    }, res => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** gzip on SharePoint, Graph and `$batch` responses, as SharePoint Online and Graph compress (issue 9). */
describe('local site: gzip', () => {
  let site: ILocalSite;
  beforeAll(async () => {
    site = await startLocalSite({ port: 0, dataDir: ':memory:' });
    await spFor(site).web.lists.add('Komprimeret');
    site.store.insertItems('Komprimeret', Array.from({ length: 50 }, (_, i) => ({ Title: `Element ${i}` })));
  });
  afterAll(async () => { await site.close(); });
  const items = "/sites/os2/_api/web/lists/getByTitle('Komprimeret')/items?$top=50";

  it('reads Accept-Encoding as HTTP does: q-values, x-gzip, * and identity', () => {
    expect(acceptsGzip('gzip, deflate, br, zstd')).toBe(true);
    expect(acceptsGzip('br;q=1.0, gzip;q=0.8')).toBe(true);
    expect(acceptsGzip('x-gzip')).toBe(true);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('*;q=0.5, gzip;q=0')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip('deflate, br')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });

  it('compresses SharePoint responses when allowed, with Vary, and sends them plain otherwise', async () => {
    const gz = await rawBytes(site, 'GET', items, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(gz.status).toBe(200);
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers.vary).toBe('Accept-Encoding');
    expect(gz.bytes.subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
    expect(Number(gz.headers['content-length'])).toBe(gz.bytes.length);
    const text = zlib.gunzipSync(gz.bytes).toString('utf8');
    expect((JSON.parse(text) as { value: unknown[] }).value).toHaveLength(50);
    expect(gz.bytes.length).toBeLessThan(text.length / 3);

    for (const ae of ['identity', 'gzip;q=0', '']) {
      const plain = await rawBytes(site, 'GET', items, ae ? { 'Accept-Encoding': ae } : {});
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.headers.vary).toBe('Accept-Encoding');
      expect(plain.bytes.toString('utf8')).toBe(text);
    }
    // Errors are compressed too; a 204 has no body to compress.
    const missing = await rawBytes(site, 'GET', "/sites/os2/_api/web/lists/getByTitle('Nej')", { 'Accept-Encoding': 'gzip' });
    expect([missing.status, missing.headers['content-encoding']]).toEqual([404, 'gzip']);
    const merge = await rawBytes(site, 'POST', "/sites/os2/_api/web/lists/getByTitle('Komprimeret')/items(1)",
      { 'Accept-Encoding': 'gzip', 'Content-Type': 'application/json', 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' }, '{"Title":"ny"}');
    expect([merge.status, merge.headers['content-encoding'], merge.bytes.length]).toEqual([204, undefined, 0]);
  });

  it('compresses Graph and $batch responses', async () => {
    const me = await rawBytes(site, 'GET', '/graph/v1.0/me', { 'Accept-Encoding': 'gzip' });
    expect([me.status, me.headers['content-encoding'], me.headers.vary]).toEqual([200, 'gzip', 'Accept-Encoding']);
    expect(JSON.parse(zlib.gunzipSync(me.bytes).toString('utf8'))).toMatchObject({ displayName: 'Mette Kjær' });

    const body = ['--b', 'Content-Type: application/http', '', 'GET /sites/os2/_api/web?$select=Title HTTP/1.1', 'Accept: application/json', '', '--b--', ''].join('\n');
    const batch = await rawBytes(site, 'POST', '/sites/os2/_api/$batch',
      { 'Accept-Encoding': 'gzip', 'Content-Type': 'multipart/mixed; boundary=b' }, body);
    expect([batch.status, batch.headers['content-encoding']]).toEqual([200, 'gzip']);
    expect(zlib.gunzipSync(batch.bytes).toString('utf8')).toContain('"Title":"OS2 Sekretariat"');
  });

  it('PnPjs (through fetch, which accepts gzip) reads compressed pages and batches unchanged; the log keeps statuses', async () => {
    site.requests.clear();
    const sp = spFor(site);
    expect(await sp.web.lists.getByTitle('Komprimeret').items.top(50)()).toHaveLength(50);
    const [batched, execute] = sp.batched();
    const a = batched.web.lists.getByTitle('Komprimeret').items.getById(2)();
    const b = batched.web.select('Title')();
    await execute();
    expect((await a).Title).toBe('Element 1');
    expect((await b).Title).toBe('OS2 Sekretariat');
    expect(site.requests.list().filter(r => !r.path.endsWith('/contextinfo')).map(r => r.status)).toEqual([200, 200]);
    expect((await raw(site, 'GET', '/sites/os2/_api/web')).headers.get('content-encoding')).toBe('gzip');
  });

  it('a lost response stays lost when it would have been compressed', async () => {
    site.faults.add({ count: 1, loseResponse: true, method: 'POST', pathContains: '/items' });
    const outcome = await fetch(`${site.siteUrl}/_api/web/lists/getByTitle('Komprimeret')/items`, {
      method: 'POST', body: JSON.stringify({ Title: 'mistet svar' }),
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-LocalSite-User': USERS.mette }
    }).then(() => 'answered', (e: Error) => e.message);
    expect(outcome).toMatch(/fetch failed/);
    expect(site.store.getItems('Komprimeret').some(i => i.data.Title === 'mistet svar')).toBe(true);
    expect(site.requests.list().slice(-1)[0].status).toBe(0);
  });
});
