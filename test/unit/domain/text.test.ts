import { hasForbiddenCharacters, sanitizeText } from '../../../src/domain/text';

describe('sanitizeText', () => {
  test.each([
    ['U+000B (Word line break)', '\u000B', 'Budget\nudkast'],
    ['U+0000 (NUL)', '\u0000', 'Budgetudkast'],
    ['U+0007 (BEL)', '\u0007', 'Budgetudkast'],
    ['U+001B (ESC)', '\u001B', 'Budgetudkast'],
    ['U+FFFE (noncharacter)', '\uFFFE', 'Budgetudkast'],
    ['U+FFFF', '\uFFFF', 'Budgetudkast'],
    ['U+000C (form feed)', '\u000C', 'Budget\nudkast'],
    ['U+007F (DEL)', '\u007F', 'Budgetudkast'],
    ['U+009B (C1 CSI)', '\u009B', 'Budgetudkast'],
    ['U+2028 (line separator)', '\u2028', 'Budget\nudkast'],
    ['a lone surrogate', '\uD83D', 'Budgetudkast']
  ])('%s', (_, character, expected) => {
    const text = `Budget${character}udkast`;
    expect(hasForbiddenCharacters(text)).toBe(true);
    expect(sanitizeText(text)).toBe(expected);
    expect(hasForbiddenCharacters(sanitizeText(text))).toBe(false);
  });

  test('one-line values get a space for a line break', () => {
    expect(sanitizeText('Budget\u000Budkast', { keepLineBreaks: false })).toBe('Budget udkast');
  });

  test('ordinary text, Danish letters, tabs, line breaks and emoji are kept', () => {
    const text = 'Bestyrelsesmøde — æøå ÆØÅ «» €\tnæste\r\nlinje 🎉 日本';
    expect(hasForbiddenCharacters(text)).toBe(false);
    expect(sanitizeText(text)).toBe(text);
  });

  test('the result is valid XML text', () => {
    const all = Array.from({ length: 0x30 }, (_, i) => String.fromCharCode(i)).join('') + '\u007F\u0085\u009F\uFFFE\uFFFF\uDC00';
    const doc = new DOMParser().parseFromString(`<t>${sanitizeText(all).replace(/&/g, '&amp;').replace(/</g, '&lt;')}</t>`, 'application/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  });
});
