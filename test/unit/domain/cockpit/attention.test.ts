import { boardMeetingDays, cockpitHorizon, inquiriesAtRisk, needsAttention, wheelWeeks } from '../../../../src/domain/cockpit';
import type { IAgendaEntry } from '../../../../src/domain/meetings';
import type { IActivity, IInquiry, IMeeting } from '../../../../src/domain/models';
import { DEFAULT_SLA_POLICIES, inquirySla } from '../../../../src/domain/inquiries';

const me = { id: 7, title: 'Mette Kjær' };
const other = { id: 8, title: 'Lars Holm' };
const today = '2026-05-14'; // Thursday, week 20
const horizon = cockpitHorizon(today, 2); // 11–31 May: weeks 20, 21, 22

const activity = (id: number, fields: Partial<IActivity> = {}): IActivity => ({
  id, etag: '"1"', title: `Aktivitet ${id}`, category: 'Sekretariat', activityType: 'Frist', startDate: '2026-05-14', repeat: 'Ingen',
  priority: 'SHOULD', responsible: me, ...fields
});
const entry = (a: IActivity, day: string, fields: Partial<IAgendaEntry> = {}): IAgendaEntry => ({
  key: `activity:${a.id}:${day}`, day, endDay: day, title: a.title, ring: a.category, source: 'activity', activity: a, ...fields
});
const meeting = (id: string, day: string, subject: string, categories: string[] = []): IMeeting => ({
  id, subject, start: `${day}T08:00:00Z`, end: `${day}T10:00:00Z`, day, isAllDay: false, categories
});
const meetingEntry = (m: IMeeting): IAgendaEntry => ({ key: `meeting:${m.id}`, day: m.day, endDay: m.day, title: m.subject, ring: 'Møder', source: 'meeting', meeting: m });

describe('needsAttention', () => {
  test('done occurrences never; meetings and periods only until they are over; deadlines also when overdue', () => {
    expect(needsAttention(entry(activity(1), '2026-05-14', { done: true }), today)).toBe(false);
    expect(needsAttention(entry(activity(1), '2026-05-12'), today)).toBe(true); // an undone deadline two days ago
    expect(needsAttention(entry(activity(2, { activityType: 'Milepæl' }), '2026-05-12'), today)).toBe(true);
    expect(needsAttention(entry(activity(3, { activityType: 'Møde' }), '2026-05-12'), today)).toBe(false);
    expect(needsAttention(entry(activity(4, { activityType: 'Periode' }), '2026-05-01', { endDay: '2026-05-14' }), today)).toBe(true);
    expect(needsAttention(entry(activity(4, { activityType: 'Periode' }), '2026-05-01', { endDay: '2026-05-13' }), today)).toBe(false);
    expect(needsAttention(meetingEntry(meeting('m', '2026-05-13', 'Møde')), today)).toBe(false);
    expect(needsAttention(meetingEntry(meeting('m', '2026-05-14', 'Møde')), today)).toBe(true);
  });
});

describe('wheelWeeks', () => {
  const entries = [
    entry(activity(1), '2026-05-12'), // overdue deadline, week 20
    entry(activity(2, { priority: 'MUST' }), '2026-05-15'),
    entry(activity(3), '2026-05-15', { done: true }),
    entry(activity(4, { responsible: other, activityType: 'Møde' }), '2026-05-19'), // week 21
    entry(activity(5, { activityType: 'Periode' }), '2026-04-20', { endDay: '2026-05-20' }), // began before the horizon
    meetingEntry(meeting('m1', '2026-05-27', 'Styregruppemøde')), // week 22
    entry(activity(6), '2026-06-01') // after the horizon
  ];

  test('one section per ISO week of the horizon, in date order; done ones and those after the horizon left out', () => {
    const weeks = wheelWeeks(entries, horizon, today, { scope: 'secretariat', top: 5 });
    expect(weeks.map(w => [w.week.week, w.from, w.to, w.current])).toEqual([
      [20, '2026-05-11', '2026-05-17', true], [21, '2026-05-18', '2026-05-24', false], [22, '2026-05-25', '2026-05-31', false]
    ]);
    expect(weeks[0].section.top.map(e => [e.item.activity?.id, e.daysUntil])).toEqual([[5, -24], [1, -2], [2, 1]]);
    expect(weeks[1].section.count).toBe(1);
    expect(weeks[2].section.top.map(e => e.item.key)).toEqual(['meeting:m1']);
  });

  test('Mine: the activities the user is responsible for, and the Outlook meetings; the count is of all, the list of the top', () => {
    const weeks = wheelWeeks(entries, horizon, today, { scope: 'mine', userId: 7, top: 1 });
    expect(weeks.map(w => w.section.count)).toEqual([3, 0, 1]);
    expect(weeks[0].section.top).toHaveLength(1);
    expect(wheelWeeks(entries, horizon, today, { scope: 'mine' }).map(w => w.section.count)).toEqual([0, 0, 1]);
  });

  test('a horizon of this week only', () => {
    expect(wheelWeeks(entries, cockpitHorizon(today, 0), today, { scope: 'secretariat' })).toHaveLength(1);
  });
});

describe('inquiriesAtRisk', () => {
  const now = '2026-05-14T10:00:00Z'; // Kristi himmelfartsdag 12:00 in Copenhagen: no working time passes today
  const inquiry = (id: number, fields: Partial<IInquiry>): IInquiry => ({
    id, etag: '"1"', title: `Henvendelse ${id}`, channel: 'E-mail', status: 'Under behandling', priority: 'SHOULD',
    receivedDate: '2026-05-14', receivedAt: '2026-05-14T07:00:00Z', firstResponseAt: '2026-05-14T07:30:00Z', assignedTo: me, ...fields
  });
  const inquiries = [
    inquiry(1, { receivedDate: '2026-05-04', receivedAt: '2026-05-04T07:00:00Z' }), // SHOULD: 5 working days → breached on 11 May
    inquiry(2, { receivedDate: '2026-05-07', receivedAt: '2026-05-07T07:00:00Z', assignedTo: other }), // 86 % used: at risk
    inquiry(3, {}), // received today: fine
    inquiry(4, { receivedDate: '2026-05-01', receivedAt: '2026-05-01T07:00:00Z', status: 'Løst', closedDate: '2026-05-12' }),
    inquiry(5, { priority: 'MUST', receivedDate: '2026-05-13', receivedAt: '2026-05-13T07:00:00Z', firstResponseAt: undefined, status: 'Ny' }) // first response (4 working hours) breached on 13 May
  ];
  const slaOf = (i: IInquiry): ReturnType<typeof inquirySla> => inquirySla(i, DEFAULT_SLA_POLICIES, now);

  test('open inquiries badged »Overskredet« first, then »I risiko«, each by due; closed and fine ones left out', () => {
    const section = inquiriesAtRisk(inquiries, slaOf, '2026-05-14', { scope: 'secretariat' });
    expect(section.count).toBe(3);
    expect(section.top.map(e => [e.item.inquiry.id, e.item.sla.badge])).toEqual([[1, 'overdue'], [5, 'overdue'], [2, 'atRisk']]);
    // Breached: the day the due instant passed; at risk: the day it falls due (Friday 15 May).
    expect(section.top.map(e => [e.date, e.daysUntil])).toEqual([['2026-05-11', -3], ['2026-05-13', -1], ['2026-05-15', 1]]);
  });

  test('Mine: those assigned to the user; the top is cut, the count is not', () => {
    const section = inquiriesAtRisk(inquiries, slaOf, '2026-05-14', { scope: 'mine', userId: 7, top: 1 });
    expect(section.count).toBe(2);
    expect(section.top.map(e => e.item.inquiry.id)).toEqual([1]);
  });
});

describe('boardMeetingDays', () => {
  test('board meetings of the wheel and Outlook meetings naming the board, once each, sorted', () => {
    const board = activity(1, { activityType: 'Møde', forum: 'Bestyrelse', category: 'Bestyrelse' });
    const days = boardMeetingDays([
      entry(board, '2026-06-11'), entry(board, '2026-05-20'),
      entry(activity(2, { activityType: 'Møde', forum: 'Styregruppe' }), '2026-05-19'),
      entry(activity(3, { forum: 'Bestyrelse' }), '2026-05-18'), // a deadline, not a meeting
      meetingEntry(meeting('m1', '2026-05-20', 'Bestyrelsesmøde')), meetingEntry(meeting('m2', '2026-05-28', 'Møde', ['Bestyrelse'])),
      meetingEntry(meeting('m3', '2026-05-29', 'Frokost'))
    ]);
    expect(days).toEqual(['2026-05-20', '2026-05-28', '2026-06-11']);
  });
});
