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

test('»Deadline« stored by version 0.x reads as »Frist«, and provisioning renames the choice and the items once', async () => {
  const sp = spFor(site);
  const list = sp.web.getList(`/sites/os2/Lists/${activitiesList.url}`);
  const column = list.fields.getByInternalNameOrTitle(activitiesList.fields.activityType.name);
  // The column as version 0.x created it: »Deadline« first and the default, plus a choice an owner added.
  await column.update({ Choices: ['Deadline', 'Periode', 'Møde', 'Milepæl', 'Workshop'], DefaultValue: 'Deadline' }, 'SP.FieldChoice');
  const old = await Promise.all([1, 2, 3].map(i => list.items.add({
    Title: `Gammel frist ${i}`, Category: 'Økonomi', ActivityType: 'Deadline', StartDate: '2026-06-0' + i + 'T22:00:00Z', RepeatPattern: 'Ingen', Priority: 'MUST'
  })));
  const ids = old.map(o => (o as { Id: number }).Id);

  // Before the migration the web parts already see the current value, and the list's choices offer it once.
  const before = await services.repositories.activities.get(ids[0]);
  expect(before.activityType).toBe('Frist');
  expect(await services.repositories.activities.choices('activityType')).toEqual(['Frist', 'Periode', 'Møde', 'Milepæl', 'Workshop']);

  const actions = await services.provisioning.provision();
  expect(actions).toContainEqual(expect.objectContaining({
    kind: 'renameChoice', list: activitiesList.title, internalName: activitiesList.fields.activityType.name, values: ['Deadline', 'Frist']
  }));
  expect(actions.find(a => a.kind === 'renameChoice')!.count).toBeGreaterThanOrEqual(3);
  const field = await column.select('Choices', 'DefaultValue')<{ Choices: string[]; DefaultValue: string }>();
  expect(field.Choices).toEqual(['Frist', 'Periode', 'Møde', 'Milepæl', 'Workshop']);
  expect(field.DefaultValue).toBe('Frist');
  for (const id of ids) {
    expect((await list.items.getById(id).select('ActivityType')<{ ActivityType: string }>()).ActivityType).toBe('Frist');
  }
  // Nothing left to do the second time.
  expect((await services.provisioning.provision()).filter(a => a.kind === 'renameChoice')).toEqual([]);
});
