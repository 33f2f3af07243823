import ICAL from 'ical.js';
import { escapeText, foldLine, icsUid, toIcs } from '../../../src/domain/ics';
import type { IActivity } from '../../../src/domain/models';

const NOW = new Date('2026-11-28T09:30:00Z');

function activity(fields: Partial<IActivity> & { id: number }): IActivity {
  return {
    etag: '"1"',
    title: 'Aktivitet',
    category: 'Økonomi',
    activityType: 'Frist',
    startDate: '2026-05-14',
    repeat: 'Ingen',
    priority: 'SHOULD',
    ...fields
  };
}

function parse(text: string): ICAL.Component[] {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
}

function event(text: string, uid: string): ICAL.Component {
  const found = parse(text).find((vevent) => vevent.getFirstPropertyValue('uid') === uid);
  if (!found) {
    throw new Error(`no event ${uid}`);
  }
  return found;
}

describe('toIcs', () => {
  const budget = activity({
    id: 7,
    title: 'Budget; udkast, version 2',
    description: 'Linje 1\nLinje 2 med \\ og æøå',
    activityType: 'Periode',
    startDate: '2026-05-01',
    endDate: '2026-05-10',
    priority: 'MUST',
    responsible: { id: 3, title: 'Mette Kjær' },
    modified: '2026-11-01T12:00:00Z'
  });
  const board = activity({ id: 8, title: 'Bestyrelsesmøde', category: 'Bestyrelse', activityType: 'Møde', forum: 'Bestyrelse', startDate: '2026-03-12', repeat: 'Årligt', priority: 'COULD' });
  const text = toIcs([budget, board], { calendarName: 'OS2 årshjul, 2026', now: NOW, url: (a) => `https://os2.sharepoint.com/sites/os2/aarshjul?id=${a.id}` });

  it('writes a calendar with its name and one event per activity, with CRLF line endings', () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    // X-WR-CALNAME is TEXT (ical.js does not know the extension, so read the escaped line itself).
    expect(text).toContain('\r\nX-WR-CALNAME:OS2 årshjul\\, 2026\r\n');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(parse(text)).toHaveLength(2);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('makes all-day events with an exclusive end, a stable UID and a stamp', () => {
    const vevent = event(text, 'aarshjul-7@os2koordinator');
    const start = vevent.getFirstPropertyValue('dtstart') as ICAL.Time;
    const end = vevent.getFirstPropertyValue('dtend') as ICAL.Time;
    expect(start.isDate).toBe(true);
    expect(start.toString()).toBe('2026-05-01');
    expect(end.toString()).toBe('2026-05-11');
    expect(text).toContain('DTSTART;VALUE=DATE:20260501');
    expect((vevent.getFirstPropertyValue('dtstamp') as ICAL.Time).toString()).toBe('2026-11-28T09:30:00Z');
    expect((vevent.getFirstPropertyValue('last-modified') as ICAL.Time).toString()).toBe('2026-11-01T12:00:00Z');
    expect(icsUid(budget)).toBe('aarshjul-7@os2koordinator');
    // Exporting again gives the same UIDs, so a re-import updates rather than duplicates.
    expect(toIcs([board, budget], { calendarName: 'x', now: new Date() })).toContain('UID:aarshjul-8@os2koordinator');
  });

  it('round-trips summary and description with commas, semicolons, backslashes, line breaks and Danish letters', () => {
    const vevent = event(text, 'aarshjul-7@os2koordinator');
    expect(vevent.getFirstPropertyValue('summary')).toBe('Budget; udkast, version 2');
    const description = vevent.getFirstPropertyValue('description') as string;
    expect(description.startsWith('Linje 1\nLinje 2 med \\ og æøå\n\n')).toBe(true);
    expect(description).toContain('Prioritet: Skal');
    expect(description).toContain('Ansvarlig: Mette Kjær');
    expect(description).toContain('Åbn i OS2 Koordinator: https://os2.sharepoint.com/sites/os2/aarshjul?id=7');
    expect(vevent.getFirstPropertyValue('url')).toBe('https://os2.sharepoint.com/sites/os2/aarshjul?id=7');
  });

  it('carries the ring as category and MoSCoW as priority', () => {
    expect(event(text, 'aarshjul-7@os2koordinator').getFirstPropertyValue('categories')).toBe('Økonomi');
    expect(event(text, 'aarshjul-7@os2koordinator').getFirstPropertyValue('priority')).toBe(1);
    expect(event(text, 'aarshjul-8@os2koordinator').getFirstPropertyValue('priority')).toBe(7);
  });

  it('gives recurring activities their RRULE, which expands to the wheel’s occurrences', () => {
    const vevent = event(text, 'aarshjul-8@os2koordinator');
    const rule = vevent.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect(rule.freq).toBe('YEARLY');
    const iterator = new ICAL.Event(vevent).iterator();
    const days = [1, 2, 3].map(() => iterator.next()!.toString());
    expect(days).toEqual(['2026-03-12', '2027-03-12', '2028-03-12']);
    expect(event(text, 'aarshjul-7@os2koordinator').getFirstPropertyValue('rrule')).toBeNull();
  });

  it('starts a custom rule on its first occurrence and ends UNTIL as a date', () => {
    const custom = activity({ id: 9, startDate: '2026-01-05', repeat: 'Tilpasset', recurrence: 'RRULE:FREQ=YEARLY;BYMONTH=2;BYDAY=1MO;UNTIL=20281231T230000Z' });
    const vevent = event(toIcs([custom], { calendarName: 'x', now: NOW }), 'aarshjul-9@os2koordinator');
    expect((vevent.getFirstPropertyValue('dtstart') as ICAL.Time).toString()).toBe('2026-02-02');
    const iterator = new ICAL.Event(vevent).iterator();
    const days: string[] = [];
    for (let next = iterator.next(); next; next = iterator.next()) {
      days.push(next.toString());
    }
    expect(days).toEqual(['2026-02-02', '2027-02-01', '2028-02-07']);
  });

  it('exports an activity with an unusable rule as the single day the wheel shows', () => {
    const broken = activity({ id: 10, startDate: '2026-02-10', repeat: 'Tilpasset', recurrence: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30' });
    const out = toIcs([broken], { calendarName: 'x', now: NOW });
    expect(out).not.toContain('RRULE');
    expect(out).toContain('DTSTART;VALUE=DATE:20260210');
  });

  it('folds long lines at 75 octets without splitting a Danish letter', () => {
    const long = activity({ id: 11, title: 'Årsberetning for foreningen OS2 – offentligt digitaliseringsfællesskab, udkast til bestyrelsen ' + 'æøå'.repeat(30) });
    const out = toIcs([long], { calendarName: 'x', now: NOW });
    const physical = out.split('\r\n');
    expect(physical.some((line) => line.startsWith(' '))).toBe(true);
    for (const line of physical) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
    }
    expect(event(out, 'aarshjul-11@os2koordinator').getFirstPropertyValue('summary')).toBe(long.title);
  });
});

describe('ICS text helpers', () => {
  it('escapes backslash before the characters it escapes', () => {
    expect(escapeText('a\\b;c,d\r\ne\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('leaves short lines alone and continues long ones with a space', () => {
    expect(foldLine('SUMMARY:kort')).toBe('SUMMARY:kort');
    const folded = foldLine(`X:${'a'.repeat(200)}`);
    expect(folded.split('\r\n').map((line) => line.length)).toEqual([75, 75, 54]);
    expect(folded.replace(/\r\n /g, '')).toBe(`X:${'a'.repeat(200)}`);
  });
});
