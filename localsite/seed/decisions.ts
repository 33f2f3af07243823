import type { Forum, IDecision, IDecisionFields, IsoDate, ITaskFields } from '../../src/domain/models';
import type { IRepositories } from '../../src/services';
import { addDays, maxIsoDate, minIsoDate, toDateParts } from '../../src/domain';
import type { ISeedContext } from './context';
import type { DemoProcesses } from './processes';
import { DECISION_TEXTS, type IDecisionText } from './decisionTexts';

/** A meeting held by a forum, as the seeded calendars hold it. */
export interface IDemoMeeting {
  forum: Forum;
  /** The Copenhagen day of the meeting. */
  date: IsoDate;
  subject: string;
  /** The Outlook event id (an occurrence's own id for a meeting in a series). */
  eventId?: string;
  webLink?: string;
  /** The Teams join link, for an online meeting. */
  joinUrl?: string;
  /** »Til stede« as the register stores it (the organizer and the invitees who did not decline). */
  attendees?: string;
}

/** What the decisions seed produced. */
export interface IDecisionSeedResult {
  decisions: IDecision[];
  tasks: number;
}

/** The `ago`th most recent meeting of a forum before today; `ago` −1 is the forum's next meeting (a case to decide). */
function meetingFor(text: IDecisionText, meetings: readonly IDemoMeeting[], today: IsoDate): IDemoMeeting {
  if (text.ago < 0) {
    const next = meetings.filter(m => m.forum === text.forum && m.date >= today).sort((a, b) => a.date.localeCompare(b.date))[0];
    if (next) return next;
  }
  const past = meetings.filter(m => m.forum === text.forum && m.date < today).sort((a, b) => b.date.localeCompare(a.date));
  const meeting = past[Math.min(Math.max(text.ago, 0), past.length - 1)];
  if (!meeting) throw new Error(`Demo-kalenderen har intet tidligere møde i forummet ${text.forum}.`);
  return meeting;
}

function decisionFields(
  text: IDecisionText, meeting: IDemoMeeting, caseReference: string, ctx: ISeedContext, processes: DemoProcesses
): IDecisionFields {
  const process = text.process ? processes[text.process] : undefined;
  return {
    title: text.title,
    decisionText: text.decisionText,
    rationale: text.rationale,
    forum: text.forum,
    meetingDate: meeting.date,
    meetingId: meeting.eventId,
    meetingUrl: meeting.eventId && meeting.webLink ? { url: meeting.webLink, description: meeting.subject } : undefined,
    joinUrl: meeting.joinUrl && text.status !== 'Til behandling' ? { url: meeting.joinUrl, description: 'Teams' } : undefined,
    attendees: text.status !== 'Til behandling' ? meeting.attendees || undefined : undefined,
    status: text.status,
    responsible: ctx.people[text.responsible],
    followUpDate: text.followUp === undefined ? undefined : maxIsoDate(meeting.date, addDays(ctx.today, text.followUp)),
    process: process ? { id: process.id, title: process.title } : undefined,
    caseReference,
    priority: text.priority
  };
}

function followUpTask(decision: IDecision, title: string, status: ITaskFields['status'], today: IsoDate): ITaskFields {
  const dueDate = decision.followUpDate ?? addDays(decision.meetingDate, 14);
  return {
    title,
    description: `Opfølgning på beslutningen »${decision.title}« (${decision.forum}, sag ${decision.caseReference ?? ''}).`,
    priority: decision.priority,
    status,
    assignedTo: decision.responsible,
    dueDate,
    area: 'Beslutninger og opfølgning',
    source: 'Beslutning',
    decision: { id: decision.id, title: decision.title },
    process: decision.process,
    completedDate: status === 'Færdig' ? minIsoDate(dueDate, today) : undefined
  };
}

/**
 * Seeds the decisions, oldest meeting first so case numbers increase with time (`2026-0101`, `2026-0108`, …), and
 * their follow-up tasks.
 */
export async function seedDecisions(
  repositories: IRepositories, ctx: ISeedContext, processes: DemoProcesses, meetings: readonly IDemoMeeting[]
): Promise<IDecisionSeedResult> {
  const planned = DECISION_TEXTS.map(text => ({ text, meeting: meetingFor(text, meetings, ctx.today) }))
    .sort((a, b) => a.meeting.date.localeCompare(b.meeting.date));
  const decisions: IDecision[] = [];
  let tasks = 0;
  for (const [i, { text, meeting }] of planned.entries()) {
    const caseReference = `${toDateParts(meeting.date).year}-${String(101 + i * 7).padStart(4, '0')}`;
    const decision = await repositories.decisions.add(decisionFields(text, meeting, caseReference, ctx, processes));
    decisions.push(decision);
    for (const [title, status] of text.tasks ?? []) {
      await repositories.tasks.add(followUpTask(decision, title, status, ctx.today));
      tasks++;
    }
  }
  ctx.log(`Beslutninger: ${decisions.length} med ${tasks} opfølgningsopgaver`);
  return { decisions, tasks };
}
