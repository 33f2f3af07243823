import { fireEvent, screen, within } from '@testing-library/react';
import type { IActivity, IActivityFields } from '../../../../src/domain/models';
import { prepareActivities } from '../../../../src/webparts/aarshjul/model/entries';
import { da, loaded, renderWheel, SAMPLE, servicesWith, wheelKeys } from './helpers';

/** What a list editor can store through REST or the list view, which the form would never write. */
const raw = (fields: Record<string, unknown>): IActivityFields =>
  ({ title: 'Aktivitet', category: 'Økonomi', activityType: 'Frist', startDate: '2026-03-02', priority: 'MUST', ...fields }) as unknown as IActivityFields;

const stored = (fields: Record<string, unknown>, id: number): IActivity => ({ ...raw(fields), id, etag: '"1"' });

describe('prepareActivities (issue 8 part 2, item 11)', () => {
  test('an empty pattern is Ingen; an unknown one with a usable rule is Tilpasset, without one Ingen', () => {
    const { activities, unshowable } = prepareActivities([
      stored({ repeat: undefined }, 1),
      stored({ repeat: 'Hver anden uge', recurrence: 'FREQ=WEEKLY;INTERVAL=2' }, 2),
      stored({ repeat: 'Hver anden uge' }, 3),
      stored({ repeat: 'Hver anden uge', recurrence: 'FREQ=SOMETIMES' }, 4),
      stored({ repeat: 'Årligt' }, 5)
    ]);
    expect(unshowable).toEqual([]);
    expect(activities.map(a => [a.id, a.repeat])).toEqual([[1, 'Ingen'], [2, 'Tilpasset'], [3, 'Ingen'], [4, 'Ingen'], [5, 'Årligt']]);
  });

  test('no start date, or no known ring: set aside with the reason', () => {
    const { activities, unshowable } = prepareActivities([
      stored({ repeat: 'Årligt', startDate: undefined }, 1),
      stored({ repeat: 'Ingen', startDate: '2026-02-30' }, 2),
      stored({ repeat: 'Ingen', category: 'Jura' }, 3),
      stored({ repeat: 'Ingen', category: undefined }, 4)
    ]);
    expect(activities).toEqual([]);
    expect(unshowable.map(u => [u.activity.id, u.reason])).toEqual([[1, 'noStartDate'], [2, 'noStartDate'], [3, 'unknownRing'], [4, 'unknownRing']]);
  });
});

describe('the wheel with hand-typed list data', () => {
  test('activities with odd patterns are drawn; the rest are listed under »Kan ikke vises« with links to the items', async () => {
    const fake = servicesWith([
      ...SAMPLE,
      raw({ title: 'Uden mønster', repeat: undefined, startDate: '2026-03-02' }),
      raw({ title: 'Hver anden uge', repeat: 'Hver anden uge', recurrence: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO', startDate: '2026-03-02' }),
      raw({ title: 'Uden startdato', repeat: 'Årligt', startDate: undefined }),
      raw({ title: 'Forkert ring', repeat: 'Ingen', category: 'Jura' })
    ]);
    const { container } = renderWheel({ fake });
    await loaded();
    const keys = wheelKeys(container);
    expect(keys).toContain('activity:5:2026-03-02');
    // Every other Monday from 2 March to the end of the year: 22 occurrences.
    expect(keys.filter(k => k.startsWith('activity:6:'))).toHaveLength(22);
    const notice = await screen.findByTestId('unshowable');
    expect(within(notice).getByText('2 aktiviteter i listen kan ikke vises')).toBeInTheDocument();
    fireEvent.click(within(notice).getByText('2 aktiviteter i listen kan ikke vises'));
    const links = within(notice).getAllByRole('link');
    expect(links.map(l => [l.textContent, l.getAttribute('href')])).toEqual([
      ['Uden startdato', 'https://os2.example/sites/os2/Lists/Aarshjul/DispForm.aspx?ID=7'],
      ['Forkert ring', 'https://os2.example/sites/os2/Lists/Aarshjul/DispForm.aspx?ID=8']
    ]);
    expect(notice).toHaveTextContent(`Uden startdato: ${da.UnshowableNoStartDate}`);
    expect(notice).toHaveTextContent('Forkert ring: ringen »Jura« findes ikke i årshjulet');
  });

  test('a clean list shows no notice', async () => {
    renderWheel();
    await loaded();
    expect(screen.queryByTestId('unshowable')).not.toBeInTheDocument();
  });
});
