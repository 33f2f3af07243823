import * as path from 'path';
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import type { IPersonRef, ITaskFields } from '../../../../src/domain/models';
import type { IHostContext } from '../../../../src/common/hosting';
import { prioriteringDefinition } from '../../../../src/webparts/prioritering/PrioriteringDefinition';
import type { IPrioriteringWebPartProps } from '../../../../src/webparts/prioritering/IPrioriteringWebPartProps';
import { createFakeServices, httpError, type IFakeServices } from '../../../support/fakeServices';
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { loadWebPartStrings } = require('../../../support/locStrings');

setIconOptions({ disableWarnings: true });
jest.setTimeout(30000);

const LOC = path.join(__dirname, '../../../../src/webparts/prioritering/loc');
const da: IPrioriteringWebPartStrings = loadWebPartStrings(LOC, 'da-dk');
const en: IPrioriteringWebPartStrings = loadWebPartStrings(LOC, 'en-us');
const NOW = new Date('2026-12-01T10:00:00Z');
const METTE: IPersonRef = { id: 1, title: 'Mette Kjær', email: 'mette.kjaer@os2.eu' };

const t = (over: Partial<ITaskFields>): ITaskFields => ({ title: 'Opgave', priority: 'COULD', status: 'Ikke startet', source: 'Andet', ...over });
const SAMPLE: ITaskFields[] = [
  t({ title: 'Forny aftale', priority: 'MUST', effort: 4, dueDate: '2026-12-10', assignedTo: METTE }),
  t({ title: 'Skriv nyhedsbrev', priority: 'COULD', effort: 6, dueDate: '2026-12-05', source: 'Proces', process: { id: 3, title: 'Nyhedsbrev' } }),
  t({ title: 'Ryd op i drevet', priority: 'SHOULD', effort: 2 }),
  t({ title: 'Gammel opgave', priority: 'MUST', status: 'Færdig', effort: 50 })
];

function host(over: Partial<IHostContext> = {}): IHostContext {
  return { webUrl: 'https://os2.example/sites/os2', language: 'da', isEditMode: false, openPropertyPane: () => undefined, now: () => NOW, ...over };
}

function renderBoard(options: { fake?: IFakeServices; properties?: Partial<IPrioriteringWebPartProps>; strings?: IPrioriteringWebPartStrings; language?: 'da' | 'en' } = {}): IFakeServices {
  const fake = options.fake ?? createFakeServices();
  if (!options.fake) SAMPLE.forEach(s => fake.tasks.insert(s));
  const Root = prioriteringDefinition.Root;
  render(<Root services={fake.services} host={host({ language: options.language ?? 'da' })} strings={options.strings ?? da}
    properties={{ ...prioriteringDefinition.defaults, ...options.properties }} />);
  return fake;
}

const column = (priority: string): HTMLElement => document.querySelector(`[role="group"][data-priority="${priority}"]`) as HTMLElement;
const card = (title: string): HTMLElement => screen.getByRole('heading', { name: title }).closest('article') as HTMLElement;
const balanceText = (): string => screen.getByTestId('balance').textContent ?? '';

async function moveByKeyboard(title: string, to: string): Promise<void> {
  fireEvent.click(within(card(title)).getByRole('button', { name: `Flyt »${title}«` }));
  fireEvent.click(within(card(title)).getByRole('button', { name: `Flyt til ${to}` }));
}

describe('the Prioritering board', () => {
  test('open tasks in their columns, one batch, finished tasks left out; the balance counts MUST, SHOULD, COULD', async () => {
    const fake = renderBoard();
    await screen.findByRole('heading', { name: 'Forny aftale' });
    expect(within(column('MUST')).getByText('Forny aftale')).toBeInTheDocument();
    expect(within(column('COULD')).getByText('Skriv nyhedsbrev')).toBeInTheDocument();
    expect(screen.queryByText('Gammel opgave')).not.toBeInTheDocument();
    expect(fake.backend.callsOf('batch.read')).toHaveLength(1);
    expect(balanceText()).toContain('MUST: 33 % (4 t)');
    expect(balanceText()).toContain('COULD: 50 % (6 t)');
    expect(within(card('Skriv nyhedsbrev')).getByText('Nyhedsbrev')).toBeInTheDocument();
  });

  test('a keyboard move is a patch of Priority alone with the ETag; focus follows the card; it is announced; the balance changes', async () => {
    const fake = renderBoard();
    await screen.findByRole('heading', { name: 'Skriv nyhedsbrev' });
    await moveByKeyboard('Skriv nyhedsbrev', 'MUST');
    await waitFor(() => expect(within(column('MUST')).getByText('Skriv nyhedsbrev')).toBeInTheDocument());
    const live = document.querySelector('[role="status"][aria-atomic="true"]') as HTMLElement;
    await waitFor(() => expect(live).toHaveTextContent('»Skriv nyhedsbrev« er flyttet til MUST.'));
    const patch = fake.backend.callsOf('tasks.patch');
    expect(patch).toHaveLength(1);
    expect(patch[0].args[1]).toEqual({ priority: 'MUST' });
    expect(patch[0].args[2]).toBe('"1"');
    expect(fake.tasks.items.find(i => i.title === 'Skriv nyhedsbrev')!.priority).toBe('MUST');
    expect(document.activeElement).toBe(card('Skriv nyhedsbrev'));
    expect(balanceText()).toContain('MUST: 83 % (10 t)');
    expect(screen.getByText(/MUST udgør 83 % af indsatsen – over grænsen på 60 %/)).toBeInTheDocument();
  });

  test('a failed move puts the card back with a clear message', async () => {
    const fake = createFakeServices();
    SAMPLE.forEach(s => fake.tasks.insert(s));
    fake.backend.failNext('tasks.patch', httpError(403));
    renderBoard({ fake });
    await screen.findByRole('heading', { name: 'Skriv nyhedsbrev' });
    await moveByKeyboard('Skriv nyhedsbrev', 'MUST');
    await screen.findByText(/»Skriv nyhedsbrev« kunne ikke flyttes og står igen under COULD\./);
    expect(within(column('COULD')).getByText('Skriv nyhedsbrev')).toBeInTheDocument();
    expect(fake.tasks.items.find(i => i.title === 'Skriv nyhedsbrev')!.priority).toBe('COULD');
  });

  test('a conflicting move offers »Hent den nye version« and »Gem alligevel« (with the new ETag)', async () => {
    const fake = createFakeServices();
    SAMPLE.forEach(s => fake.tasks.insert(s));
    renderBoard({ fake });
    await screen.findByRole('heading', { name: 'Skriv nyhedsbrev' });
    const stored = fake.tasks.items.find(i => i.title === 'Skriv nyhedsbrev')!;
    fake.tasks.replace(stored.id, { priority: 'SHOULD' }, stored.etag, true); // a colleague moved it meanwhile
    await moveByKeyboard('Skriv nyhedsbrev', 'MUST');
    const dialog = await screen.findByRole('alertdialog', {}, { timeout: 15000 });
    expect(dialog).toHaveTextContent('den står nu under SHOULD');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Gem alligevel' }));
    await waitFor(() => expect(fake.tasks.items.find(i => i.id === stored.id)!.priority).toBe('MUST'));
    const patches = fake.backend.callsOf('tasks.patch');
    expect(patches[patches.length - 1].args[2]).toBe('"2"');
    await waitFor(() => expect(within(column('MUST')).getByText('Skriv nyhedsbrev')).toBeInTheDocument());
  });

  test('»Hent den nye version« shows the colleague\'s version and writes nothing', async () => {
    const fake = createFakeServices();
    SAMPLE.forEach(s => fake.tasks.insert(s));
    renderBoard({ fake });
    await screen.findByRole('heading', { name: 'Skriv nyhedsbrev' });
    const stored = fake.tasks.items.find(i => i.title === 'Skriv nyhedsbrev')!;
    fake.tasks.replace(stored.id, { priority: "WON'T" }, stored.etag, true);
    await moveByKeyboard('Skriv nyhedsbrev', 'MUST');
    fireEvent.click(within(await screen.findByRole('alertdialog', {}, { timeout: 15000 })).getByRole('button', { name: 'Hent den nye version' }));
    await waitFor(() => expect(within(column("WON'T")).getByText('Skriv nyhedsbrev')).toBeInTheDocument());
    expect(fake.backend.callsOf('tasks.patch')).toHaveLength(1);
  });

  test('dragging a card onto another column moves it', async () => {
    const fake = renderBoard();
    await screen.findByRole('heading', { name: 'Ryd op i drevet' });
    const data = { setData: jest.fn(), effectAllowed: '', dropEffect: '' };
    fireEvent.dragStart(card('Ryd op i drevet'), { dataTransfer: data });
    fireEvent.dragOver(column('MUST'), { dataTransfer: data });
    fireEvent.drop(column('MUST'), { dataTransfer: data });
    await waitFor(() => expect(fake.tasks.items.find(i => i.title === 'Ryd op i drevet')!.priority).toBe('MUST'));
    expect(fake.backend.callsOf('tasks.patch')[0].args[1]).toEqual({ priority: 'MUST' });
  });

  test('readers see the board without move, estimate or add controls, and cards are not draggable', async () => {
    const fake = createFakeServices();
    SAMPLE.forEach(s => fake.tasks.insert(s));
    fake.backend.permissions = { canAdd: false, canEdit: false, canDelete: false, canManageLists: false };
    renderBoard({ fake });
    await screen.findByRole('heading', { name: 'Forny aftale' });
    expect(screen.queryByRole('button', { name: /^Flyt/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Tilføj opgave/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Ret estimat/ })).not.toBeInTheDocument();
    expect(card('Forny aftale').getAttribute('draggable')).toBe('false');
    expect(screen.getByText(/Du kan se tavlen, men ikke flytte/)).toBeInTheDocument();
  });

  test('an estimate is checked before it is sent and saved as a patch of Effort alone', async () => {
    const fake = renderBoard();
    await screen.findByRole('heading', { name: 'Ryd op i drevet' });
    fireEvent.click(within(card('Ryd op i drevet')).getByRole('button', { name: 'Ret estimat for »Ryd op i drevet«' }));
    const field = within(card('Ryd op i drevet')).getByLabelText('Estimat (timer)');
    fireEvent.change(field, { target: { value: '2,25' } });
    fireEvent.click(within(card('Ryd op i drevet')).getByRole('button', { name: 'Gem' }));
    expect(await screen.findByText('Brug højst én decimal, fx 2,5.')).toBeInTheDocument();
    expect(fake.backend.callsOf('tasks.patch')).toHaveLength(0);
    fireEvent.change(field, { target: { value: '3,5' } });
    fireEvent.click(within(card('Ryd op i drevet')).getByRole('button', { name: 'Gem' }));
    await waitFor(() => expect(fake.backend.callsOf('tasks.patch')).toHaveLength(1));
    expect(fake.backend.callsOf('tasks.patch')[0].args[1]).toEqual({ effort: 3.5 });
    expect((await screen.findAllByText('Estimatet for »Ryd op i drevet« er gemt.')).length).toBeGreaterThan(0);
    expect(within(card('Ryd op i drevet')).getByText('3,5 t')).toBeInTheDocument();
  });

  test('filters narrow the board and the balance; swim lanes group by area', async () => {
    renderBoard({ properties: { swimLanes: true } });
    await screen.findByRole('heading', { name: 'Forny aftale' });
    expect(screen.getByRole('heading', { name: 'Uden ansvarsområde', level: 3 })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('combobox', { name: /^Kilde/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Proces' }));
    await waitFor(() => expect(screen.queryByText('Forny aftale')).not.toBeInTheDocument());
    expect(screen.getByText('Skriv nyhedsbrev')).toBeInTheDocument();
    expect(balanceText()).toContain('COULD: 100 %');
  });

  test('English', async () => {
    renderBoard({ strings: en, language: 'en' });
    await screen.findByRole('heading', { name: 'Forny aftale' });
    expect(screen.getByText('Not this time')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Move »Forny aftale«' })).toBeInTheDocument();
    expect(balanceText()).toContain('MUST: 33 % (4 h)');
  });

  test('columns cap their cards with »Vis flere«', async () => {
    const fake = createFakeServices();
    for (let n = 1; n <= 8; n++) fake.tasks.insert(t({ title: `Kort ${n}`, priority: 'SHOULD' }));
    renderBoard({ fake, properties: { cardsPerColumn: 5 } });
    await screen.findByRole('heading', { name: 'Kort 1' });
    expect(within(column('SHOULD')).getAllByRole('article')).toHaveLength(5);
    fireEvent.click(screen.getByRole('button', { name: 'Vis flere (3 mere)' }));
    expect(within(column('SHOULD')).getAllByRole('article')).toHaveLength(8);
  });

  test('a deep link ?koordinator=opgave:N opens the board with focus on that card, past the column cap', async () => {
    const fake = createFakeServices();
    for (let n = 1; n <= 4; n++) fake.tasks.insert(t({ title: `Kort ${n}`, priority: 'SHOULD', dueDate: `2026-12-1${n}` }));
    window.history.replaceState(null, '', '/?koordinator=opgave:4');
    try {
      renderBoard({ fake, properties: { cardsPerColumn: 2 } });
      // Role queries over the whole board are slow in jsdom on a busy machine (the CI rehearsal missed 1 s).
      await screen.findByRole('heading', { name: 'Kort 4' }, { timeout: 15_000 });
      await waitFor(() => expect(document.activeElement).toBe(card('Kort 4')), { timeout: 15_000 });
    } finally {
      window.history.replaceState(null, '', '/');
    }
  });

  test('the source links to the item it came from', async () => {
    renderBoard();
    const link = await screen.findByRole('link', { name: 'Nyhedsbrev' });
    expect(link.getAttribute('data-koordinator-link')).toBe('proces:3');
  });
});
