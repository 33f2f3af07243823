import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import { IsoDatePicker, datePickerStrings, parseTypedDate } from '../../../src/common/IsoDatePicker';
import { formatDay, formatDayRange } from '../../../src/common/formatDate';
import { da } from '../webparts/aarshjul/helpers';

setIconOptions({ disableWarnings: true });

describe('typed dates', () => {
  test.each([
    ['14.5.2026', '2026-05-14'], ['14-05-2026', '2026-05-14'], ['14/5/2026', '2026-05-14'], ['2026-05-14', '2026-05-14'],
    ['14. maj 2026', '2026-05-14'], ['14 May 2026', '2026-05-14'], ['1. marts 2027', '2027-03-01'], ['3. dec. 2026', '2026-12-03']
  ])('%s → %s', (text, iso) => expect(parseTypedDate(text)).toBe(iso));

  test.each([['31.2.2026'], ['14.13.2026'], ['i morgen'], ['14. ma 2026'], ['']])('%s is not a date', text => {
    expect(parseTypedDate(text)).toBeUndefined();
  });
});

test('days are written out in words in both languages', () => {
  expect(formatDay('2026-05-14', 'da')).toBe('14. maj 2026');
  expect(formatDay('2026-05-14', 'en')).toBe('14 May 2026');
  expect(formatDayRange('2026-05-01', '2026-05-10', 'da')).toBe('1. maj – 10. maj 2026');
  expect(formatDayRange('2026-12-28', '2027-01-03', 'da')).toBe('28. december 2026 – 3. januar 2027');
});

test('the calendar speaks Danish and starts weeks on Monday', () => {
  const strings = datePickerStrings('da', da);
  expect(strings.days[0]).toBe('søndag');
  expect(strings.days[1]).toBe('mandag');
  expect(strings.months[4]).toBe('Maj');
  expect(strings.weekNumberFormatString).toBe('Uge {0}');
});

test('typing a Danish date gives the ISO day', () => {
  const onChange = jest.fn();
  render(<IsoDatePicker label="Dato" value={undefined} onChange={onChange} language="da" strings={da} id="d" />);
  const input = screen.getByRole('combobox', { name: 'Dato' });
  fireEvent.change(input, { target: { value: '28.4.2026' } });
  fireEvent.blur(input);
  expect(onChange).toHaveBeenLastCalledWith('2026-04-28');
});
