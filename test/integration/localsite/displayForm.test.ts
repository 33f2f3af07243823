import { DateTimeFieldFormatType } from '@pnp/sp/fields';
import { startLocalSite, type ILocalSite } from '../../../localsite/server';
import { raw, spFor, USERS } from './helpers';

/**
 * `Lists/<list>/DispForm.aspx?ID=n`: the item's display form, where links between the web parts fall back to when no
 * page is set, and where »Kan ikke vises« sends people to correct an item. Read as the signed-in user, as SharePoint does.
 */
describe('local site: the display form', () => {
  let site: ILocalSite;
  let id: number;
  beforeAll(async () => {
    site = await startLocalSite({ port: 0, dataDir: ':memory:' });
    const sp = spFor(site);
    await sp.web.lists.add('Sager');
    const list = sp.web.lists.getByTitle('Sager');
    await list.fields.addDateTime('Frist', { DisplayFormat: DateTimeFieldFormatType.DateOnly });
    await list.fields.addUser('Ansvarlig', {});
    await list.fields.addMultilineText('Noter', { RichText: true });
    await list.fields.addBoolean('Haster', {});
    const jonas = await sp.web.ensureUser(USERS.jonas);
    const added = await list.items.add({
      Title: 'Svar til <b>Aarhus</b> & co', Frist: '2026-03-10T23:00:00Z', AnsvarligId: jonas.Id,
      Noter: '<p>Første afsnit</p><p>Andet <script>alert(1)</script>afsnit</p>', Haster: true
    });
    id = added.Id as number;
  });
  afterAll(async () => { await site.close(); });

  const form = (query: string, user: string | null = USERS.mette): ReturnType<typeof raw> =>
    raw(site, 'GET', `/sites/os2/Lists/Sager/DispForm.aspx${query}`, user === null ? { user: null } : { headers: { 'X-LocalSite-User': user } });

  it('shows every column with its display name and value, in Danish, as text', async () => {
    const r = await form(`?ID=${id}`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^text\/html/);
    expect(r.text).toContain('<html lang="da">');
    expect(r.text).toContain('<h1>Svar til &lt;b&gt;Aarhus&lt;/b&gt; &amp; co</h1>');
    expect(r.text).toContain('<dt>Frist</dt><dd>11. marts 2026</dd>');
    expect(r.text).toContain('<dt>Ansvarlig</dt><dd>Jonas Berg</dd>');
    expect(r.text).toContain('<dt>Haster</dt><dd>Ja</dd>');
    expect(r.text).toMatch(/<dt>Noter<\/dt><dd>Første afsnit\n+Andet alert\(1\)afsnit<\/dd>/);
    expect(r.text).not.toContain('<script');
    expect(r.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(r.text).toMatch(/Oprettet .+ af Mette Kjær/);
  });

  it('a reader sees it too; nobody signed in is the default browser session', async () => {
    expect((await form(`?ID=${id}`, USERS.sofie)).status).toBe(200);
    expect((await form(`?ID=${id}`, null)).status).toBe(200);
  });

  it('answers as SharePoint does: unknown user 401, a deleted or missing item 404, an unknown list 404', async () => {
    const unknown = await form(`?ID=${id}`, 'mallory@evil.example');
    expect(unknown.status).toBe(401);
    expect(unknown.text).toContain('Du er ikke logget ind');
    const missing = await form('?ID=99999');
    expect(missing.status).toBe(404);
    expect(missing.text).toContain('Elementet findes ikke');
    expect((await form('?ID=abc')).status).toBe(404);
    expect((await raw(site, 'GET', `/sites/os2/Lists/Findesikke/DispForm.aspx?ID=${id}`)).status).toBe(404);
  });
});
