import { Client } from '@microsoft/microsoft-graph-client';
import { BOARD_GROUP, startLocalSite, type ILocalSite } from '../../../localsite/server';
import { raw, USERS, type IGraphError } from './helpers';

interface IEvent { id: string; subject: string; type: string; seriesMasterId: string | null; start: { dateTime: string; timeZone: string };
  end: { dateTime: string; timeZone: string }; isAllDay: boolean; webLink: string; organizer: { emailAddress: { address: string } }; }

/** Graph calendarView through the real @microsoft/microsoft-graph-client v3. */
describe('local site: Microsoft Graph', () => {
  let site: ILocalSite;
  let seriesId: string;
  const graph = (email: string = USERS.mette): Client => Client.init({
    baseUrl: `${site.url}/graph/`, defaultVersion: 'v1.0', authProvider: done => done(null, 'local-token'),
    fetchOptions: { headers: { 'X-LocalSite-User': email } }
  });
  /** Follows @odata.nextLink the way the project's calendar service does: the path after `/v1.0`. */
  async function allPages(client: Client, path: string, query: Record<string, string>, top: number, prefer?: string): Promise<{ pages: IEvent[][]; links: string[] }> {
    let req = client.api(path).query(query).top(top);
    if (prefer) req = req.header('Prefer', prefer);
    const pages: IEvent[][] = [];
    const links: string[] = [];
    for (;;) {
      const res = await req.get();
      pages.push(res.value);
      const next: string | undefined = res['@odata.nextLink'];
      if (!next) return { pages, links };
      links.push(next);
      req = client.api(next.slice(next.indexOf('/v1.0') + '/v1.0'.length));
      if (prefer) req = req.header('Prefer', prefer);
    }
  }

  beforeAll(async () => {
    site = await startLocalSite({ port: 0, dataDir: ':memory:' });
    // Thursdays at 10:00 Copenhagen time, 6 times, across the DST change on Sunday 29 March 2026; 26 March is cancelled.
    seriesId = site.store.addEvent(USERS.mette, {
      subject: 'Ugemøde', start: { dateTime: '2026-03-12T10:00:00.0000000', timeZone: 'Romance Standard Time' },
      end: { dateTime: '2026-03-12T11:00:00.0000000', timeZone: 'Romance Standard Time' },
      recurrence: 'RRULE:FREQ=WEEKLY;BYDAY=TH;COUNT=6', cancelledDates: ['2026-03-26'], organizer: { name: 'Mette Kjær', address: USERS.mette }
    }).id;
    site.store.addEvent(USERS.mette, { id: 'single-1', subject: 'Budgetmøde', start: '2026-03-30T12:00:00Z', end: '2026-03-30T13:30:00Z', location: 'Mødelokale 1' });
    site.store.addEvent(USERS.mette, { subject: 'Sommerferie', isAllDay: true, start: { dateTime: '2026-04-06T00:00:00', timeZone: 'Europe/Copenhagen' },
      end: { dateTime: '2026-04-08T00:00:00', timeZone: 'Europe/Copenhagen' } });
    site.store.addEvent('sekretariat@os2.eu', { subject: 'Postgennemgang', start: '2026-03-16T08:00:00Z', end: '2026-03-16T08:30:00Z',
      recurrence: { pattern: { type: 'weekly', interval: 1, daysOfWeek: ['monday'] }, range: { type: 'numbered', numberOfOccurrences: 3 } } });
    site.store.addEvent(BOARD_GROUP.id, { subject: 'Bestyrelsesmøde', start: { dateTime: '2026-03-19T14:00:00', timeZone: 'Romance Standard Time' },
      end: { dateTime: '2026-03-19T17:00:00', timeZone: 'Romance Standard Time' } });
    site.store.addEvent(USERS.lars, { subject: 'Lars privat', start: '2026-03-19T08:00:00Z', end: '2026-03-19T09:00:00Z' });
  });
  afterAll(async () => { await site.close(); });
  const window = { startDateTime: '2026-03-01T00:00:00Z', endDateTime: '2026-05-01T00:00:00Z' };

  it('pages /me/calendarView with the real client; series keep 10:00 local across DST', async () => {
    const { pages, links } = await allPages(graph(), '/me/calendarView', window, 3, 'outlook.timezone="Romance Standard Time"');
    expect(pages.map(p => p.length)).toEqual([3, 3, 1]);
    expect(links[0]).toMatch(new RegExp(`^${site.url}/graph/v1.0/me/calendarView\\?.*%24skip=3`));
    const events = pages.flat();
    expect(events.map(e => `${e.subject} ${e.start.dateTime}`)).toEqual([
      'Ugemøde 2026-03-12T10:00:00.0000000', 'Ugemøde 2026-03-19T10:00:00.0000000', 'Budgetmøde 2026-03-30T14:00:00.0000000',
      'Ugemøde 2026-04-02T10:00:00.0000000', 'Sommerferie 2026-04-06T00:00:00.0000000', 'Ugemøde 2026-04-09T10:00:00.0000000',
      'Ugemøde 2026-04-16T10:00:00.0000000'
    ]);
    expect(events.every(e => e.start.timeZone === 'Romance Standard Time')).toBe(true);
    const occurrences = events.filter(e => e.subject === 'Ugemøde');
    expect(occurrences.every(e => e.type === 'occurrence' && e.seriesMasterId === seriesId)).toBe(true);
    expect(new Set(occurrences.map(e => e.id)).size).toBe(5);
    expect(events.find(e => e.subject === 'Budgetmøde')).toMatchObject({ type: 'singleInstance', seriesMasterId: null, id: 'single-1',
      webLink: 'https://outlook.office.com/calendar/item/single-1', end: { dateTime: '2026-03-30T15:30:00.0000000' } });
    expect(events.find(e => e.isAllDay)).toMatchObject({ end: { dateTime: '2026-04-08T00:00:00.0000000' } });
  });

  it('answers in UTC by default: the same meeting moves from 09:00Z to 08:00Z after the DST change', async () => {
    const res = await graph().api('/me/calendarView').query(window).top(50).select('subject,start,end').get();
    const starts = res.value.filter((e: IEvent) => e.subject === 'Ugemøde').map((e: IEvent) => e.start.dateTime);
    expect(starts).toEqual(['2026-03-12T09:00:00.0000000', '2026-03-19T09:00:00.0000000', '2026-04-02T08:00:00.0000000',
      '2026-04-09T08:00:00.0000000', '2026-04-16T08:00:00.0000000']);
    expect(res.value[0].start.timeZone).toBe('UTC');
    expect(Object.keys(res.value[0]).sort()).toEqual(['@odata.etag', 'end', 'id', 'start', 'subject']);
    expect(res['@odata.nextLink']).toBeUndefined();
  });

  it('gives stable occurrence ids, honours $orderby desc and an IANA Prefer zone', async () => {
    const a = await graph().api('/me/calendarView').query(window).top(50).get();
    const b = await graph().api('/me/calendarView').query({ ...window, startDateTime: '2026-04-01T00:00:00+02:00' }).top(50).get();
    const ids = (r: { value: IEvent[] }): string[] => r.value.filter(e => e.seriesMasterId).map(e => e.id);
    expect(ids(b)).toEqual(ids(a).slice(2));
    const desc = await raw<{ value: IEvent[] }>(site, 'GET', `/graph/v1.0/me/calendarView?startDateTime=2026-03-01T00:00:00Z&endDateTime=2026-05-01T00:00:00Z&$orderby=start/dateTime desc&$top=1`,
      { headers: { Prefer: 'outlook.timezone="Europe/Copenhagen"' } });
    expect(desc.headers.get('preference-applied')).toBe('outlook.timezone="Europe/Copenhagen"');
    expect(desc.json.value[0]).toMatchObject({ subject: 'Ugemøde', start: { dateTime: '2026-04-16T10:00:00.0000000', timeZone: 'Europe/Copenhagen' } });
  });

  it('reads the shared mailbox and the group calendar; other people\'s calendars are private', async () => {
    const shared = await graph(USERS.sofie).api(`/users/sekretariat@os2.eu/calendarView`).query(window).get();
    expect(shared.value.map((e: IEvent) => e.start.dateTime)).toEqual(['2026-03-16T08:00:00.0000000', '2026-03-23T08:00:00.0000000', '2026-03-30T08:00:00.0000000']);
    const board = await graph(USERS.anne).api(`/groups/${BOARD_GROUP.id}/calendar/calendarView`).query(window).get();
    expect(board.value.map((e: IEvent) => e.subject)).toEqual(['Bestyrelsesmøde']);
    await expect(graph().api('/users/lars.holm@os2.eu/calendarView').query(window).get()).rejects.toMatchObject({ statusCode: 403, code: 'ErrorAccessDenied' });
    const own = await graph(USERS.lars).api('/users/lars.holm@os2.eu/calendarView').query(window).get();
    expect(own.value).toHaveLength(1);
  });

  it('requires the time window, and serves /me, /users and /groups', async () => {
    await expect(graph().api('/me/calendarView').get()).rejects.toMatchObject({ statusCode: 400, code: 'ErrorInvalidParameter' });
    expect(await graph(USERS.jonas).api('/me').select('displayName,mail').get()).toMatchObject({ displayName: 'Jonas Berg', mail: USERS.jonas });
    expect(await graph().api('/users/anne.sorensen@os2.eu').get()).toMatchObject({ jobTitle: 'Bestyrelsesmedlem', userPrincipalName: USERS.anne });
    expect(await graph().api(`/groups/${BOARD_GROUP.id}`).get()).toMatchObject({ displayName: 'OS2 Bestyrelse', mail: 'bestyrelse@os2.eu' });
    await expect(graph().api('/users/nobody@os2.eu').get()).rejects.toMatchObject({ statusCode: 404 });
  });

  it('addresses groups by object id only: a mail address is a 400 "Invalid object identifier", an unknown id a 404', async () => {
    for (const path of ['/groups/bestyrelse@os2.eu', '/groups/bestyrelse%40os2.eu/calendar/calendarView', '/groups/OS2 Bestyrelse/calendarView']) {
      await expect(graph().api(path).query(window).get()).rejects.toMatchObject({ statusCode: 400, code: 'Request_BadRequest' });
    }
    const byMail = await raw<IGraphError>(site, 'GET', '/graph/v1.0/groups/bestyrelse@os2.eu');
    expect(byMail.json.error).toMatchObject({ code: 'Request_BadRequest', message: "Invalid object identifier 'bestyrelse@os2.eu'." });
    await expect(graph().api('/groups/00000000-0000-4000-8000-000000000000/calendar/calendarView').query(window).get())
      .rejects.toMatchObject({ statusCode: 404, code: 'Request_ResourceNotFound' });
    expect((await graph().api(`/groups/${BOARD_GROUP.id.toUpperCase()}`).get()).id).toBe(BOARD_GROUP.id);
    const unknown = await raw<IGraphError>(site, 'GET', '/graph/v1.0/me', { headers: { 'X-LocalSite-User': 'x@y.z' } });
    expect([unknown.status, unknown.json.error.code]).toEqual([401, 'InvalidAuthenticationToken']);
  });

  it('takes an offset the client left unencoded (+ arrives as a space)', async () => {
    const res = await graph().api('/me/calendarView').query({ startDateTime: '2026-04-02T09:59:00+02:00', endDateTime: '2026-04-02T10:01:00+02:00' }).get();
    expect(res.value.map((e: IEvent) => e.subject)).toEqual(['Ugemøde']);
  });
});
