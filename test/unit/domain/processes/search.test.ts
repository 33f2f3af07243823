import { matchProcess, normaliseSearchText, searchProcesses, searchTerms } from '../../../../src/domain/processes';

describe('normaliseSearchText', () => {
  test.each([
    ['Bestyrelsesmøde', 'bestyrelsesmøde'],
    ['ÆBLE Øl Århus', 'æble øl århus'],
    ['A\u030Arhus', 'århus'], // å written as a + combining ring
    ['Café naïve façade Müller', 'cafe naive facade muller'],
    ['  to\tord\n\u00a0 her  ', 'to ord her'],
    ['ﬁnansiering', 'finansiering'],
    ['besty\u00adrelse\u200b', 'bestyrelse'],
    [undefined, ''],
    ['', '']
  ])('%p → %p', (text, expected) => {
    expect(normaliseSearchText(text)).toBe(expected);
  });

  test('æ, ø and å stay letters of their own', () => {
    expect(normaliseSearchText('år')).not.toBe(normaliseSearchText('ar'));
    expect(normaliseSearchText('Sø')).not.toBe(normaliseSearchText('so'));
  });
});

describe('searchTerms', () => {
  test('words and quoted phrases', () => {
    expect(searchTerms('  Budget "Bestyrelsens  møde" ÅR ')).toEqual(['budget', 'bestyrelsens møde', 'år']);
    expect(searchTerms('"ufærdig frase')).toEqual(['ufærdig', 'frase']);
    expect(searchTerms('   ')).toEqual([]);
    expect(searchTerms('""')).toEqual([]);
  });
});

describe('matching', () => {
  const processes = [
    { id: 1, title: 'Budgetopfølgning', purpose: 'Kvartalsvis opfølgning på økonomien' },
    { id: 2, title: 'Bestyrelsesmøde', purpose: 'Forberedelse af møder' },
    { id: 3, title: 'Onboarding af nye medarbejdere' }
  ];
  const steps: Record<number, { title: string; description?: string; responsibleRole?: string }[]> = {
    2: [{ title: 'Udsend dagsorden', description: 'Senest fem arbejdsdage før mødet', responsibleRole: 'Koordinator' }],
    3: [{ title: 'Opret konto', description: 'Budget for udstyr' }]
  };
  const stepsOf = (p: { id: number }): { title: string }[] => steps[p.id] ?? [];

  test('every term must match somewhere; fields are reported', () => {
    expect(matchProcess(['dagsorden', 'koordinator'], processes[1], steps[2])).toEqual({ process: processes[1], fields: ['steps'], score: 2 });
    expect(matchProcess(['dagsorden', 'budget'], processes[1], steps[2])).toBeUndefined();
  });

  test('title beats purpose beats steps', () => {
    expect(searchProcesses('budget', processes, stepsOf).map((h) => [h.process.id, h.score])).toEqual([[1, 4], [3, 1]]);
    expect(searchProcesses('ØKONOMIEN', processes, stepsOf).map((h) => h.fields)).toEqual([['purpose']]);
  });

  test('diacritics and case do not matter, Danish letters do', () => {
    expect(searchProcesses('bestyrelsesmode', processes, stepsOf)).toEqual([]);
    expect(searchProcesses('BESTYRELSESMØDE', processes, stepsOf).map((h) => h.process.id)).toEqual([2]);
    expect(searchProcesses('"fem arbejdsdage"', processes, stepsOf).map((h) => h.process.id)).toEqual([2]);
  });

  test('an empty query lists everything in the given order', () => {
    expect(searchProcesses('', processes, stepsOf).map((h) => h.process.id)).toEqual([1, 2, 3]);
  });
});
