import { InjectHeaders } from '@pnp/queryable';
import { startLocalSite, type ILocalSite } from '../../../localsite/server';
import { servicesFor } from '../../../localsite/prepare';
import { getSPForUrl } from '../../../src/services';
import { classifyError } from '../../../src/services/errors';
import '@pnp/sp/fields';

let site: ILocalSite;

beforeAll(async () => {
  site = await startLocalSite({ port: 0, dataDir: ':memory:' });
  const sp = getSPForUrl(site.siteUrl, InjectHeaders({ 'X-LocalSite-User': 'mette.kjaer@os2.eu' }));
  await sp.web.lists.add('Ansvar');
  await sp.web.lists.getByTitle('Ansvar').fields.addUser('Responsible');
});
afterAll(() => site.close());

const writeAs = (email: string) => getSPForUrl(site.siteUrl, InjectHeaders({ 'X-LocalSite-User': email })).web.lists.getByTitle('Ansvar').items;

/** PeopleService against the local site: SharePoint's people search over the directory, then ensureUser. */
describe('PeopleService', () => {
  test('search finds a colleague who is not a site user; ensure makes her one; the person column then takes her', async () => {
    const people = servicesFor(site, 'jonas.berg@os2.eu').people;
    const found = await people.search('karen');
    expect(found).toEqual([{ key: 'i:0#.f|membership|karen.mikkelsen@os2.eu', title: 'Karen Mikkelsen', email: 'karen.mikkelsen@os2.eu', jobTitle: 'Projektleder' }]);
    // Not a site user yet: there is no id a person column could take.
    expect(site.store.findUser('karen.mikkelsen@os2.eu')).toBeUndefined();
    const ref = await people.ensure(found[0].key);
    expect(ref).toEqual({ id: 14, title: 'Karen Mikkelsen', email: 'karen.mikkelsen@os2.eu' });
    const item = await writeAs('jonas.berg@os2.eu').add({ Title: 'Karens', ResponsibleId: ref.id });
    expect(item.ResponsibleId).toBe(14);
    expect(await people.ensure('karen.mikkelsen@os2.eu')).toEqual(ref);
  });

  test('search returns people only, by name or e-mail prefix, limited to max', async () => {
    const people = servicesFor(site, 'sofie.dahl@os2.eu').people;
    expect((await people.search('henrik.n')).map(p => p.title)).toEqual(['Henrik Nørgaard']);
    expect((await people.search('os2 bestyrelse')).map(p => p.title)).toEqual([]);
    expect(await people.search('s', 2)).toHaveLength(2);
    expect(await people.search('  ')).toEqual([]);
  });

  test('a reader cannot add a new person to the site: ensure fails with 403 (the form shows it)', async () => {
    const people = servicesFor(site, 'sofie.dahl@os2.eu').people;
    const [birgitte] = await people.search('birgitte');
    const error = await people.ensure(birgitte.key).then(() => undefined, (e: unknown) => e);
    expect(classifyError(error).kind).toBe('forbidden');
    expect((await people.ensure('anne.sorensen@os2.eu')).id).toBe(9);
  });
});
