import { startLocalSite, type ILocalSite } from '../../../localsite/server';
import { prepareSite, servicesFor } from '../../../localsite/prepare';
import { seedLarge } from '../../../localsite/seed';
import { ConcurrencyError, type IServices } from '../../../src/services';
import { tasksList } from '../../../src/schema';
import type { ITask, ITaskFields } from '../../../src/domain/models';
import { todayInCopenhagen } from '../../../src/domain/timeZone';

/**
 * The Prioritering board against the local site: the first render is one request; a move is a partial update — only
 * Priority on the wire, with the ETag read as If-Match — exactly once over a lost response; a stale move is a
 * conflict; a quick-add is exactly once; and on the large data set (50,000 tasks) the board loads without a
 * threshold error.
 */
let site: ILocalSite;
let services: IServices;
const TODAY = '2026-12-01';

interface IWire { method: string; url: string; headers: Record<string, string>; body: string }
let wire: IWire[] = [];
const realFetch = globalThis.fetch;

beforeAll(async () => {
  site = await startLocalSite({ port: 0, dataDir: ':memory:' });
  await prepareSite(site, { seed: 'none' });
  services = servicesFor(site);
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((v, k) => { headers[k] = v; });
    wire.push({ method: init?.method ?? 'GET', url: String(input instanceof Request ? input.url : input), headers, body: typeof init?.body === 'string' ? init.body : '' });
    return realFetch(input, init);
  }) as typeof fetch;
});
afterAll(async () => {
  globalThis.fetch = realFetch;
  await site.close();
});
beforeEach(() => { site.faults.clear(); wire = []; });

const row = (id: number): Record<string, unknown> => site.store.getItems(tasksList.title).find(i => i.id === id)!.data;
const add = (over: Partial<ITaskFields>): Promise<ITask> => services.repositories.tasks.add({
  title: 'Opgave', priority: 'COULD', status: 'Ikke startet', source: 'Andet', dueDate: '2026-12-10', effort: 3, ...over
});
const merges = (): IWire[] => wire.filter(w => (w.headers['x-http-method'] ?? '').toUpperCase() === 'MERGE');

describe('the board on the demo-sized list', () => {
  test('first render: one SharePoint request; open tasks due in the window and undated ones, not finished or far-off ones', async () => {
    const open = await add({ title: 'Inden for vinduet' });
    const undated = await add({ title: 'Uden frist', dueDate: undefined });
    await add({ title: 'Færdig', status: 'Færdig', completedDate: '2026-11-30' });
    await add({ title: 'Om tre år', dueDate: '2029-12-01' });
    site.requests.clear();
    const data = await services.taskBoard.load(TODAY, { monthsBack: 12, monthsAhead: 12 });
    expect(site.requests.list().filter(r => r.api === 'sharepoint').map(r => r.path)).toEqual([expect.stringContaining('$batch')]);
    const titles = data.tasks.map(t => t.title);
    expect(titles).toEqual(expect.arrayContaining([open.title, undated.title]));
    expect(titles).not.toContain('Færdig');
    expect(titles).not.toContain('Om tre år');
    expect(data.permissions.canEdit).toBe(true);
    expect(data.currentUser.email).toBe('mette.kjaer@os2.eu');
  });

  test('a move sends only Priority, with the ETag read as If-Match, and leaves every other column as it was', async () => {
    const task = await add({ title: 'Flyttes', effort: 7, description: 'Bliv som du er' });
    const moved = await services.taskBoard.move(task, 'MUST');
    const sent = merges();
    expect(sent).toHaveLength(1);
    expect(sent[0].url).toContain(`/items(${task.id})`);
    expect(Object.keys(JSON.parse(sent[0].body))).toEqual([tasksList.fields.priority.name]);
    expect(JSON.parse(sent[0].body)).toEqual({ Priority: 'MUST' });
    expect(sent[0].headers['if-match']).toBe(task.etag);
    expect(moved.priority).toBe('MUST');
    expect(row(task.id)).toMatchObject({ Priority: 'MUST', Title: 'Flyttes', Effort: 7, Description: 'Bliv som du er' });
  });

  test('a lost response to a move: the move landed once and is a success', async () => {
    const task = await add({ title: 'Tabt svar' });
    site.faults.add({ count: 1, loseResponse: true, method: 'POST', pathContains: `/items(${task.id})` });
    const moved = await services.taskBoard.move(task, 'SHOULD');
    expect(moved.priority).toBe('SHOULD');
    expect(row(task.id).Priority).toBe('SHOULD');
  });

  test('a move over someone else\'s change is a conflict with the current version; »Gem alligevel« with its ETag lands', async () => {
    const task = await add({ title: 'Konflikt' });
    await services.repositories.tasks.patch(task.id, { title: 'Konflikt (omdøbt)' }, task.etag);
    const error = await services.taskBoard.move(task, 'MUST').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConcurrencyError);
    const current = (error as ConcurrencyError).current as ITask;
    expect(current.title).toBe('Konflikt (omdøbt)');
    expect(row(task.id).Priority).toBe('COULD');
    await services.taskBoard.move(current, 'MUST', current.etag);
    expect(row(task.id)).toMatchObject({ Priority: 'MUST', Title: 'Konflikt (omdøbt)' });
  });

  test('an estimate is a partial update of Effort alone; clearing it stores empty', async () => {
    const task = await add({ title: 'Estimat' });
    const saved = await services.taskBoard.setEffort(task, 2.5);
    expect(JSON.parse(merges()[0].body)).toEqual({ Effort: 2.5 });
    await services.taskBoard.setEffort(saved, undefined);
    expect(row(task.id).Effort ?? null).toBeNull();
  });

  test('a quick-add whose response is lost stores one task, and trying again with the key returns it', async () => {
    site.faults.add({ count: 1, loseResponse: true, method: 'POST', pathContains: '/items' });
    const key = 'prioritering-test-quickadd-1';
    const first = await services.taskBoard.quickAdd({ title: '  Ny fra tavlen ', priority: 'SHOULD', effort: 1.5 }, key);
    const again = await services.taskBoard.quickAdd({ title: 'Ny fra tavlen', priority: 'SHOULD', effort: 1.5 }, key);
    expect(again.id).toBe(first.id);
    const stored = site.store.getItems(tasksList.title).filter(i => i.data.Title === 'Ny fra tavlen');
    expect(stored).toHaveLength(1);
    expect(stored[0].data).toMatchObject({ Priority: 'SHOULD', TaskStatus: 'Ikke startet', SourceType: 'Andet', Effort: 1.5 });
  });
});

describe('the board on the large data set', () => {
  let large: ILocalSite;
  let largeServices: IServices;
  const now = new Date();
  beforeAll(async () => {
    large = await startLocalSite({ port: 0, dataDir: ':memory:' });
    largeServices = servicesFor(large);
    await largeServices.provisioning.provision();
    const report = await seedLarge({ services: largeServices, store: large.store, today: now, activities: 0, inquiries: 0, tasks: 6_000 });
    expect(report.tasks).toBe(50_000);
  }, 300_000);
  afterAll(() => large.close());

  test('50,000 tasks: the board loads in one request without a threshold error, thousands of open tasks', async () => {
    large.requests.clear();
    const started = Date.now();
    const data = await largeServices.taskBoard.load(todayInCopenhagen(now), { monthsBack: 12, monthsAhead: 12 });
    // eslint-disable-next-line no-console
    console.log(`Prioritering: ${data.tasks.length} open tasks in ${Date.now() - started} ms`);
    expect(large.requests.list().filter(r => r.api === 'sharepoint')).toHaveLength(1);
    expect(data.tasks.length).toBeGreaterThan(5000);
    expect(data.tasks.every(t => t.status !== 'Færdig')).toBe(true);
    expect(new Set(data.tasks.map(t => t.id)).size).toBe(data.tasks.length);
  }, 120_000);
});
