import * as http from 'http';
import { startLocalSite, type ILocalSite } from '../../../localsite/server';
import { mountSeedRoute } from '../../../localsite/prepare';
import { raw, spFor, USERS, type ISpError } from './helpers';

/** A request with a Host header fetch would not let us set. */
function withHost(site: ILocalSite, host: string, path: string, method = 'GET'): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${site.url}${path}`, { method, headers: { Host: host, Accept: 'application/json', 'X-LocalSite-User': USERS.mette } }, res => {
      let body = '';
      res.on('data', (c: Buffer) => { body += c.toString('utf8'); });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * Browser safety: the site answers only to loopback host names (DNS rebinding), takes writes only from its own
 * origin (another page open in the browser cannot write through the developer's session), reads JSON bodies only as
 * JSON, and leaves the control endpoints that wipe or break it to site owners.
 */
describe('local site: browser safety', () => {
  let site: ILocalSite;
  let port: string;
  const items = "/sites/os2/_api/web/lists/getByTitle('Sikker')/items";
  beforeAll(async () => {
    site = await startLocalSite({ port: 0, dataDir: ':memory:' });
    port = new URL(site.url).port;
    site.app.get('/later-page', (_req, res) => { res.send('page'); });
    await spFor(site).web.lists.add('Sikker');
  });
  afterAll(async () => { await site.close(); });
  const count = (): number => site.store.getItems('Sikker').length;

  it('answers 421 to a Host that is not localhost or 127.0.0.1 on its port, on every path', async () => {
    for (const path of ['/sites/os2/_api/web', '/graph/v1.0/me', '/_localsite/health', '/later-page']) {
      expect((await withHost(site, `localhost:${port}`, path)).status).toBe(200);
      expect((await withHost(site, `127.0.0.1:${port}`, path)).status).toBe(200);
      const rebound = await withHost(site, `evil.example:${port}`, path);
      expect({ path, status: rebound.status }).toEqual({ path, status: 421 });
      expect(rebound.body).toContain("not to the host 'evil.example");
      expect((await withHost(site, `localhost:${Number(port) + 1}`, path)).status).toBe(421);
      expect((await withHost(site, 'localhost', path)).status).toBe(421);
    }
    const sp = JSON.parse((await withHost(site, 'attacker.test', '/sites/os2/_api/web')).body) as ISpError;
    expect(sp['odata.error'].code).toMatch(/InvalidClientQueryException/);
  });

  it('refuses a write from another origin (a no-cors text/plain fetch from another loopback page), keeps same-origin writes', async () => {
    // What a page on http://127.0.0.1:9999 can send without a preflight: its cookie goes along, its Origin too.
    const forged = await raw<ISpError>(site, 'POST', items, {
      user: null, body: '{"Title":"CSRF"}', headers: { Origin: 'http://127.0.0.1:9999', 'Content-Type': 'text/plain;charset=UTF-8', Cookie: 'localsite-user=mette.kjaer%40os2.eu' }
    });
    expect(forged.status).toBe(403);
    expect(forged.json['odata.error'].code).toBe('-2147024891, System.UnauthorizedAccessException');
    for (const origin of ['http://localhost:9999', `http://evil.example:${port}`, 'null']) {
      expect((await raw(site, 'POST', items, { headers: { Origin: origin, 'X-LocalSite-User': USERS.mette }, body: { Title: 'x' } })).status).toBe(403);
    }
    expect((await raw(site, 'POST', items, { headers: { 'Sec-Fetch-Site': 'cross-site', 'X-LocalSite-User': USERS.mette }, body: { Title: 'x' } })).status).toBe(403);
    expect((await raw(site, 'POST', items, { headers: { 'Sec-Fetch-Site': 'same-site', 'X-LocalSite-User': USERS.mette }, body: { Title: 'x' } })).status).toBe(403);
    expect(count()).toBe(0);
    expect((await raw(site, 'POST', items, { headers: { Origin: site.url, 'Sec-Fetch-Site': 'same-origin' }, body: { Title: 'egen side' } })).status).toBe(201);
    // Reads are not refused (the browser keeps another origin from reading the answer); Graph refuses too.
    expect((await raw(site, 'GET', items, { headers: { Origin: 'http://127.0.0.1:9999' } })).status).toBe(200);
    expect((await raw(site, 'POST', '/graph/v1.0/me', { headers: { Origin: 'http://127.0.0.1:9999' } })).status).toBe(403);
    expect(count()).toBe(1);
  });

  it('reads a JSON endpoint\'s body as JSON only: text/plain, a form post or no type are a 400', async () => {
    for (const type of ['text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const res = await raw<ISpError>(site, 'POST', items, { body: '{"Title":"forkert type"}', headers: { 'Content-Type': type } });
      expect({ type, status: res.status }).toEqual({ type, status: 400 });
      expect(res.json['odata.error'].message.value).toContain(`do not match the content type '${type}'`);
    }
    const untyped = await fetch(`${site.url}${items}`, { method: 'POST', body: new Uint8Array(Buffer.from('{"Title":"x"}')), headers: { 'X-LocalSite-User': USERS.mette } });
    expect(untyped.status).toBe(400);
    expect(count()).toBe(1);
    const verbose = await raw(site, 'POST', items, { body: { Title: 'verbose' }, headers: { 'Content-Type': 'application/json;odata=verbose', Accept: 'application/json;odata=verbose' } });
    expect(verbose.status).toBe(201);
    // An empty body may carry any type (a bare POST to contextinfo or a DELETE).
    expect((await raw(site, 'POST', '/sites/os2/_api/contextinfo', { headers: { 'Content-Type': 'text/plain' } })).status).toBe(200);
  });

  it('lets only site owners reset, seed and add or clear faults; the default user (Mette) is one', async () => {
    for (const [method, path, body] of [['POST', '/_localsite/reset', undefined], ['POST', '/_localsite/faults', { count: 1, status: 503 }], ['DELETE', '/_localsite/faults', undefined]] as const) {
      for (const auth of [{ user: USERS.sofie }, { user: USERS.anne }, { headers: { Cookie: `localsite-user=${encodeURIComponent(USERS.jonas)}` } }]) {
        const res = await raw<{ error: string }>(site, method, path, { ...auth, body });
        expect({ method, path, auth, status: res.status }).toEqual({ method, path, auth, status: 403 });
        expect(res.json.error).toMatch(/Only a site owner/);
      }
      expect((await raw(site, method, path, { user: 'mallory@evil.example', body })).status).toBe(401);
    }
    expect(site.faults.pending()).toEqual([]);
    expect(count()).toBe(2);
    expect((await raw(site, 'POST', '/_localsite/faults', { user: USERS.lars, body: { count: 1, latencyMs: 1 } })).status).toBe(200);
    expect((await raw(site, 'DELETE', '/_localsite/faults', { user: null })).status).toBe(200);
    // Another origin cannot reset, not even as the owner.
    expect((await raw(site, 'POST', '/_localsite/reset', { user: null, headers: { Origin: 'http://127.0.0.1:9999' } })).status).toBe(403);
    expect(count()).toBe(2);

    mountSeedRoute(site);
    const seedAsMember = await raw<{ error: string }>(site, 'POST', '/_localsite/seed', { user: USERS.anne, body: { size: 'demo' } });
    expect(seedAsMember.status).toBe(403);
    expect((await raw(site, 'POST', '/_localsite/seed', { user: null, headers: { Origin: 'http://localhost:1' }, body: { size: 'demo' } })).status).toBe(403);
    expect(await spFor(site).web.lists.select('Title')()).toHaveLength(1);

    expect((await raw(site, 'POST', '/_localsite/reset', { user: null })).status).toBe(200);
    expect(await spFor(site).web.lists()).toEqual([]);
  });
});
