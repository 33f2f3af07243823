import { areaOrder, catalogueView, isMine, needsReview, NO_FILTER, ownersOf, type ICatalogueProcess } from '../../../../src/domain/processes';
import { compareVersions, versionHistory } from '../../../../src/domain/processes';
import { onboardingProgress, parseOnboardingTaskKey, processTaskKind, proposalTaskKey } from '../../../../src/domain/processes';
import type { IItemVersion, IProcessFields } from '../../../../src/domain/models';

const p = (id: number, over: Partial<ICatalogueProcess>): ICatalogueProcess => ({
  id, title: `Proces ${id}`, area: 'Processer og dokumentation', status: 'Godkendt', priority: 'SHOULD', reviewIntervalMonths: 12, ...over
});
const viewer = { userId: 7, today: '2026-12-01', canEdit: false };

describe('catalogue', () => {
  const all = [
    p(1, { title: 'Årsregnskab', area: 'Beslutninger og opfølgning', owner: { id: 7, title: 'Mette' } }),
    p(2, { title: 'Bestyrelsesmøder', area: 'Årshjul og mødeforum', lastReviewed: '2025-11-01', nextReview: '2026-11-01' }),
    p(3, { title: 'Kladde', status: 'Kladde', deputyOwner: { id: 7, title: 'Mette' } }),
    p(4, { title: 'Ekstra', area: 'Eget område' as ICatalogueProcess['area'] })
  ];

  test('readers see published processes only; editors every status', () => {
    expect(catalogueView(all, '', NO_FILTER, viewer).visible).toBe(3);
    expect(catalogueView(all, '', NO_FILTER, { ...viewer, canEdit: true }).visible).toBe(4);
  });

  test('groups follow the four areas, an owner-added area last', () => {
    expect(catalogueView(all, '', NO_FILTER, viewer).groups.map(g => g.area))
      .toEqual(['Årshjul og mødeforum', 'Beslutninger og opfølgning', 'Eget område']);
    expect(areaOrder(['Eget område', 'Henvendelser og kommunikation', 'Processer og dokumentation']))
      .toEqual(['Processer og dokumentation', 'Henvendelser og kommunikation', 'Eget område']);
  });

  test('»Mine processer« counts the deputy; »Til revision« takes red and yellow lights and status Til revision', () => {
    expect(isMine(all[2], 7)).toBe(true);
    expect(catalogueView(all, '', { ...NO_FILTER, mine: true }, { ...viewer, canEdit: true }).shown).toBe(2);
    expect(needsReview(all[1], '2026-12-01')).toBe(true);
    expect(needsReview(p(9, { status: 'Til revision' }), '2026-12-01')).toBe(true);
    expect(needsReview(p(9, { lastReviewed: '2026-11-01', nextReview: '2027-11-01' }), '2026-12-01')).toBe(false);
    expect(catalogueView(all, '', { ...NO_FILTER, forReview: true }, viewer).shown).toBe(1);
  });

  test('search over step texts through stepsOf', () => {
    const view = catalogueView(all, 'dagsorden', NO_FILTER, viewer, x => (x.id === 4 ? [{ title: 'Send dagsorden' }] : []));
    expect(view.groups.flatMap(g => g.hits.map(h => h.process.id))).toEqual([4]);
  });

  test('owners A–Å once each', () => {
    expect(ownersOf([{ owner: { id: 2, title: 'Østergaard' } }, { owner: { id: 1, title: 'Andersen' } }, { owner: { id: 2, title: 'Østergaard' } }])
      .map(o => o.id)).toEqual([1, 2]);
  });
});

describe('version history', () => {
  const v = (n: number, fields: Partial<IProcessFields>): IItemVersion<IProcessFields> =>
    ({ versionId: n * 512, label: `${n}.0`, created: '2026-01-01T10:00:00Z', isCurrent: false, fields });

  test('each version lists what changed since the one before, newest first; people by id, empty as missing', () => {
    const history = versionHistory([
      v(3, { status: 'Godkendt', owner: { id: 2, title: 'Lars' }, purpose: '' }),
      v(1, { status: 'Kladde', owner: { id: 1, title: 'Mette' } }),
      v(2, { status: 'Til godkendelse', owner: { id: 1, title: 'Mette (omdøbt)' }, purpose: undefined })
    ], ['status', 'owner', 'purpose']);
    expect(history.map(h => h.version.label)).toEqual(['3.0', '2.0', '1.0']);
    expect(history[0].changes.map(c => c.field)).toEqual(['status', 'owner']);
    expect(history[1].changes.map(c => c.field)).toEqual(['status']);
    expect(history[2].changes).toEqual([]);
    expect(compareVersions({ version: '1.0' }, { version: '1.0' }, ['version'])).toEqual([]);
  });
});

describe('process tasks', () => {
  test('keys tell the kinds apart; proposal keys are checked', () => {
    expect(processTaskKind('proces-revision:4:2026-10-01')).toBe('review');
    expect(processTaskKind('onboarding:7:4')).toBe('onboarding');
    expect(processTaskKind(proposalTaskKey(4, 'abc-1'))).toBe('proposal');
    expect(processTaskKind('x')).toBe('other');
    expect(() => proposalTaskKey(0, 'a')).toThrow(RangeError);
    expect(parseOnboardingTaskKey('onboarding:0:4')).toBeUndefined();
  });

  test('onboarding progress per person: done, overdue, next and last due', () => {
    const karen = { id: 12, title: 'Karen Mikkelsen' };
    const progress = onboardingProgress([
      { key: 'onboarding:12:1', assignedTo: karen, status: 'Færdig', dueDate: '2026-11-20' },
      { key: 'onboarding:12:2', assignedTo: karen, status: 'I gang', dueDate: '2026-11-27' },
      { key: 'onboarding:12:3', assignedTo: karen, status: 'Ikke startet', dueDate: '2026-12-11' },
      { key: 'andet', assignedTo: karen, status: 'Ikke startet' }
    ], '2026-12-01');
    expect(progress).toEqual([{ person: karen, total: 3, done: 1, overdue: 1, nextDue: '2026-11-27', lastDue: '2026-12-11' }]);
  });
});
