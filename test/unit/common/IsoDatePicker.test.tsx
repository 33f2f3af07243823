import * as React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import { IsoDatePicker, datePickerStrings, parseTypedDate, readFieldText } from '../../../src/common/IsoDatePicker';
import { formatDay, formatDayRange } from '../../../src/common/formatDate';
import { da, en } from '../webparts/aarshjul/helpers';

setIconOptions({ disableWarnings: true });

describe('typed dates', () => {
  test.each([
    ['14.5.2026', '2026-05-14'], ['14-05-2026', '2026-05-14'], ['14/5/2026', '2026-05-14'], ['2026-05-14', '2026-05-14'],
    ['14. maj 2026', '2026-05-14'], ['14 May 2026', '2026-05-14'], ['1. marts 2027', '2027-03-01'], ['3. dec. 2026', '2026-12-03'],
    ['14.5.27', '2027-05-14'], ['May 14, 2027', '2027-05-14']
  ])('%s → %s', (text, iso) => expect(parseTypedDate(text)).toBe(iso));

  test.each([['31.2.2026'], ['14.13.2026'], ['i morgen'], ['14. ma 2026'], [''], ['1.1.9999'], ['1.1.0001']])('%s is not a date', text => {
    expect(parseTypedDate(text)).toBeUndefined();
  });

  test('a new date typed after the shown one (click at the end, type) is the new date', () => {
    expect(readFieldText('1. december 202615.3.2027', '1. december 2026')).toEqual({ kind: 'date', date: '2027-03-15' });
    expect(readFieldText('15.3.20271. december 2026', '1. december 2026')).toEqual({ kind: 'date', date: '2027-03-15' });
    // A fix inside the shown date is read as it stands.
    expect(readFieldText('1. december 2027', '1. december 2026')).toEqual({ kind: 'date', date: '2027-12-01' });
    expect(readFieldText('1. december 2026x', '1. december 2026')).toEqual({ kind: 'invalid', problem: 'format' });
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

/** A picker holding its value like a form does. */
function Controlled(props: { initial?: string; language?: 'da' | 'en'; onChange?: (v: string | undefined) => void; onInvalid?: (i: boolean) => void; initialPickerDate?: string }): React.ReactElement {
  const [value, setValue] = React.useState<string | undefined>(props.initial);
  return (
    <IsoDatePicker label="Startdato" value={value} language={props.language ?? 'da'} strings={props.language === 'en' ? en : da} id="d"
      initialPickerDate={props.initialPickerDate}
      onChange={v => { setValue(v); props.onChange?.(v); }} onInvalidInput={props.onInvalid} />
  );
}

describe('IsoDatePicker', () => {
  test('typing a Danish date and leaving the field gives the ISO day, written out again', () => {
    const onChange = jest.fn();
    render(<Controlled onChange={onChange} />);
    const input = screen.getByRole('textbox', { name: 'Startdato' });
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: '28.4.2026' } });
    fireEvent.blur(input);
    expect(onChange).toHaveBeenLastCalledWith('2026-04-28');
    expect(input).toHaveValue('28. april 2026');
  });

  test('a click into the field takes typing: it neither opens the calendar nor moves focus', () => {
    render(<Controlled initial="2026-12-01" />);
    const input = screen.getByRole('textbox', { name: 'Startdato' });
    fireEvent.mouseDown(input);
    input.focus();
    fireEvent.mouseUp(input);
    fireEvent.click(input);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(document.activeElement).toBe(input);
    // Focus selects the whole text, so what is typed replaces it.
    expect([(input as HTMLInputElement).selectionStart, (input as HTMLInputElement).selectionEnd]).toEqual([0, '1. december 2026'.length]);
  });

  test('Enter reads the typed date (it does not restore the old one)', () => {
    const onChange = jest.fn();
    render(<Controlled initial="2026-12-01" onChange={onChange} />);
    const input = screen.getByRole('textbox', { name: 'Startdato' });
    fireEvent.change(input, { target: { value: '15.3.2027' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChange).toHaveBeenLastCalledWith('2027-03-15');
    expect(input).toHaveValue('15. marts 2027');
  });

  test('an invalid date keeps what was typed and says why on the field, in Danish', async () => {
    const onChange = jest.fn();
    const onInvalid = jest.fn();
    render(<Controlled initial="2026-12-01" onChange={onChange} onInvalid={onInvalid} />);
    const input = screen.getByRole('textbox', { name: 'Startdato' });
    fireEvent.change(input, { target: { value: '31.2.2027' } });
    fireEvent.blur(input);
    expect(input).toHaveValue('31.2.2027');
    expect(await screen.findByText(da.DateNotADay)).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(onChange).not.toHaveBeenCalled();
    expect(onInvalid).toHaveBeenLastCalledWith(true);
    // Fixing it clears the message.
    fireEvent.change(input, { target: { value: '28.2.2027' } });
    fireEvent.blur(input);
    expect(onChange).toHaveBeenLastCalledWith('2027-02-28');
    expect(onInvalid).toHaveBeenLastCalledWith(false);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  test('an implausible year is refused in the user\'s language', async () => {
    render(<Controlled language="en" />);
    const input = screen.getByRole('textbox', { name: 'Startdato' });
    fireEvent.change(input, { target: { value: '1.1.9999' } });
    fireEvent.blur(input);
    expect(await screen.findByText('The date must be between the years 2000 and 2100.')).toBeInTheDocument();
    fireEvent.change(input, { target: { value: 'next week' } });
    fireEvent.blur(input);
    expect(await screen.findByText(en.DateInvalid)).toBeInTheDocument();
  });

  test('emptying the field clears the value', () => {
    const onChange = jest.fn();
    render(<Controlled initial="2026-12-01" onChange={onChange} />);
    const input = screen.getByRole('textbox', { name: 'Startdato' });
    fireEvent.change(input, { target: { value: '' } });
    fireEvent.blur(input);
    expect(onChange).toHaveBeenLastCalledWith(undefined);
  });

  test('the calendar button opens the calendar at the initial date; a picked day is the value', async () => {
    const onChange = jest.fn();
    render(<Controlled onChange={onChange} initialPickerDate="2027-03-10" />);
    fireEvent.click(screen.getByRole('button', { name: `${da.DateOpenCalendar}: Startdato` }));
    const calendar = await screen.findByRole('dialog');
    expect(calendar).toHaveTextContent('Marts 2027');
    await act(async () => {
      fireEvent.click(calendar.querySelector('button[aria-label="12, Marts, 2027"]') as HTMLElement);
    });
    expect(onChange).toHaveBeenLastCalledWith('2027-03-12');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Startdato' })).toHaveValue('12. marts 2027');
  });
});
