import { startLocalSite, type ILocalSite } from '../../../localsite/server';
import { servicesFor } from '../../../localsite/prepare';
import type { IServices } from '../../../src/services';
import { classifyError } from '../../../src/services/errors';

let site: ILocalSite;
let services: IServices;

beforeAll(async () => {
  site = await startLocalSite({ port: 0, dataDir: ':memory:' });
  services = servicesFor(site);
  // A daily stand-up all year: 365 occurrences, more than one Graph page (the service asks for 250 a page).
  site.store.addEvent('mette.kjaer@os2.eu', {
    subject: 'Daglig koordinering', categories: ['Sekretariat'],
    start: { dateTime: '2026-01-01T09:00:00', timeZone: 'Romance Standard Time' },
    end: { dateTime: '2026-01-01T09:15:00', timeZone: 'Romance Standard Time' },
    recurrence: 'FREQ=DAILY;COUNT=1096'
  });
  site.store.addEvent('mette.kjaer@os2.eu', {
    subject: 'Bestyrelsesmøde', categories: ['Bestyrelse'],
    start: { dateTime: '2026-03-30T10:00:00', timeZone: 'Romance Standard Time' },
    end: { dateTime: '2026-03-30T12:00:00', timeZone: 'Romance Standard Time' }
  });
  site.store.addEvent('mette.kjaer@os2.eu', {
    subject: 'Aflyst bestyrelsesmøde', categories: ['Bestyrelse'], isCancelled: true,
    start: '2026-06-01T08:00:00Z', end: '2026-06-01T10:00:00Z'
  });
});
afterAll(() => site.close());

describe('the Graph calendar service against the local site', () => {
  test('follows @odata.nextLink through every page of a recurring series', async () => {
    site.requests.clear();
    // Three years of a daily series: 1,096 occurrences, more than calendarView's largest page (1,000).
    const meetings = await services.calendar.getMeetings({ kind: 'me' }, '2026-01-01', '2028-12-31', { category: 'sekretariat' });
    expect(meetings).toHaveLength(1096);
    expect(new Set(meetings.map(m => m.id)).size).toBe(1096);
    expect(meetings.every(m => m.seriesMasterId === meetings[0].seriesMasterId && !!m.seriesMasterId)).toBe(true);
    const graphCalls = site.requests.list().filter(r => r.api === 'graph');
    expect(graphCalls.length).toBe(2);
  });

  test('keeps Copenhagen wall-clock time across DST: 09:00 local is 08:00Z in winter, 07:00Z in summer', async () => {
    const meetings = await services.calendar.getMeetings({ kind: 'me' }, '2026-03-28', '2026-03-30', { subjectContains: 'koordinering' });
    expect(meetings.map(m => [m.day, m.start])).toEqual([
      ['2026-03-28', '2026-03-28T08:00:00Z'], ['2026-03-29', '2026-03-29T07:00:00Z'], ['2026-03-30', '2026-03-30T07:00:00Z']
    ]);
  });

  test('drops cancelled meetings and filters on subject text', async () => {
    const board = await services.calendar.getMeetings({ kind: 'me' }, '2026-01-01', '2026-12-31', { subjectContains: 'bestyrelse' });
    expect(board.map(m => m.subject)).toEqual(['Bestyrelsesmøde']);
    expect(board[0]).toMatchObject({ day: '2026-03-30', start: '2026-03-30T08:00:00Z', categories: ['Bestyrelse'] });
    expect(board[0].webLink).toMatch(/^https:\/\//);
  });

  test('a failing Graph call surfaces as an error the UI can classify', async () => {
    site.faults.add({ count: 5, status: 503, retryAfter: 0, pathContains: '/graph/' });
    await expect(services.calendar.getMeetings({ kind: 'group', groupId: '00000000-0000-4000-8000-000000000404' }, '2026-01-01', '2026-01-31')).rejects.toBeDefined();
    site.faults.clear();
    const missing = await services.calendar.getMeetings({ kind: 'group', groupId: '00000000-0000-4000-8000-000000000404' }, '2026-01-01', '2026-01-31').catch((e: unknown) => e);
    expect(classifyError(missing)).toMatchObject({ kind: 'notFound', status: 404 });
  });
});
