import { startLocalSite, type ILocalSite } from '../../../localsite/server';
import { prepareSite, servicesFor } from '../../../localsite/prepare';
import { DEMO_EMAILS } from '../../../localsite/seed';
import type { IServices } from '../../../src/services';
import { ConcurrencyError, classifyError } from '../../../src/services/errors';
import { odata } from '../../../src/services/odata';
import { activitiesList, inquiriesList } from '../../../src/schema';
import { InjectHeaders } from '@pnp/queryable';
import type { SPFI } from '@pnp/sp';
import { getSPForUrl, serverRelativePath } from '../../../src/services/config/sp';
import { readBatch } from '../../../src/services/batch/readBatch';
import type { IActivityFields, IDecisionFields, IInquiryFields, IProcessStepFields } from '../../../src/domain/models';

let site: ILocalSite;
let services: IServices;

beforeAll(async () => {
  site = await startLocalSite({ port: 0, dataDir: ':memory:' });
  await prepareSite(site, { seed: 'none' });
  services = servicesFor(site);
});
afterAll(() => site.close());

const activity: IActivityFields = {
  title: 'Generalforsamling', description: 'Ordinær generalforsamling.', category: 'Bestyrelse', activityType: 'Møde',
  startDate: '2026-04-28', repeat: 'Årligt', recurrence: 'FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=28', forum: 'Generalforsamling',
  priority: 'MUST'
};

describe('repositories against the local site (real PnPjs)', () => {
  test('activity CRUD keeps dates, people and lookups, and a delete removes it', async () => {
    const mette = await services.people.ensure(DEMO_EMAILS.mette);
    const process = await services.repositories.processes.add({
      title: 'Generalforsamling', area: 'Årshjul og mødeforum', status: 'Godkendt', reviewIntervalMonths: 12,
      lastReviewed: '2026-01-31', onboarding: false, priority: 'MUST'
    });
    expect(process.nextReview).toBe('2027-01-31');

    const created = await services.repositories.activities.add({ ...activity, responsible: mette, process: { id: process.id, title: '' } });
    expect(created).toMatchObject({ ...activity, responsible: { id: mette.id, title: 'Mette Kjær' }, process: { id: process.id, title: 'Generalforsamling' } });

    const updated = await services.repositories.activities.update(created.id, { ...created, activityType: 'Periode', endDate: '2026-04-29', forum: undefined }, created.etag);
    expect(updated).toMatchObject({ activityType: 'Periode', endDate: '2026-04-29', startDate: '2026-04-28' });
    expect(updated.forum).toBeUndefined();
    expect(updated.etag).not.toBe(created.etag);

    await services.repositories.activities.delete(updated.id, updated.etag);
    await expect(services.repositories.activities.get(updated.id)).rejects.toMatchObject({ status: 404 });
  });

  test('a stale ETag is a ConcurrencyError; "*" overwrites', async () => {
    const a = await services.repositories.activities.add(activity);
    await services.repositories.activities.update(a.id, { ...a, title: 'Første ændring' }, a.etag);
    await expect(services.repositories.activities.update(a.id, { ...a, title: 'Forældet' }, a.etag)).rejects.toBeInstanceOf(ConcurrencyError);
    const forced = await services.repositories.activities.update(a.id, { ...a, title: 'Gemt alligevel' }, '*');
    expect(forced.title).toBe('Gemt alligevel');
  });

  test('steps, decisions and inquiries round-trip through their lists', async () => {
    const p = (await services.repositories.processes.query())[0];
    const step: IProcessStepFields = { title: 'Indkald', process: { id: p.id, title: '' }, stepNumber: 1, responsibleRole: 'Koordinator' };
    expect(await services.repositories.processSteps.add(step)).toMatchObject({ ...step, process: { id: p.id, title: p.title } });
    const decision: IDecisionFields = {
      title: 'Budget 2027 godkendt', decisionText: 'Bestyrelsen godkender budgettet.', forum: 'Bestyrelse', meetingDate: '2026-11-12',
      status: 'Under opfølgning', followUpDate: '2026-12-01', priority: 'MUST', meetingUrl: { url: 'https://outlook.office.com/calendar/item/x', description: 'Bestyrelsesmøde' }
    };
    expect(await services.repositories.decisions.add(decision)).toMatchObject(decision);
    const inquiry: IInquiryFields = {
      title: 'Spørgsmål om kontingent', channel: 'E-mail', status: 'Løst', priority: 'SHOULD', receivedDate: '2026-11-02',
      closedDate: '2026-11-04', requesterEmail: 'anna@example.dk', category: 'Økonomi og fakturering', dueDate: '2026-11-09'
    };
    expect(await services.repositories.inquiries.add(inquiry)).toMatchObject(inquiry);
  });

  test('filters on indexed columns and paging past one page', async () => {
    const inquiries = services.repositories.inquiries;
    for (let i = 0; i < 12; i++) {
      await inquiries.add({ title: `Henvendelse ${i}`, channel: 'Telefon', status: i % 2 ? 'Ny' : 'Lukket', priority: 'COULD', receivedDate: '2026-10-01', ...(i % 2 ? {} : { closedDate: '2026-10-02' }) });
    }
    const open = await inquiries.query({ filter: odata.eq(inquiriesList.fields.status, 'Ny'), pageSize: 5 });
    expect(open.length).toBeGreaterThanOrEqual(6);
    expect(open.every(x => x.status === 'Ny')).toBe(true);
    const limited = await inquiries.query({ pageSize: 4, maxItems: 7 });
    expect(limited).toHaveLength(7);
    const sorted = await inquiries.query({ orderBy: [[inquiriesList.fields.receivedDate, false]], pageSize: 3 });
    expect(sorted.map(x => x.receivedDate)).toEqual([...sorted.map(x => x.receivedDate)].sort().reverse());
  });

  test('the wheel loads a year in one HTTP request', async () => {
    await services.repositories.activities.add({ ...activity, title: 'Budgetseminar', repeat: 'Ingen', recurrence: undefined, startDate: '2026-09-10' });
    await services.repositories.activities.add({ ...activity, title: 'For gammel', repeat: 'Ingen', recurrence: undefined, startDate: '2020-09-10' });
    site.requests.clear();
    const data = await services.wheel.load('2026-01-01', '2026-12-31');
    const sp = site.requests.list().filter(r => r.path.includes('/_api/'));
    expect(sp.map(r => r.path.replace(/\?.*/, ''))).toEqual(['/sites/os2/_api/$batch']);
    const titles = data.activities.map(a => a.title);
    expect(titles).toEqual(expect.arrayContaining(['Budgetseminar', 'Gemt alligevel']));
    expect(titles).not.toContain('For gammel');
    expect(data.permissions).toEqual({ canAdd: true, canEdit: true, canDelete: true, canManageLists: true, canManagePermissions: true });
  });

  test('a reader may read but not write (403, classified as forbidden)', async () => {
    const reader = servicesFor(site, DEMO_EMAILS.sofie);
    expect((await reader.repositories.activities.query()).length).toBeGreaterThan(0);
    const perms = (await reader.wheel.load('2026-01-01', '2026-12-31')).permissions;
    expect(perms).toEqual({ canAdd: false, canEdit: false, canDelete: false, canManageLists: false, canManagePermissions: false });
    const error = await reader.repositories.activities.add(activity).catch((e: unknown) => e);
    expect(classifyError(error)).toMatchObject({ kind: 'forbidden', status: 403 });
    const refused = await reader.provisioning.provision().catch((e: unknown) => e);
    expect(classifyError(refused)).toMatchObject({ kind: 'forbidden', status: 403 });
  });

  test('429 with Retry-After is retried by PnPjs and then succeeds', async () => {
    site.faults.add({ count: 1, status: 429, retryAfter: 1, pathContains: '/_api/' });
    const items = await services.repositories.processes.query();
    expect(items.length).toBeGreaterThan(0);
    expect(site.faults.pending()).toEqual([]);
  });

  test('the list view threshold: unindexed filters fail past 5,000 items, the indexed wheel query works', async () => {
    const bulk = Array.from({ length: 5100 }, (_, i) => ({
      title: `Masseaktivitet ${i}`, category: 'Sekretariat', activityType: 'Frist', startDate: `${2012 + (i % 15)}-03-0${1 + (i % 9)}`,
      repeat: 'Ingen', priority: 'COULD'
    } as IActivityFields));
    const { toItem } = await import('../../../src/services/mapping');
    site.store.insertItems(`Lists/${activitiesList.url}`, bulk.map(a => toItem(activitiesList, a)));
    const unindexed = await services.repositories.activities.query({ filter: odata.eq(activitiesList.fields.activityType, 'Frist') }).catch((e: unknown) => e);
    expect(classifyError(unindexed).kind).toBe('threshold');
    const data = await services.wheel.load('2026-01-01', '2026-12-31');
    expect(data.activities.some(a => a.title.startsWith('Masseaktivitet'))).toBe(true);
  });

  test('provisioning again changes nothing', async () => {
    expect(await services.provisioning.provision()).toEqual([]);
    expect(await services.provisioning.status()).toEqual({ ready: true, missingLists: [] });
  });
});

const oneOff: IActivityFields = {
  title: 'Budgetopfølgning', category: 'Økonomi', activityType: 'Frist', startDate: '2026-05-14', repeat: 'Ingen', priority: 'SHOULD'
};

describe('a signal belongs to its own request (the services share one PnPjs instance)', () => {
  test('an aborted load is aborted; the requests after it — reads and writes without a signal — are not', async () => {
    const first = new AbortController();
    await services.wheel.load('2026-01-01', '2026-12-31', first.signal);
    // The year is left: its signal is aborted after the load (as when the web part moves on or unmounts).
    first.abort();
    const stale = new AbortController();
    stale.abort();
    await expect(services.wheel.load('2027-01-01', '2027-12-31', stale.signal)).rejects.toThrow(/abort/i);
    await expect(services.repositories.activities.query({ maxItems: 1 }, stale.signal)).rejects.toThrow(/abort/i);
    // Nothing after them carries their signals.
    const saved = await services.repositories.activities.add(oneOff);
    expect(saved.id).toBeGreaterThan(0);
    await expect(services.repositories.activities.get(saved.id)).resolves.toMatchObject({ title: 'Budgetopfølgning' });
    const data = await services.wheel.load('2026-01-01', '2026-12-31');
    expect(data.activities.map(a => a.id)).toContain(saved.id);
  });
});

describe('reads in one $batch (readBatch: each part parsed from the answer, no Response per part)', () => {
  const mette = (): SPFI => getSPForUrl(site.siteUrl, InjectHeaders({ 'X-LocalSite-User': DEMO_EMAILS.mette }));
  const activities = (sp: SPFI) => sp.web.getList(`${serverRelativePath(site.siteUrl)}/Lists/${activitiesList.url}`);

  test('every kind of read in one request; a failed part fails its read only, as the same GET alone would', async () => {
    const saved = await services.repositories.activities.add({ ...oneOff, title: 'Batchlæsning' });
    site.requests.clear();
    const r = await services.batch.read(b => ({
      items: b.query(services.repositories.activities, { filter: `ID eq ${saved.id}` }),
      item: b.item(services.repositories.activities, saved.id),
      versions: b.versions(services.repositories.activities, saved.id),
      permissions: b.permissions(services.repositories.activities),
      category: b.choices(services.repositories.activities, 'category'),
      me: b.currentUser()
    }));
    expect(site.requests.list().filter(q => q.path.includes('/_api/')).map(q => q.path)).toEqual(['/sites/os2/_api/$batch']);
    expect(r.items.map(i => i.id)).toEqual([saved.id]);
    expect(r.item).toMatchObject({ id: saved.id, title: 'Batchlæsning', etag: saved.etag });
    expect(r.versions.length).toBeGreaterThanOrEqual(1);
    expect(r.permissions.canAdd).toBe(true);
    expect(r.category).toEqual(expect.arrayContaining(['Bestyrelse', 'Økonomi']));
    expect(r.me.title).toBe('Mette Kjær');

    const sp = mette();
    const [read, execute] = readBatch(sp, site.siteUrl);
    const found = read(activities(sp).items.getById(saved.id).select('Id', 'Title'));
    // Observed at once, as BatchReader's settle does: a part's rejection arrives while the batch is being read.
    const missing = read(activities(sp).items.getById(999999)).catch((e: unknown) => e);
    const gone = read(sp.web.getList('/sites/os2/Lists/Findesikke').select('Title')).catch((e: unknown) => e);
    await execute();
    await expect(found).resolves.toMatchObject({ Id: saved.id, Title: 'Batchlæsning' });
    const alone = await activities(sp).items.getById(999999)().catch((e: unknown) => e);
    const inBatch = await missing;
    expect(classifyError(inBatch)).toEqual(classifyError(alone));
    expect(classifyError(inBatch)).toMatchObject({ kind: 'notFound', status: 404 });
    expect(classifyError(await gone)).toMatchObject({ kind: 'notFound', status: 404 });
    // A read queued after the batch was sent would never be answered: it is refused at once.
    await expect(read(activities(sp).items.top(1))).rejects.toThrow(/after its \$batch was sent/);
  });

  test('a lost answer, a dropped connection and 503 are retried (reads only: replayable); the data comes once', async () => {
    for (const fault of [{ loseResponse: true }, { drop: true }, { status: 503 as const, retryAfter: 1 }]) {
      site.faults.add({ count: 1, pathContains: '/_api/$batch', ...fault });
      site.requests.clear();
      const data = await services.wheel.load('2026-01-01', '2026-12-31');
      expect(site.faults.pending()).toEqual([]);
      expect(data.activities.filter(a => a.title === 'Budgetopfølgning').length).toBeGreaterThan(0);
      expect(new Set(data.activities.map(a => a.id)).size).toBe(data.activities.length);
      expect(site.requests.list().filter(q => q.path.includes('/_api/$batch')).length).toBe(2);
    }
  });

  test('a batch that fails as a whole rejects every read with its error', async () => {
    const sp = mette();
    const [read, execute] = readBatch(sp, site.siteUrl);
    const a = read(activities(sp).items.top(1)).catch((e: unknown) => e);
    const b = read(activities(sp).select('Title')).catch((e: unknown) => e);
    site.faults.add({ count: 3, status: 503, retryAfter: 0, pathContains: '/_api/$batch' });
    const failed = await execute().catch((e: unknown) => e);
    expect(classifyError(failed)).toMatchObject({ kind: 'throttled', status: 503 });
    expect(await a).toBe(failed);
    expect(await b).toBe(failed);
    expect(site.faults.pending()).toEqual([]);
  });
});
