import { activitiesList, decisionsList, processesList } from '../../../src/schema';
import { etagOf, fromItem, fromItems, selectFor, toItem } from '../../../src/services/mapping';
import type { IActivityFields, IDecisionFields, IProcessFields } from '../../../src/domain/models';
import minimal from '../../fixtures/aarshjul-minimal.json';
import verbose from '../../fixtures/aarshjul-verbose.json';

describe('mapping SharePoint JSON to the domain', () => {
  test('minimalmetadata items map to activities with Copenhagen dates, people and lookups', () => {
    const [meeting, period] = fromItems<IActivityFields>(activitiesList, minimal);
    expect(meeting).toEqual({
      id: 12, etag: '"4"', modified: '2026-03-02T09:15:00Z',
      title: 'Generalforsamling', description: 'Ordinær generalforsamling med beretning og regnskab.',
      category: 'Bestyrelse', activityType: 'Møde', startDate: '2026-04-28', repeat: 'Årligt',
      recurrence: 'FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=28', forum: 'Generalforsamling',
      responsible: { id: 7, title: 'Mette Kjær', email: 'mette.kjaer@os2.eu' },
      process: { id: 3, title: 'Generalforsamling' }, priority: 'MUST'
    });
    // 31 Aug 22:00Z is 1 Sep in summer time; 30 Oct 23:00Z is 31 Oct in winter time.
    expect(period).toMatchObject({ startDate: '2026-09-01', endDate: '2026-10-31', repeat: 'Ingen' });
    expect(period.recurrence).toBeUndefined();
    expect(period.responsible).toBeUndefined();
    expect('description' in period).toBe(false);
  });

  test('verbose items map to the same model as minimalmetadata', () => {
    const [fromVerbose] = fromItems<IActivityFields>(activitiesList, verbose);
    const [fromMinimal] = fromItems<IActivityFields>(activitiesList, minimal);
    expect(fromVerbose).toEqual(fromMinimal);
  });

  test('a single item body without $expand keeps person and lookup ids', () => {
    const item = fromItem<IActivityFields>(activitiesList, { Id: 5, 'odata.etag': '"2"', Title: 'X', ResponsibleId: 9, ProcessId: 4 });
    expect(item.responsible).toEqual({ id: 9, title: '' });
    expect(item.process).toEqual({ id: 4, title: '' });
  });

  test('etagOf reads minimal, verbose and missing ETags', () => {
    expect(etagOf({ 'odata.etag': '"3"' })).toBe('"3"');
    expect(etagOf({ __metadata: { etag: '"8"' } })).toBe('"8"');
    expect(() => etagOf({})).toThrow(/without an ETag/);
  });

  test('numbers, booleans and hyperlinks map from either flavour', () => {
    const p = fromItem<IProcessFields>(processesList, { Id: 1, 'odata.etag': '"1"', Title: 'P', ReviewIntervalMonths: '12', Onboarding: true, LastReviewed: '2025-11-30T23:00:00Z' });
    expect(p).toMatchObject({ reviewIntervalMonths: 12, onboarding: true, lastReviewed: '2025-12-01' });
    const d = fromItem<IDecisionFields>(decisionsList, { Id: 2, 'odata.etag': '"1"', Title: 'D', MeetingUrl: { Url: 'https://outlook.office.com/x', Description: 'Bestyrelsesmøde' } });
    expect(d.meetingUrl).toEqual({ url: 'https://outlook.office.com/x', description: 'Bestyrelsesmøde' });
    expect(fromItem<IProcessFields>(processesList, { Id: 3, 'odata.etag': '"1"', Onboarding: false }).onboarding).toBe(false);
  });
});

describe('mapping the domain to SharePoint JSON', () => {
  const activity: IActivityFields = {
    title: 'Generalforsamling', category: 'Bestyrelse', activityType: 'Møde', startDate: '2026-04-28',
    repeat: 'Årligt', recurrence: 'FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=28', priority: 'MUST',
    responsible: { id: 7, title: 'Mette Kjær' }, process: { id: 3, title: 'Generalforsamling' }
  };

  test('writes people and lookups as <Field>Id, date-only values as Copenhagen midnight in UTC', () => {
    const body = toItem(activitiesList, activity);
    expect(body).toMatchObject({ Title: 'Generalforsamling', ResponsibleId: 7, ProcessId: 3, StartDate: '2026-04-27T22:00:00Z' });
    expect(body.Responsible).toBeUndefined();
  });

  test('a full write clears what is empty, so a removed value is removed in SharePoint', () => {
    const body = toItem(activitiesList, activity);
    expect(body).toMatchObject({ EndDate: null, Forum: null, Description: null });
  });

  test('a partial write sends only the given properties', () => {
    expect(toItem<IActivityFields>(activitiesList, { priority: 'COULD' }, true)).toEqual({ Priority: 'COULD' });
  });

  test('round-trips through JSON unchanged', () => {
    const json = { Id: 1, 'odata.etag': '"1"', ...toItem(activitiesList, activity), Responsible: { Id: 7, Title: 'Mette Kjær' }, Process: { Id: 3, Title: 'Generalforsamling' } };
    const back = fromItem<IActivityFields>(activitiesList, json);
    expect(back).toMatchObject(activity);
  });

  test('hyperlinks are written without __metadata (SharePoint rejects it in minimal JSON)', () => {
    const body = toItem<IDecisionFields>(decisionsList, { meetingUrl: { url: 'https://outlook.office.com/e/1' } }, true);
    expect(body).toEqual({ MeetingUrl: { Url: 'https://outlook.office.com/e/1', Description: 'https://outlook.office.com/e/1' } });
  });

  test('$select and $expand cover every field, expanding people and lookups', () => {
    const { select, expand } = selectFor(activitiesList);
    expect(expand.sort()).toEqual(['Decision', 'Process', 'Responsible']);
    expect(select).toEqual(expect.arrayContaining(['Id', 'Title', 'StartDate', 'Responsible/Title', 'Responsible/EMail', 'Process/Title']));
    expect(select).not.toContain('Responsible');
  });
});
