import * as path from 'path';
import * as React from 'react';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import type { IProcessFields, IPersonRef } from '../../../../src/domain/models';
import type { IHostContext } from '../../../../src/common/hosting';
import { processerDefinition, PROCESSER_DEFAULTS } from '../../../../src/webparts/processer/ProcesserDefinition';
import { processerStrings } from '../../../../src/webparts/processer/model/strings';
import { createFakeServices, httpError, type IFakeServices } from '../../../support/fakeServices';
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { loadWebPartStrings } = require('../../../support/locStrings');

setIconOptions({ disableWarnings: true });
const da: IProcesserWebPartStrings = loadWebPartStrings(path.join(__dirname, '../../../../src/webparts/processer/loc'), 'da-dk');
const NOW = new Date('2026-12-01T10:00:00Z');
const METTE: IPersonRef = { id: 1, title: 'Mette Kjær', email: 'mette.kjaer@os2.eu' };
const LARS: IPersonRef = { id: 8, title: 'Lars Holm', email: 'lars.holm@os2.eu' };

const base = { reviewIntervalMonths: 12, onboarding: false, priority: 'MUST' as const, area: 'Årshjul og mødeforum' as const };
const PROCESSES: IProcessFields[] = [
  { ...base, title: 'Bestyrelsesmøder', status: 'Godkendt', owner: METTE, version: '2.0', lastReviewed: '2026-06-01', nextReview: '2027-06-01', purpose: 'Dagsorden og referat.' },
  { ...base, title: 'Generalforsamling', status: 'Godkendt', owner: LARS, version: '1.4', lastReviewed: '2025-10-01', nextReview: '2026-10-01' },
  { ...base, title: 'Krisekommunikation', status: 'Kladde', owner: METTE, version: '0.1', area: 'Henvendelser og kommunikation' }
];

function host(): IHostContext {
  return { webUrl: 'https://os2.example/sites/os2', language: 'da', isEditMode: false, openPropertyPane: () => undefined, now: () => NOW };
}

function setup(canEdit: boolean): IFakeServices {
  const fake = createFakeServices();
  PROCESSES.forEach(p => fake.processes.insert(p));
  fake.backend.permissions = { canAdd: canEdit, canEdit, canDelete: canEdit, canManageLists: canEdit };
  return fake;
}

function renderProcesser(fake: IFakeServices): void {
  const Root = processerDefinition.Root;
  render(<Root services={fake.services} host={host()} properties={PROCESSER_DEFAULTS} strings={da} />);
}

test('the catalogue loads in one batch, grouped by area, with status, owner, version, next review, light and priority', async () => {
  const fake = setup(true);
  renderProcesser(fake);
  await screen.findByText('Bestyrelsesmøder');
  expect(fake.backend.callsOf('batch.read')).toHaveLength(1);
  expect(screen.getByRole('heading', { name: /Årshjul og mødeforum/ })).toBeInTheDocument();
  expect(screen.getByRole('heading', { name: /Henvendelser og kommunikation/ })).toBeInTheDocument();
  const item = screen.getByRole('button', { name: 'Generalforsamling' }).closest('li') as HTMLElement;
  expect(within(item).getByText(/Procesejer: Lars Holm/)).toBeInTheDocument();
  expect(within(item).getByText(/Version: 1.4/)).toBeInTheDocument();
  expect(within(item).getByText(/Rød: revision forfalden/)).toBeInTheDocument();
  expect(within(item).getByText(/Prioritet: Skal/)).toBeInTheDocument();
  // An editor sees the draft too, and the edit controls.
  expect(screen.getByRole('button', { name: 'Krisekommunikation' })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: da.NewProcess })).toBeInTheDocument();
});

test('a reader sees published processes only and no edit controls', async () => {
  const fake = setup(false);
  renderProcesser(fake);
  await screen.findByText('Bestyrelsesmøder');
  expect(screen.queryByText('Krisekommunikation')).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: da.NewProcess })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: da.Onboarding })).not.toBeInTheDocument();
  expect(screen.getByText('Viser 2 af 2 processer')).toBeInTheDocument();
});

test('search narrows the catalogue; »Til revision« keeps the overdue one', async () => {
  const fake = setup(true);
  renderProcesser(fake);
  await screen.findByText('Bestyrelsesmøder');
  fireEvent.change(screen.getByRole('searchbox', { name: da.SearchLabel }), { target: { value: 'referat' } });
  await waitFor(() => expect(screen.queryByText('Generalforsamling')).not.toBeInTheDocument());
  expect(screen.getByRole('button', { name: 'Bestyrelsesmøder' })).toBeInTheDocument();
  fireEvent.change(screen.getByRole('searchbox', { name: da.SearchLabel }), { target: { value: '' } });
  fireEvent.click(screen.getByRole('checkbox', { name: da.FilterForReview }));
  await waitFor(() => expect(screen.queryByText('Bestyrelsesmøder')).not.toBeInTheDocument());
  expect(screen.getByRole('button', { name: 'Generalforsamling' })).toBeInTheDocument();
});

test('an overdue review creates the owner\'s task once, not once per page view', async () => {
  const fake = setup(true);
  renderProcesser(fake);
  await screen.findByText('Bestyrelsesmøder');
  await waitFor(() => expect(fake.tasks.items).toHaveLength(1));
  expect(fake.tasks.items[0]).toMatchObject({ source: 'Proces', assignedTo: LARS, dueDate: '2026-10-01' });
  // A second page view: the task is found by its key, nothing is written.
  const adds = fake.backend.callsOf('tasks.add').length;
  renderProcesser(fake);
  await waitFor(() => expect(fake.backend.callsOf('batch.read')).toHaveLength(2));
  await new Promise(resolve => setTimeout(resolve, 50));
  expect(fake.backend.callsOf('tasks.add')).toHaveLength(adds);
  expect(fake.tasks.items).toHaveLength(1);
});

test('an area with more than 100 processes lists its first 100 in title order and »Vis … mere« the rest', async () => {
  const fake = createFakeServices();
  // 0-padded, so title order is number order; inserted backwards, so the order is the catalogue's own.
  for (let n = 250; n >= 1; n--) fake.processes.insert({ ...base, title: `Proces ${String(n).padStart(3, '0')}`, status: 'Godkendt', owner: METTE });
  fake.backend.permissions = { canAdd: true, canEdit: true, canDelete: true, canManageLists: true };
  renderProcesser(fake);
  await screen.findByText('Proces 001');
  const listed = (): string[] => Array.from(document.querySelectorAll('li[data-process-id] button')).map(b => b.textContent ?? '');
  expect(listed()).toHaveLength(100);
  expect(listed()[99]).toBe('Proces 100');
  expect(screen.getByText('Viser 250 af 250 processer')).toBeInTheDocument();
  fireEvent.click(screen.getByRole('button', { name: 'Vis 100 mere i Årshjul og mødeforum (150 ikke vist)' }));
  expect(listed()).toHaveLength(200);
  fireEvent.click(screen.getByRole('button', { name: 'Vis 50 mere i Årshjul og mødeforum (50 ikke vist)' }));
  expect(listed()).toHaveLength(250);
  expect(screen.queryByRole('button', { name: /^Vis \d+ mere/ })).not.toBeInTheDocument();
  // A search narrows within everything, not only what was listed.
  fireEvent.change(screen.getByRole('searchbox', { name: da.SearchLabel }), { target: { value: '249' } });
  await waitFor(() => expect(listed()).toEqual(['Proces 249']));
});

test('a new process whose steps were only partly saved: the form keeps everything, turns into editing it, and saving again completes it once', async () => {
  const fake = setup(true);
  renderProcesser(fake);
  fireEvent.click(await screen.findByRole('button', { name: da.NewProcess }));
  const form = await screen.findByRole('dialog');
  await within(form).findByRole('heading', { name: da.NewProcess });
  fireEvent.change(within(form).getByRole('textbox', { name: /^Titel/ }), { target: { value: 'Modtagelse af nye kommuner' } });
  fireEvent.change(within(form).getByRole('textbox', { name: /^Trinets titel/ }), { target: { value: 'Send velkomstbrev' } });
  fake.backend.failNext('processSteps.add', Object.assign(new Error('Service Unavailable'), { status: 503 }));
  fireEvent.click(within(form).getByRole('button', { name: da.Save }));
  await within(form).findByText(/Processen er gemt, men 1 af 1 ændringer af trin blev ikke gemt/);
  // The process exists now: the form says it edits it (a second save must not create another one).
  expect(within(form).getByRole('heading', { name: da.EditProcess })).toBeInTheDocument();
  expect(within(form).getByRole('textbox', { name: /^Titel/ })).toHaveValue('Modtagelse af nye kommuner');
  expect(within(form).getByRole('textbox', { name: /^Trinets titel/ })).toHaveValue('Send velkomstbrev');
  fireEvent.click(within(form).getByRole('button', { name: da.Save }));
  await waitFor(() => expect(fake.steps.items.filter(s => s.title === 'Send velkomstbrev')).toHaveLength(1));
  expect(fake.processes.items.filter(p => p.title === 'Modtagelse af nye kommuner')).toHaveLength(1);
});

describe('the four states speak of processes, not of the Årshjul', () => {
  const section = (): HTMLElement => screen.getByRole('region', { name: da.WebPartTitle });

  test('error: the catalogue could not be shown; »Prøv igen« loads it', async () => {
    const fake = setup(true);
    fake.backend.failNext('batch.read', httpError(403, 'Access denied'));
    renderProcesser(fake);
    expect(await screen.findByText('Processerne kunne ikke vises')).toBeInTheDocument();
    expect(screen.getByText(/Du har ikke adgang til proceskatalogets lister/)).toBeInTheDocument();
    expect(section().textContent).not.toMatch(/årshjulet|årshjulets/i);
    fireEvent.click(screen.getByRole('button', { name: da.Retry }));
    expect(await screen.findByRole('button', { name: 'Bestyrelsesmøder' })).toBeInTheDocument();
  });

  test('not configured: the process library\'s lists, and »Åbn proceskataloget« after creating them', async () => {
    const fake = setup(true);
    fake.backend.listsExist = false;
    fake.backend.canProvision = true;
    fake.backend.failNext('batch.read', httpError(404, 'List does not exist'));
    renderProcesser(fake);
    expect(await screen.findByText('Proceskatalogets lister findes ikke endnu')).toBeInTheDocument();
    expect(await screen.findByText(/^Proceskataloget gemmer processer og trin/)).toBeInTheDocument();
    expect(section().textContent).not.toMatch(/årshjulet|årshjulets/i);
    fireEvent.click(screen.getByRole('button', { name: da.ProvisionButton }));
    fireEvent.click(await screen.findByRole('button', { name: 'Åbn proceskataloget' }));
    expect(await screen.findByRole('button', { name: 'Bestyrelsesmøder' })).toBeInTheDocument();
  });

  test('a process changed by someone else meanwhile: the conflict names the process', () => {
    const strings = processerStrings(da);
    expect(strings.ErrorConflict).toBe('En anden har ændret processen, siden du åbnede den.');
    // None of the shared texts that speak of the Årshjul's lists and activities is left (the heading of the linked
    // »Aktiviteter i årshjulet« rightly names it).
    const ABOUT_THE_WHEEL = /årshjulet|årshjulets|aktiviteten/i;
    expect(Object.entries(strings).filter(([key, text]) => key !== 'LinkedActivities' && typeof text === 'string' && ABOUT_THE_WHEEL.test(text))
      .map(([key]) => key)).toEqual([]);
  });
});

describe('the web part\'s properties', () => {
  function renderWith(fake: IFakeServices, properties: Partial<typeof PROCESSER_DEFAULTS>): void {
    const Root = processerDefinition.Root;
    render(<Root services={fake.services} host={host()} properties={{ ...PROCESSER_DEFAULTS, ...properties }} strings={da} />);
  }

  test('Overskrift puts a heading above the catalogue; »Vis svømmebaner« off leaves the ordered list only', async () => {
    const fake = setup(true);
    const process = fake.processes.items.find(p => p.title === 'Bestyrelsesmøder')!;
    fake.steps.insert({ title: 'Indkald punkter', stepNumber: 1, responsibleRole: 'Koordinator', process: { id: process.id, title: process.title } });
    renderWith(fake, { title: 'Sekretariatets processer', showSwimLanes: false });
    expect(await screen.findByRole('heading', { name: 'Sekretariatets processer' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Bestyrelsesmøder' }));
    const panel = await screen.findByRole('dialog');
    expect(await within(panel).findByText('Indkald punkter')).toBeInTheDocument();
    expect(within(panel).queryByText(/^Svømmebaner efter rolle/)).not.toBeInTheDocument();
  });

  test('»Gult revisionslys« sets where yellow starts: 20 days before the due date of a year is yellow at 10 %, green at 5 %', async () => {
    const fake = createFakeServices();
    fake.processes.insert({ ...base, title: 'Kontingent', status: 'Godkendt', owner: METTE, lastReviewed: '2025-12-21', nextReview: '2026-12-21' });
    renderWith(fake, { reviewWarningPercent: 10 });
    expect(await screen.findByText(/Gul: revision snart/)).toBeInTheDocument();
    cleanup();
    renderWith(fake, { reviewWarningPercent: 5 });
    expect(await screen.findByText(/Grøn: revision i god tid/)).toBeInTheDocument();
  });
});
