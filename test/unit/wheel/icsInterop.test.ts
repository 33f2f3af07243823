import ICAL from 'ical.js';
import { isPortableRule, toIcs } from '../../../src/domain/ics';
import type { IActivity, IActivityFields } from '../../../src/domain/models';
import { defaultRule, ruleFromPicker } from '../../../src/domain';
import { expandOccurrences, usableRule } from '../../../src/domain/recurrence';
import { parseRule } from '../../../src/domain/recurrenceRule';
import { activityTexts } from '../../../localsite/seed/activityTexts';

/**
 * Calendar interoperability (issue 8 part 2, item 7): the exported file, read back by ical.js (an independent
 * RFC 5545 implementation), must give exactly the days the wheel shows, for every rule of the demo and the awkward
 * ones around month ends.
 */

const NOW = new Date('2026-11-28T09:30:00Z');
const HORIZON = '2031-12-31';

function activity(fields: Partial<IActivityFields>, id: number): IActivity {
  return {
    id, etag: '"1"', title: `Aktivitet ${id}`, category: 'Økonomi', activityType: 'Frist', startDate: '2026-01-01',
    repeat: 'Ingen', priority: 'SHOULD', ...fields
  };
}

/** The days ical.js expands an exported activity to, up to the horizon. */
function icalDays(ics: string, id: number): string[] {
  const vevent = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent')
    .find(v => v.getFirstPropertyValue('uid') === `aarshjul-${id}@os2koordinator`)!;
  const iterator = new ICAL.Event(vevent).iterator();
  const days: string[] = [];
  for (let next = iterator.next(); next && next.toString() <= HORIZON; next = iterator.next()) {
    days.push(next.toString().slice(0, 10));
    if (days.length > 2000) break;
  }
  return days;
}

/** The days the wheel shows for the activity from its first occurrence to the horizon. */
function wheelDays(a: IActivity): string[] {
  return expandOccurrences(a, a.startDate, HORIZON).map(o => o.start).filter(d => d >= a.startDate);
}

const year = 2026;
const demo = activityTexts(year).filter(t => t.repeat !== 'Ingen').map((t, i) => activity({
  title: t.title, startDate: t.start, endDate: t.end, repeat: t.repeat,
  recurrence: t.picker ? ruleFromPicker({ pattern: t.repeat, ...t.picker }) : defaultRule(t.repeat, t.start)
}, 100 + i));

const awkward: [string, Partial<IActivityFields>][] = [
  ['half-yearly from the 30th (BYSETPOS)', { startDate: '2026-06-30', repeat: 'Halvårligt', recurrence: 'FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=28,29,30;BYSETPOS=-1' }],
  ['monthly from the 29th (BYSETPOS)', { startDate: '2026-01-29', repeat: 'Månedligt', recurrence: 'FREQ=MONTHLY;BYMONTHDAY=28,29;BYSETPOS=-1' }],
  ['monthly on the last day', { startDate: '2026-01-31', repeat: 'Månedligt', recurrence: 'FREQ=MONTHLY;BYMONTHDAY=-1' }],
  ['monthly on the 31st, RFC style (skips short months)', { startDate: '2026-01-31', repeat: 'Tilpasset', recurrence: 'FREQ=MONTHLY;BYMONTHDAY=31' }],
  ['yearly on the last day of February', { startDate: '2028-02-29', repeat: 'Årligt', recurrence: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1' }],
  ['every other week, Monday and Thursday', { startDate: '2026-01-05', repeat: 'Tilpasset', recurrence: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH' }],
  ['quarterly, last Friday', { startDate: '2026-01-30', repeat: 'Kvartalsvis', recurrence: 'FREQ=MONTHLY;INTERVAL=3;BYDAY=-1FR' }],
  ['ten times, monthly on the 15th', { startDate: '2026-01-15', repeat: 'Tilpasset', recurrence: 'FREQ=MONTHLY;BYMONTHDAY=15;COUNT=10' }],
  ['yearly until 2029', { startDate: '2026-03-01', repeat: 'Årligt', recurrence: 'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1;UNTIL=20290301' }],
  ['ISO week 10, yearly', { startDate: '2026-03-02', repeat: 'Tilpasset', recurrence: 'FREQ=YEARLY;BYWEEKNO=10;BYDAY=MO' }]
];
const extra = awkward.map(([, fields], i) => activity(fields, 500 + i));
const ics = toIcs([...demo, ...extra], { calendarName: 'Årshjul', now: NOW });

describe('an exported .ics read back by ical.js gives the wheel\'s days', () => {
  test('the demo has recurring activities of every pattern', () => {
    expect(new Set(demo.map(a => a.repeat))).toEqual(new Set(['Årligt', 'Halvårligt', 'Kvartalsvis', 'Månedligt', 'Tilpasset']));
    expect(demo.some(a => a.recurrence?.includes('BYSETPOS'))).toBe(true);
  });

  test.each(demo.map(a => [`${a.title} (${a.recurrence})`, a] as const))('demo: %s', (_, a) => {
    expect(icalDays(ics, a.id)).toEqual(wheelDays(a));
  });

  test.each(awkward.map(([name], i) => [name, extra[i]] as const))('%s', (_, a) => {
    expect(icalDays(ics, a.id)).toEqual(wheelDays(a));
  });

  test('the half-yearly rule from the 30th is one day each time, not three', () => {
    const a = extra[0];
    expect(icalDays(ics, a.id).slice(0, 4)).toEqual(['2026-06-30', '2026-12-30', '2027-06-30', '2027-12-30']);
  });
});

describe('isPortableRule', () => {
  test.each([
    ['FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=14', '2026-05-14', true],
    ['FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15', '2026-03-15', true],
    ['FREQ=MONTHLY;BYDAY=2TU', '2026-01-13', true],
    ['FREQ=WEEKLY;INTERVAL=6;BYDAY=WE', '2026-01-14', true],
    ['FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=28,29,30;BYSETPOS=-1', '2026-06-30', false],
    ['FREQ=MONTHLY;BYMONTHDAY=-1', '2026-01-31', false],
    ['FREQ=MONTHLY;BYMONTHDAY=30', '2026-01-30', false],
    ['FREQ=MONTHLY', '2026-01-31', false],
    ['FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29', '2028-02-29', false],
    ['FREQ=YEARLY;BYWEEKNO=10;BYDAY=MO', '2026-03-02', false],
    ['FREQ=MONTHLY;BYDAY=TU', '2026-01-06', false]
  ])('%s from %s → %s', (rule, start, portable) => {
    expect(isPortableRule(parseRule(rule), start)).toBe(portable);
  });

  test('a rule written out as dates carries only a one-instance RRULE (for DTSTART) and the other dates', () => {
    const block = ics.split('BEGIN:VEVENT').find(b => b.includes('UID:aarshjul-500@'))!;
    expect(block).toContain('RRULE:FREQ=DAILY;COUNT=1\r\n');
    expect(block).not.toContain('BYSETPOS');
    expect(block).toContain('RDATE;VALUE=DATE:20261230,20270630');
    expect(usableRule(extra[0])).toBeDefined();
  });
});
