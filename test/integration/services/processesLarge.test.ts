import type { ILocalSite } from '../../../localsite/server';
import { LARGE_PROCESS_MAX_STEPS } from '../../../localsite/seed/largeProcesses';
import type { IServices } from '../../../src/services';
import { processStepsList, tasksList } from '../../../src/schema';
import { reviewTasksToCreate } from '../../../src/domain/processes';
import { todayInCopenhagen } from '../../../src/domain/timeZone';
import { startLargeSite } from '../../support/largeSite';

/**
 * The process library at scale: 2,000 processes and 20,000 steps, next to 6,000 tasks, 6,000 activities and 6,000
 * decisions, in the local site, which refuses — as SharePoint does — any query whose first indexed term matches more
 * than 5,000 items. The catalogue's first batch, opening a process, the step search and the review tasks all work.
 */
let site: ILocalSite;
let services: IServices;
const now = new Date();
const today = todayInCopenhagen(now);

beforeAll(async () => {
  let report;
  ({ site, services, report } = await startLargeSite({ today: now, activities: 6_000, inquiries: 0, tasks: 6_000, decisions: 6_000, decisionActions: 0 }));
  expect(report).toMatchObject({ processes: 2_000, steps: 20_000 });
  expect(site.store.getItems(processStepsList.title)).toHaveLength(20_000);
}, 300_000);
afterAll(() => site.close());

const sharePointRequests = (): string[] => site.requests.list().filter(r => r.api === 'sharepoint').map(r => `${r.status} ${r.path}`);

test('the catalogue\'s first render is one $batch with all 2,000 processes, no threshold error', async () => {
  site.requests.clear();
  const data = await services.processData.loadCatalogue();
  expect(sharePointRequests()).toEqual([expect.stringMatching(/^200 .*\$batch/)]);
  expect(data.processes).toHaveLength(2_000);
  expect(new Set(data.processes.map(p => p.area)).size).toBe(4);
  expect(data.processes.filter(p => p.status === 'Godkendt').length).toBeGreaterThan(1_000);
  expect(data.permissions.canEdit).toBe(true);
}, 120_000);

test('opening the process with 30 steps is one more $batch: its steps in order, links and versions', async () => {
  const { processes } = await services.processData.loadCatalogue();
  const first = processes.reduce((a, b) => (a.id < b.id ? a : b));
  site.requests.clear();
  const page = await services.processData.loadProcess(first.id);
  expect(sharePointRequests()).toEqual([expect.stringMatching(/^200 .*\$batch/)]);
  expect(page.steps.map(s => s.stepNumber)).toEqual(Array.from({ length: LARGE_PROCESS_MAX_STEPS }, (_, i) => i + 1));
  expect(page.steps.every(s => s.process.id === first.id)).toBe(true);
  expect(page.versions.length).toBeGreaterThan(0);
}, 120_000);

test('searching by step text reads all 20,000 steps without a threshold error', async () => {
  const texts = await services.processData.loadStepTexts();
  expect(texts).toHaveLength(20_000);
  expect(texts.filter(t => t.title.includes('(runde 2)')).length).toBeGreaterThan(0);
}, 120_000);

test('the review tasks that fell due are created once: a second page view writes nothing', async () => {
  const { processes } = await services.processData.loadCatalogue();
  const due = reviewTasksToCreate(processes, today, []);
  // A few per cent of the published processes are overdue: tens of tasks, not hundreds.
  expect(due.length).toBeGreaterThan(5);
  expect(due.length).toBeLessThan(200);
  const created = await services.processActions.ensureReviewTasks(processes, today);
  expect(created).toHaveLength(due.length);

  // The next page view asks for the due keys (index seeks in chunks of 20) and writes nothing.
  site.requests.clear();
  const again = (await services.processData.loadCatalogue()).processes;
  expect(await services.processActions.ensureReviewTasks(again, today)).toEqual([]);
  const requests = site.requests.list().filter(r => r.api === 'sharepoint');
  expect(requests.every(r => r.method === 'GET' || r.path.includes('$batch'))).toBe(true);
  expect(requests).toHaveLength(1 + Math.ceil(due.length / 20));
  const reviewTasks = site.store.getItems(tasksList.title).filter(i => String(i.data.IdempotencyKey ?? '').startsWith('proces-revision:'));
  expect(reviewTasks).toHaveLength(due.length);
}, 120_000);

test('»Markér som revideret« closes the process\'s open review task; the next page view creates none for it', async () => {
  const { processes } = await services.processData.loadCatalogue();
  const need = reviewTasksToCreate(processes, today, [])[0];
  const process = processes.find(p => p.id === need.processId)!;
  await services.processActions.ensureReviewTasks(processes, today);
  const reviewed = await services.processActions.markReviewed(process, { canEdit: true, canApprove: true, isOwner: false }, today);
  expect(reviewed.lastReviewed).toBe(today);
  const task = site.store.getItems(tasksList.title).find(i => i.data.IdempotencyKey === need.key)!;
  expect(task.data).toMatchObject({ TaskStatus: 'Færdig' });
  const page = await services.processData.loadProcess(process.id);
  expect(page.openTasks.filter(t => (t.key ?? '').startsWith('proces-revision:'))).toEqual([]);
  const after = (await services.processData.loadCatalogue()).processes;
  expect(reviewTasksToCreate(after, today, []).some(n => n.processId === process.id)).toBe(false);
}, 120_000);
