import * as React from 'react';
import { DatePicker, DayOfWeek, FirstWeekOfYear, type IDatePicker, type IRefObject } from '@fluentui/react';
import type { IsoDate } from '../../domain/models';
import type { UiLanguage } from '../hosting';
import type { ICommonStrings } from '../strings';
import { formatDay } from '../formatDate';
import { dateFormatting, datePickerStrings, isoToPickerDate, parseTypedDate, pickerDateToIso } from './datePickerStrings';

/** Props of {@link IsoDatePicker}. */
export interface IIsoDatePickerProps {
  label: string;
  value: IsoDate | undefined;
  onChange: (value: IsoDate | undefined) => void;
  language: UiLanguage;
  strings: ICommonStrings;
  isRequired?: boolean;
  /** A validation message shown under the field (and announced). */
  errorMessage?: string;
  /** Lets a form move focus here, e.g. to the first field with an error. */
  componentRef?: IRefObject<IDatePicker>;
  /** Attached to the text box, so a `<label htmlFor>` or a test can find it. */
  id?: string;
}

/**
 * A Fluent DatePicker for `YYYY-MM-DD` values, the Danish way: weeks start on Monday, ISO week numbers are shown, the
 * calendar speaks the UI language, and a date can be typed as `14.5.2026` or `14. maj 2026`.
 */
export function IsoDatePicker(props: IIsoDatePickerProps): React.ReactElement {
  const { language, strings, onChange } = props;
  const pickerStrings = React.useMemo(() => datePickerStrings(language, strings), [language, strings]);
  const formatting = React.useMemo(() => dateFormatting(language), [language]);
  return (
    <DatePicker
      componentRef={props.componentRef}
      label={props.label}
      isRequired={props.isRequired}
      value={isoToPickerDate(props.value)}
      onSelectDate={date => onChange(date ? pickerDateToIso(date) : undefined)}
      formatDate={date => (date ? formatDay(pickerDateToIso(date), language) : '')}
      parseDateFromString={text => isoToPickerDate(parseTypedDate(text)) ?? null}
      allowTextInput={true}
      firstDayOfWeek={DayOfWeek.Monday}
      firstWeekOfYear={FirstWeekOfYear.FirstFourDayWeek}
      showWeekNumbers={true}
      showGoToToday={true}
      strings={pickerStrings}
      dateTimeFormatter={formatting}
      placeholder={strings.DatePlaceholder}
      ariaLabel={props.label}
      pickerAriaLabel={strings.DateOpenCalendar}
      textField={{ id: props.id, errorMessage: props.errorMessage }}
    />
  );
}
