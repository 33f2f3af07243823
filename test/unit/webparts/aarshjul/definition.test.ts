import * as fs from 'fs';
import * as path from 'path';
import { createTheme } from '@fluentui/react';
import { WHEEL_CATEGORIES } from '../../../../src/domain/models';
import { contrastRatio, TEAMS_CONTRAST, TEAMS_DARK, TEAMS_DEFAULT } from '../../../../src/common/HostThemeProvider';
import { aarshjulDefinition } from '../../../../src/webparts/aarshjul/AarshjulDefinition';
import { calendarSource, MEETING_RING, meetingFilter, selectedRings, startMonthOf, withListRings } from '../../../../src/webparts/aarshjul/model/properties';
import { ringColors } from '../../../../src/webparts/aarshjul/model/ringColors';
import { da, en } from './helpers';

const defaults = aarshjulDefinition.defaults;

describe('Årshjul definition and properties', () => {
  test('the manifest preconfigures exactly the definition\'s defaults, titled in Danish and English', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../../src/webparts/aarshjul/AarshjulWebPart.manifest.json'), 'utf8'));
    const entry = manifest.preconfiguredEntries[0];
    expect(entry.properties).toEqual(defaults);
    expect(entry.title['da-DK']).toBe('Årshjul');
    expect(entry.title['en-US']).toBe('Annual wheel');
    expect(manifest.id).toBe(aarshjulDefinition.id);
    expect(manifest.supportedHosts).toEqual(expect.arrayContaining(['SharePointWebPart', 'TeamsTab', 'TeamsPersonalApp', 'SharePointFullPage']));
    expect(manifest.supportsThemeVariants).toBe(true);
  });

  test('every property in the pane exists in the defaults, and every default is in the pane', () => {
    for (const strings of [da, en]) {
      const names = aarshjulDefinition.propertyGroups(strings).flatMap(g => g.fields.map(f => f.name)).sort();
      expect(names).toEqual(Object.keys(defaults).sort());
    }
    expect(aarshjulDefinition.title(da)).toBe('Årshjul');
    expect(aarshjulDefinition.title(en)).toBe('Annual wheel');
  });

  test('ring positions give the rings and their order; blanks and repeats are skipped, any category value may be named', () => {
    expect(selectedRings(defaults)).toEqual([...WHEEL_CATEGORIES]);
    expect(selectedRings({ ...defaults, ring1: 'Økonomi', ring2: '', ring3: 'Bestyrelse', ring4: 'Økonomi', ring5: 'Fest', ring6: '' }))
      .toEqual(['Økonomi', 'Bestyrelse', 'Fest']);
  });

  test('categories an owner added to the list get rings of their own, before the meetings; left-out built-ins stay out', () => {
    expect(withListRings(['Økonomi', MEETING_RING], [...WHEEL_CATEGORIES, 'Projekter'])).toEqual(['Økonomi', 'Projekter', MEETING_RING]);
    expect(withListRings(['Økonomi', 'Projekter'], [...WHEEL_CATEGORIES, 'Projekter'])).toEqual(['Økonomi', 'Projekter']);
    const rings = ['Økonomi'];
    expect(withListRings(rings, [...WHEEL_CATEGORIES])).toBe(rings);
  });

  test('the meetings source needs its group id or mailbox; filters are trimmed', () => {
    expect(calendarSource(defaults)).toBeUndefined();
    expect(calendarSource({ ...defaults, meetingSource: 'me' })).toEqual({ kind: 'me' });
    expect(calendarSource({ ...defaults, meetingSource: 'group', meetingGroupId: '' })).toBeUndefined();
    expect(calendarSource({ ...defaults, meetingSource: 'group', meetingGroupId: ' 0f3a ' })).toEqual({ kind: 'group', groupId: '0f3a' });
    expect(calendarSource({ ...defaults, meetingSource: 'mailbox', meetingMailbox: 'sekretariat@os2.eu' }))
      .toEqual({ kind: 'user', upn: 'sekretariat@os2.eu' });
    expect(meetingFilter({ ...defaults, meetingCategory: ' OS2 ', meetingSubject: '' })).toEqual({ category: 'OS2', subjectContains: undefined });
  });

  test('a start month outside 1–12 falls back to January', () => {
    expect(startMonthOf({ ...defaults, startMonth: 8 })).toBe(8);
    expect(startMonthOf({ ...defaults, startMonth: 13 })).toBe(1);
    expect(startMonthOf({ ...defaults, startMonth: 2.5 })).toBe(1);
  });
});

describe('ring colours', () => {
  const rings = [...WHEEL_CATEGORIES, MEETING_RING];
  const themes = {
    'SharePoint default': createTheme({}),
    'Teams default': createTheme(TEAMS_DEFAULT),
    'Teams dark': createTheme(TEAMS_DARK),
    'Teams high contrast': createTheme(TEAMS_CONTRAST),
    'SharePoint dark section': createTheme({ isInverted: true, palette: { white: '#1b1a19', neutralLighterAlt: '#252423', black: '#ffffff', neutralPrimary: '#ffffff' }, semanticColors: { bodyBackground: '#1b1a19', bodyText: '#ffffff' } })
  };

  test.each(Object.entries(themes))('%s: every ring reaches 3:1 against its band and the page', (_name, theme) => {
    const colors = ringColors(theme, rings);
    for (const ring of rings) {
      const c = colors.get(ring)!;
      expect(contrastRatio(c.item, c.band)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(c.item, theme.semanticColors.bodyBackground)).toBeGreaterThanOrEqual(3);
    }
  });

  test('rings keep distinct colours in the ordinary themes', () => {
    const colors = ringColors(themes['SharePoint default'], rings);
    expect(new Set(rings.map(r => colors.get(r)!.item)).size).toBe(rings.length);
  });
});
