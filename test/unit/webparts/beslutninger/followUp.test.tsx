import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { IDecisionFields, ITaskFields } from '../../../../src/domain/models';
import { meetingYear } from '../../../../src/domain/decisions/register';
import type { IDecisionDataService } from '../../../../src/services';
import { ANNE, DECISIONS, METTE, da, loaded, renderRegister, servicesWith } from './helpers';
import { httpError } from '../../../support/fakeServices';

configure({ asyncUtilTimeout: 15_000 });
jest.setTimeout(120_000);

/** An open board decision of 2024 without a follow-up date, a closed one, and an open one of another forum. */
const EARLIER: IDecisionFields[] = [
  { title: 'Revision af vedtægter', kind: 'Beslutning', decisionText: 'Sekretariatet udarbejder et udkast.', forum: 'Bestyrelse',
    meetingDate: '2024-09-12', status: 'Besluttet', responsible: ANNE, priority: 'SHOULD' },
  { title: 'Budget 2024 godkendt', kind: 'Beslutning', decisionText: 'Godkendt.', forum: 'Bestyrelse', meetingDate: '2024-06-13',
    status: 'Gennemført', priority: 'MUST' },
  { title: 'Sekretariatets gamle sag', kind: 'Beslutning', decisionText: 'Vedtaget.', forum: 'Sekretariat', meetingDate: '2024-10-02',
    status: 'Under opfølgning', priority: 'COULD' }
];

/**
 * The register's data as SharePoint returns it: the fake repositories ignore filters, so the year's load is cut to the
 * year here (none of the earlier decisions has a follow-up date, so »Til opfølgning« would not find them either).
 */
function withYearOnlyLoad(fake: ReturnType<typeof servicesWith>): { calls: string[] } {
  const real = fake.services.decisions;
  const calls: string[] = [];
  const decisions: IDecisionDataService = {
    load: async (year, today, days, signal) => {
      const data = await real.load(year, today, days, signal);
      return { ...data, decisions: data.decisions.filter(d => meetingYear(d) === year), actions: data.actions.filter(a => (a.dueDate ?? '') >= `${year}`) };
    },
    actionsOf: (id, signal) => real.actionsOf(id, signal),
    followUp: (forum, next, signal) => { calls.push(`${forum} ${next}`); return real.followUp(forum, next, signal); }
  };
  (fake.services as { decisions: IDecisionDataService }).decisions = decisions;
  return { calls };
}

function fakeWithEarlierYears(): { fake: ReturnType<typeof servicesWith>; calls: string[] } {
  const fake = servicesWith(DECISIONS);
  const stored = EARLIER.map(d => fake.decisions.insert(d));
  const action: ITaskFields = { title: 'Udkast til nye vedtægter', status: 'I gang', priority: 'SHOULD', source: 'Beslutning',
    assignedTo: METTE, dueDate: '2024-11-01', decision: { id: stored[0].id, title: stored[0].title } };
  fake.tasks.insert(action);
  return { fake, ...withYearOnlyLoad(fake) };
}

test('»Opfølgning på beslutninger« lists an open decision of an earlier year and its action, not a closed one, whatever year is shown', async () => {
  const { fake, calls } = fakeWithEarlierYears();
  renderRegister({ fake });
  await loaded();
  fireEvent.click(screen.getByRole('button', { name: da.ViewAll }));
  // The register shows 2026: the 2024 decision is not among its data.
  expect(screen.queryByText('Revision af vedtægter')).not.toBeInTheDocument();

  fireEvent.click(screen.getByRole('button', { name: da.FollowUpButton }));
  const doc = await screen.findByRole('document', { name: da.FollowUpTitle });
  expect(calls).toEqual(['Bestyrelse 2026-03-25']);
  expect(within(doc).getByText(/^Revision af vedtægter – Besluttet/)).toBeInTheDocument();
  expect(within(doc).getByText(/^Udkast til nye vedtægter – I gang/)).toBeInTheDocument();
  // Still the shown year's open board decisions and action.
  expect(within(doc).getByText(/^Godkendelse af årsregnskab 2025 – Under opfølgning/)).toBeInTheDocument();
  expect(within(doc).getByText(/^Send regnskabet til revisor – I gang/)).toBeInTheDocument();
  expect(within(doc).queryByText(/Budget 2024 godkendt/)).not.toBeInTheDocument();
  expect(within(doc).queryByText(/Sekretariatets gamle sag/)).not.toBeInTheDocument();
});

test('choosing another forum reads that forum\'s open decisions', async () => {
  const { fake, calls } = fakeWithEarlierYears();
  renderRegister({ fake });
  await loaded();
  fireEvent.click(screen.getByRole('button', { name: da.FollowUpButton }));
  await screen.findByRole('document', { name: da.FollowUpTitle });
  fireEvent.click(screen.getByRole('combobox', { name: new RegExp(`^${da.FieldForum}`) }));
  fireEvent.click(await screen.findByRole('option', { name: 'Sekretariat' }));
  await waitFor(() => expect(calls).toEqual(['Bestyrelse 2026-03-25', 'Sekretariat 2026-03-25']));
  const doc = await screen.findByRole('document', { name: da.FollowUpTitle });
  await waitFor(() => expect(within(doc).getByText(/^Sekretariatets gamle sag – Under opfølgning/)).toBeInTheDocument());
  expect(within(doc).queryByText(/Revision af vedtægter/)).not.toBeInTheDocument();
});

test('a failed read says so in Danish, offers »Prøv igen« and shows the item after it', async () => {
  const { fake } = fakeWithEarlierYears();
  renderRegister({ fake });
  await loaded();
  fake.backend.failNext('batch.read', httpError(503));
  fireEvent.click(screen.getByRole('button', { name: da.FollowUpButton }));
  const panel = await screen.findByRole('dialog');
  await within(panel).findByText(/Opfølgningen kunne ikke hentes/);
  expect(within(panel).queryByRole('document')).not.toBeInTheDocument();
  expect(within(panel).getByRole('button', { name: da.CopyHtml })).toBeDisabled();
  fireEvent.click(within(panel).getByRole('button', { name: da.Retry }));
  const doc = await within(panel).findByRole('document', { name: da.FollowUpTitle });
  expect(within(doc).getByText(/^Revision af vedtægter – Besluttet/)).toBeInTheDocument();
});
