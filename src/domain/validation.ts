/**
 * Business rules across fields, per model. Each validator takes the fields (possibly incomplete, as a form holds them)
 * and returns field → issue (a code; the UI words it); an empty object means valid. The list schema checks types and lengths as well;
 * these rules add what only the domain knows (an end not before its start, a closed inquiry has a closing date, …).
 */
import type { IActivityFields, RepeatPattern } from './models/activity';
import { ACTIVITY_TYPES, REPEAT_PATTERNS, WHEEL_CATEGORIES } from './models/activity';
import { AREAS, FORUMS, PRIORITIES } from './models/common';
import type { IsoDate } from './models/common';
import type { IDecisionFields } from './models/decision';
import { DECISION_KINDS, DECISION_STATUSES } from './models/decision';
import type { IInquiryFields, IReplyTemplateFields } from './models/inquiry';
import { CHANNELS, INQUIRY_CATEGORIES, INQUIRY_STATUSES } from './models/inquiry';
import type { IProcessFields, IProcessStepFields } from './models/process';
import { PROCESS_STATUSES } from './models/process';
import type { IPageLinkFields } from './models/pageLink';
import { KOORDINATOR_WEB_PARTS } from './models/pageLink';
import type { ITaskFields } from './models/task';
import { TASK_SOURCES, TASK_STATUSES } from './models/task';
import { isIsoDate } from './dates';
import { isValidReviewInterval } from './review';
import { nextOccurrences } from './recurrence';
import { parseRule } from './recurrenceRule';
import { validateRule } from './rruleAdapter';
// This module loads on demand (a form, the details, an export): it brings rrule along (see rruleLibrary.ts).
import './rruleStatic';
import { ErrorCollector } from './validationError';
import type { ValidationErrors } from './validationError';

export { ValidationError, assertValid, isValid } from './validationError';
export type { ValidationErrors, IValidationIssue, ValidationCode } from './validationError';

/**
 * The choice values a list offers now, per field, when they go beyond the code's defaults (an owner added a ring in
 * SharePoint). The validators accept them; without it the built-in values are the only valid ones.
 */
export type ListChoices = Readonly<Record<string, readonly string[] | undefined>>;

const allowed = (builtIn: readonly string[], choices: ListChoices | undefined, field: string): readonly string[] =>
  choices?.[field] ? [...builtIn, ...choices[field]!] : builtIn;
/** A version label: numbers separated by dots, at least major.minor (`1.0`, `2.3`, `1.2.1`). */
const VERSION_PATTERN: RegExp = /^\d{1,3}(\.\d{1,3}){1,2}$/;
/** Deliberately simple: something@domain.tld without spaces. The mail server is the real judge. */
const EMAIL_PATTERN: RegExp = /^[^\s@]+@[^\s@]+\.[^\s@.]{2,}$/;
const WEB_URL_PATTERN: RegExp = /^https?:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$/i;
/** The frequency and interval each fixed picker pattern stands for. */
const PATTERN_RULES: Partial<Record<RepeatPattern, [string, number]>> = {
  Årligt: ['YEARLY', 1],
  Halvårligt: ['MONTHLY', 6],
  Kvartalsvis: ['MONTHLY', 3],
  Månedligt: ['MONTHLY', 1]
};

/**
 * Rules for an årshjul activity: title, ring, type and priority; a valid start; an end not before the start (and
 * required for a period; a deadline or milestone is a single day); and a recurrence rule that fits the pattern —
 * none for `Ingen`, required for `Tilpasset`, a matching frequency for the fixed patterns — and whose occurrences
 * do not overlap.
 */
export function validateActivity(fields: Partial<IActivityFields>, choices?: ListChoices): ValidationErrors<IActivityFields> {
  const c = new ErrorCollector<IActivityFields>();
  c.text('title', fields.title);
  c.choice('category', fields.category, allowed(WHEEL_CATEGORIES, choices, 'category'));
  c.choice('activityType', fields.activityType, allowed(ACTIVITY_TYPES, choices, 'activityType'));
  c.choice('priority', fields.priority, PRIORITIES);
  c.choice('repeat', fields.repeat, allowed(REPEAT_PATTERNS, choices, 'repeat'));
  c.date('startDate', fields.startDate, true);
  if (fields.activityType === 'Periode' && !fields.endDate) {
    c.add('endDate', 'periodNeedsEnd');
  }
  c.date('endDate', fields.endDate, false);
  c.notBefore('endDate', fields.endDate, fields.startDate, 'startDate');
  if ((fields.activityType === 'Frist' || fields.activityType === 'Milepæl') && fields.endDate && fields.endDate !== fields.startDate) {
    c.add('endDate', 'singleDayHasEnd', { type: fields.activityType });
  }
  checkRecurrence(fields, c);
  return c.errors;
}

function checkRecurrence(fields: Partial<IActivityFields>, c: ErrorCollector<IActivityFields>): void {
  const stored = fields.recurrence?.trim() ?? '';
  if (fields.repeat === 'Ingen') {
    if (stored !== '') {
      c.add('recurrence', 'recurrenceNotAllowed');
    }
    return;
  }
  if (stored === '' && fields.repeat === 'Tilpasset') {
    c.add('recurrence', 'recurrenceRequired');
    return;
  }
  const start = isIsoDate(fields.startDate) ? fields.startDate : undefined;
  if (stored !== '') {
    const problem = validateRule(stored, start);
    const expected = fields.repeat ? PATTERN_RULES[fields.repeat] : undefined;
    const parts = problem ? undefined : parseRule(stored);
    if (problem) {
      c.add('recurrence', 'recurrence', undefined, problem);
      return;
    }
    if (parts && expected && (parts.freq !== expected[0] || parts.interval !== expected[1])) {
      c.add('recurrence', 'recurrenceMismatch', { pattern: String(fields.repeat) });
      return;
    }
  }
  if (start && fields.repeat && isIsoDate(fields.endDate) && fields.endDate > start && !c.has('endDate')) {
    // Consecutive occurrences that touch or overlap would draw one long arc and double the tasks. The rule may be
    // the stored one or the pattern's default.
    const next = nextOccurrences({ startDate: start, endDate: fields.endDate, repeat: fields.repeat, recurrence: stored }, start, 25);
    if (next.some((occurrence, i) => i > 0 && occurrence.start <= next[i - 1].end)) {
      c.add('recurrence', 'recurrenceOverlap');
    }
  }
}

/**
 * Rules for a documented process: title, area, status and priority; a review interval of 1–60 whole months; a
 * version like `1.0`; a next review not before the last. With `today`, a last review in the future is refused
 * (services pass today; without it that check is skipped, since rules never read the clock themselves).
 */
export function validateProcess(fields: Partial<IProcessFields>, today?: IsoDate, choices?: ListChoices): ValidationErrors<IProcessFields> {
  const c = new ErrorCollector<IProcessFields>();
  c.text('title', fields.title);
  c.choice('area', fields.area, allowed(AREAS, choices, 'area'));
  c.choice('status', fields.status, PROCESS_STATUSES);
  c.choice('priority', fields.priority, PRIORITIES);
  if (fields.reviewIntervalMonths === undefined || !isValidReviewInterval(fields.reviewIntervalMonths)) {
    c.add('reviewIntervalMonths', 'reviewInterval', { min: 1, max: 60 });
  }
  if (fields.version !== undefined && fields.version.trim() !== '' && !VERSION_PATTERN.test(fields.version.trim())) {
    c.add('version', 'version');
  }
  c.date('lastReviewed', fields.lastReviewed, false);
  if (isIsoDate(today) && isIsoDate(fields.lastReviewed) && fields.lastReviewed > today) c.add('lastReviewed', 'inFuture');
  c.date('nextReview', fields.nextReview, false);
  c.notBefore('nextReview', fields.nextReview, fields.lastReviewed, 'lastReviewed');
  return c.errors;
}

/** Rules for a process step: a title, the process it belongs to, and a step number that is a whole number ≥ 1. */
export function validateProcessStep(fields: Partial<IProcessStepFields>): ValidationErrors<IProcessStepFields> {
  const c = new ErrorCollector<IProcessStepFields>();
  c.text('title', fields.title);
  if (!fields.process || typeof fields.process.id !== 'number') {
    c.add('process', 'required');
  }
  if (fields.stepNumber === undefined || !Number.isInteger(fields.stepNumber) || fields.stepNumber < 1) {
    c.add('stepNumber', 'tooSmall', { min: 1 });
  }
  return c.errors;
}

/**
 * Rules for a decision: title and decision text; forum, status and priority; a known kind when one is given (none
 * reads as Beslutning); a meeting date; a follow-up date not before the meeting, and required while the decision is
 * "Under opfølgning"; a meeting link that is a web address.
 */
export function validateDecision(fields: Partial<IDecisionFields>, choices?: ListChoices): ValidationErrors<IDecisionFields> {
  const c = new ErrorCollector<IDecisionFields>();
  c.text('title', fields.title);
  c.text('decisionText', fields.decisionText, 63999);
  c.choice('forum', fields.forum, allowed(FORUMS, choices, 'forum'));
  c.choice('status', fields.status, allowed(DECISION_STATUSES, choices, 'status'));
  c.choice('kind', fields.kind, DECISION_KINDS, true);
  c.choice('priority', fields.priority, PRIORITIES);
  c.date('meetingDate', fields.meetingDate, true);
  c.date('followUpDate', fields.followUpDate, fields.status === 'Under opfølgning');
  c.notBefore('followUpDate', fields.followUpDate, fields.meetingDate, 'meetingDate');
  const url = fields.meetingUrl?.url?.trim();
  if (url && !WEB_URL_PATTERN.test(url)) {
    c.add('meetingUrl', 'url');
  }
  return c.errors;
}

/**
 * Rules for an inquiry: subject, channel, status and priority (category optional); a received date; a valid e-mail
 * address when one is given; a due date and a closing date not before the received date. A closed inquiry (Løst or
 * Lukket) must have a closing date — it is what the response-time statistics count — and an open one must not have
 * one, so a reopened inquiry does not look closed.
 */
export function validateInquiry(fields: Partial<IInquiryFields>, choices?: ListChoices): ValidationErrors<IInquiryFields> {
  const c = new ErrorCollector<IInquiryFields>();
  c.text('title', fields.title);
  c.choice('channel', fields.channel, allowed(CHANNELS, choices, 'channel'));
  c.choice('category', fields.category, allowed(INQUIRY_CATEGORIES, choices, 'category'), true);
  c.choice('status', fields.status, INQUIRY_STATUSES);
  c.choice('priority', fields.priority, PRIORITIES);
  const email = fields.requesterEmail?.trim();
  if (email && !EMAIL_PATTERN.test(email)) {
    c.add('requesterEmail', 'email');
  }
  c.date('receivedDate', fields.receivedDate, true);
  c.date('dueDate', fields.dueDate, false);
  c.notBefore('dueDate', fields.dueDate, fields.receivedDate, 'receivedDate');
  const closed = fields.status === 'Løst' || fields.status === 'Lukket';
  if (closed && !fields.closedDate) {
    c.add('closedDate', 'closedNeedsDate');
  } else if (!closed && fields.closedDate) {
    c.add('closedDate', 'openHasClosedDate');
  }
  c.date('closedDate', fields.closedDate, false);
  c.notBefore('closedDate', fields.closedDate, fields.receivedDate, 'receivedDate');
  return c.errors;
}

/** Rules for a reply template: a name and a text; the category, when set, one the list offers. */
export function validateReplyTemplate(fields: Partial<IReplyTemplateFields>, choices?: ListChoices): ValidationErrors<IReplyTemplateFields> {
  const c = new ErrorCollector<IReplyTemplateFields>();
  c.text('title', fields.title);
  c.text('body', fields.body, Number.MAX_SAFE_INTEGER);
  c.choice('category', fields.category, allowed(INQUIRY_CATEGORIES, choices, 'category'), true);
  return c.errors;
}

/** Rules for a page setting: a name, a web part the list offers, and a page address that is a web address. */
export function validatePageLink(fields: Partial<IPageLinkFields>, choices?: ListChoices): ValidationErrors<IPageLinkFields> {
  const c = new ErrorCollector<IPageLinkFields>();
  c.text('title', fields.title);
  c.choice('webPart', fields.webPart, allowed(KOORDINATOR_WEB_PARTS, choices, 'webPart'));
  const url = fields.pageUrl?.url?.trim();
  if (!url) {
    c.add('pageUrl', 'required');
  } else if (!WEB_URL_PATTERN.test(url)) {
    c.add('pageUrl', 'url');
  }
  return c.errors;
}

/**
 * Rules for a task: title, priority, status and source; valid dates; a completion date only on a finished task
 * (a finished task may leave it empty — the service fills it in when the task is marked done); an effort, when
 * given, of 0–1000 hours.
 */
export function validateTask(fields: Partial<ITaskFields>, choices?: ListChoices): ValidationErrors<ITaskFields> {
  const c = new ErrorCollector<ITaskFields>();
  c.text('title', fields.title);
  c.choice('priority', fields.priority, PRIORITIES);
  c.choice('status', fields.status, TASK_STATUSES);
  c.choice('source', fields.source, allowed(TASK_SOURCES, choices, 'source'));
  c.choice('area', fields.area, allowed(AREAS, choices, 'area'), true);
  c.date('dueDate', fields.dueDate, false);
  c.date('occurrenceDate', fields.occurrenceDate, false);
  if (fields.completedDate && fields.status !== 'Færdig') {
    c.add('completedDate', 'completedNotDone');
  }
  c.date('completedDate', fields.completedDate, false);
  if (fields.effort !== undefined) {
    if (!Number.isFinite(fields.effort)) c.add('effort', 'notNumber');
    else if (fields.effort < 0) c.add('effort', 'tooSmall', { min: 0 });
    else if (fields.effort > 1000) c.add('effort', 'tooLarge', { max: 1000 });
  }
  return c.errors;
}
