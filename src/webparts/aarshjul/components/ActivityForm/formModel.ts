import type {
  ActivityType, Forum, IActivity, IActivityFields, ILookupRef, IPersonRef, IsoDate, Priority, WheelCategory
} from '../../../../domain/models';
import { defaultRule, effectiveRule } from '../../../../domain/recurrence';
import { pickerFromRule, ruleFromPicker, type IRecurrencePicker } from '../../../../domain/recurrencePicker';
import { RuleError, type IRuleIssue } from '../../../../domain/recurrenceRule';
import { validateActivity, type IValidationIssue, type ListChoices } from '../../../../domain/validation';
import { activitiesList, validateAgainstSchema } from '../../../../schema';

/**
 * What the activity form holds while someone types: the fields as entered, and the recurrence as the friendly
 * picker's state. Kept apart from `IActivityFields` so half-filled values (no ring chosen yet, an unfinished rule)
 * survive re-renders and failed saves untouched.
 */
export interface IActivityDraft {
  title: string;
  description: string;
  /** The ring: a built-in category or one an owner added to the list in SharePoint. */
  category: WheelCategory | string;
  activityType: ActivityType | '';
  startDate?: IsoDate;
  endDate?: IsoDate;
  /** The picker's state; `pattern` is what the `repeat` column gets. */
  picker: IRecurrencePicker;
  /**
   * Raw RRULE typed in the advanced field (pattern `Tilpasset` only); when set it wins over the picker. Also how a
   * stored rule the picker cannot show is kept intact.
   */
  advancedRule?: string;
  forum?: Forum;
  responsible?: IPersonRef;
  process?: ILookupRef;
  priority: Priority;
}

/** Form fields that can carry a message, in the order they appear (the first is focused). */
export const FIELD_ORDER = [
  'title', 'category', 'activityType', 'startDate', 'endDate', 'repeat', 'recurrence', 'forum', 'responsible', 'process',
  'priority', 'description'
] as const;
/** A form field name (the model's property names, never SharePoint's). */
export type FormField = typeof FIELD_ORDER[number];

/** Field → issue (a code; the form words it with `activityMessages`). */
export type FormErrors = Partial<Record<FormField, IValidationIssue>>;

/** Field → message in the user's language, as the form shows it. */
export type FormMessages = Partial<Record<FormField, string>>;

/** Types that can span several days and so get an end date; deadlines and milestones are a single day. */
export const hasEndDate = (type: ActivityType | ''): boolean => type === 'Periode' || type === 'Møde';

/** A new activity's draft: the schema's defaults and the given start day and ring. */
export function newDraft(startDate: IsoDate | undefined, category: WheelCategory | '' = ''): IActivityDraft {
  const f = activitiesList.fields;
  return {
    title: '', description: '', category: category || (f.category.defaultValue as WheelCategory | undefined) || '',
    activityType: (f.activityType.defaultValue as ActivityType | undefined) ?? '', startDate, picker: { pattern: 'Ingen' },
    priority: (f.priority.defaultValue as Priority | undefined) ?? 'SHOULD'
  };
}

/** The draft of a stored activity; a rule the picker cannot show is kept as an advanced rule. */
export function draftFromActivity(a: IActivity): IActivityDraft {
  const rule = effectiveRule(a);
  const picker = rule ? pickerFromRule(rule) : undefined;
  return {
    title: a.title, description: a.description ?? '', category: a.category, activityType: a.activityType,
    startDate: a.startDate, endDate: a.endDate,
    picker: picker ?? { pattern: rule ? 'Tilpasset' : 'Ingen' },
    advancedRule: rule && !picker ? rule : undefined,
    forum: a.forum, responsible: a.responsible, process: a.process, priority: a.priority
  };
}

/**
 * The picker state for a newly chosen pattern: the pattern's default rule for the start day read back into the
 * picker (Årligt from 14 May → month 5, day 14), so the controls show what will happen.
 */
export function pickerForPattern(pattern: IRecurrencePicker['pattern'], startDate: IsoDate | undefined): IRecurrencePicker {
  if (pattern === 'Tilpasset') return { pattern, unit: 'week', interval: 1 };
  const rule = startDate ? defaultRule(pattern, startDate) : undefined;
  return (rule ? pickerFromRule(rule) : undefined) ?? { pattern };
}

/** The recurrence text a draft stands for, or the reason it cannot be made. */
export function draftRule(draft: IActivityDraft): { rule?: string; error?: IRuleIssue } {
  if (draft.picker.pattern === 'Ingen') return {};
  if (draft.advancedRule !== undefined) return { rule: draft.advancedRule.trim() || undefined };
  try {
    return { rule: ruleFromPicker(draft.picker) };
  } catch (e) {
    if (e instanceof RuleError) return { error: { problem: e.problem, params: e.params } };
    throw e;
  }
}

/** The fields to save. Values that do not apply to the type (an end date on a deadline) are dropped. */
export function fieldsFromDraft(draft: IActivityDraft): IActivityFields {
  return {
    title: draft.title.trim(),
    description: draft.description.trim() || undefined,
    category: draft.category as WheelCategory,
    activityType: draft.activityType as ActivityType,
    startDate: draft.startDate as IsoDate,
    endDate: hasEndDate(draft.activityType) ? draft.endDate : undefined,
    repeat: draft.picker.pattern,
    recurrence: draftRule(draft).rule,
    forum: draft.forum,
    responsible: draft.responsible,
    process: draft.process,
    priority: draft.priority
  };
}

/**
 * Everything wrong with a draft, as codes: the domain's rules, then the schema, then the picker. `choices` are the
 * values the list offers now (an owner may have added a ring in SharePoint); they are valid too.
 */
export function validateDraft(draft: IActivityDraft, choices?: ListChoices): FormErrors {
  const fields = fieldsFromDraft(draft);
  const errors: Record<string, IValidationIssue | undefined> = {
    ...validateAgainstSchema(activitiesList, fields, false, choices), ...validateActivity(fields, choices)
  };
  const ruleProblem = draftRule(draft).error;
  if (ruleProblem && !errors.recurrence) errors.recurrence = { code: 'recurrence', rule: ruleProblem };
  const result: FormErrors = {};
  for (const field of FIELD_ORDER) {
    const issue = errors[field];
    if (issue) result[field] = issue;
  }
  return result;
}

/** The first field in form order that has a message. */
export function firstErrorField(errors: FormErrors): FormField | undefined {
  return FIELD_ORDER.find(f => errors[f] !== undefined);
}
