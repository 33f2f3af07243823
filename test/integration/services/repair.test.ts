import { startLocalSite, type ILocalSite } from '../../../localsite/server';
import { prepareSite, servicesFor } from '../../../localsite/prepare';
import { classifyError, type IServices } from '../../../src/services';
import { activitiesList } from '../../../src/schema';
import { spFor } from '../localsite/helpers';

/** A column deleted in SharePoint's list UI: the load names it, and provisioning (»Reparér lister«) restores it. */
let site: ILocalSite;
let services: IServices;

beforeAll(async () => {
  site = await startLocalSite({ port: 0, dataDir: ':memory:' });
  await prepareSite(site, { seed: 'none' });
  services = servicesFor(site);
});
afterAll(() => site.close());

test('a deleted column fails the wheel load as listSchema with its name; provisioning adds it back and the load works', async () => {
  const forum = activitiesList.fields.forum;
  const list = services.repositories.activities.list;
  await services.repositories.activities.add({
    title: 'Bestyrelsesmøde', category: 'Bestyrelse', activityType: 'Møde', startDate: '2026-03-12', repeat: 'Ingen', priority: 'MUST'
  });
  await spFor(site).web.getList(`/sites/os2/Lists/${list.url}`).fields.getByInternalNameOrTitle(forum.name).delete();
  const error = await services.wheel.load('2026-01-01', '2026-12-31').catch((e: unknown) => e);
  expect(classifyError(error)).toMatchObject({ kind: 'listSchema', column: forum.name });
  const actions = await services.provisioning.provision();
  expect(actions).toContainEqual(expect.objectContaining({ kind: 'addField', list: activitiesList.title, internalName: forum.name }));
  const data = await services.wheel.load('2026-01-01', '2026-12-31');
  expect(data.activities.map(a => a.title)).toContain('Bestyrelsesmøde');
});
