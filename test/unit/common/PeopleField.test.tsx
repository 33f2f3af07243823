import * as React from 'react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import type { IPersonRef } from '../../../src/domain/models';
import { PeopleField } from '../../../src/common/PeopleField';
import type { IPeopleService, IPersonCandidate } from '../../../src/services';
import { da, en } from '../webparts/aarshjul/helpers';

setIconOptions({ disableWarnings: true });

const KAREN: IPersonCandidate = { key: 'i:0#.f|membership|karen.mikkelsen@os2.eu', title: 'Karen Mikkelsen', email: 'karen.mikkelsen@os2.eu', jobTitle: 'Projektleder' };

/** A people service whose search finds Karen (not a site user yet) and whose ensure the test settles by hand. */
function people(): IPeopleService & { ensured: string[]; settle(result: IPersonRef | Error): Promise<void> } {
  const ensured: string[] = [];
  let settle: ((r: IPersonRef | Error) => void) | undefined;
  return {
    ensured,
    async current() { return { id: 7, title: 'Mette Kjær' }; },
    async search(text: string) { return 'karen'.startsWith(text.toLowerCase()) ? [KAREN] : []; },
    ensure(login: string) {
      ensured.push(login);
      return new Promise<IPersonRef>((resolve, reject) => {
        settle = r => (r instanceof Error ? reject(r) : resolve(r));
      });
    },
    async settle(result) { await act(async () => { settle?.(result); await Promise.resolve(); }); }
  };
}

async function pickKaren(): Promise<void> {
  const input = screen.getByRole('combobox', { name: 'Ansvarlig' });
  act(() => { input.focus(); });
  fireEvent.input(input, { target: { value: 'kar' } });
  const suggestion = await screen.findByText('Karen Mikkelsen', {}, { timeout: 3000 });
  fireEvent.click(suggestion);
}

test('choosing someone from the directory makes them a site user first, then hands the site user to the form', async () => {
  const service = people();
  const onChange = jest.fn();
  render(<PeopleField label="Ansvarlig" value={undefined} onChange={onChange} people={service} strings={da} />);
  await pickKaren();
  await waitFor(() => expect(service.ensured).toEqual([KAREN.key]));
  expect(onChange).not.toHaveBeenCalled();
  await service.settle({ id: 14, title: 'Karen Mikkelsen', email: KAREN.email });
  expect(onChange).toHaveBeenCalledWith({ id: 14, title: 'Karen Mikkelsen', email: KAREN.email });
  expect(screen.queryByRole('alert')).toBeNull();
});

test('when ensuring fails the choice is undone and a localised error says so (Danish and English)', async () => {
  for (const [strings, text] of [[da, 'Karen Mikkelsen kunne ikke føjes til webstedet'], [en, 'Karen Mikkelsen could not be added to the site']] as const) {
    const service = people();
    const onChange = jest.fn();
    const { unmount } = render(<PeopleField label="Ansvarlig" value={undefined} onChange={onChange} people={service} strings={strings} />);
    await pickKaren();
    await waitFor(() => expect(service.ensured).toHaveLength(1));
    await service.settle(new Error('403'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(text);
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.queryByText('Karen Mikkelsen', { selector: '.ms-Persona-primaryText' })).toBeNull();
    expect(screen.getByRole('combobox', { name: 'Ansvarlig' }).getAttribute('aria-describedby')).toContain(alert.id);
    unmount();
  }
});
