import { csvCell, decisionsToCsv, toCsv } from '../../../../src/domain/decisions';
import type { IDecision } from '../../../../src/domain/models';

describe('csvCell', () => {
  test.each([
    ['plain', 'plain'],
    ['a;b', '"a;b"'],
    ['sagde "ja"', '"sagde ""ja"""'],
    ['linje 1\r\nlinje 2', '"linje 1\nlinje 2"'],
    ['linje 1\rlinje 2', '"linje 1\nlinje 2"'],
    [' mellemrum', '" mellemrum"'],
    ['æøå ÆØÅ', 'æøå ÆØÅ'],
    ['', ''],
    [undefined, '']
  ])('%p → %p', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  test.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+45 12 34 56 78', "'+45 12 34 56 78"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['\tfane', "'\tfane"],
    ['=HYPERLINK("http://x";"klik")', `"'=HYPERLINK(""http://x"";""klik"")"`]
  ])('formula guard: %p → %p', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  test('numbers: decimal comma, not guarded, non-finite empty', () => {
    expect(csvCell(2.5)).toBe('2,5');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(2.5, { decimalSeparator: '.', separator: ',' })).toBe('2.5');
    expect(csvCell(2.5, { separator: ',' })).toBe('"2,5"');
  });
});

describe('toCsv', () => {
  test('BOM, semicolons, CRLF after every record', () => {
    expect(toCsv(['Titel', 'Antal'], [['Budget', 2], ['Møde; ekstra', undefined]]))
      .toBe('\ufeffTitel;Antal\r\nBudget;2\r\n"Møde; ekstra";\r\n');
    expect(toCsv(['A'], [], { bom: false })).toBe('A\r\n');
  });
});

describe('decisionsToCsv', () => {
  const decision: IDecision = {
    id: 4, etag: '"1"', title: 'Budget 2027', decisionText: '=1+1', forum: 'Bestyrelse', meetingDate: '2026-11-12',
    status: 'Under opfølgning', priority: 'MUST', responsible: { id: 7, title: 'Anna' }, followUpDate: '2026-12-01',
    meetingUrl: { url: 'https://outlook.office.com/x' }
  };

  test('headers from the caller, values raw or labelled, kind defaulted', () => {
    const csv = decisionsToCsv([decision], [
      { column: 'id', header: 'Nr.' }, { column: 'title', header: 'Titel' }, { column: 'kind', header: 'Type' },
      { column: 'priority', header: 'Prioritet' }, { column: 'responsible', header: 'Ansvarlig' },
      { column: 'decisionText', header: 'Tekst' }, { column: 'meetingUrl', header: 'Link' }, { column: 'process', header: 'Proces' }
    ], { label: (column, value) => (column === 'priority' && value === 'MUST' ? 'Skal' : value) });
    expect(csv).toBe('\ufeffNr.;Titel;Type;Prioritet;Ansvarlig;Tekst;Link;Proces\r\n4;Budget 2027;Beslutning;Skal;Anna;\'=1+1;https://outlook.office.com/x;\r\n');
  });
});
