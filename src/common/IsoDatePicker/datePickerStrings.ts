import type { IDateFormatting, IDatePickerStrings } from '@fluentui/react';
import type { IsoDate } from '../../domain/models';
import { formatIsoDate, parseIsoDate } from '../../domain/dates';
import { parseDateInput } from '../../domain/dateInput';
import { capitalise, MONTH_NAMES_DA, MONTH_NAMES_EN, WEEKDAY_NAMES_DA, WEEKDAY_NAMES_EN } from '../../domain/danishCalendar';
import type { UiLanguage } from '../hosting';
import type { ICommonStrings } from '../strings';
import { format } from '../strings';

/** Fluent's calendar lists weekdays from Sunday; the domain lists them from Monday, as Danish weeks start. */
function sundayFirst(mondayFirst: readonly string[]): string[] {
  return [mondayFirst[6], ...mondayFirst.slice(0, 6)];
}


/** The calendar's texts in the UI language: Danish month and day names, "Gå til i dag", "Uge 14" … */
export function datePickerStrings(language: UiLanguage, strings: ICommonStrings): IDatePickerStrings {
  const months = (language === 'da' ? MONTH_NAMES_DA : MONTH_NAMES_EN).map(capitalise);
  const days = sundayFirst(language === 'da' ? WEEKDAY_NAMES_DA : WEEKDAY_NAMES_EN);
  return {
    months,
    shortMonths: months.map(m => m.slice(0, 3)),
    days,
    shortDays: days.map(d => d.charAt(0).toUpperCase()),
    goToToday: strings.DateGoToToday,
    prevMonthAriaLabel: strings.DatePrevMonth,
    nextMonthAriaLabel: strings.DateNextMonth,
    prevYearAriaLabel: strings.DatePrevYear,
    nextYearAriaLabel: strings.DateNextYear,
    closeButtonAriaLabel: strings.DateCloseCalendar,
    weekNumberFormatString: format(strings.DateWeekNumber, '{0}'),
    invalidInputErrorMessage: strings.DateInvalid
  };
}

/** How the calendar reads out days and headings: `14. maj 2026` in Danish, `14 May 2026` in English. */
export function dateFormatting(language: UiLanguage): IDateFormatting {
  const names = language === 'da' ? MONTH_NAMES_DA : MONTH_NAMES_EN;
  return {
    formatDay: d => String(d.getDate()),
    formatMonth: d => capitalise(names[d.getMonth()]),
    formatYear: d => String(d.getFullYear()),
    formatMonthDayYear: d => `${d.getDate()}${language === 'da' ? '.' : ''} ${names[d.getMonth()]} ${d.getFullYear()}`,
    formatMonthYear: d => `${capitalise(names[d.getMonth()])} ${d.getFullYear()}`
  };
}

/** The picker works in local `Date`s (midnight in the browser's zone); the domain in `YYYY-MM-DD`. */
export function isoToPickerDate(value: IsoDate | undefined): Date | undefined {
  const parts = value ? parseIsoDate(value) : undefined;
  return parts ? new Date(parts.year, parts.month - 1, parts.day) : undefined;
}

/** The calendar day a picker `Date` stands for. */
export function pickerDateToIso(date: Date): IsoDate {
  return formatIsoDate(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/**
 * Reads a typed date, day first as Danes write it (see `parseDateInput` in the domain for every accepted form and the
 * years allowed). `undefined` when it is not a usable day.
 */
export function parseTypedDate(text: string): IsoDate | undefined {
  const result = parseDateInput(text);
  return result.kind === 'date' ? result.date : undefined;
}
