import * as React from 'react';
import { ChoiceGroup, Dropdown, Stack, Text, TextField, useTheme, type IDropdownOption } from '@fluentui/react';
import { REPEAT_PATTERNS, type RepeatPattern } from '../../../../domain/models';
import type { IRecurrencePicker, PickerUnit } from '../../../../domain/recurrencePicker';
import { WEEKDAY_CODES, type WeekdayCode } from '../../../../domain/recurrenceRule';
import { describeRule } from '../../../../domain/describeRule';
import { isoWeekday, toDateParts } from '../../../../domain/dates';
import { capitalise, MONTH_NAMES_DA, MONTH_NAMES_EN, WEEKDAY_NAMES_DA, WEEKDAY_NAMES_EN } from '../../../../domain/danishCalendar';
import type { UiLanguage } from '../../../../common/hosting';
import { IsoDatePicker } from '../../../../common/IsoDatePicker';
import { format, type ICommonStrings } from '../../../../common/strings';
import { repeatLabel } from '../../model/labels';
import { draftRule, pickerForPattern, type FormMessages, type IActivityDraft } from './formModel';

/** Props of {@link RecurrenceFields}. */
export interface IRecurrenceFieldsProps {
  draft: IActivityDraft;
  update: (patch: Partial<IActivityDraft>) => void;
  errors: FormMessages;
  strings: IAarshjulWebPartStrings & ICommonStrings;
  language: UiLanguage;
  /** Element ids, so the form can focus a field with an error. */
  ids: { repeat: string; recurrence: string; until?: string };
  /** The end date's typed text is not a usable date (true), or is again (false). */
  onInvalidDate?: (invalid: boolean) => void;
}

const numberOrUndefined = (v: string | undefined): number | undefined => (v && /^\d+$/.test(v) ? Number(v) : undefined);

/**
 * The friendly recurrence picker: Ingen / Årligt / Halvårligt / Kvartalsvis / Månedligt / Tilpasset, then only the
 * choices that pattern needs (month, a date or an n-th weekday, interval and unit, an end) and the rule in words.
 * Rules come from the domain (`ruleFromPicker`); raw RRULE can be typed only in the advanced field of Tilpasset.
 */
export function RecurrenceFields(props: IRecurrenceFieldsProps): React.ReactElement {
  const { draft, update, strings, language, errors } = props;
  const theme = useTheme();
  const picker = draft.picker;
  const pattern = picker.pattern;
  const months = language === 'da' ? MONTH_NAMES_DA : MONTH_NAMES_EN;
  const weekdays = language === 'da' ? WEEKDAY_NAMES_DA : WEEKDAY_NAMES_EN;
  const set = (changes: Partial<IRecurrencePicker>): void => update({ picker: { ...picker, ...changes }, advancedRule: undefined });

  const unit: PickerUnit | undefined = pattern === 'Tilpasset' ? picker.unit ?? 'week' : undefined;
  const yearly = pattern === 'Årligt' || unit === 'year';
  const monthly = yearly || pattern === 'Halvårligt' || pattern === 'Kvartalsvis' || pattern === 'Månedligt' || unit === 'month';
  const byWeekday = picker.nthWeekday !== undefined;
  const start = draft.startDate;
  const ends = picker.until !== undefined ? 'until' : picker.count !== undefined ? 'count' : 'never';
  const { rule } = draftRule(draft);

  const patternOptions: IDropdownOption[] = REPEAT_PATTERNS.map(p => ({ key: p, text: repeatLabel(p, strings) }));
  const monthOptions: IDropdownOption[] = months.map((m, i) => ({ key: i + 1, text: capitalise(m) }));
  const dayOptions: IDropdownOption[] = [...Array.from({ length: 31 }, (_, i) => ({ key: i + 1, text: `${i + 1}.` })),
    { key: -1, text: strings.LastDay }];
  const nthOptions: IDropdownOption[] = [[1, strings.Nth1], [2, strings.Nth2], [3, strings.Nth3], [4, strings.Nth4], [-1, strings.NthLast]]
    .map(([key, text]) => ({ key, text: String(text) }));
  const weekdayOptions: IDropdownOption[] = WEEKDAY_CODES.map((code, i) => ({ key: code, text: capitalise(weekdays[i]) }));
  const unitOptions: IDropdownOption[] = [['day', strings.UnitDay], ['week', strings.UnitWeek], ['month', strings.UnitMonth], ['year', strings.UnitYear]]
    .map(([key, text]) => ({ key, text }));

  const startWeekday = (): WeekdayCode => WEEKDAY_CODES[(start ? isoWeekday(start) : 1) - 1];
  const startDay = (): number => (start ? toDateParts(start).day : 1);

  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Dropdown id={props.ids.repeat} label={strings.FieldRepeat} options={patternOptions} selectedKey={pattern}
        errorMessage={errors.repeat}
        onChange={(_, o) => o && update({ picker: pickerForPattern(o.key as RepeatPattern, start), advancedRule: undefined })} />
      {pattern === 'Tilpasset' && (
        <Stack horizontal tokens={{ childrenGap: 8 }} verticalAlign="end">
          <TextField label={strings.FieldInterval} type="number" min={1} max={99} value={String(picker.interval ?? 1)}
            onChange={(_, v) => set({ interval: numberOrUndefined(v) ?? 1 })} styles={{ root: { width: 90 } }} />
          <Dropdown label={strings.FieldUnit} options={unitOptions} selectedKey={unit} styles={{ root: { minWidth: 140 } }}
            onChange={(_, o) => o && set({ unit: o.key as PickerUnit, month: undefined, dayOfMonth: undefined, weekday: undefined, nthWeekday: undefined })} />
        </Stack>
      )}
      {unit === 'week' && (
        <Dropdown label={strings.FieldWeekday} options={weekdayOptions} selectedKey={picker.weekday ?? null}
          onChange={(_, o) => o && set({ weekday: o.key as WeekdayCode })} />
      )}
      {yearly && (
        <Dropdown label={strings.FieldMonth} options={monthOptions} selectedKey={picker.month ?? null}
          onChange={(_, o) => o && set({ month: Number(o.key) })} />
      )}
      {monthly && (
        <>
          <ChoiceGroup label={strings.FieldRepeatOn} selectedKey={byWeekday ? 'weekday' : 'day'}
            options={[{ key: 'day', text: strings.RepeatOnDay }, { key: 'weekday', text: strings.RepeatOnWeekday }]}
            onChange={(_, o) => o && set(o.key === 'weekday'
              ? { dayOfMonth: undefined, weekday: picker.weekday ?? startWeekday(), nthWeekday: 1 }
              : { weekday: undefined, nthWeekday: undefined, dayOfMonth: startDay() })} />
          {byWeekday ? (
            <Stack horizontal tokens={{ childrenGap: 8 }}>
              <Dropdown label={strings.FieldNth} options={nthOptions} selectedKey={picker.nthWeekday ?? null}
                styles={{ root: { minWidth: 120 } }} onChange={(_, o) => o && set({ nthWeekday: Number(o.key) })} />
              <Dropdown label={strings.FieldWeekday} options={weekdayOptions} selectedKey={picker.weekday ?? null}
                styles={{ root: { minWidth: 140 } }} onChange={(_, o) => o && set({ weekday: o.key as WeekdayCode })} />
            </Stack>
          ) : (
            <Dropdown label={strings.FieldDayOfMonth} options={dayOptions} selectedKey={picker.dayOfMonth ?? null}
              onChange={(_, o) => o && set({ dayOfMonth: Number(o.key) })} />
          )}
        </>
      )}
      {pattern !== 'Ingen' && (
        <>
          <ChoiceGroup label={strings.FieldEnds} selectedKey={ends}
            options={[{ key: 'never', text: strings.EndsNever }, { key: 'until', text: strings.EndsUntil }, { key: 'count', text: strings.EndsCount }]}
            onChange={(_, o) => o && set(o.key === 'until' ? { count: undefined, until: picker.until ?? start }
              : o.key === 'count' ? { until: undefined, count: picker.count ?? 5 } : { until: undefined, count: undefined })} />
          {ends === 'until' && (
            <IsoDatePicker id={props.ids.until} label={strings.FieldUntil} value={picker.until} language={language} strings={strings}
              initialPickerDate={start} onChange={v => set({ until: v })} onInvalidInput={props.onInvalidDate} />
          )}
          {ends === 'count' && (
            <TextField label={strings.FieldCount} type="number" min={1} max={999} value={String(picker.count ?? '')}
              onChange={(_, v) => set({ count: numberOrUndefined(v) })} styles={{ root: { width: 120 } }} />
          )}
        </>
      )}
      {pattern === 'Tilpasset' && (
        <TextField id={props.ids.recurrence} label={strings.FieldRule} value={draft.advancedRule ?? rule ?? ''}
          spellCheck={false} onChange={(_, v) => update({ advancedRule: v ?? '' })} errorMessage={errors.recurrence} />
      )}
      {pattern !== 'Tilpasset' && errors.recurrence && (
        <Text id={props.ids.recurrence} role="alert" tabIndex={-1} styles={{ root: { color: theme.semanticColors.errorText } }}>{errors.recurrence}</Text>
      )}
      {rule && start && (
        <Text aria-live="polite">{format(strings.RuleSummary, describeRule(rule, start, language))}</Text>
      )}
    </Stack>
  );
}
