import { decisionsList } from '../../schema';
import type { IDecision, IPersonRef, ITask, IsoDate } from '../../domain/models';
import { meetingYear } from '../../domain/decisions/register';
import type { IFieldDefinition } from '../../schema';
import type { IBatchReader } from '../batch/BatchReader';
import type { IListPermissions } from '../repositories/ListRepository';
import type { IRepositories } from '../repositories/repositories';
import {
  actionFilters, actionsOfDecisionFilter, decisionYearFilters, doneActionFilters, followUpDueFilter, pipelineFilter
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

/** Loads the register's SharePoint data. */
export interface IDecisionDataService {
  /** One HTTP request (a `$batch` of indexed queries, permissions and the current user). */
  load(year: number, today: IsoDate, followUpWindowDays: number, signal?: AbortSignal): Promise<IDecisionRegisterData>;
  /** Every action of one decision (the details), by the indexed lookup. */
  actionsOf(decisionId: number, signal?: AbortSignal): Promise<ITask[]>;
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

  public async actionsOf(decisionId: number, signal?: AbortSignal): Promise<ITask[]> {
    const all = await this.repositories.tasks.query({ filter: actionsOfDecisionFilter(decisionId), pageSize: 5000 }, signal);
    return all.filter(t => t.decision?.id === decisionId);
  }
}
