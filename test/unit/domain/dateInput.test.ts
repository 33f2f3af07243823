import { MAX_DATE_YEAR, MIN_DATE_YEAR, monthFromName, parseDateInput } from '../../../src/domain/dateInput';

const date = (text: string): string | undefined => {
  const result = parseDateInput(text);
  return result.kind === 'date' ? result.date : undefined;
};
const problem = (text: string): string | undefined => {
  const result = parseDateInput(text);
  return result.kind === 'invalid' ? result.problem : undefined;
};

describe('parseDateInput: what people type', () => {
  test.each([
    ['14.5.2027', '2027-05-14'], ['14/5/2027', '2027-05-14'], ['14-05-2027', '2027-05-14'], ['14. 5. 2027', '2027-05-14'],
    ['2027-05-14', '2027-05-14'], ['2027-5-4', '2027-05-04'],
    ['14.5.27', '2027-05-14'], ['1.1.00', '2000-01-01'], ['31.12.99', '2099-12-31'],
    ['14. maj 2027', '2027-05-14'], ['14 maj 27', '2027-05-14'], ['14.maj 2027', '2027-05-14'], ['3. dec. 2026', '2026-12-03'],
    ['1. marts 2027', '2027-03-01'], ['  14.  MAJ   2027 ', '2027-05-14'], ['5. okt 2027', '2027-10-05'],
    ['14 May 2027', '2027-05-14'], ['14th May 2027', '2027-05-14'], ['14 of May, 2027', '2027-05-14'],
    ['May 14, 2027', '2027-05-14'], ['May 14th 2027', '2027-05-14'], ['Sept 3, 2027', '2027-09-03'], ['oct 5 27', '2027-10-05'],
    ['29.2.2028', '2028-02-29']
  ])('%s → %s', (text, iso) => expect(date(text)).toBe(iso));

  test('day first in both languages: 5/12/2027 is 5 December, never May', () => {
    expect(date('5/12/2027')).toBe('2027-12-05');
  });

  test('nothing typed is empty, not an error', () => {
    expect(parseDateInput('')).toEqual({ kind: 'empty' });
    expect(parseDateInput('   ')).toEqual({ kind: 'empty' });
  });
});

describe('parseDateInput: what is refused, and why', () => {
  test.each([['31.2.2027'], ['29.2.2027'], ['14.13.2027'], ['0.5.2027'], ['31. april 2027'], ['2027-02-30']])(
    '%s is not a day', text => expect(problem(text)).toBe('notADay'));

  test.each([['1.1.9999'], ['1.1.1900'], ['1.1.0001'], ['31.12.1999'], ['1.1.2101'], ['0001-01-01'], ['14. maj 1927']])(
    '%s is outside the years a date may have', text => expect(problem(text)).toBe('outOfRange'));

  test.each([['i morgen'], ['14.5'], ['14. ma 2027'], ['14.5.202'], ['14.5.20277'], ['maj 2027'], ['1.2.3.4'], ['abc 14 2027']])(
    '%s is not a date at all', text => expect(problem(text)).toBe('format'));

  test('the window is 2000–2100', () => {
    expect([MIN_DATE_YEAR, MAX_DATE_YEAR]).toEqual([2000, 2100]);
    expect(date('1.1.2000')).toBe('2000-01-01');
    expect(date('31.12.2100')).toBe('2100-12-31');
  });
});

test('month names: Danish and English, full or from three letters', () => {
  expect(monthFromName('maj')).toBe(5);
  expect(monthFromName('May')).toBe(5);
  expect(monthFromName('mar.')).toBe(3);
  expect(monthFromName('okt')).toBe(10);
  expect(monthFromName('sept')).toBe(9);
  expect(monthFromName('ma')).toBeUndefined();
  expect(monthFromName('foo')).toBeUndefined();
});
