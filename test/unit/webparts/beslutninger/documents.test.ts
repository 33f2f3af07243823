import type { IDecision, ITask } from '../../../../src/domain/models';
import { followUpForMeeting, groupByMeeting } from '../../../../src/domain/decisions';
import { escapeHtml, followUpHtml, htmlToText, protocolHtml } from '../../../../src/webparts/beslutninger/export/documents';
import { da, en } from './helpers';

const anne = { id: 9, title: 'Anne Sørensen' };
const base = { etag: '"1"', kind: 'Beslutning' as const, priority: 'MUST' as const };
const decisions: IDecision[] = [
  { ...base, id: 1, title: 'Årsregnskab <2025>', decisionText: 'Godkendt.\nSendes til revisor.', rationale: 'Revisorens påtegning er ren.',
    forum: 'Bestyrelse', meetingDate: '2026-03-12', status: 'Under opfølgning', responsible: anne, followUpDate: '2026-04-01',
    caseReference: '2026-0312', attendees: 'Lars Holm <lars.holm@os2.eu>\nAnne Sørensen <anne.sorensen@os2.eu>' },
  { ...base, id: 2, title: 'Kontingent', decisionText: 'Uændret.', forum: 'Bestyrelse', meetingDate: '2026-03-12', status: 'Gennemført' },
  { ...base, id: 3, title: 'Gammel sag', decisionText: 'Vedtaget.', forum: 'Bestyrelse', meetingDate: '2025-12-04', status: 'Besluttet' },
  { ...base, id: 4, title: 'Sekretariatets sag', decisionText: 'Vedtaget.', forum: 'Sekretariat', meetingDate: '2026-03-16', status: 'Besluttet' }
];
const tasks: ITask[] = [
  { id: 10, etag: '"1"', title: 'Send til revisor', status: 'I gang', priority: 'MUST', source: 'Beslutning', assignedTo: anne,
    dueDate: '2026-03-30', decision: { id: 1, title: 'Årsregnskab <2025>' } },
  { id: 11, etag: '"1"', title: 'Opdatér hjemmesiden', status: 'Færdig', priority: 'COULD', source: 'Beslutning',
    completedDate: '2026-03-20', decision: { id: 2, title: 'Kontingent' } }
];

test('the protocol lists the meeting, who was present and each decision with its rationale, escaped', () => {
  const [group] = groupByMeeting(decisions.filter(d => d.meetingDate === '2026-03-12'));
  const html = protocolHtml(group, da, 'da');
  expect(html).toContain('Beslutningsprotokol: Bestyrelse, 12. marts 2026');
  expect(html).toContain('Lars Holm, Anne Sørensen');
  expect(html).toContain('1. Årsregnskab &lt;2025&gt;');
  expect(html).toContain('Godkendt.<br>Sendes til revisor.');
  expect(html).toContain('Revisorens påtegning er ren.');
  expect(html).toContain('1. april 2026');
  expect(html).not.toContain('<2025>');
  expect(protocolHtml(group, en, 'en')).toContain('Decision minutes: Board, 12 March 2026');
});

test('the follow-up item for the board lists exactly its open decisions and actions since the last meeting', () => {
  const selection = followUpForMeeting({ forum: 'Bestyrelse', nextMeetingDate: '2026-05-07', decisions, tasks });
  const text = htmlToText(followUpHtml(selection, 'Bestyrelse', '2026-05-07', da, 'da'));
  expect(text).toContain('Opfølgning på beslutninger – Bestyrelse, 7. maj 2026');
  expect(text).toContain('Siden sidste møde 12. marts 2026');
  expect(text).toMatch(/Nye beslutninger siden sidste møde\nÅrsregnskab <2025> – Under opfølgning, Anne Sørensen/);
  expect(text).toMatch(/Åbne beslutninger fra tidligere møder\nGammel sag – Besluttet/);
  expect(text).toMatch(/Åbne handlinger\nSend til revisor – I gang, Anne Sørensen, Frist 30\. marts 2026/);
  expect(text).toMatch(/Handlinger udført siden sidste møde\nOpdatér hjemmesiden/);
  expect(text).not.toContain('Kontingent –');
  expect(text).not.toContain('Sekretariatets sag');
});

test('escapeHtml escapes the five characters', () => {
  expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
});
