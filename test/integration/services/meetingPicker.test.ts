import * as path from 'path';
import { startLocalSite, type ILocalSite } from '../../../localsite/server';
import { prepareSite, servicesFor } from '../../../localsite/prepare';
import { BOARD_GROUP } from '../../../localsite/server/store';
import { DEMO_MAILBOXES } from '../../../localsite/seed/events';
import type { IServices } from '../../../src/services';
import { meetingProblemText } from '../../../src/webparts/beslutninger/model/meetingSource';
import { meetingFromOutlook } from '../../../src/webparts/beslutninger/components/DecisionForm/formModel';
import { todayInCopenhagen } from '../../../src/domain/timeZone';
import { addDays } from '../../../src/domain/dates';
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { loadWebPartStrings } = require('../../support/locStrings');

/**
 * The Beslutninger meeting picker's Graph read against the local Graph with the demo calendars: my calendar, the
 * board's Microsoft 365 group and the shared mailbox, with invitees and Teams links; paging; and a 403 for a
 * calendar the user may not read, worded clearly.
 */
const da: IBeslutningerWebPartStrings = loadWebPartStrings(path.join(__dirname, '../../../src/webparts/beslutninger/loc'), 'da-dk');
let site: ILocalSite;
let services: IServices;
const today = todayInCopenhagen(new Date());
const from = addDays(today, -120);
const to = addDays(today, 60);

beforeAll(async () => {
  site = await startLocalSite({ port: 0, dataDir: ':memory:' });
  await prepareSite(site, { seed: 'demo' });
  services = servicesFor(site);
}, 240_000);
afterAll(() => site.close());

test('my calendar: board meetings with invitees and a Teams link; picking one prefills forum, day, links and »Til stede«', async () => {
  const meetings = await services.calendar.getMeetingsWithAttendees({ kind: 'me' }, from, to);
  const board = meetings.filter(m => m.subject === 'Bestyrelsesmøde');
  expect(board.length).toBeGreaterThan(0);
  const m = board[0];
  expect(m.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
  expect(m.attendees?.map(a => a.name)).toEqual(expect.arrayContaining(['Anne Sørensen', 'Birgitte Skov', 'Mødelokale Aarhus']));
  const draft = meetingFromOutlook({ forum: '', attendees: '' }, m);
  expect(draft).toMatchObject({ forum: 'Bestyrelse', meetingDate: m.day, meetingId: m.id, meetingUrl: m.webLink, joinUrl: m.joinUrl });
  // The organizer first; the one who declined and the room are not present.
  expect(draft.attendees.split('\n')[0]).toBe('Lars Holm <lars.holm@os2.eu>');
  expect(draft.attendees).toContain('Anne Sørensen <anne.sorensen@os2.eu>');
  expect(draft.attendees).not.toContain('Birgitte Skov');
  expect(draft.attendees).not.toContain('Mødelokale');
});

test('the board group and the shared mailbox are read the same way', async () => {
  const group = await services.calendar.getMeetingsWithAttendees({ kind: 'group', groupId: BOARD_GROUP.id }, from, to);
  expect(group.some(m => m.subject === 'Bestyrelsesmøde' && (m.attendees?.length ?? 0) > 0)).toBe(true);
  const shared = await services.calendar.getMeetingsWithAttendees({ kind: 'user', upn: DEMO_MAILBOXES.shared }, addDays(today, -400), addDays(today, 400));
  expect(shared.length).toBeGreaterThan(0);
});

test('small pages: every page is followed and nothing is lost or doubled', async () => {
  const all = await services.calendar.getMeetingsWithAttendees({ kind: 'me' }, from, to);
  site.requests.clear();
  const paged = await services.calendar.getMeetingsWithAttendees({ kind: 'me' }, from, to, { pageSize: 7 });
  expect(paged.map(m => m.id)).toEqual(all.map(m => m.id));
  expect(site.requests.list().filter(r => r.api === 'graph').length).toBe(Math.ceil(all.length / 7));
});

test('a calendar the user may not read: 403, and a message that says so and what to do', async () => {
  const error = await services.calendar.getMeetingsWithAttendees({ kind: 'user', upn: 'lars.holm@os2.eu' }, from, to).catch((e: unknown) => e);
  expect((error as { statusCode?: number }).statusCode ?? (error as { status?: number }).status).toBe(403);
  expect(meetingProblemText(error, { kind: 'user', upn: 'lars.holm@os2.eu' }, da)).toBe(da.MeetingProblemMailbox);
});
