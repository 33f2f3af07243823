import { startLocalSite, type ILocalSite } from '../../../localsite/server';
import { prepareSite, servicesFor } from '../../../localsite/prepare';
import type { IServices } from '../../../src/services';
import { ConcurrencyError, OutcomeUnknownError, occurrenceKey } from '../../../src/services';
import { activitiesList, tasksList } from '../../../src/schema';
import type { IActivity, IActivityFields } from '../../../src/domain/models';

/**
 * Writes over an unreliable network, against the local site's faults: each case the write-path issue reproduced,
 * asserting what is stored afterwards — exactly one item, with the intended values — and what the caller is told.
 */
let site: ILocalSite;
let services: IServices;

beforeAll(async () => {
  site = await startLocalSite({ port: 0, dataDir: ':memory:' });
  await prepareSite(site, { seed: 'none' });
  services = servicesFor(site);
});
afterAll(() => site.close());
beforeEach(() => site.faults.clear());

const fields: IActivityFields = {
  title: 'Budgetseminar', category: 'Økonomi', activityType: 'Frist', startDate: '2026-09-10', repeat: 'Ingen', priority: 'MUST'
};
const stored = (title: string): Record<string, unknown>[] =>
  site.store.getItems(activitiesList.title).map(i => i.data).filter(d => d.Title === title);
const tasksOf = (activityId: number): Record<string, unknown>[] =>
  site.store.getItems(tasksList.title).map(i => i.data).filter(d => (d.WheelActivity ?? d.WheelActivityId) === activityId);

describe('creates are exactly-once', () => {
  test('a response lost after the server committed: one item, and the caller gets it', async () => {
    site.faults.add({ count: 1, loseResponse: true, method: 'POST', pathContains: '/items' });
    const created = await services.repositories.activities.add({ ...fields, title: 'Tabt svar' });
    expect(created).toMatchObject({ title: 'Tabt svar', startDate: '2026-09-10' });
    expect(stored('Tabt svar')).toHaveLength(1);
  });

  test('two lost responses in a row: still one item (the first attempt landed)', async () => {
    site.faults.add({ count: 2, loseResponse: true, method: 'POST', pathContains: '/items' });
    const created = await services.repositories.activities.add({ ...fields, title: 'To tabte svar' });
    expect(created.title).toBe('To tabte svar');
    expect(stored('To tabte svar')).toHaveLength(1);
  });

  test('a connection dropped before the server saw the create: sent again once, one item', async () => {
    site.faults.add({ count: 1, drop: true, method: 'POST', pathContains: '/items' });
    await services.repositories.activities.add({ ...fields, title: 'Afbrudt før' });
    expect(stored('Afbrudt før')).toHaveLength(1);
  });

  test('the read-back after a committed create fails (429 three times): success, not "not saved"', async () => {
    site.faults.add({ count: 3, status: 429, retryAfter: 0, method: 'GET', pathContains: '/items' });
    const created = await services.repositories.activities.add({ ...fields, title: 'Uden genlæsning' });
    expect(created).toMatchObject({ title: 'Uden genlæsning', category: 'Økonomi' });
    expect(created.id).toBeGreaterThan(0);
    expect(stored('Uden genlæsning')).toHaveLength(1);
  });

  test('when even the lookup fails the outcome is reported unknown; trying again with the same key stores nothing twice', async () => {
    // The create's answer is lost and every read after it fails: the repository cannot know.
    site.faults.add({ count: 1, loseResponse: true, method: 'POST', pathContains: '/items' });
    site.faults.add({ count: 3, drop: true, method: 'GET', pathContains: '/items' });
    const key = 'formular-nøgle-1';
    await expect(services.repositories.activities.add({ ...fields, title: 'Uvist' }, { key })).rejects.toBeInstanceOf(OutcomeUnknownError);
    expect(stored('Uvist')).toHaveLength(1);
    // The user presses Gem again: the same key finds the first item instead of storing a second.
    const again = await services.repositories.activities.add({ ...fields, title: 'Uvist' }, { key });
    expect(again.title).toBe('Uvist');
    expect(stored('Uvist')).toHaveLength(1);
  });

  test('marking an occurrence done is unique per activity and day, also with a lost response and a second click', async () => {
    const a = await services.repositories.activities.add({ ...fields, title: 'Kvartalsrapport', repeat: 'Kvartalsvis', recurrence: 'FREQ=MONTHLY;INTERVAL=3' });
    site.faults.add({ count: 1, loseResponse: true, method: 'POST', pathContains: '/items' });
    const first = await services.wheelActions.markOccurrenceDone(a, '2026-09-10', '2026-09-10');
    const second = await services.wheelActions.markOccurrenceDone(a, '2026-09-10', '2026-09-10');
    expect(second.id).toBe(first.id);
    expect(tasksOf(a.id)).toHaveLength(1);
    expect(tasksOf(a.id)[0]).toMatchObject({ OccurrenceDate: expect.stringMatching(/^2026-09-09T22:00:00Z$/), TaskStatus: 'Færdig' });
    expect((await services.repositories.tasks.findByKey(occurrenceKey(a.id, '2026-09-10')))?.id).toBe(first.id);
    // Another day of the same activity is its own task; undo deletes exactly that one.
    const other = await services.wheelActions.markOccurrenceDone(a, '2026-12-10', '2026-12-10');
    expect(tasksOf(a.id)).toHaveLength(2);
    await services.wheelActions.undoOccurrenceDone(other);
    expect(tasksOf(a.id)).toHaveLength(1);
  });
});

test('a period marked done for the occurrence that began last December reads as done in the next year too', async () => {
  const a = await services.repositories.activities.add({ ...fields, title: 'Årsskifte', activityType: 'Periode', startDate: '2025-12-01',
    endDate: '2026-01-31', repeat: 'Årligt', recurrence: 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=1' });
  await services.wheelActions.markOccurrenceDone(a, '2025-12-01', '2026-01-15');
  const next = await services.wheel.load('2026-01-01', '2026-12-31');
  expect(next.doneOccurrences.map(t => t.occurrenceDate)).toContain('2025-12-01');
});

describe('updates after a lost response are resolved, not reported as conflicts', () => {
  let a: IActivity;
  beforeEach(async () => { a = await services.repositories.activities.add({ ...fields, title: `Opdatering ${Date.now()}` }); });

  test('a MERGE whose response is lost: success with the new values, no "someone else changed it"', async () => {
    site.faults.add({ count: 1, loseResponse: true, method: 'MERGE' });
    const saved = await services.repositories.activities.update(a.id, { ...a, title: `${a.title} (rettet)`, priority: 'COULD' }, a.etag);
    expect(saved).toMatchObject({ title: `${a.title} (rettet)`, priority: 'COULD' });
    expect(stored(`${a.title} (rettet)`)).toHaveLength(1);
  });

  test('a MERGE dropped before the server saw it is sent once more with the same ETag', async () => {
    site.faults.add({ count: 1, drop: true, method: 'MERGE' });
    const saved = await services.repositories.activities.update(a.id, { ...a, title: `${a.title} (igen)` }, a.etag);
    expect(saved.title).toBe(`${a.title} (igen)`);
  });

  test('a real concurrent change still is a ConcurrencyError, carrying the current version', async () => {
    const theirs = await services.repositories.activities.update(a.id, { ...a, title: `${a.title} (kollega)` }, a.etag);
    const error = await services.repositories.activities.update(a.id, { ...a, title: `${a.title} (min)` }, a.etag).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConcurrencyError);
    expect((error as ConcurrencyError).current).toMatchObject({ title: theirs.title, etag: theirs.etag });
  });

  test('a stale write with the same values as the server holds is a success (nothing to lose)', async () => {
    await services.repositories.activities.update(a.id, { ...a, priority: 'COULD' }, a.etag);
    const saved = await services.repositories.activities.update(a.id, { ...a, priority: 'COULD' }, a.etag);
    expect(saved.priority).toBe('COULD');
  });

  test('patch sends only the changed column, so an unrelated concurrent edit is kept', async () => {
    site.requests.clear();
    const colleague = await services.repositories.activities.update(a.id, { ...a, description: 'Kollegaens tekst' }, a.etag);
    const patched = await services.repositories.activities.patch(a.id, { priority: 'WON\'T' }, colleague.etag);
    expect(patched).toMatchObject({ priority: 'WON\'T', description: 'Kollegaens tekst', title: a.title });
    // A patch after a lost response reconciles too.
    site.faults.add({ count: 1, loseResponse: true, method: 'MERGE' });
    const again = await services.repositories.activities.patch(a.id, { priority: 'MUST' }, patched.etag);
    expect(again.priority).toBe('MUST');
  });

  test('a missing ETag is an error, never an overwrite', async () => {
    await expect(services.repositories.activities.update(a.id, a, '')).rejects.toThrow(/No ETag/);
    await expect(services.repositories.activities.delete(a.id, '')).rejects.toThrow(/No ETag/);
  });
});

describe('deletes are exactly-once', () => {
  test('a DELETE whose response is lost is a success, and the item is gone', async () => {
    const a = await services.repositories.activities.add({ ...fields, title: 'Slettes, svar tabt' });
    site.faults.add({ count: 1, loseResponse: true, method: 'DELETE' });
    await services.wheelActions.deleteActivity(a);
    expect(stored('Slettes, svar tabt')).toHaveLength(0);
  });

  test('a stale delete is a ConcurrencyError with the new version; deleting that version works', async () => {
    const a = await services.repositories.activities.add({ ...fields, title: 'Slettes forældet' });
    const theirs = await services.repositories.activities.update(a.id, { ...a, title: 'Slettes forældet' , priority: 'COULD' }, a.etag);
    const error = await services.wheelActions.deleteActivity(a).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConcurrencyError);
    const current = (error as ConcurrencyError).current as IActivity;
    expect(current.etag).toBe(theirs.etag);
    await services.wheelActions.deleteActivity(a, current.etag);
    expect(stored('Slettes forældet')).toHaveLength(0);
  });

  test('deleting what someone else already deleted counts as deleted', async () => {
    const a = await services.repositories.activities.add({ ...fields, title: 'Allerede væk' });
    await services.repositories.activities.delete(a.id, a.etag);
    await expect(services.repositories.activities.delete(a.id, a.etag)).resolves.toBeUndefined();
  });
});

describe('throttling is retried for writes too (SharePoint answers 429/503 before it processes a request)', () => {
  test('a create throttled once is stored once', async () => {
    site.faults.add({ count: 1, status: 503, retryAfter: 0, method: 'POST', pathContains: '/items' });
    await services.repositories.activities.add({ ...fields, title: 'Travlt' });
    expect(stored('Travlt')).toHaveLength(1);
  });
});
