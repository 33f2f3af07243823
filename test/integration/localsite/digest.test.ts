import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { InjectHeaders } from '@pnp/queryable';
import { SPBrowser, spfi } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { startLocalSite, type ILocalSite } from '../../../localsite/server';
import { digestFor, failure, raw, spFor, USERS, type ISpError } from './helpers';

const INVALID = '-2130575251, Microsoft.SharePoint.SPException';
const EXPIRED = '-2130575252, Microsoft.SharePoint.SPException';
const MESSAGE = "The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again.";
const cookie = (email: string): string => `localsite-user=${encodeURIComponent(email)}`;

/**
 * Form digests: a browser session (cookie, or nobody named = the default user) must send a valid X-RequestDigest
 * with every write, as SharePoint demands; X-LocalSite-User stands in for a bearer token and is exempt.
 */
describe('local site: request digest', () => {
  let site: ILocalSite;
  const items = "/sites/os2/_api/web/lists/getByTitle('Digest')/items";
  beforeAll(async () => {
    site = await startLocalSite({ port: 0, dataDir: ':memory:' });
    await spFor(site).web.lists.add('Digest');
  });
  afterAll(async () => { await site.close(); });
  const titles = (): string[] => site.store.getItems('Digest').map(i => String(i.data.Title));

  it('refuses a write without a digest from a browser session, named by cookie or by nobody, with SharePoint\'s 403', async () => {
    for (const init of [{ user: null }, { headers: { Cookie: cookie(USERS.anne) } }]) {
      const res = await raw<ISpError>(site, 'POST', items, { ...init, body: { Title: 'uden digest' } });
      expect(res.status).toBe(403);
      expect(res.json['odata.error']).toEqual({ code: INVALID, message: { lang: 'en-US', value: MESSAGE } });
    }
    const bad = await raw<ISpError>(site, 'POST', items, { headers: { Cookie: cookie(USERS.anne), 'X-RequestDigest': '0xABC,1 Jan 2026 00:00:00 -0000' }, body: { Title: 'x' } });
    expect([bad.status, bad.json['odata.error'].code]).toEqual([403, INVALID]);
    // MERGE and DELETE by X-HTTP-Method are writes too; a read needs no digest.
    site.store.insertItems('Digest', [{ Title: 'findes' }]);
    const id = site.store.getItems('Digest')[0].id;
    for (const verb of ['MERGE', 'DELETE']) {
      const res = await raw(site, 'POST', `${items}(${id})`, { user: null, headers: { 'X-HTTP-Method': verb, 'IF-MATCH': '*' }, body: verb === 'MERGE' ? { Title: 'y' } : undefined });
      expect(res.status).toBe(403);
    }
    expect((await raw(site, 'GET', items, { user: null })).status).toBe(200);
    expect(titles()).toEqual(['findes']);
    site.store.reset();
    await spFor(site).web.lists.add('Digest');
  });

  it('accepts the digest contextinfo issued (contextinfo itself needs none) to the same user', async () => {
    const info = await raw<{ FormDigestValue: string; FormDigestTimeoutSeconds: number }>(site, 'POST', '/sites/os2/_api/contextinfo', { headers: { Cookie: cookie(USERS.anne) } });
    expect(info.status).toBe(200);
    expect(info.json.FormDigestTimeoutSeconds).toBe(1800);
    expect(info.json.FormDigestValue).toMatch(/^0x[0-9A-F]{128},\d{1,2} \w{3} \d{4} \d{2}:\d{2}:\d{2} -0000$/);
    const ok = await raw<{ AuthorId: number }>(site, 'POST', items, { headers: { Cookie: cookie(USERS.anne), 'X-RequestDigest': info.json.FormDigestValue }, body: { Title: 'med digest' } });
    expect([ok.status, ok.json.AuthorId]).toEqual([201, 9]);
    const anonymous = await digestFor(site);
    expect((await raw(site, 'POST', items, { user: null, headers: { 'X-RequestDigest': anonymous }, body: { Title: 'som Mette' } })).status).toBe(201);
    expect(titles()).toEqual(['med digest', 'som Mette']);
  });

  it('binds a digest to its user: Mette\'s digest used by Anne fails', async () => {
    const mettes = await digestFor(site, cookie(USERS.mette));
    const res = await raw<ISpError>(site, 'POST', items, { headers: { Cookie: cookie(USERS.anne), 'X-RequestDigest': mettes }, body: { Title: 'lånt' } });
    expect([res.status, res.json['odata.error'].code]).toEqual([403, INVALID]);
    // The default user (nobody named) is Mette: her cookie's digest is good for an anonymous session and back.
    expect((await raw(site, 'POST', items, { user: null, headers: { 'X-RequestDigest': mettes }, body: { Title: 'Mette' } })).status).toBe(201);
  });

  it('exempts X-LocalSite-User (the stand-in for a bearer token): no digest needed', async () => {
    const res = await raw(site, 'POST', items, { user: USERS.jonas, body: { Title: 'med token' } });
    expect(res.status).toBe(201);
  });

  it('needs the digest on the $batch request, not on its parts', async () => {
    const body = [
      '--b', 'Content-Type: multipart/mixed; boundary=c', '',
      '--c', 'Content-Type: application/http', '', `POST ${site.siteUrl}/_api/web/lists/getByTitle('Digest')/items HTTP/1.1`,
      'Content-Type: application/json', '', '{"Title":"i batch"}', '', '--c--', '', '--b--', ''
    ].join('\n');
    const headers = { Cookie: cookie(USERS.anne), 'Content-Type': 'multipart/mixed; boundary=b' };
    const without = await raw<ISpError>(site, 'POST', '/sites/os2/_api/$batch', { headers, body });
    expect([without.status, without.json['odata.error'].code]).toEqual([403, INVALID]);
    const digest = await digestFor(site, cookie(USERS.anne));
    const withDigest = await raw(site, 'POST', '/sites/os2/_api/$batch', { headers: { ...headers, 'X-RequestDigest': digest }, body });
    expect(withDigest.status).toBe(200);
    expect(withDigest.text).toContain('HTTP/1.1 201 Created');
    expect(titles()).toContain('i batch');
  });

  it('PnPjs (SPBrowser) fetches and caches a digest per web URL for the whole process: a user switch by cookie alone then fails', async () => {
    const other = await startLocalSite({ port: 0, dataDir: ':memory:' });
    try {
      await spFor(other).web.lists.add('Skift');
      const browser = (email: string) => spfi(other.siteUrl).using(SPBrowser({ baseUrl: other.siteUrl }), InjectHeaders({ Cookie: cookie(email) }));
      expect((await browser(USERS.mette).web.lists.getByTitle('Skift').items.add({ Title: 'Mette' })).AuthorId).toBe(7);
      // Same web URL, new PnPjs instance: PnPjs reuses Mette's cached digest for Anne, and SharePoint refuses it.
      // This is why the local page reloads when it switches user (a sign-in is a page load).
      expect(await failure(browser(USERS.anne).web.lists.getByTitle('Skift').items.add({ Title: 'Anne' })))
        .toEqual({ status: 403, code: INVALID, message: MESSAGE });
    } finally {
      await other.close();
    }
  });

  it('expires a digest after FormDigestTimeoutSeconds (configurable in startLocalSite)', async () => {
    const quick = await startLocalSite({ port: 0, dataDir: ':memory:', formDigestTimeoutSeconds: 1 });
    try {
      await spFor(quick).web.lists.add('Digest');
      const info = await raw<{ FormDigestValue: string; FormDigestTimeoutSeconds: number }>(quick, 'POST', '/sites/os2/_api/contextinfo', { user: null });
      expect(info.json.FormDigestTimeoutSeconds).toBe(1);
      const post = (): Promise<{ status: number; json: ISpError }> =>
        raw<ISpError>(quick, 'POST', items, { user: null, headers: { 'X-RequestDigest': info.json.FormDigestValue }, body: { Title: 'x' } });
      expect((await post()).status).toBe(201);
      await new Promise(resolve => setTimeout(resolve, 1200));
      const late = await post();
      expect(late.status).toBe(403);
      expect(late.json['odata.error']).toEqual({ code: EXPIRED, message: { lang: 'en-US', value: MESSAGE } });
    } finally {
      await quick.close();
    }
    await expect(startLocalSite({ port: 0, formDigestTimeoutSeconds: 0 })).rejects.toThrow(/formDigestTimeoutSeconds/);
  });

  it('keeps digests valid across a restart of a site with a data folder (the secret is stored with the data)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'localsite-digest-'));
    try {
      const first = await startLocalSite({ port: 0, dataDir: dir });
      await spFor(first).web.lists.add('Digest');
      const digest = await digestFor(first);
      await first.close();
      const second = await startLocalSite({ port: 0, dataDir: dir });
      const res = await raw(second, 'POST', items, { user: null, headers: { 'X-RequestDigest': digest }, body: { Title: 'efter genstart' } });
      await second.close();
      expect(res.status).toBe(201);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
