import { inquiriesList, type IFieldDefinition } from '../../schema';
import type { IInquiry, ILookupRef, IPersonRef, IReplyTemplate, IsoDate } from '../../domain/models';
import { addDays } from '../../domain/dates';
import type { IBatchReader } from '../batch/BatchReader';
import type { IListPermissions } from '../repositories/ListRepository';
import type { IRepositories } from '../repositories/repositories';
import { closedFilter, openFilter, receivedFilter } from './inquiryQueries';

/** How far back the »Lukkede« queue reaches on first render; older ones load on request, a slice at a time. */
export const CLOSED_WINDOW_DAYS = 90;

/** Everything the queue's first render needs. */
export interface IInquiryQueueData {
  /** Every open inquiry (the five open queues are its subsets). */
  open: IInquiry[];
  /** Inquiries closed from `closedFrom` to today. */
  closed: IInquiry[];
  closedFrom: IsoDate;
  permissions: IListPermissions;
  /** May the user create tasks (»Opret opgave«) and decisions (»Gør til sag for bestyrelsen«)? */
  taskPermissions: IListPermissions;
  decisionPermissions: IListPermissions;
  /** The signed-in user as a site user (»Mine«, »Tildel mig«). */
  currentUser: IPersonRef;
}

/** Reads the Henvendelser web part's SharePoint data. */
export interface IInquiryDataService {
  /** The queue: one HTTP request (a `$batch`). */
  loadQueue(today: IsoDate, signal?: AbortSignal): Promise<IInquiryQueueData>;
  /** Inquiries closed from `from` to `to` (»Vis ældre«). */
  loadClosed(from: IsoDate, to: IsoDate, signal?: AbortSignal): Promise<IInquiry[]>;
  /** Inquiries received from `from` to `to` (the overview), one indexed range a month so no part nears the threshold. */
  loadReceived(from: IsoDate, to: IsoDate, signal?: AbortSignal): Promise<IInquiry[]>;
  /** The reply templates. */
  loadTemplates(signal?: AbortSignal): Promise<IReplyTemplate[]>;
  /** The processes an inquiry can be linked to (Processer), by title. The catalogue is small: far under the threshold. */
  loadProcesses(signal?: AbortSignal): Promise<ILookupRef[]>;
}

const BY_DUE: [IFieldDefinition, boolean][] = [[inquiriesList.fields.dueAt, true]];

/** {@link IInquiryDataService} on the batch reader and the repositories. */
export class InquiryDataService implements IInquiryDataService {
  public constructor(private readonly batch: IBatchReader, private readonly repositories: IRepositories) {}

  public async loadQueue(today: IsoDate, signal?: AbortSignal): Promise<IInquiryQueueData> {
    const { inquiries, tasks, decisions } = this.repositories;
    const closedFrom = addDays(today, -CLOSED_WINDOW_DAYS);
    const r = await this.batch.read(b => ({
      open: b.query(inquiries, { filter: openFilter(), orderBy: BY_DUE, pageSize: 5000 }),
      closed: b.query(inquiries, { filter: closedFilter(closedFrom, today), pageSize: 5000 }),
      permissions: b.permissions(inquiries),
      taskPermissions: b.permissions(tasks),
      decisionPermissions: b.permissions(decisions),
      currentUser: b.currentUser()
    }), signal);
    return { ...r, closedFrom };
  }

  public loadClosed(from: IsoDate, to: IsoDate, signal?: AbortSignal): Promise<IInquiry[]> {
    return this.repositories.inquiries.query({ filter: closedFilter(from, to), pageSize: 5000 }, signal);
  }

  public async loadReceived(from: IsoDate, to: IsoDate, signal?: AbortSignal): Promise<IInquiry[]> {
    const slices: [IsoDate, IsoDate][] = [];
    for (let start = from; start <= to;) {
      const next = addDays(start, 31);
      slices.push([start, next > to ? to : addDays(next, -1)]);
      start = next;
    }
    const r = await this.batch.read(b => ({
      months: Promise.all(slices.map(([a, z]) => b.query(this.repositories.inquiries, { filter: receivedFilter(a, z), pageSize: 5000 })))
    }), signal);
    return r.months.flat();
  }

  public async loadProcesses(signal?: AbortSignal): Promise<ILookupRef[]> {
    const processes = await this.repositories.processes.query({ pageSize: 5000 }, signal);
    return processes.map(p => ({ id: p.id, title: p.title })).sort((a, b) => a.title.localeCompare(b.title, 'da'));
  }

  public loadTemplates(signal?: AbortSignal): Promise<IReplyTemplate[]> {
    return this.repositories.replyTemplates.query({ pageSize: 500 }, signal);
  }
}
