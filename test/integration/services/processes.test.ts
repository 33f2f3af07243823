import { startLocalSite, type ILocalSite } from '../../../localsite/server';
import { prepareSite, servicesFor } from '../../../localsite/prepare';
import { StepSaveError, type IServices } from '../../../src/services';
import { processStepsList } from '../../../src/schema';
import type { IProcessFields } from '../../../src/domain/models';
import type { EditedStep } from '../../../src/domain/processes';

/**
 * The Processer web part's writes against the local site (as strict as SharePoint Online: non-atomic changesets,
 * unique idempotency keys): a process with its steps created, edited, reordered and deleted; a save where only some
 * step writes land, then the re-save that completes it without duplicates; the item's versions read back.
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

const fields: IProcessFields = {
  title: 'Udsendelse af nyhedsbrev', area: 'Henvendelser og kommunikation', status: 'Kladde', version: '0.1',
  reviewIntervalMonths: 12, onboarding: false, priority: 'SHOULD', purpose: 'Medlemmerne orienteres hver måned.'
};
const step = (clientKey: string, title: string, role = 'Kommunikationskonsulent'): EditedStep => ({ clientKey, title, responsibleRole: role });
const storedSteps = (processId: number): { title: string; number: number }[] =>
  site.store.getItems(processStepsList.title).map(i => i.data)
    .filter(d => (d.Process ?? d.ProcessId) === processId)
    .map(d => ({ title: String(d.Title), number: Number(d.StepNumber) }))
    .sort((a, b) => a.number - b.number);

test('a process with steps: create, edit, reorder, delete — the stored steps follow the form', async () => {
  const created = await services.processActions.saveProcess({
    key: 'form-1', fields, steps: [step('k1', 'Saml nyheder'), step('k2', 'Skriv udkast'), step('k3', 'Send nyhedsbrevet')]
  });
  expect(storedSteps(created.id)).toEqual([{ title: 'Saml nyheder', number: 1 }, { title: 'Skriv udkast', number: 2 }, { title: 'Send nyhedsbrevet', number: 3 }]);

  const page = await services.processData.loadProcess(created.id);
  expect(page.steps.map(s => s.key)).toEqual(['k1', 'k2', 'k3']);
  const [a, b, c] = page.steps;
  // Reorder (c first), rename b, delete a, add d.
  await services.processActions.saveProcess({
    id: created.id, etag: page.process.etag, key: 'form-2', original: page.process, fields: { ...fields, title: 'Månedligt nyhedsbrev' },
    steps: [{ id: c.id, title: c.title }, { id: b.id, title: 'Skriv og korrekturlæs' }, step('k4', 'Evaluer åbningsraten', 'Forretningskoordinator')]
  });
  expect(storedSteps(created.id)).toEqual([
    { title: 'Send nyhedsbrevet', number: 1 }, { title: 'Skriv og korrekturlæs', number: 2 }, { title: 'Evaluer åbningsraten', number: 3 }
  ]);
  expect(site.store.getItems(processStepsList.title).some(i => i.id === a.id)).toBe(false);
  const again = await services.processData.loadProcess(created.id);
  expect(again.process.title).toBe('Månedligt nyhedsbrev');
});

test('only some step writes land: the process is kept, the error says how many failed, and re-saving completes without duplicates', async () => {
  const steps = [step('p1', 'Modtag henvendelsen'), step('p2', 'Vurdér og fordel'), step('p3', 'Svar borgeren')];
  const first = await services.processActions.saveProcess({ key: 'form-partial', fields: { ...fields, title: 'Henvendelser' }, steps });
  const page = await services.processData.loadProcess(first.id);
  const [a, b, c] = page.steps;
  const edited: EditedStep[] = [{ id: c.id, title: c.title }, { id: b.id, title: 'Vurdér, prioritér og fordel' }, { id: a.id, title: a.title }, step('p4', 'Luk sagen')];
  // Every step update (MERGE) fails on the server (503 through every retry PnPjs and the repository make) while the new step's create lands:
  // a non-transactional save that half landed.
  site.faults.add({ count: 100, status: 503, retryAfter: 0, method: 'MERGE', pathContains: 'Procestrin' });
  let error: unknown;
  try {
    await services.processActions.saveProcess({ id: first.id, etag: page.process.etag, key: 'form-partial', original: page.process, fields: page.process, steps: edited });
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(StepSaveError);
  const partial = error as StepSaveError;
  expect(partial.failed).toBe(3);
  expect(partial.total).toBe(4);
  expect(storedSteps(first.id).map(s => s.title)).toEqual(['Modtag henvendelsen', 'Vurdér og fordel', 'Svar borgeren', 'Luk sagen']);
  site.faults.clear();
  // The form keeps the process's id and ETag and every step as typed, and saves again: the plan is made from what is
  // stored now, so the step that landed is recognised by its key and not added twice.
  const done = await services.processActions.saveProcess({
    id: partial.process.id, etag: partial.process.etag, key: 'form-partial', original: partial.process, fields: partial.process, steps: edited
  });
  expect(storedSteps(done.id)).toEqual([
    { title: 'Svar borgeren', number: 1 }, { title: 'Vurdér, prioritér og fordel', number: 2 },
    { title: 'Modtag henvendelsen', number: 3 }, { title: 'Luk sagen', number: 4 }
  ]);
  // A third save finds nothing to do.
  await services.processActions.saveProcess({ id: done.id, etag: done.etag, key: 'form-partial', original: done, fields: done, steps: edited });
  expect(storedSteps(done.id)).toHaveLength(4);
});

test('a step create whose response is lost is stored once', async () => {
  site.faults.add({ count: 1, loseResponse: true, method: 'POST', pathContains: 'Procestrin' });
  const created = await services.processActions.saveProcess({ key: 'form-lost', fields: { ...fields, title: 'Tabt svar' }, steps: [step('l1', 'Et trin')] });
  expect(storedSteps(created.id)).toEqual([{ title: 'Et trin', number: 1 }]);
});

test('approval bumps the version, records who and when, and the versions read back with what changed', async () => {
  const created = await services.processActions.saveProcess({ key: 'form-v', fields: { ...fields, title: 'Godkendelsesproces' }, steps: [step('v1', 'Trin')] });
  const me = (await services.processData.loadCatalogue()).currentUser;
  const actor = { canEdit: true, canApprove: true, isOwner: false };
  const submitted = await services.processActions.transition(created, 'Til godkendelse', actor, me, '2026-12-01');
  const approved = await services.processActions.transition(submitted, 'Godkendt', actor, me, '2026-12-01');
  expect(approved).toMatchObject({ status: 'Godkendt', version: '1.0', approvedDate: '2026-12-01', lastReviewed: '2026-12-01', nextReview: '2027-12-01' });
  expect(approved.approvedBy?.id).toBe(me.id);
  const page = await services.processData.loadProcess(created.id);
  expect(page.versions.length).toBeGreaterThanOrEqual(3);
  const newest = page.versions.reduce((a, b) => (a.versionId > b.versionId ? a : b));
  expect(newest.fields).toMatchObject({ status: 'Godkendt', version: '1.0' });
  expect(newest.fields.approvedBy?.id).toBe(me.id);
  expect(newest.editor?.id).toBe(me.id);
});
