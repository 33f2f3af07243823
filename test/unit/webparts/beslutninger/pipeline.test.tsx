import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { format } from '../../../../src/common/strings';
import type { IDecisionFields } from '../../../../src/domain/models';
import { preparationRules } from '../../../../src/webparts/beslutninger/model/pipelineRules';
import { ANNE, DECISIONS, da, loaded, renderRegister, servicesWith } from './helpers';

configure({ asyncUtilTimeout: 15_000 });
jest.setTimeout(120_000);

/** A board decision »Til behandling« for the meeting on Thursday 21 May 2026 (Kristi himmelfart is 14 May). */
const STRATEGY: IDecisionFields = {
  title: 'Strategi 2027–2030', kind: 'Beslutning', decisionText: 'Indstilling om ny strategi.', forum: 'Bestyrelse',
  meetingDate: '2026-05-21', status: 'Til behandling', responsible: ANNE, priority: 'MUST', caseReference: '2026-0521'
};
/** »Til behandling« but in the secretariat: not the board's pipeline. */
const SECRETARIAT: IDecisionFields = { ...STRATEGY, title: 'Sekretariatets årsplan', forum: 'Sekretariat', caseReference: undefined };

describe('preparation rules from the properties', () => {
  test('the offsets are clamped to 0–60 working days and default to 10 and 5', () => {
    expect(preparationRules({ recommendationDaysBefore: 12, agendaDaysBefore: 4 }))
      .toEqual([{ kind: 'indstillingKlar', workingDaysBefore: 12 }, { kind: 'dagsordenUdsendt', workingDaysBefore: 4 }]);
    expect(preparationRules({ recommendationDaysBefore: 99, agendaDaysBefore: -3 }).map(r => r.workingDaysBefore)).toEqual([60, 0]);
    expect(preparationRules({ recommendationDaysBefore: 'x' as unknown as number, agendaDaysBefore: undefined as unknown as number })
      .map(r => r.workingDaysBefore)).toEqual([10, 5]);
  });
});

describe('the board pipeline view', () => {
  test('shows the board meeting\'s deadlines in working days and puts them into the Årshjul once', async () => {
    const { fake } = renderRegister({ fake: servicesWith([...DECISIONS, STRATEGY, SECRETARIAT]) });
    await loaded();
    expect(fake.backend.callsOf('batch.read')).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: da.ViewPipeline }));
    const meeting = await screen.findByRole('region', { name: format(da.PipelineMeeting, '21. maj 2026') });
    // 10 and 5 working days before 21 May: 6 May and 13 May (the weekends and Kristi himmelfart do not count).
    const deadlines = within(meeting).getByRole('list', { name: da.PipelineDeadlines });
    expect(deadlines.textContent).toContain(format(da.DeadlineLine, da.DeadlineIndstillingKlar, '6. maj 2026', 10));
    expect(deadlines.textContent).toContain(format(da.DeadlineLine, da.DeadlineDagsordenUdsendt, '13. maj 2026', 5));
    expect(within(meeting).getByText('Strategi 2027–2030')).toBeInTheDocument();
    expect(screen.queryByText('Sekretariatets årsplan')).not.toBeInTheDocument();

    const put = within(meeting).getByRole('button', { name: format(da.PutInWheelLabel, 'Strategi 2027–2030') });
    fireEvent.click(put);
    expect(await screen.findByText(format(da.PutInWheelDone, 'Strategi 2027–2030', 2, 0))).toBeInTheDocument();
    const wheel = (): { title: string; startDate: string; activityType: string; decision?: { id: number } }[] => fake.activities.items;
    expect(wheel().map(a => [a.title, a.startDate, a.activityType]).sort()).toEqual([
      ['Dagsorden udsendt: Strategi 2027–2030', '2026-05-13', 'Frist'],
      ['Indstilling klar: Strategi 2027–2030', '2026-05-06', 'Frist']
    ]);
    await waitFor(() => expect(put).not.toBeDisabled());
    fireEvent.click(put);
    expect(await screen.findByText(format(da.PutInWheelUnchanged, 'Strategi 2027–2030'))).toBeInTheDocument();
    expect(wheel()).toHaveLength(2);
  });

  test('the offsets come from the properties; a reader of the Årshjul gets no »Sæt i årshjulet«', async () => {
    const fake = servicesWith([STRATEGY]);
    fake.backend.permissions = { ...fake.backend.permissions, canAdd: false, canEdit: false };
    renderRegister({ fake, properties: { recommendationDaysBefore: 3, agendaDaysBefore: 1 } });
    await loaded();
    fireEvent.click(screen.getByRole('button', { name: da.ViewPipeline }));
    const meeting = await screen.findByRole('region', { name: format(da.PipelineMeeting, '21. maj 2026') });
    expect(within(meeting).getByRole('list', { name: da.PipelineDeadlines }).textContent)
      .toContain(format(da.DeadlineLine, da.DeadlineIndstillingKlar, '18. maj 2026', 3));
    expect(within(meeting).queryByRole('button', { name: format(da.PutInWheelLabel, 'Strategi 2027–2030') })).not.toBeInTheDocument();
  });
});

describe('deep links', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  test('?koordinator=beslutning:N opens that decision (also one of another year); closing it removes the link', async () => {
    const fake = servicesWith();
    const old = fake.decisions.items.find(d => d.title === 'Budget 2025 godkendt')!;
    window.history.replaceState(null, '', `/?koordinator=beslutning:${old.id}`);
    renderRegister({ fake });
    await loaded();
    const details = await screen.findByRole('dialog');
    await within(details).findByText('Godkendt.');
    expect(within(details).getByRole('heading', { name: 'Budget 2025 godkendt' })).toBeInTheDocument();
    fireEvent.click(within(details).getByRole('button', { name: da.Close }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(window.location.search).not.toContain('koordinator=');
  });

  test('opening a decision puts its link in the address; its actions are item links', async () => {
    renderRegister();
    await loaded();
    fireEvent.click(screen.getByRole('button', { name: 'Godkendelse af årsregnskab 2025' }));
    const details = await screen.findByRole('dialog');
    const action = await within(details).findByRole('link', { name: 'Send regnskabet til revisor' });
    expect(action).toHaveAttribute('data-koordinator-link', expect.stringMatching(/^opgave:\d+$/));
    expect(window.location.search).toMatch(/koordinator=beslutning(:|%3A)\d+/);
  });
});
