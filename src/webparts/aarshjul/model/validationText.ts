import type { IValidationIssue } from '../../../domain/validationError';
import type { IRuleIssue, RuleProblem } from '../../../domain/recurrenceRule';
import { validationMessage } from '../../../common/validationMessages';
import { format, type ICommonStrings } from '../../../common/strings';
import { typeLabel } from './labels';

type Strings = IAarshjulWebPartStrings & ICommonStrings;

const RULE_TEXT: Record<RuleProblem, keyof IAarshjulWebPartStrings> = {
  empty: 'RuleEmpty', dtstart: 'RuleDtstart', multiline: 'RuleMultiline', notKeyValue: 'RuleNotKeyValue',
  repeatedPart: 'RuleRepeatedPart', freqMissing: 'RuleFreqMissing', freqTooOften: 'RuleFreqTooOften',
  freqUnknown: 'RuleFreqUnknown', zero: 'RuleZero', timeParts: 'RuleTimeParts', unknownPart: 'RuleUnknownPart',
  countAndUntil: 'RuleCountAndUntil', byWeekNoYearly: 'RuleByWeekNoYearly', byYearDayYearly: 'RuleByYearDayYearly',
  byMonthDayWeekly: 'RuleByMonthDayWeekly', bySetPosAlone: 'RuleBySetPosAlone',
  numberedWeekdayFreq: 'RuleNumberedWeekdayFreq', numberedWeekdayRange: 'RuleNumberedWeekdayRange',
  notInteger: 'RuleNotInteger', outOfRange: 'RuleOutOfRange', weekdayInvalid: 'RuleWeekdayInvalid',
  weekdayZero: 'RuleWeekdayZero', untilInvalid: 'RuleUntilInvalid', untilBeforeStart: 'RuleUntilBeforeStart',
  neverMonthDay: 'RuleNeverMonthDay', neverOccurs: 'RuleNeverOccurs', untilBeforeFirst: 'RuleUntilBeforeFirst',
  pickerCountAndUntil: 'RulePickerCountAndUntil', pickerMonth: 'RulePickerMonth', pickerNthWeekday: 'RulePickerNthWeekday'
};

/** The order each rule problem's parameters fill `{0}`, `{1}`, … of its text. */
const RULE_PARAMS: Partial<Record<RuleProblem, string[]>> = {
  notKeyValue: ['part'], repeatedPart: ['key'], freqTooOften: ['freq'], freqUnknown: ['freq'], zero: ['key'],
  timeParts: ['key'], unknownPart: ['key'], numberedWeekdayFreq: ['value'], numberedWeekdayRange: ['value', 'max'],
  notInteger: ['key', 'value'], outOfRange: ['key', 'min', 'max', 'value'], weekdayInvalid: ['key', 'value'],
  weekdayZero: ['value'], untilInvalid: ['value']
};

/** A recurrence rule problem in the user's language: »Gentagelsesreglen kan ikke læses: …«. */
export function ruleMessage(issue: IRuleIssue, strings: Strings): string {
  const values = (RULE_PARAMS[issue.problem] ?? []).map(k => issue.params?.[k] ?? '');
  return format(strings.RuleInvalid, format(strings[RULE_TEXT[issue.problem]], ...values));
}

/** The Årshjul's own validation codes; the generic ones fall through to the common wording. */
function aarshjulSpecific(issue: IValidationIssue, strings: Strings): string | undefined {
  switch (issue.code) {
    case 'periodNeedsEnd': return strings.ValidationPeriodNeedsEnd;
    case 'singleDayHasEnd':
      return format(strings.ValidationSingleDayHasEnd, typeLabel(String(issue.params?.type ?? 'Frist'), strings).toLowerCase());
    case 'recurrenceNotAllowed': return strings.ValidationRecurrenceNotAllowed;
    case 'recurrenceRequired': return strings.ValidationRecurrenceRequired;
    case 'recurrenceMismatch': return format(strings.ValidationRecurrenceMismatch, String(issue.params?.pattern ?? ''));
    case 'recurrenceOverlap': return strings.ValidationRecurrenceOverlap;
    case 'recurrence': return issue.rule ? ruleMessage(issue.rule, strings) : undefined;
    default: return undefined;
  }
}

/** The activity form's field labels, by model property. */
export function activityFieldLabel(field: string, strings: Strings): string {
  switch (field) {
    case 'title': return strings.FieldTitle;
    case 'description': return strings.FieldDescription;
    case 'category': return strings.FieldRing;
    case 'activityType': return strings.FieldType;
    case 'startDate': return strings.FieldStart;
    case 'endDate': return strings.FieldEnd;
    case 'repeat': case 'recurrence': return strings.FieldRepeat;
    case 'forum': return strings.FieldForum;
    case 'responsible': return strings.FieldResponsible;
    case 'process': return strings.FieldProcess;
    case 'priority': return strings.FieldPriority;
    default: return field;
  }
}

/** Every field's issue worded for the activity form. */
export function activityMessages<F extends string>(errors: Partial<Record<F, IValidationIssue>>, strings: Strings): Partial<Record<F, string>> {
  const out: Partial<Record<F, string>> = {};
  for (const field of Object.keys(errors) as F[]) {
    const issue = errors[field];
    if (!issue) continue;
    out[field] = validationMessage(issue, activityFieldLabel(field, strings), strings, {
      labelOf: f => activityFieldLabel(f, strings), specific: i => aarshjulSpecific(i, strings)
    });
  }
  return out;
}
