import type { IFieldDefinition, IListDefinition, ListKey } from './types';
import { field } from './fields';
import {
  ACTIVITY_TYPES, RENAMED_ACTIVITY_TYPES, AREAS, CHANNELS, DECISION_KINDS, DECISION_STATUSES, DEFAULT_REVIEW_INTERVAL_MONTHS, FORUMS,
  INQUIRY_CATEGORIES, INQUIRY_STATUSES, KOORDINATOR_WEB_PARTS, PROCESS_STATUSES, REPEAT_PATTERNS, TASK_SOURCES, TASK_STATUSES, WHEEL_CATEGORIES
} from '../domain/models';
import type {
  IActivityFields, IDecisionFields, IInquiryFields, IPageLinkFields, IProcessFields, IProcessStepFields, IReplyTemplateFields, ITaskFields
} from '../domain/models';

/** A list definition whose field keys are exactly the model's properties (checked by the compiler). */
type ListOf<T> = IListDefinition<keyof T & string>;

const forum = (o: { required?: boolean; indexed?: boolean } = {}): ReturnType<typeof field.choice> =>
  field.choice('Forum', 'Mødeforum', FORUMS, o);
const processLookup = (o: { required?: boolean; indexed?: boolean } = {}): ReturnType<typeof field.lookup> =>
  field.lookup('Process', 'Proces', 'processes', o);


/** `Lists/Processer`: documented processes and workflows. */
export const processesList: ListOf<IProcessFields> = {
  key: 'processes',
  url: 'Processer',
  title: 'Processer',
  description: 'Sekretariatets dokumenterede processer og arbejdsgange med ejer, status og revisionsdato.',
  fields: {
    title: field.title('Proces'),
    purpose: field.note('Purpose', 'Formål'),
    description: field.note('Description', 'Beskrivelse', { richText: true }),
    area: field.choice('Area', 'Ansvarsområde', AREAS, { required: true, indexed: true }),
    owner: field.user('Owner', 'Procesejer', { indexed: true }),
    deputyOwner: field.user('DeputyOwner', 'Stedfortræder', { description: 'Procesejerens stedfortræder.' }),
    status: field.choice('ProcessStatus', 'Status', PROCESS_STATUSES, { required: true, indexed: true, defaultValue: 'Kladde' }),
    version: field.text('ProcessVersion', 'Version', { maxLength: 20, description: 'F.eks. 1.0 eller 2.3.' }),
    lastReviewed: field.date('LastReviewed', 'Senest revideret'),
    reviewIntervalMonths: field.number('ReviewIntervalMonths', 'Revisionsinterval (måneder)', {
      required: true, min: 1, max: 60, decimals: 0, defaultValue: String(DEFAULT_REVIEW_INTERVAL_MONTHS)
    }),
    nextReview: field.date('NextReview', 'Næste revision', {
      indexed: true, description: 'Beregnes af Koordinator som senest revideret + revisionsinterval.'
    }),
    onboarding: field.boolean('Onboarding', 'Indgår i onboarding'),
    trigger: field.note('Trigger', 'Udløser'),
    outcome: field.note('Outcome', 'Resultat'),
    priority: field.priority(),
    approvedBy: field.user('ApprovedBy', 'Godkendt af', { description: 'Sættes af Koordinator, når en version godkendes.' }),
    approvedDate: field.date('ApprovedDate', 'Godkendt den', { description: 'Sættes af Koordinator, når en version godkendes.' }),
    onboardingWeek: field.number('OnboardingWeek', 'Onboardinguge', {
      min: 1, max: 52, decimals: 0, description: 'Den uge (1, 2, 4 …), hvor en ny medarbejder skal kende processen. Tom: web-delens indstilling.'
    })
  },
  idempotencyKey: field.idempotencyKey(),
  filteredBy: ['ProcessStatus', 'NextReview', 'Area', 'Owner', 'Priority'],
};

/** `Lists/Procestrin`: the ordered steps of a process. */
export const processStepsList: ListOf<IProcessStepFields> = {
  key: 'processSteps',
  url: 'Procestrin',
  title: 'Procestrin',
  description: 'De enkelte trin i en proces, i rækkefølge, med ansvarlig rolle og leverance.',
  fields: {
    title: field.title('Trin'),
    process: processLookup({ required: true, indexed: true }),
    stepNumber: field.number('StepNumber', 'Trinnummer', { required: true, min: 1, decimals: 0, indexed: true }),
    responsibleRole: field.text('ResponsibleRole', 'Ansvarlig rolle'),
    description: field.note('Description', 'Beskrivelse'),
    deliverable: field.text('Deliverable', 'Leverance')
  },
  idempotencyKey: field.idempotencyKey(),
  filteredBy: ['Process', 'StepNumber'],
};

/** `Lists/Aarshjul`: the activities of the annual wheel. */
export const activitiesList: ListOf<IActivityFields> = {
  key: 'activities',
  url: 'Aarshjul',
  title: 'Årshjul',
  description: 'Årshjulets aktiviteter: tilbagevendende opgaver, frister, mødeforum og bestyrelsens beslutningsprocesser.',
  fields: {
    title: field.title('Aktivitet'),
    description: field.note('Description', 'Beskrivelse'),
    category: field.choice('Category', 'Ring', WHEEL_CATEGORIES, { required: true, indexed: true, defaultValue: 'Sekretariat' }),
    activityType: field.choice('ActivityType', 'Type', ACTIVITY_TYPES, {
      required: true, defaultValue: 'Frist', renamedChoices: RENAMED_ACTIVITY_TYPES
    }),
    startDate: field.date('StartDate', 'Startdato', { required: true, indexed: true }),
    endDate: field.date('EndDate', 'Slutdato', { indexed: true, description: 'Kun for perioder. Tom for aktiviteter på én dag.' }),
    repeat: field.choice('RepeatPattern', 'Gentages', REPEAT_PATTERNS, {
      required: true, indexed: true, defaultValue: 'Ingen',
      description: 'Vælg Tilpasset for at bruge en egen gentagelsesregel (RRULE).'
    }),
    recurrence: field.text('Recurrence', 'Gentagelsesregel (RRULE)', {
      description: 'Udfyldes af Koordinator. F.eks. FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=15.'
    }),
    forum: forum(),
    responsible: field.user('Responsible', 'Ansvarlig', { indexed: true }),
    process: processLookup({ indexed: true }),
    decision: field.lookup('Decision', 'Beslutning', 'decisions', {
      indexed: true, description: 'Den beslutning, fristen forbereder. Sættes af Koordinator.'
    }),
    priority: field.priority()
  },
  idempotencyKey: field.idempotencyKey(),
  filteredBy: ['StartDate', 'EndDate', 'RepeatPattern', 'Category', 'Responsible', 'Priority', 'Process', 'Decision'],
};

/** `Lists/Beslutninger`: decisions and agreements with their follow-up. */
export const decisionsList: ListOf<IDecisionFields> = {
  key: 'decisions',
  url: 'Beslutninger',
  title: 'Beslutninger',
  description: 'Beslutninger og aftaler fra bestyrelse, sekretariat og øvrige fora, med ansvarlig og opfølgning.',
  fields: {
    title: field.title('Beslutning'),
    kind: field.choice('DecisionType', 'Type', DECISION_KINDS, { required: true, indexed: true, defaultValue: 'Beslutning' }),
    decisionText: field.note('DecisionText', 'Beslutningstekst', { required: true }),
    rationale: field.note('Rationale', 'Begrundelse'),
    forum: forum({ required: true, indexed: true }),
    meetingDate: field.date('MeetingDate', 'Mødedato', { required: true, indexed: true }),
    meetingId: field.text('MeetingId', 'Outlook-møde-id', { description: 'Udfyldes af Koordinator, når beslutningen knyttes til et møde.' }),
    meetingUrl: field.url('MeetingUrl', 'Link til mødet'),
    joinUrl: field.url('JoinUrl', 'Teams-link', { description: 'Linket til at deltage i mødet i Teams.' }),
    attendees: field.note('Attendees', 'Til stede', { description: 'Én deltager pr. linje.' }),
    status: field.choice('DecisionStatus', 'Status', DECISION_STATUSES, { required: true, indexed: true, defaultValue: 'Besluttet' }),
    responsible: field.user('Responsible', 'Ansvarlig', { indexed: true }),
    followUpDate: field.date('FollowUpDate', 'Opfølgningsdato', { indexed: true }),
    process: processLookup({ indexed: true }),
    caseReference: field.text('CaseReference', 'Sagsnummer', { indexed: true, description: 'Journalnummer i ESDH-systemet.' }),
    priority: field.priority()
  },
  idempotencyKey: field.idempotencyKey(),
  filteredBy: ['Forum', 'MeetingDate', 'DecisionStatus', 'DecisionType', 'Responsible', 'FollowUpDate', 'Priority', 'CaseReference'],
};

/** `Lists/Henvendelser`: shared inquiries. */
export const inquiriesList: ListOf<IInquiryFields> = {
  key: 'inquiries',
  url: 'Henvendelser',
  title: 'Henvendelser',
  description: 'Fælles indbakke for henvendelser til sekretariatet: hvem, hvad, hvem der har den, og hvornår der skal svares.',
  fields: {
    title: field.title('Emne'),
    description: field.note('Description', 'Beskrivelse'),
    requesterName: field.text('RequesterName', 'Henvender'),
    requesterEmail: field.text('RequesterEmail', 'Henvenders e-mail'),
    organisation: field.text('Organisation', 'Organisation'),
    channel: field.choice('Channel', 'Kanal', CHANNELS, { required: true, defaultValue: 'E-mail' }),
    category: field.choice('InquiryCategory', 'Kategori', INQUIRY_CATEGORIES, { indexed: true }),
    status: field.choice('InquiryStatus', 'Status', INQUIRY_STATUSES, { required: true, indexed: true, defaultValue: 'Ny' }),
    priority: field.priority(),
    assignedTo: field.user('AssignedTo', 'Tildelt', { indexed: true }),
    receivedDate: field.date('ReceivedDate', 'Modtaget', { required: true, indexed: true }),
    dueDate: field.date('DueDate', 'Svarfrist', { indexed: true, description: 'Beregnes i arbejdsdage fra modtagelsen.' }),
    response: field.note('Response', 'Svar'),
    closedDate: field.date('ClosedDate', 'Lukket dato', { indexed: true }),
    reference: field.text('Reference', 'Referencenummer', {
      maxLength: 20, indexed: true, unique: true, description: 'F.eks. H-2026-0042. Tildeles af Koordinator.'
    }),
    receivedAt: field.dateTime('ReceivedAt', 'Modtaget (tidspunkt)'),
    firstResponseAt: field.dateTime('FirstResponseAt', 'Første svar'),
    dueAt: field.dateTime('DueAt', 'Næste SLA-frist', {
      indexed: true, description: 'Beregnes af Koordinator i arbejdstid (åbningstid, uden helligdage); flytter sig, når »Afventer svar« slutter.'
    }),
    atRiskAt: field.dateTime('AtRiskAt', 'I risiko fra', { indexed: true, description: 'Når 75 % af SLA-fristen er brugt. Beregnes af Koordinator.' }),
    pausedMinutes: field.number('PausedMinutes', 'Pause (arbejdsminutter)', { min: 0, decimals: 0, description: 'Arbejdstid i »Afventer svar«.' }),
    statusHistory: field.note('StatusHistory', 'Statushistorik', { description: 'Én statusændring pr. linje (UTC-tidspunkt og status). Skrives af Koordinator.' }),
    workNote: field.note('WorkNote', 'Noter', { appendOnly: true, description: 'Interne noter; tidligere noter ligger i elementets versioner.' }),
    internetMessageId: field.text('InternetMessageId', 'E-mail-id', {
      indexed: true, unique: true, description: 'Internet-Message-Id for henvendelser fra den fælles postkasse.'
    }),
    process: processLookup()
  },
  idempotencyKey: field.idempotencyKey(),
  filteredBy: ['InquiryStatus', 'AssignedTo', 'ReceivedDate', 'DueDate', 'InquiryCategory', 'Priority', 'ClosedDate', 'Reference', 'DueAt', 'AtRiskAt', 'InternetMessageId'],
};

/** `Lists/Svarskabeloner`: reply templates of the Henvendelser web part, per category. */
export const replyTemplatesList: ListOf<IReplyTemplateFields> = {
  key: 'replyTemplates',
  url: 'Svarskabeloner',
  title: 'Svarskabeloner',
  description: 'Standardsvar til henvendelser, pr. kategori, med pladsholdere som {navn}, {emne}, {reference} og {frist}.',
  fields: {
    title: field.title('Skabelon'),
    category: field.choice('InquiryCategory', 'Kategori', INQUIRY_CATEGORIES, { description: 'Tom: bruges til alle kategorier.' }),
    subject: field.text('MailSubject', 'Emnelinje', { description: 'Tom: »Sv: {emne} [{reference}]«.' }),
    body: field.note('TemplateBody', 'Tekst', { required: true })
  },
  idempotencyKey: field.idempotencyKey(),
  filteredBy: [],
};

/** `Lists/Opgaver`: every task, MoSCoW-prioritised, including decision follow-ups and årshjul occurrences. */
export const tasksList: ListOf<ITaskFields> = {
  key: 'tasks',
  url: 'Opgaver',
  title: 'Opgaver',
  description: 'Alle opgaver med MoSCoW-prioritet: opfølgning på beslutninger, årshjulets forekomster, henvendelser og processer.',
  fields: {
    title: field.title('Opgave'),
    description: field.note('Description', 'Beskrivelse'),
    priority: field.priority(),
    status: field.choice('TaskStatus', 'Status', TASK_STATUSES, { required: true, indexed: true, defaultValue: 'Ikke startet' }),
    assignedTo: field.user('AssignedTo', 'Tildelt', { indexed: true }),
    dueDate: field.date('DueDate', 'Forfaldsdato', { indexed: true }),
    area: field.choice('Area', 'Ansvarsområde', AREAS),
    source: field.choice('SourceType', 'Kilde', TASK_SOURCES, { required: true, indexed: true, defaultValue: 'Andet' }),
    wheelActivity: field.lookup('WheelActivity', 'Årshjulsaktivitet', 'activities', { indexed: true }),
    decision: field.lookup('Decision', 'Beslutning', 'decisions', { indexed: true }),
    inquiry: field.lookup('Inquiry', 'Henvendelse', 'inquiries', { indexed: true }),
    process: processLookup({ indexed: true }),
    occurrenceDate: field.date('OccurrenceDate', 'Forekomstdato', { indexed: true }),
    completedDate: field.date('CompletedDate', 'Afsluttet'),
    effort: field.number('Effort', 'Indsats (timer)', { min: 0, max: 1000, decimals: 1 })
  },
  idempotencyKey: field.idempotencyKey(),
  filteredBy: ['TaskStatus', 'AssignedTo', 'DueDate', 'SourceType', 'WheelActivity', 'Decision', 'Inquiry', 'Process', 'OccurrenceDate', 'Priority'],
};

/**
 * `Lists/KoordinatorSider`: the site's settings for links between the web parts — which page hosts which web part.
 * A handful of rows the site owner keeps in SharePoint's list UI; read whole (no filter, so nothing to index).
 */
export const pageLinksList: ListOf<IPageLinkFields> = {
  key: 'pageLinks',
  url: 'KoordinatorSider',
  title: 'Koordinator-sider',
  description: 'Hvilken side hver web-del ligger på. Links mellem web-delene åbner elementet på den side; uden en række åbnes SharePoints visningsformular.',
  fields: {
    title: field.title('Navn'),
    webPart: field.choice('WebPart', 'Web-del', KOORDINATOR_WEB_PARTS, { required: true }),
    pageUrl: field.url('PageUrl', 'Sidens adresse', { required: true, description: 'Den fulde adresse på siden, fx https://os2.sharepoint.com/sites/sekretariat/SitePages/Processer.aspx.' })
  },
  idempotencyKey: field.idempotencyKey(),
  filteredBy: [],
};

/**
 * Every list, in provisioning order: a lookup's target always comes before the list that points to it (Beslutninger
 * before Årshjul, whose pipeline deadlines point to their decision).
 */
export const LISTS: readonly IListDefinition[] = [
  processesList, processStepsList, decisionsList, activitiesList, inquiriesList, tasksList, replyTemplatesList, pageLinksList
];

/** Every column the solution provisions in a list: the model's fields and the hidden idempotency key. */
export function provisionedFields(list: IListDefinition): readonly IFieldDefinition[] {
  return [...Object.values(list.fields), list.idempotencyKey];
}

/** A list definition by key. */
export function listByKey(key: ListKey): IListDefinition {
  const found = LISTS.find(l => l.key === key);
  if (!found) throw new Error(`Ukendt liste: ${key}`);
  return found;
}
