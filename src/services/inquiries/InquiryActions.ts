import { SPQueryable, type SPFI } from '@pnp/sp';
import { inquiriesList } from '../../schema';
import type {
  Channel, IDecision, IInquiry, IInquiryFields, ILookupRef, InquiryCategory, InquiryStatus, IPersonRef, IsoDate, IsoDateTime, ITask, Priority
} from '../../domain/models';
import {
  proposeReference, recordFirstResponse, referenceAfterCollision, referenceYear, slaStoredValues, statusChangeFields,
  type ISlaPolicy
} from '../../domain/inquiries';
import { formatInstant, utcToCopenhagenDate } from '../../domain/timeZone';
import { classifyError, ConcurrencyError } from '../errors';
import { isDuplicateKey } from '../repositories/writes';
import type { IRepositories } from '../repositories/repositories';
import { serverRelativePath } from '../config/sp';
import { WithSignal } from '../config/signal';
import { referenceYearFilter } from './inquiryQueries';

/** What the intake form (or a mail) gives for a new inquiry. */
export interface IIntake {
  title: string;
  description?: string;
  requesterName?: string;
  requesterEmail?: string;
  organisation?: string;
  channel: Channel;
  category?: InquiryCategory;
  priority: Priority;
  /** When it arrived; default: now. A phone call registered later keeps the time of the call. */
  receivedAt?: IsoDateTime;
  internetMessageId?: string;
}

/**
 * A change to one or many inquiries, each a partial update of only these columns. `null` clears; an absent key is
 * left alone.
 */
export interface IInquiryChange {
  // eslint-disable-next-line @rushstack/no-new-null -- null clears the column
  assignedTo?: IPersonRef | null;
  status?: InquiryStatus;
  priority?: Priority;
  // eslint-disable-next-line @rushstack/no-new-null
  category?: InquiryCategory | null;
  // eslint-disable-next-line @rushstack/no-new-null
  process?: ILookupRef | null;
  /** Record that the first reply went out now (kept if one was recorded before). */
  firstResponse?: boolean;
  /** A new note (appended: the column keeps earlier notes in the item's versions). */
  note?: string;
  /** The reply text that went out. */
  response?: string;
}

/** The outcome of a change to several inquiries: each succeeds or fails on its own. */
export interface IBulkResult {
  updated: IInquiry[];
  failed: { inquiry: IInquiry; error: unknown }[];
}

/** One entry of an inquiry's timeline, from the item's versions. */
export interface ITimelineEntry {
  version: string;
  at: IsoDateTime;
  by?: string;
  /** The status this version set (absent when it did not change it). */
  status?: InquiryStatus;
  /** The note this version added. */
  note?: string;
  /** Who it was assigned to by this version (`''`: unassigned). */
  assignedTo?: string;
  created?: boolean;
  /** When it was received, from the stored status history (a mail or an import registered later). */
  received?: boolean;
}

/** The Henvendelser web part's writes. Every create is exactly-once (an idempotency key); every change a partial update. */
export interface IInquiryActions {
  /**
   * Registers an inquiry with the next free reference of its year. Two people submitting at the same moment get
   * different references: the column is unique, and the one SharePoint refuses tries the next number.
   */
  submit(intake: IIntake, options: { key: string; now: IsoDateTime; policies: readonly ISlaPolicy[] }): Promise<IInquiry>;
  /** Applies a change to one inquiry; the SLA columns follow (due, at risk, paused). */
  change(inquiry: IInquiry, change: IInquiryChange, now: IsoDateTime, policies: readonly ISlaPolicy[]): Promise<IInquiry>;
  /** {@link change} on several inquiries, a few at a time. */
  changeMany(inquiries: readonly IInquiry[], change: IInquiryChange, now: IsoDateTime, policies: readonly ISlaPolicy[]): Promise<IBulkResult>;
  /** »Opret opgave«: a task in Opgaver (source Henvendelse) — once per inquiry. */
  createTask(inquiry: IInquiry, today: IsoDate): Promise<ITask>;
  /** »Gør til sag for bestyrelsen«: a decision »Til behandling« for the board's meeting on `meetingDate` — once per inquiry. */
  createBoardCase(inquiry: IInquiry, meetingDate: IsoDate): Promise<IDecision>;
  /** Notes, status and assignment changes from the item's versions, oldest first. */
  timeline(inquiryId: number, signal?: AbortSignal): Promise<ITimelineEntry[]>;
}

/** How many changes of a bulk action run at once (SharePoint throttles bursts). */
const PARALLEL_WRITES = 5;
const REFERENCE_COLUMN = inquiriesList.fields.reference;

/** True when SharePoint refused a write because the reference is taken (someone submitted at the same moment). */
export function isReferenceCollision(error: unknown): boolean {
  return isDuplicateKey(error) && String((error as Error | undefined)?.message ?? error).indexOf(REFERENCE_COLUMN.title) >= 0;
}

/** The fields of a new inquiry from an intake. */
export function newInquiryFields(intake: IIntake, reference: string, now: IsoDateTime, policies: readonly ISlaPolicy[]): IInquiryFields {
  const receivedAt = formatInstant(Date.parse(intake.receivedAt ?? now));
  const fields: IInquiryFields = {
    title: intake.title.trim(),
    description: intake.description?.trim() || undefined,
    requesterName: intake.requesterName?.trim() || undefined,
    requesterEmail: intake.requesterEmail?.trim() || undefined,
    organisation: intake.organisation?.trim() || undefined,
    channel: intake.channel,
    category: intake.category,
    priority: intake.priority,
    status: 'Ny',
    receivedAt,
    receivedDate: utcToCopenhagenDate(receivedAt),
    reference,
    statusHistory: `${receivedAt} Ny`,
    internetMessageId: intake.internetMessageId
  };
  return { ...fields, ...slaStoredValues(fields, policies, now) };
}

/** Reads an inquiry's versions (SharePoint's `items(id)/versions` rows, newest first). */
export type VersionReader = (inquiryId: number, signal?: AbortSignal) => Promise<Record<string, unknown>[]>;

/** The versions of inquiries through PnPjs: `items(id)/versions` with the columns the timeline shows. */
export function pnpVersionReader(sp: SPFI, webUrl: string): VersionReader {
  const listPath = `${serverRelativePath(webUrl)}/Lists/${inquiriesList.url}`;
  const f = inquiriesList.fields;
  return async (inquiryId, signal) => {
    const item = sp.web.getList(listPath).items.getById(inquiryId);
    const query = SPQueryable(item, 'versions').select('VersionLabel', 'Created', 'Editor', f.status.name, f.workNote.name, f.assignedTo.name);
    const versions = await query.using(WithSignal(signal))<unknown[] | { value?: unknown[] }>();
    return (Array.isArray(versions) ? versions : versions.value ?? []) as Record<string, unknown>[];
  };
}

/** {@link IInquiryActions} on the repositories (and a reader of the item versions). */
export class InquiryActions implements IInquiryActions {
  public constructor(private readonly repositories: IRepositories, private readonly readVersions: VersionReader) {}

  /**
   * The highest reference of a year: one item, by the unique, indexed reference column. A year of more than 5,000
   * references (a stress test, not the secretariat) exceeds the list view threshold on the year's prefix; then the
   * thousands are asked from the top (`H-2026-9…`, `H-2026-8…`, each at most 1,000 items) until one answers.
   */
  private async latestReferences(year: number): Promise<string[]> {
    const highest = async (filter: string): Promise<string[]> => (await this.repositories.inquiries.query({
      filter, orderBy: [[REFERENCE_COLUMN, false]], pageSize: 1, maxItems: 1
    })).map(i => i.reference ?? '');
    try {
      return await highest(referenceYearFilter(year));
    } catch (error) {
      if (classifyError(error).kind !== 'threshold') throw error;
      for (let thousand = 9; thousand >= 0; thousand--) {
        const found = await highest(referenceYearFilter(year, String(thousand)));
        if (found.length > 0) return found;
      }
      return [];
    }
  }

  public async submit(intake: IIntake, options: { key: string; now: IsoDateTime; policies: readonly ISlaPolicy[] }): Promise<IInquiry> {
    const year = referenceYear(intake.receivedAt ?? options.now);
    let reference = proposeReference(await this.latestReferences(year), year);
    const tried: string[] = [];
    for (;;) {
      try {
        return await this.repositories.inquiries.add(newInquiryFields(intake, reference, options.now, options.policies), { key: options.key });
      } catch (error) {
        if (!isReferenceCollision(error)) throw error;
        tried.push(reference);
        const next = referenceAfterCollision(await this.latestReferences(year), tried, year);
        if (next === undefined) throw error;
        reference = next;
      }
    }
  }

  public async change(inquiry: IInquiry, change: IInquiryChange, now: IsoDateTime, policies: readonly ISlaPolicy[]): Promise<IInquiry> {
    try {
      return await this.repositories.inquiries.patch(inquiry.id, changedFields(inquiry, change, now, policies), inquiry.etag);
    } catch (error) {
      // Someone changed the item meanwhile: a partial change (assign, set status) still means the same on the new
      // version, so it is applied to that once — derived from it, not from the stale copy.
      if (error instanceof ConcurrencyError && error.current) {
        const current = error.current as IInquiry;
        return this.repositories.inquiries.patch(current.id, changedFields(current, change, now, policies), current.etag);
      }
      throw error;
    }
  }

  public async changeMany(inquiries: readonly IInquiry[], change: IInquiryChange, now: IsoDateTime, policies: readonly ISlaPolicy[]): Promise<IBulkResult> {
    const result: IBulkResult = { updated: [], failed: [] };
    const queue = [...inquiries];
    const worker = async (): Promise<void> => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const inquiry = next;
        try {
          result.updated.push(await this.change(inquiry, change, now, policies));
        } catch (error) {
          result.failed.push({ inquiry, error });
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL_WRITES, inquiries.length) }, worker));
    const order = new Map(inquiries.map((i, n) => [i.id, n]));
    result.updated.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    return result;
  }

  public createTask(inquiry: IInquiry, today: IsoDate): Promise<ITask> {
    return this.repositories.tasks.add({
      title: inquiry.reference ? `${inquiry.reference}: ${inquiry.title}`.slice(0, 255) : inquiry.title,
      description: inquiry.description,
      priority: inquiry.priority,
      status: 'Ikke startet',
      assignedTo: inquiry.assignedTo,
      dueDate: inquiry.dueDate && inquiry.dueDate >= today ? inquiry.dueDate : undefined,
      area: 'Henvendelser og kommunikation',
      source: 'Henvendelse',
      inquiry: { id: inquiry.id, title: inquiry.title },
      process: inquiry.process
    }, { key: `henvendelse-opgave:${inquiry.id}` });
  }

  public createBoardCase(inquiry: IInquiry, meetingDate: IsoDate): Promise<IDecision> {
    const from = [inquiry.requesterName, inquiry.organisation].filter(Boolean).join(', ');
    return this.repositories.decisions.add({
      title: inquiry.title,
      kind: 'Beslutning',
      decisionText: [inquiry.description, from && `Henvendelse fra ${from}.`].filter(Boolean).join('\n\n') || inquiry.title,
      forum: 'Bestyrelse',
      meetingDate,
      status: 'Til behandling',
      responsible: inquiry.assignedTo,
      process: inquiry.process,
      caseReference: inquiry.reference,
      priority: inquiry.priority
    }, { key: `henvendelse-sag:${inquiry.id}` });
  }

  public async timeline(inquiryId: number, signal?: AbortSignal): Promise<ITimelineEntry[]> {
    return timelineOf(await this.readVersions(inquiryId, signal));
  }
}

/** A person value of a version (`{LookupValue}` online, `{Title}` in some answers), as a name. */
function personName(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  const name = v.LookupValue ?? v.Title;
  return typeof name === 'string' ? name : undefined;
}

/** The timeline from version rows (newest first, as SharePoint returns them): what each version changed. */
export function timelineOf(rows: readonly Record<string, unknown>[]): ITimelineEntry[] {
  const f = inquiriesList.fields;
  const oldestFirst = [...rows].sort((a, b) => parseFloat(String(a.VersionLabel)) - parseFloat(String(b.VersionLabel)));
  const entries: ITimelineEntry[] = [];
  let previous: Record<string, unknown> | undefined;
  for (const row of oldestFirst) {
    const entry: ITimelineEntry = { version: String(row.VersionLabel), at: String(row.Created), by: personName(row.Editor) };
    const status = row[f.status.name];
    const note = row[f.workNote.name];
    const assigned = personName(row[f.assignedTo.name]) ?? '';
    if (!previous) entry.created = true;
    if (typeof status === 'string' && (!previous || previous[f.status.name] !== status)) entry.status = status as InquiryStatus;
    if (typeof note === 'string' && note.trim() !== '' && (!previous || previous[f.workNote.name] !== note)) entry.note = note;
    if (previous && assigned !== (personName(previous[f.assignedTo.name]) ?? '')) entry.assignedTo = assigned;
    if (entry.created || entry.status || entry.note || entry.assignedTo !== undefined) entries.push(entry);
    previous = row;
  }
  return entries;
}

/** The columns a change writes, with the SLA columns recomputed when the change can move a clock. */
export function changedFields(inquiry: IInquiry, change: IInquiryChange, now: IsoDateTime, policies: readonly ISlaPolicy[]): Partial<IInquiryFields> {
  const patch: Partial<IInquiryFields> = {};
  if (change.assignedTo !== undefined) patch.assignedTo = change.assignedTo ?? undefined;
  if (change.priority !== undefined) patch.priority = change.priority;
  if (change.category !== undefined) patch.category = change.category ?? undefined;
  if (change.process !== undefined) patch.process = change.process ?? undefined;
  if (change.note !== undefined && change.note.trim() !== '') patch.workNote = change.note.trim();
  if (change.response !== undefined) patch.response = change.response;
  if (change.status !== undefined && change.status !== inquiry.status) Object.assign(patch, statusChangeFields(inquiry, change.status, now));
  if (change.firstResponse) patch.firstResponseAt = recordFirstResponse(inquiry.firstResponseAt, formatInstant(Date.parse(now)));
  const clockMoves = ['status', 'priority', 'category', 'firstResponseAt'].some(k => k in patch);
  if (clockMoves) {
    const values = slaStoredValues({ ...inquiry, ...patch }, policies, now);
    // A status change writes the clock's columns as they now stand; a new priority or category only those it moved
    // (a category without a policy of its own moves nothing), so the update stays partial.
    const all = 'status' in patch;
    if (all || values.dueAt !== inquiry.dueAt) patch.dueAt = values.dueAt;
    if (all || values.atRiskAt !== inquiry.atRiskAt) patch.atRiskAt = values.atRiskAt;
    if (all || values.pausedMinutes !== (inquiry.pausedMinutes ?? 0)) patch.pausedMinutes = values.pausedMinutes;
    if (values.dueDate && (all || values.dueDate !== inquiry.dueDate)) patch.dueDate = values.dueDate;
  }
  return patch;
}
