import * as path from 'path';
import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import { StepSaveError, type IProcessDraft } from '../../../../src/services';
import { StepEditor } from '../../../../src/webparts/processer/components/ProcessForm/StepEditor';
import { newFormStep, type IFormStep } from '../../../../src/webparts/processer/components/ProcessForm/formModel';
import { createFakeServices, httpError } from '../../../support/fakeServices';
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { loadWebPartStrings } = require('../../../support/locStrings');

setIconOptions({ disableWarnings: true });
const da: IProcesserWebPartStrings = loadWebPartStrings(path.join(__dirname, '../../../../src/webparts/processer/loc'), 'da-dk');

const draft = (steps: IProcessDraft['steps']): IProcessDraft => ({
  key: 'form-1', steps,
  fields: { title: 'Nyhedsbrev', area: 'Henvendelser og kommunikation', status: 'Kladde', reviewIntervalMonths: 12, onboarding: false, priority: 'SHOULD' }
});

describe('processActions.saveProcess', () => {
  test('a step write that fails leaves the process stored and says how many; re-saving adds only what is missing', async () => {
    const fake = createFakeServices();
    fake.backend.failNext('processSteps.add', httpError(500));
    const steps = [{ clientKey: 'a', title: 'Et' }, { clientKey: 'b', title: 'To' }, { clientKey: 'c', title: 'Tre' }];
    const error = await fake.services.processActions.saveProcess(draft(steps)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StepSaveError);
    expect((error as StepSaveError).failed).toBe(1);
    expect(fake.steps.items).toHaveLength(2);
    const process = (error as StepSaveError).process;
    await fake.services.processActions.saveProcess({ ...draft(steps), id: process.id, etag: process.etag, original: process });
    expect(fake.steps.items.map(s => [s.title, s.stepNumber]).sort()).toEqual([['Et', 1], ['To', 2], ['Tre', 3]]);
    expect(fake.processes.items).toHaveLength(1);
  });

  test('approval by an editor who is neither the owner nor the coordinator is refused before anything is sent', async () => {
    const fake = createFakeServices();
    const p = await fake.services.processActions.saveProcess(draft([]));
    const submitted = await fake.services.processActions.transition(p, 'Til godkendelse', { canEdit: true, canApprove: false, isOwner: true }, { id: 1, title: 'M' }, '2026-12-01');
    const patches = fake.backend.callsOf('processes.patch').length;
    await expect(fake.services.processActions.transition(submitted, 'Godkendt', { canEdit: true, canApprove: false, isOwner: false }, { id: 1, title: 'M' }, '2026-12-01'))
      .rejects.toMatchObject({ name: 'ProcessRuleError', reason: 'notPermitted' });
    expect(fake.backend.callsOf('processes.patch')).toHaveLength(patches);
    // The owner may (the issue: »owner or coordinator approves«): version 1.0, approved by the owner.
    const approved = await fake.services.processActions.transition(submitted, 'Godkendt', { canEdit: true, canApprove: false, isOwner: true }, { id: 1, title: 'M' }, '2026-12-01');
    expect(approved).toMatchObject({ status: 'Godkendt', version: '1.0', approvedBy: { id: 1 } });
  });

  test('»Markér som revideret« sets last reviewed today and next review + the interval (month end clamps)', async () => {
    const fake = createFakeServices();
    const p = fake.processes.insert({ title: 'X', area: 'Processer og dokumentation', status: 'Godkendt', reviewIntervalMonths: 1, onboarding: false, priority: 'MUST' });
    const done = await fake.services.processActions.markReviewed(p, { canEdit: true, canApprove: true, isOwner: false }, '2027-01-31');
    expect(done).toMatchObject({ lastReviewed: '2027-01-31', nextReview: '2027-02-28' });
  });

  test('a due review creates one task; »Markér som revideret« and approval close the open review tasks of that process only', async () => {
    const fake = createFakeServices();
    const base = { area: 'Processer og dokumentation', reviewIntervalMonths: 12, onboarding: false, priority: 'MUST', lastReviewed: '2025-10-01' } as const;
    const a = fake.processes.insert({ ...base, title: 'A', status: 'Godkendt' });
    const b = fake.processes.insert({ ...base, title: 'B', status: 'Til revision' });
    const created = await fake.services.processActions.ensureReviewTasks([a, b], '2026-12-01');
    expect(created.map(t => [t.process?.id, t.dueDate])).toEqual([[a.id, '2026-10-01'], [b.id, '2026-10-01']]);
    // The task is read in Opgaver and in SharePoint's list UI: its text gives the due day as a Dane writes it.
    expect(created[0]).toMatchObject({ title: 'Revidér processen »A«', assignedTo: undefined, source: 'Proces' });
    expect(created[0].description).toMatch(/^Processen skulle revideres senest 1\. oktober 2026\. /);
    // Found again by key: nothing more is written, however often the catalogue is viewed.
    expect(await fake.services.processActions.ensureReviewTasks([a, b], '2026-12-01')).toEqual([]);
    expect(fake.tasks.items).toHaveLength(2);
    const coordinator = { canEdit: true, canApprove: true, isOwner: false };
    await fake.services.processActions.markReviewed(a, coordinator, '2026-12-01');
    const status = (id: number): string | undefined => fake.tasks.items.find(t => t.process?.id === id)?.status;
    expect(status(a.id)).toBe('Færdig');
    expect(fake.tasks.items.find(t => t.process?.id === a.id)?.completedDate).toBe('2026-12-01');
    expect(status(b.id)).toBe('Ikke startet');
    const submitted = await fake.services.processActions.transition(b, 'Til godkendelse', coordinator, { id: 1, title: 'M' }, '2026-12-01');
    expect(status(b.id)).toBe('Ikke startet');
    await fake.services.processActions.transition(submitted, 'Godkendt', coordinator, { id: 1, title: 'M' }, '2026-12-01');
    expect(status(b.id)).toBe('Færdig');
  });
});

describe('StepEditor', () => {
  function Harness(props: { initial: IFormStep[]; announce: (t: string) => void }): React.ReactElement {
    const [steps, setSteps] = React.useState(props.initial);
    return <StepEditor steps={steps} onChange={setSteps} strings={da} errors={{}} announce={props.announce} newStep={newFormStep} />;
  }
  const s = (title: string): IFormStep => ({ ...newFormStep(), title });

  test('»Flyt ned« by keyboard moves the step, keeps focus on the moved step and announces the position', () => {
    const announce = jest.fn();
    render(<Harness initial={[s('Første'), s('Anden'), s('Tredje')]} announce={announce} />);
    const down = screen.getByRole('button', { name: 'Flyt ned: Første' });
    down.focus();
    fireEvent.click(down);
    const titles = screen.getAllByRole('textbox', { name: /Trinets titel/ }).map(i => (i as HTMLInputElement).value);
    expect(titles).toEqual(['Anden', 'Første', 'Tredje']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Flyt ned: Første' }));
    expect(announce).toHaveBeenCalledWith('Første er flyttet til plads 2 af 3.');
    fireEvent.click(screen.getByRole('button', { name: 'Flyt op: Tredje' }));
    expect(screen.getAllByRole('textbox', { name: /Trinets titel/ }).map(i => (i as HTMLInputElement).value)).toEqual(['Anden', 'Tredje', 'Første']);
    expect(screen.getByRole('button', { name: 'Flyt op: Anden' })).toBeDisabled();
  });

  test('dragging a step by its grip onto another moves it there and announces the position; the fields themselves do not drag', () => {
    const announce = jest.fn();
    const { container } = render(<Harness initial={[s('Første'), s('Anden'), s('Tredje')]} announce={announce} />);
    const items = (): HTMLElement[] => Array.from(container.querySelectorAll<HTMLElement>('li[data-step]'));
    const titles = (): string[] => screen.getAllByRole('textbox', { name: /Trinets titel/ }).map(i => (i as HTMLInputElement).value);
    // Not draggable until the grip is pressed, so selecting text in a field stays a text selection.
    expect(items().map(li => li.getAttribute('draggable'))).toEqual(['false', 'false', 'false']);
    const dataTransfer = { effectAllowed: '', dropEffect: '', setData: jest.fn(), getData: jest.fn() };
    fireEvent.mouseDown(items()[0].querySelector('[data-drag-handle]')!);
    expect(items()[0].getAttribute('draggable')).toBe('true');
    fireEvent.dragStart(items()[0], { dataTransfer });
    expect(dataTransfer.setData).toHaveBeenCalledWith('text/plain', 'Første');
    const over = fireEvent.dragOver(items()[2], { dataTransfer });
    expect(over).toBe(false); // preventDefault: a drop is allowed here
    fireEvent.drop(items()[2], { dataTransfer });
    expect(titles()).toEqual(['Anden', 'Tredje', 'Første']);
    expect(announce).toHaveBeenCalledWith('Første er flyttet til plads 3 af 3.');
    expect(items().map(li => li.getAttribute('draggable'))).toEqual(['false', 'false', 'false']);
    // Dropping a step on itself changes nothing.
    fireEvent.mouseDown(items()[1].querySelector('[data-drag-handle]')!);
    fireEvent.dragStart(items()[1], { dataTransfer });
    fireEvent.drop(items()[1], { dataTransfer });
    expect(titles()).toEqual(['Anden', 'Tredje', 'Første']);
    expect(announce).toHaveBeenCalledTimes(1);
  });

  test('add and delete steps', () => {
    render(<Harness initial={[s('Første')]} announce={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: da.AddStep }));
    expect(screen.getAllByRole('textbox', { name: /Trinets titel/ })).toHaveLength(2);
    expect(document.activeElement).toBe(screen.getAllByRole('textbox', { name: /Trinets titel/ })[1]);
    fireEvent.click(screen.getByRole('button', { name: 'Slet trin: Første' }));
    expect(screen.getAllByRole('textbox', { name: /Trinets titel/ })).toHaveLength(1);
  });
});
