import { startLocalSite, type ILocalSite } from '../../../localsite/server';
import { prepareSite, servicesFor } from '../../../localsite/prepare';
import { DEMO_EMAILS } from '../../../localsite/seed/context';
import { DecisionSaveError, type IServices } from '../../../src/services';
import { activitiesList, decisionsList, tasksList } from '../../../src/schema';
import type { IActivity, IDecisionFields, IPersonRef } from '../../../src/domain/models';
import { DEFAULT_BOARD_PREPARATION, type IActionDraft } from '../../../src/domain/decisions';

/**
 * The decision register's use case across Beslutninger and Opgaver against the local site: create a decision with
 * actions, edit it (patch one, add one, remove one), a save that fails half-way (an action's create refused by the
 * server) and its re-save completing the job with nothing twice; and the register's first load being one request.
 */
let site: ILocalSite;
let services: IServices;
let anne: IPersonRef;

beforeAll(async () => {
  site = await startLocalSite({ port: 0, dataDir: ':memory:' });
  await prepareSite(site, { seed: 'none' });
  services = servicesFor(site);
  anne = await services.people.ensure(DEMO_EMAILS.anne);
});
afterAll(() => site.close());
beforeEach(() => site.faults.clear());

const fields = (title: string): IDecisionFields => ({
  title, kind: 'Beslutning', decisionText: 'Bestyrelsen godkender forslaget.', forum: 'Bestyrelse', meetingDate: '2026-03-12',
  status: 'Besluttet', priority: 'MUST', caseReference: '2026-0312'
});
const action = (key: string, title: string, extra: Partial<IActionDraft> = {}): IActionDraft =>
  ({ key, title, assignedTo: anne, dueDate: '2026-04-01', status: 'Ikke startet', priority: 'SHOULD', ...extra });
const storedDecisions = (title: string): Record<string, unknown>[] =>
  site.store.getItems(decisionsList.title).map(i => i.data).filter(d => d.Title === title);
const storedTasks = (decisionId: number): Record<string, unknown>[] =>
  site.store.getItems(tasksList.title).map(i => i.data).filter(d => (d.Decision ?? d.DecisionId) === decisionId);

test('a decision with two actions, then edited: one action patched, one added, one removed', async () => {
  const created = await services.decisionActions.saveDecision({
    key: 'k-ny', fields: fields('Ny medlemsstrategi'), storedActions: [], today: '2026-03-12',
    actions: [action('a1', 'Udkast til strategi'), action('a2', 'Høring i netværkene')]
  });
  expect(created.actions).toHaveLength(2);
  expect(created.actions.every(a => a.source === 'Beslutning' && a.decision?.id === created.decision.id)).toBe(true);
  expect(storedTasks(created.decision.id)).toHaveLength(2);

  const [first, second] = created.actions;
  const edited = await services.decisionActions.saveDecision({
    key: 'k-ny', fields: { ...fields('Ny medlemsstrategi'), status: 'Under opfølgning', followUpDate: '2026-05-01' },
    stored: created.decision, storedActions: created.actions, today: '2026-03-20',
    actions: [
      { key: 'x', id: first.id, title: first.title, assignedTo: anne, dueDate: first.dueDate, status: 'Færdig', priority: first.priority },
      action('a3', 'Præsentation på generalforsamlingen')
    ]
  });
  expect(edited.decision.status).toBe('Under opfølgning');
  const actions = await services.decisions.actionsOf(created.decision.id);
  expect(actions.map(a => a.title).sort()).toEqual(['Præsentation på generalforsamlingen', 'Udkast til strategi']);
  expect(actions.find(a => a.id === first.id)).toMatchObject({ status: 'Færdig', completedDate: '2026-03-20' });
  expect(actions.some(a => a.id === second.id)).toBe(false);
});

test('a save refused half-way tells what was written; saving again completes it, nothing twice', async () => {
  const input = {
    key: 'k-delvis', fields: fields('Budget 2027'), storedActions: [], today: '2026-03-12',
    actions: [action('b1', 'Budgetudkast'), action('b2', 'Revisorens bemærkninger'), action('b3', 'Endelig godkendelse')]
  };
  // The decision is created; creating its actions in Opgaver fails with 503 on every retry.
  site.faults.add({ count: 50, status: 503, retryAfter: 0, method: 'POST', pathContains: 'Opgaver' });
  let failure: DecisionSaveError | undefined;
  try {
    await services.decisionActions.saveDecision(input);
  } catch (e) {
    failure = e as DecisionSaveError;
  }
  expect(failure).toBeInstanceOf(DecisionSaveError);
  const saved = failure!.saved;
  expect(saved.decision?.title).toBe('Budget 2027');
  expect(storedTasks(saved.decision!.id)).toHaveLength(0);
  expect(storedDecisions('Budget 2027')).toHaveLength(1);

  site.faults.clear();
  const done = await services.decisionActions.saveDecision({
    ...input, stored: saved.decision, storedActions: saved.actions,
    actions: input.actions.map(a => (saved.created[a.key] !== undefined ? { ...a, id: saved.created[a.key] } : a))
  });
  expect(storedDecisions('Budget 2027')).toHaveLength(1);
  expect(storedTasks(done.decision.id)).toHaveLength(3);
  expect(done.actions.map(a => a.title).sort()).toEqual(['Budgetudkast', 'Endelig godkendelse', 'Revisorens bemærkninger']);
});

test('a lost response, then the same save again (a second click on a form that heard nothing): one decision, one action', async () => {
  site.faults.add({ count: 1, loseResponse: true, method: 'POST', pathContains: '/Lists/Beslutninger' });
  const input = { key: 'k-tabt', fields: fields('Tabt svar'), storedActions: [], today: '2026-03-12', actions: [action('c1', 'Handling')] };
  const first = await services.decisionActions.saveDecision(input);
  expect(first.decision.title).toBe('Tabt svar');
  site.faults.clear();
  const again = await services.decisionActions.saveDecision(input);
  expect(storedDecisions('Tabt svar')).toHaveLength(1);
  expect(storedTasks(again.decision.id)).toHaveLength(1);
});

test('the register loads a year in one SharePoint request, with the current user and both lists\' permissions', async () => {
  site.requests.clear();
  const data = await services.decisions.load(2026, '2026-03-25', 7);
  expect(site.requests.list().filter(r => r.api === 'sharepoint').map(r => r.path)).toEqual([expect.stringContaining('$batch')]);
  expect(data.decisions.map(d => d.title)).toEqual(expect.arrayContaining(['Ny medlemsstrategi', 'Budget 2027']));
  expect(data.currentUser.email).toBe(DEMO_EMAILS.mette);
  expect(data.permissions.canAdd).toBe(true);
  expect(data.actions.length).toBeGreaterThanOrEqual(5);
});

test('»Sæt i årshjulet« twice, once after a lost response and once after the meeting moved: one set of Frist activities', async () => {
  const { decision } = await services.decisionActions.saveDecision({
    key: 'k-pipeline', storedActions: [], actions: [], today: '2026-04-01',
    fields: { ...fields('Strategi 2027–2030'), meetingDate: '2026-05-21', status: 'Til behandling', caseReference: '2026-0521' }
  });
  const wheel = async (): Promise<IActivity[]> =>
    (await services.repositories.activities.query({ pageSize: 5000 })).filter(a => a.decision?.id === decision.id);

  // The first create's response is lost: the key finds what landed, nothing is added twice.
  site.faults.add({ count: 1, loseResponse: true, method: 'POST', pathContains: 'Aarshjul' });
  const first = await services.decisionActions.putDeadlinesInWheel(decision, DEFAULT_BOARD_PREPARATION, '2026-04-01');
  site.faults.clear();
  expect(first).toEqual({ created: 2, moved: 0, unchanged: 0 });
  // 10 and 5 Danish working days before Thursday 21 May 2026 (Kristi himmelfart 14 May, weekends).
  expect((await wheel()).map(a => [a.title, a.startDate, a.activityType, a.category]).sort()).toEqual([
    ['Dagsorden udsendt: Strategi 2027–2030', '2026-05-13', 'Frist', 'Bestyrelse'],
    ['Indstilling klar: Strategi 2027–2030', '2026-05-06', 'Frist', 'Bestyrelse']
  ]);

  const again = await services.decisionActions.putDeadlinesInWheel(decision, DEFAULT_BOARD_PREPARATION, '2026-04-01');
  expect(again).toEqual({ created: 0, moved: 0, unchanged: 2 });
  expect(await wheel()).toHaveLength(2);
  expect(site.store.getItems(activitiesList.title)).toHaveLength(2);

  // The meeting moves a week: the same two activities move with it.
  const moved = await services.decisionActions.saveDecision({
    key: 'k-pipeline', stored: decision, storedActions: [], actions: [], today: '2026-04-01',
    fields: { ...fields('Strategi 2027–2030'), meetingDate: '2026-05-28', status: 'Til behandling', caseReference: '2026-0521' }
  });
  const third = await services.decisionActions.putDeadlinesInWheel(moved.decision, DEFAULT_BOARD_PREPARATION, '2026-04-01');
  expect(third).toEqual({ created: 0, moved: 2, unchanged: 0 });
  // Thursday 28 May: 2. pinsedag (25 May) and Kristi himmelfart (14 May) do not count either.
  expect((await wheel()).map(a => a.startDate).sort()).toEqual(['2026-05-12', '2026-05-20']);
});

test('the register\'s pipeline read holds the decisions »Til behandling« of the coming half year, whatever year is shown', async () => {
  const data = await services.decisions.load(2025, '2026-04-01', 7);
  expect(data.pipeline.map(d => d.title)).toContain('Strategi 2027–2030');
  expect(data.pipeline.every(d => d.status === 'Til behandling' && d.meetingDate >= '2026-04-01')).toBe(true);
  expect(data.wheelPermissions.canAdd).toBe(true);
});
