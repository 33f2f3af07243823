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

test('items typed into the list with an empty or unknown »Gentages« still reach the wheel load', async () => {
  const sp = spFor(site);
  await sp.web.getList(`/sites/os2/Lists/${activitiesList.url}`).items.add({ Title: 'Uden gentagelse', Category: 'Sekretariat',
    ActivityType: 'Deadline', StartDate: '2026-04-09T22:00:00Z', RepeatPattern: null, Priority: 'MUST' });
  await sp.web.getList(`/sites/os2/Lists/${activitiesList.url}`).items.add({ Title: 'Ukendt gentagelse', Category: 'Sekretariat',
    ActivityType: 'Deadline', StartDate: '2026-04-10T22:00:00Z', RepeatPattern: 'Hver 14. dag', Recurrence: 'FREQ=WEEKLY;INTERVAL=2', Priority: 'MUST' });
  const data = await services.wheel.load('2026-01-01', '2026-12-31');
  const titles = data.activities.map(a => a.title);
  expect(titles).toEqual(expect.arrayContaining(['Uden gentagelse', 'Ukendt gentagelse']));
  expect(new Set(data.activities.map(a => a.id)).size).toBe(data.activities.length);
});
