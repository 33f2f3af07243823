import type { Forum, IsoDate } from '../../src/domain/models';
import type { CalendarSource, ICalendarService } from '../../src/services';
import { addDays, expandOccurrences, formatIsoDate, holidaysBetween, isoWeek, isoWeekday, nextBusinessDay } from '../../src/domain';
import { BOARD_GROUP, type ISiteStore } from '../server/store';
import { nthWeekday, type ISeedContext } from './context';
import type { DemoActivities } from './activities';
import type { IDemoMeeting } from './decisions';
import { boardMeetingDays, conferenceDays, strategySeminarDays } from './activityTexts';
import { BOARD_INVITEES, COORDINATION_INVITEES, SECRETARIAT_INVITEES, toSeedEvent, type IDemoEvent } from './eventShape';
import { formatAttendees, presentByDefault } from '../../src/domain/decisions';

/** The calendars the demo fills: Mette's own (`/me`), the board group's and the shared mailbox's. */
export const DEMO_MAILBOXES = {
  mette: 'mette.kjaer@os2.eu',
  board: BOARD_GROUP.mail,
  shared: 'sekretariat@os2.eu'
} as const;

const MEETING_ROOM = 'OS2, mødelokale Aarhus / Microsoft Teams';

/** The subjects of the meetings decisions are made at, by forum, and the calendar that holds them. */
const DECISION_MEETINGS: ReadonlyArray<readonly [string, Forum, CalendarSource]> = [
  ['Bestyrelsesmøde', 'Bestyrelse', { kind: 'me' }],
  ['Sekretariatsmøde', 'Sekretariat', { kind: 'me' }],
  ['Koordinationsgruppemøde', 'Koordinationsgruppe', { kind: 'me' }],
  ['Generalforsamling i OS2', 'Generalforsamling', { kind: 'user', upn: DEMO_MAILBOXES.shared }]
];

/** Board meetings as Outlook has them: the wheel's days, except one moved a day in Outlook (the wheel then shows both). */
function boardEvents(year: number, movedIndex?: number): IDemoEvent[] {
  return boardMeetingDays(year).map((day, i) => ({
    subject: 'Bestyrelsesmøde', day: i === movedIndex ? nextBusinessDay(addDays(day, 1)) : day, time: ['10:00', '12:00'],
    categories: ['Bestyrelse'], location: MEETING_ROOM, organizer: 'lars', attendees: BOARD_INVITEES, online: true,
    body: i === movedIndex ? 'Mødet er flyttet en dag på grund af formandens rejse.' : `Ordinært bestyrelsesmøde ${i + 1}. Dagsorden følger.`
  }));
}

/** The Mondays a weekly Monday series skips: summer weeks 29–31 and Monday holidays (2. påskedag, 2. pinsedag, …). */
function skippedMondays(from: IsoDate, to: IsoDate): IsoDate[] {
  const skipped = new Set(holidaysBetween(from, to, { includeClosingDays: true }).map(h => h.date).filter(d => isoWeekday(d) === 1));
  for (let day = from; day <= to; day = addDays(day, 7)) {
    if (isoWeek(day) >= 29 && isoWeek(day) <= 31) skipped.add(day);
  }
  return [...skipped].sort();
}

/** Every demo event by mailbox, for last year and this year. */
function demoEvents(ctx: ISeedContext, activities: DemoActivities): Array<[string, IDemoEvent]> {
  const last = ctx.year - 1;
  const first = formatIsoDate(last, 1, 1);
  const end = formatIsoDate(ctx.year, 12, 31);
  const board = [...boardEvents(last), ...boardEvents(ctx.year, 2)];
  const extraordinary: IDemoEvent = {
    subject: 'Ekstraordinært bestyrelsesmøde', day: nthWeekday(ctx.year, 3, 4, 1), time: ['10:00', '12:00'], cancelled: true,
    categories: ['Bestyrelse'], location: 'Microsoft Teams', organizer: 'lars', body: 'Aflyst: sagen behandles på det ordinære møde.'
  };
  const firstMonday = nthWeekday(last, 1, 1, 1);
  const until = `UNTIL=${ctx.year}1231T225959Z`;
  const [seminar] = strategySeminarDays(ctx.year);
  const [conference] = conferenceDays(ctx.year);
  const { board: group, mette, shared } = DEMO_MAILBOXES;
  return [
    ...board.map((e): [string, IDemoEvent] => [group, { ...e, organizer: 'board' }]),
    [group, { ...extraordinary, organizer: 'board' }],
    [group, { subject: 'Strategiseminar', day: seminar, days: 2, categories: ['Bestyrelse'], location: 'Konferencecenter Fjord',
      organizer: 'board', body: 'To dages seminar om fællesskabets strategi.' }],
    ...board.map((e): [string, IDemoEvent] => [mette, e]),
    [mette, extraordinary],
    ...expandOccurrences(activities.coordination, first, end).map((o): [string, IDemoEvent] => [mette, {
      subject: 'Koordinationsgruppemøde', day: o.start, time: ['10:00', '12:00'], categories: ['Koordinationsgruppe'],
      location: MEETING_ROOM, organizer: 'mette', body: 'Status fra styregrupperne og tværgående opgaver.',
      attendees: COORDINATION_INVITEES, online: true
    }]),
    [mette, { subject: 'Sekretariatsmøde', day: firstMonday, time: ['10:00', '11:00'], categories: ['Sekretariat'],
      location: MEETING_ROOM, organizer: 'lars', body: 'Ugens opgaver, henvendelser og årshjul.', attendees: SECRETARIAT_INVITEES,
      rrule: `FREQ=WEEKLY;BYDAY=MO;${until}`, cancelledDates: skippedMondays(firstMonday, end) }],
    ...expandOccurrences(activities.generalforsamling, first, end).map((o): [string, IDemoEvent] => [shared, {
      subject: 'Generalforsamling i OS2', day: o.start, time: ['10:00', '15:00'], categories: ['Generalforsamling'],
      location: 'Aarhus Rådhus', organizer: 'shared', body: 'Ordinær generalforsamling. Dagsorden jf. vedtægterne.'
    }]),
    [shared, { subject: 'OS2konferencen', day: conference, days: 2, categories: ['Arrangementer'], location: 'Konferencecenter Fjord',
      organizer: 'shared', body: 'Fællesskabets årlige konference.' }],
    [shared, { subject: 'Deadline: bidrag til nyhedsbrevet', day: first, categories: ['Kommunikation'], location: '',
      organizer: 'shared', body: 'Bidrag til månedens nyhedsbrev sendes til Jonas.', rrule: `FREQ=MONTHLY;BYMONTHDAY=1;${until}` }]
  ];
}

/**
 * Seeds Outlook calendars for last year and this year (decisions reach back about nine months, so their meetings may
 * lie in last year): board meetings in the group and in Mette's calendar, a cancelled extraordinary board meeting,
 * coordination group meetings on the wheel's days, a weekly »Sekretariatsmøde« series across both DST changes, the
 * general assembly and OS2konferencen (all-day) in the shared mailbox, and a monthly all-day series there.
 *
 * The meetings decisions refer to are then read back through the project's calendar service, so their ids and links
 * (occurrence ids for the series) are exactly what Graph serves.
 */
export async function seedEvents(
  store: ISiteStore, calendar: ICalendarService, ctx: ISeedContext, activities: DemoActivities
): Promise<{ events: number; meetings: IDemoMeeting[] }> {
  const events = demoEvents(ctx, activities);
  for (const [mailbox, event] of events) store.addEvent(mailbox, toSeedEvent(mailbox, event));
  ctx.log(`Outlook: ${events.length} begivenheder i ${Object.keys(DEMO_MAILBOXES).length} kalendere`);

  const from = formatIsoDate(ctx.year - 1, 1, 1);
  const to = formatIsoDate(ctx.year, 12, 31);
  const meetings: IDemoMeeting[] = [];
  for (const [subject, forum, source] of DECISION_MEETINGS) {
    const found = await calendar.getMeetingsWithAttendees(source, from, to, { filter: { subjectContains: subject } });
    meetings.push(...found.filter(m => m.subject === subject)
      .map(m => ({
        forum, date: m.day, subject: m.subject, eventId: m.id, webLink: m.webLink, joinUrl: m.joinUrl,
        attendees: formatAttendees(presentByDefault(m.organizer ? { name: m.organizer, email: m.organizerEmail } : undefined, m.attendees ?? []))
      })));
  }
  return { events: events.length, meetings };
}
