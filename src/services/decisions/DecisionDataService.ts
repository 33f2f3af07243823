import { decisionsList } from '../../schema';
import type { Forum, IDecision, IPersonRef, ITask, IsoDate } from '../../domain/models';
import { meetingYear } from '../../domain/decisions/register';
import { DECIDED_OPEN_STATUSES } from '../../domain/decisions/status';
import type { IFieldDefinition } from '../../schema';
import type { IBatchReader } from '../batch/BatchReader';
import { MAX_BATCH_PARTS } from '../batch/readBatch';
import type { IListPermissions } from '../repositories/ListRepository';
import type { IRepositories } from '../repositories/repositories';
import {
  actionFilters, actionsOfDecisionFilter, actionsOfDecisionsFilters, decisionYearFilters, doneActionFilters, followUpDueFilter,
  lastHeldMeetingFilter, openDecisionsOfForumFilters, pipelineFilter
} from './decisionQueries';

/** What the decision register shows for a year. */
export interface IDecisionRegisterData {
  year: number;
  /**
   * The decisions of the year's meetings, plus decisions of earlier years whose follow-up date has come (for »Til
   * opfølgning«), one per id.
   */
  decisions: IDecision[];
  /**
   * Decision actions (tasks with source Beslutning): the open ones due from the year before to the middle of the year
   * after, and the done ones due from half a year ago to a year ahead (the follow-up's »done since the last meeting«).
   */
  actions: ITask[];
  /** Decisions »Til behandling« for a meeting from today up to half a year ahead (the board pipeline), any year. */
  pipeline: IDecision[];
  currentUser: IPersonRef;
  permissions: IListPermissions;
  taskPermissions: IListPermissions;
  /** The Årshjul's: whether »Sæt i årshjulet« is offered. */
  wheelPermissions: IListPermissions;
}

/** What the follow-up item »Opfølgning på beslutninger« of one forum is built from, whatever year the register shows. */
export interface IDecisionFollowUpData {
  forum: Forum;
  nextMeetingDate: IsoDate;
  /**
   * Every open decision (Besluttet, Under opfølgning) of the forum, of any year, plus the latest decision of its held
   * meetings in the year before the next meeting (so the last meeting is known also when all its decisions are closed).
   */
  decisions: IDecision[];
  /** Every action (open or done) of those decisions, by the indexed `Decision` lookup. */
  actions: ITask[];
}

/**
 * How many actions queries one follow-up `$batch` holds: a read batch sends at most {@link MAX_BATCH_PARTS} requests
 * in one `$batch` and splits a bigger one, so that is what one read really puts on the wire.
 */
export const FOLLOW_UP_QUERIES_PER_BATCH = MAX_BATCH_PARTS;

/** Loads the register's SharePoint data. */
export interface IDecisionDataService {
  /** One HTTP request (a `$batch` of indexed queries, permissions and the current user). */
  load(year: number, today: IsoDate, followUpWindowDays: number, signal?: AbortSignal): Promise<IDecisionRegisterData>;
  /** Every action of one decision (the details), by the indexed lookup. */
  actionsOf(decisionId: number, signal?: AbortSignal): Promise<ITask[]>;
  /**
   * The follow-up of `forum` for its meeting on `nextMeetingDate`: its open decisions of every year and their actions
   * (two requests: the decisions, then their actions — more only past 2,000 open decisions).
   */
  followUp(forum: Forum, nextMeetingDate: IsoDate, signal?: AbortSignal): Promise<IDecisionFollowUpData>;
}

const BY_MEETING: [IFieldDefinition, boolean][] = [[decisionsList.fields.meetingDate, false]];

function uniqueById<T extends { id: number }>(items: readonly T[]): T[] {
  const seen = new Set<number>();
  return items.filter(i => (seen.has(i.id) ? false : (seen.add(i.id), true)));
}

/** {@link IDecisionDataService} on the batch reader and the repositories. */
export class DecisionDataService implements IDecisionDataService {
  public constructor(private readonly batch: IBatchReader, private readonly repositories: IRepositories) {}

  public async load(year: number, today: IsoDate, followUpWindowDays: number, signal?: AbortSignal): Promise<IDecisionRegisterData> {
    const { decisions, tasks, activities } = this.repositories;
    const r = await this.batch.read(b => ({
      year: Promise.all(decisionYearFilters(year).map(filter => b.query(decisions, { filter, orderBy: BY_MEETING, pageSize: 5000 }))),
      followUp: b.query(decisions, { filter: followUpDueFilter(today, followUpWindowDays), pageSize: 5000 }),
      actions: Promise.all([...actionFilters(year), ...doneActionFilters(today)].map(filter => b.query(tasks, { filter, pageSize: 5000 }))),
      pipeline: b.query(decisions, { filter: pipelineFilter(today), orderBy: BY_MEETING, pageSize: 5000 }),
      currentUser: b.currentUser(),
      permissions: b.permissions(decisions),
      taskPermissions: b.permissions(tasks),
      wheelPermissions: b.permissions(activities)
    }), signal);
    // The year's decisions are those whose meeting is in the year; the follow-up query adds the others it found.
    const ofYear = r.year.flat().filter(d => meetingYear(d) === year);
    return {
      year,
      decisions: uniqueById([...ofYear, ...r.followUp]),
      actions: uniqueById(r.actions.flat()).filter(t => t.decision !== undefined),
      pipeline: r.pipeline,
      currentUser: r.currentUser,
      permissions: r.permissions,
      taskPermissions: r.taskPermissions,
      wheelPermissions: r.wheelPermissions
    };
  }

  public async followUp(forum: Forum, nextMeetingDate: IsoDate, signal?: AbortSignal): Promise<IDecisionFollowUpData> {
    const { decisions, tasks } = this.repositories;
    const r = await this.batch.read(b => ({
      open: Promise.all(openDecisionsOfForumFilters(forum).map(filter => b.query(decisions, { filter, orderBy: BY_MEETING, pageSize: 5000 }))),
      last: b.query(decisions, { filter: lastHeldMeetingFilter(forum, nextMeetingDate), orderBy: BY_MEETING, pageSize: 1, maxItems: 1 })
    }), signal);
    const open = uniqueById(r.open.flat()).filter(d => d.forum === forum && (DECIDED_OPEN_STATUSES as readonly string[]).indexOf(d.status) >= 0);
    const filters = actionsOfDecisionsFilters(open.map(d => d.id));
    const actions: ITask[] = [];
    for (let i = 0; i < filters.length; i += FOLLOW_UP_QUERIES_PER_BATCH) {
      const part = filters.slice(i, i + FOLLOW_UP_QUERIES_PER_BATCH);
      const read = await this.batch.read(b => ({ actions: Promise.all(part.map(filter => b.query(tasks, { filter, pageSize: 5000 }))) }), signal);
      actions.push(...read.actions.flat());
    }
    const ids = new Set(open.map(d => d.id));
    return {
      forum,
      nextMeetingDate,
      decisions: uniqueById([...open, ...r.last.filter(d => d.forum === forum)]),
      actions: uniqueById(actions).filter(t => t.decision !== undefined && ids.has(t.decision.id))
    };
  }

  public async actionsOf(decisionId: number, signal?: AbortSignal): Promise<ITask[]> {
    const all = await this.repositories.tasks.query({ filter: actionsOfDecisionFilter(decisionId), pageSize: 5000 }, signal);
    return all.filter(t => t.decision?.id === decisionId);
  }
}
