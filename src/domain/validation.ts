/**
 * Business rules across fields, per model. Each validator takes the fields (possibly incomplete, as a form holds them)
 * and returns field → Danish message; an empty object means valid. The list schema checks types and lengths as well;
 * these rules add what only the domain knows (an end not before its start, a closed inquiry has a closing date, …).
 */
import type { IActivityFields, RepeatPattern } from './models/activity';
import { ACTIVITY_TYPES, REPEAT_PATTERNS, WHEEL_CATEGORIES } from './models/activity';
import { AREAS, FORUMS, PRIORITIES } from './models/common';
import type { IsoDate } from './models/common';
import type { IDecisionFields } from './models/decision';
import { DECISION_KINDS, DECISION_STATUSES } from './models/decision';
import type { IInquiryFields } from './models/inquiry';
import { CHANNELS, INQUIRY_CATEGORIES, INQUIRY_STATUSES } from './models/inquiry';
import type { IProcessFields, IProcessStepFields } from './models/process';
import { PROCESS_STATUSES } from './models/process';
import type { ITaskFields } from './models/task';
import { TASK_SOURCES, TASK_STATUSES } from './models/task';
import { isIsoDate } from './dates';
import { isValidReviewInterval } from './review';
import { nextOccurrences } from './recurrence';
import { parseRule } from './recurrenceRule';
import { validateRule } from './rruleAdapter';
import { ErrorCollector } from './validationError';
import type { ValidationErrors } from './validationError';

export { ValidationError, assertValid, isValid } from './validationError';
export type { ValidationErrors } from './validationError';

const PRIORITY_MESSAGE = 'Vælg en prioritet: Skal, Bør, Kan eller Ikke nu.';
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
export function validateActivity(fields: Partial<IActivityFields>): ValidationErrors<IActivityFields> {
  const c = new ErrorCollector<IActivityFields>();
  c.text('title', fields.title, 'Titlen');
  c.choice('category', fields.category, WHEEL_CATEGORIES, 'Vælg en kategori, dvs. ringen i årshjulet.');
  c.choice('activityType', fields.activityType, ACTIVITY_TYPES, 'Vælg en type: deadline, periode, møde eller milepæl.');
  c.choice('priority', fields.priority, PRIORITIES, PRIORITY_MESSAGE);
  c.choice('repeat', fields.repeat, REPEAT_PATTERNS, 'Vælg om og hvordan aktiviteten gentages.');
  c.date('startDate', fields.startDate, 'startdatoen', true);
  if (fields.activityType === 'Periode' && !fields.endDate) {
    c.add('endDate', 'En periode skal have en slutdato.');
  }
  c.date('endDate', fields.endDate, 'slutdatoen', false);
  c.notBefore('endDate', fields.endDate, fields.startDate, 'Slutdatoen kan ikke ligge før startdatoen.');
  if ((fields.activityType === 'Deadline' || fields.activityType === 'Milepæl') && fields.endDate && fields.endDate !== fields.startDate) {
    const what = fields.activityType === 'Deadline' ? 'En deadline' : 'En milepæl';
    c.add('endDate', `${what} er en enkelt dag og kan ikke have en slutdato. Vælg typen Periode, hvis den varer flere dage.`);
  }
  checkRecurrence(fields, c);
  return c.errors;
}

function checkRecurrence(fields: Partial<IActivityFields>, c: ErrorCollector<IActivityFields>): void {
  const stored = fields.recurrence?.trim() ?? '';
  if (fields.repeat === 'Ingen') {
    if (stored !== '') {
      c.add('recurrence', 'En aktivitet, der ikke gentages, kan ikke have en gentagelsesregel. Fjern reglen eller vælg en gentagelse.');
    }
    return;
  }
  if (stored === '' && fields.repeat === 'Tilpasset') {
    c.add('recurrence', 'Angiv en gentagelsesregel, når gentagelsen er tilpasset.');
    return;
  }
  const start = isIsoDate(fields.startDate) ? fields.startDate : undefined;
  if (stored !== '') {
    const problem = validateRule(stored, start);
    const expected = fields.repeat ? PATTERN_RULES[fields.repeat] : undefined;
    const parts = problem ? undefined : parseRule(stored);
    if (problem || (parts && expected && (parts.freq !== expected[0] || parts.interval !== expected[1]))) {
      c.add('recurrence', problem ?? `Gentagelsesreglen passer ikke til det valgte mønster »${fields.repeat}«. Vælg »Tilpasset« eller ret reglen.`);
      return;
    }
  }
  if (start && fields.repeat && isIsoDate(fields.endDate) && fields.endDate > start && !c.has('endDate')) {
    // Consecutive occurrences that touch or overlap would draw one long arc and double the tasks. The rule may be
    // the stored one or the pattern's default.
    const next = nextOccurrences({ startDate: start, endDate: fields.endDate, repeat: fields.repeat, recurrence: stored }, start, 25);
    if (next.some((occurrence, i) => i > 0 && occurrence.start <= next[i - 1].end)) {
      c.add('recurrence', 'Perioden varer længere end tiden mellem to gentagelser, så de overlapper. Forkort perioden eller gentag sjældnere.');
    }
  }
}

/**
 * Rules for a documented process: title, area, status and priority; a review interval of 1–60 whole months; a
 * version like `1.0`; a next review not before the last. With `today`, a last review in the future is refused
 * (services pass today; without it that check is skipped, since rules never read the clock themselves).
 */
export function validateProcess(fields: Partial<IProcessFields>, today?: IsoDate): ValidationErrors<IProcessFields> {
  const c = new ErrorCollector<IProcessFields>();
  c.text('title', fields.title, 'Titlen');
  c.choice('area', fields.area, AREAS, 'Vælg det ansvarsområde, processen hører til.');
  c.choice('status', fields.status, PROCESS_STATUSES, 'Vælg processens status.');
  c.choice('priority', fields.priority, PRIORITIES, PRIORITY_MESSAGE);
  if (fields.reviewIntervalMonths === undefined || !isValidReviewInterval(fields.reviewIntervalMonths)) {
    c.add('reviewIntervalMonths', 'Revisionsintervallet skal være et helt antal måneder mellem 1 og 60.');
  }
  if (fields.version !== undefined && fields.version.trim() !== '' && !VERSION_PATTERN.test(fields.version.trim())) {
    c.add('version', 'Versionen skal skrives som tal adskilt af punktum, fx 1.0 eller 2.3.');
  }
  c.date('lastReviewed', fields.lastReviewed, 'datoen for seneste revision', false);
  c.notBefore('lastReviewed', today, fields.lastReviewed, 'Seneste revision kan ikke ligge i fremtiden.');
  c.date('nextReview', fields.nextReview, 'datoen for næste revision', false);
  c.notBefore('nextReview', fields.nextReview, fields.lastReviewed, 'Næste revision kan ikke ligge før seneste revision.');
  return c.errors;
}

/** Rules for a process step: a title, the process it belongs to, and a step number that is a whole number ≥ 1. */
export function validateProcessStep(fields: Partial<IProcessStepFields>): ValidationErrors<IProcessStepFields> {
  const c = new ErrorCollector<IProcessStepFields>();
  c.text('title', fields.title, 'Titlen');
  if (!fields.process || typeof fields.process.id !== 'number') {
    c.add('process', 'Vælg den proces, trinnet hører til.');
  }
  if (fields.stepNumber === undefined || !Number.isInteger(fields.stepNumber) || fields.stepNumber < 1) {
    c.add('stepNumber', 'Trinnummeret skal være et helt tal på 1 eller derover.');
  }
  return c.errors;
}

/**
 * Rules for a decision: title and decision text; forum, status and priority; a known kind when one is given (none
 * reads as Beslutning); a meeting date; a follow-up date not before the meeting, and required while the decision is
 * "Under opfølgning"; a meeting link that is a web address.
 */
export function validateDecision(fields: Partial<IDecisionFields>): ValidationErrors<IDecisionFields> {
  const c = new ErrorCollector<IDecisionFields>();
  c.text('title', fields.title, 'Titlen');
  c.text('decisionText', fields.decisionText, 'Beslutningsteksten', 63999);
  c.choice('forum', fields.forum, FORUMS, 'Vælg det forum, hvor beslutningen blev truffet.');
  c.choice('status', fields.status, DECISION_STATUSES, 'Vælg beslutningens status.');
  c.choice('kind', fields.kind, DECISION_KINDS, 'Vælg om det er en beslutning eller en aftale.', true);
  c.choice('priority', fields.priority, PRIORITIES, PRIORITY_MESSAGE);
  c.date('meetingDate', fields.meetingDate, 'mødedatoen', true);
  c.date('followUpDate', fields.followUpDate, 'opfølgningsdatoen', fields.status === 'Under opfølgning');
  c.notBefore('followUpDate', fields.followUpDate, fields.meetingDate, 'Opfølgningsdatoen kan ikke ligge før mødedatoen.');
  const url = fields.meetingUrl?.url?.trim();
  if (url && !WEB_URL_PATTERN.test(url)) {
    c.add('meetingUrl', 'Linket til mødet skal være en webadresse, der begynder med https:// eller http://.');
  }
  return c.errors;
}

/**
 * Rules for an inquiry: subject, channel, status and priority (category optional); a received date; a valid e-mail
 * address when one is given; a due date and a closing date not before the received date. A closed inquiry (Løst or
 * Lukket) must have a closing date — it is what the response-time statistics count — and an open one must not have
 * one, so a reopened inquiry does not look closed.
 */
export function validateInquiry(fields: Partial<IInquiryFields>): ValidationErrors<IInquiryFields> {
  const c = new ErrorCollector<IInquiryFields>();
  c.text('title', fields.title, 'Emnet');
  c.choice('channel', fields.channel, CHANNELS, 'Vælg hvordan henvendelsen kom ind.');
  c.choice('category', fields.category, INQUIRY_CATEGORIES, 'Vælg en af kategorierne for henvendelsen.', true);
  c.choice('status', fields.status, INQUIRY_STATUSES, 'Vælg henvendelsens status.');
  c.choice('priority', fields.priority, PRIORITIES, PRIORITY_MESSAGE);
  const email = fields.requesterEmail?.trim();
  if (email && !EMAIL_PATTERN.test(email)) {
    c.add('requesterEmail', 'E-mailadressen ser ikke gyldig ud. Skriv den som fx navn@kommune.dk.');
  }
  c.date('receivedDate', fields.receivedDate, 'modtagelsesdatoen', true);
  c.date('dueDate', fields.dueDate, 'svarfristen', false);
  c.notBefore('dueDate', fields.dueDate, fields.receivedDate, 'Svarfristen kan ikke ligge før modtagelsesdatoen.');
  const closed = fields.status === 'Løst' || fields.status === 'Lukket';
  if (closed && !fields.closedDate) {
    c.add('closedDate', 'Angiv lukkedatoen, når henvendelsen er løst eller lukket.');
  } else if (!closed && fields.closedDate) {
    c.add('closedDate', 'En åben henvendelse kan ikke have en lukkedato. Fjern datoen, eller sæt status til Løst eller Lukket.');
  }
  c.date('closedDate', fields.closedDate, 'lukkedatoen', false);
  c.notBefore('closedDate', fields.closedDate, fields.receivedDate, 'Lukkedatoen kan ikke ligge før modtagelsesdatoen.');
  return c.errors;
}

/**
 * Rules for a task: title, priority, status and source; valid dates; a completion date only on a finished task
 * (a finished task may leave it empty — the service fills it in when the task is marked done); an effort, when
 * given, of 0–1000 hours.
 */
export function validateTask(fields: Partial<ITaskFields>): ValidationErrors<ITaskFields> {
  const c = new ErrorCollector<ITaskFields>();
  c.text('title', fields.title, 'Titlen');
  c.choice('priority', fields.priority, PRIORITIES, PRIORITY_MESSAGE);
  c.choice('status', fields.status, TASK_STATUSES, 'Vælg opgavens status.');
  c.choice('source', fields.source, TASK_SOURCES, 'Vælg hvor opgaven kommer fra.');
  c.choice('area', fields.area, AREAS, 'Vælg et af ansvarsområderne.', true);
  c.date('dueDate', fields.dueDate, 'fristen', false);
  c.date('occurrenceDate', fields.occurrenceDate, 'datoen for forekomsten i årshjulet', false);
  if (fields.completedDate && fields.status !== 'Færdig') {
    c.add('completedDate', 'Kun en færdig opgave kan have en færdigdato. Fjern datoen, eller sæt status til Færdig.');
  }
  c.date('completedDate', fields.completedDate, 'færdigdatoen', false);
  if (fields.effort !== undefined && !(Number.isFinite(fields.effort) && fields.effort >= 0 && fields.effort <= 1000)) {
    c.add('effort', 'Indsatsen skal være et antal timer mellem 0 og 1000.');
  }
  return c.errors;
}
