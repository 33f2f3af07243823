import * as React from 'react';
import {
  Calendar, Callout, DayOfWeek, DirectionalHint, FirstWeekOfYear, FocusTrapZone, getId, IconButton, Label, mergeStyleSets,
  TextField, type ICalendar, type ITextField
} from '@fluentui/react';
import type { IsoDate } from '../../domain/models';
import { MAX_DATE_YEAR, MIN_DATE_YEAR, parseDateInput, type DateInputProblem } from '../../domain/dateInput';
import type { UiLanguage } from '../hosting';
import { format, type ICommonStrings } from '../strings';
import { formatDay } from '../formatDate';
import { dateFormatting, datePickerStrings, isoToPickerDate, pickerDateToIso } from './datePickerStrings';

/** Props of {@link IsoDatePicker}. */
export interface IIsoDatePickerProps {
  label: string;
  value: IsoDate | undefined;
  /** A new day (typed and left, Enter, or picked in the calendar), or `undefined` when the field was emptied. */
  onChange: (value: IsoDate | undefined) => void;
  /**
   * The typed text is not a usable date (true) or is again (false). The field keeps the text and shows why; the form
   * must not save meanwhile, because `value` still holds the last good day.
   */
  onInvalidInput?: (invalid: boolean) => void;
  language: UiLanguage;
  strings: ICommonStrings;
  isRequired?: boolean;
  /** A validation message shown under the field (and announced); a problem with the typed text comes first. */
  errorMessage?: string;
  /** Attached to the text box, so a `<label htmlFor>`, a form's focus-first-error or a test can find it. */
  id?: string;
  /** The day the calendar opens at while the field is empty (an end date's calendar opens at the start date). */
  initialPickerDate?: IsoDate;
}

const MIN_DATE = new Date(MIN_DATE_YEAR, 0, 1);
const MAX_DATE = new Date(MAX_DATE_YEAR, 11, 31);

const classes = mergeStyleSets({
  // The calendar button sits beside the text box (not in its suffix: Fluent names the input by its suffix too).
  row: { display: 'flex', alignItems: 'flex-start', gap: 4 },
  field: { flex: '1 1 auto', minWidth: 0 }
});

/** The message for a problem with typed text, in the UI language. */
export function dateProblemMessage(problem: DateInputProblem, strings: ICommonStrings): string {
  switch (problem) {
    case 'notADay': return strings.DateNotADay;
    case 'outOfRange': return format(strings.DateOutOfRange, MIN_DATE_YEAR, MAX_DATE_YEAR);
    default: return strings.DateInvalid;
  }
}

/**
 * Reads the text of the field. When it is not a date but the shown date followed (or preceded) by a whole new one —
 * someone clicked into the filled field and typed, so the text became `1. december 202615.3.2027` — the new one is
 * what was meant.
 */
export function readFieldText(text: string, shown: string): ReturnType<typeof parseDateInput> {
  const result = parseDateInput(text);
  if (result.kind !== 'invalid' || !shown) return result;
  const rest = text.startsWith(shown) ? text.slice(shown.length) : text.endsWith(shown) ? text.slice(0, -shown.length) : undefined;
  const typed = rest === undefined ? undefined : parseDateInput(rest);
  return typed && typed.kind === 'date' ? typed : result;
}

/**
 * A date field for `YYYY-MM-DD` values, the Danish way: a text box that always takes typing — reached by click, Tab or
 * a second click (focus selects the text, so typing replaces it) — and a calendar button beside it (weeks from Monday,
 * ISO week numbers, the UI language; Alt+↓ opens it too). Text is read when the field is left or on Enter
 * (`14.5.2027`, `14.5.27`, `14/5/2027`, `2027-05-14`, `14. maj 2027`, `May 14, 2027`); text that is not a usable
 * date stays as typed, with the reason under the field.
 *
 * Not Fluent's `DatePicker`: with `allowTextInput` it opens the calendar on click and moves focus there, and it
 * replaces invalid text with the previous date (a status message only), so a typo silently keeps the old date.
 * This composes the same parts — Fluent's `TextField`, `Calendar` and `Callout` — with the behaviour a form needs.
 */
export function IsoDatePicker(props: IIsoDatePickerProps): React.ReactElement {
  const { language, strings, value, onChange, onInvalidInput } = props;
  const pickerStrings = React.useMemo(() => datePickerStrings(language, strings), [language, strings]);
  const formatting = React.useMemo(() => dateFormatting(language), [language]);
  const shown = value ? formatDay(value, language) : '';
  const [text, setText] = React.useState(shown);
  const [problem, setProblem] = React.useState<DateInputProblem>();
  const [open, setOpen] = React.useState(false);
  const [ownId] = React.useState(() => getId('isodate'));
  const id = props.id ?? ownId;
  const wrapperRef = React.useRef<HTMLDivElement>(null);
  const buttonRef = React.useRef<HTMLSpanElement>(null);
  const textFieldRef = React.useRef<ITextField>(null);
  const calendarRef = React.useRef<ICalendar>(null);
  // A click that focuses the field selects its text; the mouseup that follows must not put the caret back.
  const keepSelection = React.useRef(false);
  const problemRef = React.useRef(problem);

  const report = (next: DateInputProblem | undefined): void => {
    setProblem(next);
    if ((problemRef.current !== undefined) !== (next !== undefined)) onInvalidInput?.(next !== undefined);
    problemRef.current = next;
  };

  // A new value from outside (a picked day, a reloaded form, another language) replaces whatever the box shows.
  React.useEffect(() => {
    setText(shown);
    report(undefined);
  }, [shown]); // eslint-disable-line react-hooks/exhaustive-deps

  // A field that goes away (a type without an end date) no longer holds anything invalid.
  const invalidCallback = React.useRef(onInvalidInput);
  invalidCallback.current = onInvalidInput;
  React.useEffect(() => () => { if (problemRef.current !== undefined) invalidCallback.current?.(false); }, []);

  const commit = (): void => {
    const result = readFieldText(text, shown);
    if (result.kind === 'invalid') {
      report(result.problem);
      return;
    }
    report(undefined);
    const next = result.kind === 'date' ? result.date : undefined;
    // Written out again ("14. maj 2027"), so what was understood is visible.
    setText(next ? formatDay(next, language) : '');
    if (next !== value) onChange(next);
  };

  // Where focus goes once the calendar has closed: back to the text box after a pick or Escape; nowhere after a
  // click elsewhere on the page (that click has put focus where the user wants it).
  const refocus = React.useRef(false);
  const close = (returnFocus: boolean): void => {
    refocus.current = returnFocus;
    setOpen(false);
  };
  React.useEffect(() => {
    if (!open && refocus.current) {
      refocus.current = false;
      textFieldRef.current?.focus();
    }
  }, [open]);

  const pick = (date: Date): void => {
    const next = pickerDateToIso(date);
    report(undefined);
    setText(formatDay(next, language));
    if (next !== value) onChange(next);
    close(true);
  };

  const calendarValue = isoToPickerDate(problem === undefined ? value ?? props.initialPickerDate : props.initialPickerDate ?? value);
  return (
    <div>
      <Label htmlFor={id} required={props.isRequired}>{props.label}</Label>
      <div ref={wrapperRef} className={classes.row}>
        <TextField
          id={id} componentRef={textFieldRef} className={classes.field} value={text} aria-required={props.isRequired}
          placeholder={strings.DatePlaceholder} autoComplete="off" spellCheck={false}
          errorMessage={problem ? dateProblemMessage(problem, strings) : props.errorMessage}
          onChange={(_, v) => setText(v ?? '')}
          onFocus={e => { e.currentTarget.select(); }}
          onMouseDown={e => { keepSelection.current = document.activeElement !== e.currentTarget; }}
          onMouseUp={e => { if (keepSelection.current) e.preventDefault(); keepSelection.current = false; }}
          onBlur={commit}
          onKeyDown={e => {
            if (e.key === 'Enter') {
              // Enter reads the date, like leaving the field; it neither opens the calendar nor submits the form.
              e.preventDefault();
              commit();
            } else if (e.key === 'ArrowDown' && e.altKey) {
              e.preventDefault();
              commit();
              setOpen(true);
            }
          }}
        />
        <span ref={buttonRef}>
          <IconButton iconProps={{ iconName: 'Calendar' }} ariaLabel={`${strings.DateOpenCalendar}: ${props.label}`}
            title={strings.DateOpenCalendar} aria-haspopup="dialog" aria-expanded={open} onClick={() => setOpen(o => !o)} />
        </span>
      </div>
      {open && (
        <Callout target={wrapperRef.current} role="dialog" ariaLabel={`${strings.DateOpenCalendar}: ${props.label}`}
          isBeakVisible={false} gapSpace={0} directionalHint={DirectionalHint.bottomLeftEdge}
          onDismiss={ev => close(ev?.type === 'keydown')} setInitialFocus={false}
          // The button toggles the calendar itself; a press on it must not first dismiss and then reopen it.
          preventDismissOnEvent={ev => ev.type !== 'keydown' && !!buttonRef.current?.contains(ev.target as Node)}
          onPositioned={() => calendarRef.current?.focus()}>
          <FocusTrapZone isClickableOutsideFocusTrap={true} disableFirstFocus={true} disableRestoreFocus={true}>
            <Calendar componentRef={calendarRef} value={calendarValue} onSelectDate={pick}
              onDismiss={() => close(true)}
              firstDayOfWeek={DayOfWeek.Monday} firstWeekOfYear={FirstWeekOfYear.FirstFourDayWeek} showWeekNumbers={true}
              showGoToToday={true} strings={pickerStrings} dateTimeFormatter={formatting} minDate={MIN_DATE} maxDate={MAX_DATE}
              highlightSelectedMonth={true} isMonthPickerVisible={true} />
          </FocusTrapZone>
        </Callout>
      )}
    </div>
  );
}
