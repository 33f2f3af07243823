/**
 * A typed, in-memory `IServices` for component tests: real validation and derived values (the schema and
 * `LIST_RULES`, so messages are the real ones), real ETag semantics (a stale ETag raises `ConcurrencyError` with the
 * current item), idempotency keys (the same key twice returns the first item), a call log to assert on, and fault
 * injection. Every repository implements `IRepository`; the use cases are the real `WheelActions` on them.
 */
import type {
  IActivityFields, IDecisionFields, IInquiryFields, IItemVersion, IMeeting, IPageLinkFields, IPersonRef, IProcessFields,
  IProcessStepFields, IReplyTemplateFields, ITaskFields, IsoDate, Stored
} from '../../src/domain/models';
import { addDays, isWithin } from '../../src/domain/dates';
import type { IListDefinition } from '../../src/schema';
import {
  activitiesList, decisionsList, inquiriesList, pageLinksList, processesList, processStepsList, replyTemplatesList, tasksList, validateAgainstSchema
} from '../../src/schema';
import {
  ConcurrencyError, filterMeetings, settle, type BatchResults, type CalendarSource, type IBatchReader, type ICalendarService,
  type ICreateOptions, type IListPermissions, type IListQuery, type IMeetingFilter, type IMeetingPageOptions, type IPeopleService, type IPersonCandidate,
  type IProvisioningAction, type IProvisioningService, type IProvisioningStatus, type IReadBatch, type IRepository,
  type IServices, type IWheelData, type IWheelDataService
} from '../../src/services';
import { ValidationError } from '../../src/domain/validation';
import { LIST_RULES, type IListRules } from '../../src/services/repositories/repositories';
import { WheelActions } from '../../src/services/wheel/WheelActions';
import { InquiryActions } from '../../src/services/inquiries/InquiryActions';
import { CLOSED_WINDOW_DAYS, type IInquiryDataService } from '../../src/services/inquiries/InquiryDataService';
import type { IMailboxService, IMailPullResult } from '../../src/services/inquiries/MailboxService';
import { isInquiryClosed } from '../../src/domain/inquiries';
import { ProcessDataService } from '../../src/services/processes/ProcessDataService';
import { ProcessActions } from '../../src/services/processes/ProcessActions';
import { DecisionDataService } from '../../src/services/decisions/DecisionDataService';
import { DecisionActions } from '../../src/services/decisions/DecisionActions';
import { LinkService } from '../../src/services/links/LinkService';

/** The web the fake services pretend to be (display-form links point into it). */
export const FAKE_WEB_URL = 'https://os2.sharepoint.com/sites/sekretariat';

/** One recorded call. */
export interface ICall { service: string; method: string; args: unknown[] }

/** Shared state of the fake back end. */
export class FakeBackend {
  public readonly calls: ICall[] = [];
  /** Rejections queued per `service.method`, used by the next call. */
  private readonly faults = new Map<string, unknown[]>();
  /** False: the wheel's load fails with 404 as on a site without the lists. */
  public listsExist = true;
  public permissions: IListPermissions = { canAdd: true, canEdit: true, canDelete: true, canManageLists: true };
  public canProvision = true;
  public meetings: IMeeting[] = [];
  /** The abort signals the loads were given, in call order. */
  public readonly signals: (AbortSignal | undefined)[] = [];
  public people: IPersonRef[] = [];
  /** The signed-in user as a site user (`batch.currentUser`, »Mine«). */
  public currentUser: IPersonRef = { id: 1, title: 'Mette Kjær', email: 'mette.kjaer@os2.eu' };
  /** What the next »Hent nye e-mails« returns. */
  public mailResult: IMailPullResult = { created: [], alreadyThere: 0, failed: [], deltaLink: undefined, restarted: false };
  /** Raw version rows per inquiry id (newest first, as SharePoint answers `items(id)/versions`). */
  public readonly inquiryVersions = new Map<number, Record<string, unknown>[]>();
  /** Stored versions by `<list title>:<item id>`, newest first, as `batch.versions` answers. */
  public readonly versions = new Map<string, IItemVersion<object>[]>();

  public record(service: string, method: string, args: unknown[]): void {
    this.calls.push({ service, method, args });
  }

  /** Makes the next call of `service.method` (e.g. `activities.update`) reject with `error`. */
  public failNext(key: string, error: unknown): void {
    this.faults.set(key, [...(this.faults.get(key) ?? []), error]);
  }

  /** Throws the queued fault for `service.method`, if any. */
  public throwFault(key: string): void {
    const queue = this.faults.get(key);
    if (queue && queue.length > 0) throw queue.shift();
  }

  /** Calls of one `service.method`. */
  public callsOf(key: string): ICall[] {
    return this.calls.filter(c => `${c.service}.${c.method}` === key);
  }
}

/** An HTTP-like error as PnPjs throws it (`HttpRequestError` has `status`). */
export function httpError(status: number, message = `HTTP ${status}`): Error {
  return Object.assign(new Error(message), { status });
}

/** In-memory items with ids and ETags. */
class Store<T extends object> {
  public items: Stored<T>[] = [];
  /** Idempotency key → item id, as the hidden unique column holds it. */
  public readonly keys = new Map<string, number>();
  private nextId = 1;

  public insert(fields: T, key?: string): Stored<T> {
    const existing = key !== undefined ? this.keys.get(key) : undefined;
    if (existing !== undefined && this.items.some(i => i.id === existing)) return { ...this.find(existing) };
    const item = { ...fields, id: this.nextId++, etag: '"1"' } as Stored<T>;
    this.items.push(item);
    if (key !== undefined) this.keys.set(key, item.id);
    return { ...item };
  }

  public find(id: number): Stored<T> {
    const item = this.items.find(i => i.id === id);
    if (!item) throw httpError(404, `Item ${id} does not exist.`);
    return item;
  }

  public replace(id: number, fields: Partial<T>, etag: string, partial = false): Stored<T> {
    const current = this.find(id);
    if (etag !== '*' && etag !== current.etag) throw new ConcurrencyError(id, { ...current });
    const version = Number(current.etag.replace(/"/g, '')) + 1;
    const next = { ...(partial ? current : {}), ...fields, id, etag: `"${version}"` } as Stored<T>;
    this.items[this.items.indexOf(current)] = next;
    return { ...next };
  }

  /** Deletes; an item that is already gone counts as deleted, as the real repository has it. */
  public remove(id: number, etag: string): void {
    const current = this.items.find(i => i.id === id);
    if (!current) return;
    if (etag !== '*' && etag !== current.etag) throw new ConcurrencyError(id, { ...current });
    this.items.splice(this.items.indexOf(current), 1);
  }
}

/** An in-memory `IRepository` on a store, logging every call on the backend and taking its queued faults. */
class FakeRepository<T extends object> implements IRepository<T> {
  /** Choices an owner "added in SharePoint", per property. */
  public readonly extraChoices: Partial<Record<keyof T & string, string[]>> = {};

  public constructor(private readonly name: string, private readonly backend: FakeBackend, public readonly list: IListDefinition,
    public readonly store: Store<T>, private readonly listRules?: IListRules<T>) {}

  private async run<R>(method: string, args: unknown[], body: () => R | Promise<R>): Promise<R> {
    this.backend.record(this.name, method, args);
    this.backend.throwFault(`${this.name}.${method}`);
    return body();
  }

  private async checked(fields: T): Promise<T> {
    const prepared = this.listRules ? this.listRules.prepare(fields) : fields;
    // As the real repository: a value the list's column offers (an owner added it in SharePoint) is valid.
    const choices = this.extraChoices as Record<string, string[]>;
    const errors = { ...validateAgainstSchema(this.list, prepared, false, choices), ...(this.listRules ? await this.listRules.rules(prepared, choices) : {}) };
    if (Object.keys(errors).length > 0) throw new ValidationError(errors);
    return prepared;
  }

  public query(q?: IListQuery): Promise<Stored<T>[]> {
    return this.run('query', [q], () => this.store.items.map(i => (q?.withKeys ? { ...i, ...this.keyOf(i.id) } : { ...i })));
  }
  private keyOf(id: number): { key?: string } {
    for (const [key, itemId] of this.store.keys) if (itemId === id) return { key };
    return {};
  }
  public get(id: number): Promise<Stored<T>> { return this.run('get', [id], () => ({ ...this.store.find(id) })); }
  public findByKey(key: string): Promise<Stored<T> | undefined> {
    return this.run('findByKey', [key], () => {
      const id = this.store.keys.get(key);
      const item = this.store.items.find(i => i.id === id);
      return item && { ...item };
    });
  }
  public add(fields: T, options?: ICreateOptions): Promise<Stored<T>> {
    return this.run('add', [fields, options], async () => this.store.insert(await this.checked(fields), options?.key));
  }
  public update(id: number, fields: T, etag: string): Promise<Stored<T>> {
    return this.run('update', [id, fields, etag], async () => this.store.replace(id, await this.checked(fields), etag));
  }
  public patch(id: number, changes: Partial<T>, etag: string): Promise<Stored<T>> {
    return this.run('patch', [id, changes, etag], () => {
      const errors = validateAgainstSchema(this.list, changes, true);
      if (Object.keys(errors).length > 0) throw new ValidationError(errors);
      return this.store.replace(id, changes, etag, true);
    });
  }
  public delete(id: number, etag: string): Promise<void> { return this.run('delete', [id, etag], () => this.store.remove(id, etag)); }
  public permissions(): Promise<IListPermissions> { return this.run('permissions', [], () => ({ ...this.backend.permissions })); }
  public choices(property: keyof T & string): Promise<readonly string[]> {
    return this.run('choices', [property], () => [...(this.list.fields[property]?.choices ?? []), ...(this.extraChoices[property] ?? [])]);
  }
}

/** Runs batch reads straight on the fake repositories, recording one `batch.read` per batch. */
class FakeBatchReader implements IBatchReader {
  public constructor(private readonly backend: FakeBackend) {}

  public read<R extends Record<string, Promise<unknown>>>(build: (batch: IReadBatch) => R): Promise<BatchResults<R>> {
    this.backend.record('batch', 'read', []);
    const batch: IReadBatch = {
      query: (repository, query) => repository.query(query),
      permissions: repository => repository.permissions(),
      choices: (repository, property) => repository.choices(property),
      item: (repository, id) => repository.get(id),
      versions: async (repository, id) => {
        this.backend.record('batch', 'versions', [repository.list.title, id]);
        return (this.backend.versions.get(`${repository.list.title}:${id}`) ?? []) as never;
      },
      currentUser: async () => ({ ...this.backend.currentUser })
    };
    return settle(build(batch), async () => this.backend.throwFault('batch.read'));
  }
}

/** The fake services and the handles a test uses to arrange data and inspect calls. */
export interface IFakeServices {
  services: IServices;
  backend: FakeBackend;
  activities: Store<IActivityFields>;
  tasks: Store<ITaskFields>;
  processes: Store<IProcessFields>;
  steps: Store<IProcessStepFields>;
  decisions: Store<IDecisionFields>;
  /** The repositories themselves, e.g. to add choices an owner made in SharePoint (`extraChoices`). */
  repos: { activities: FakeRepository<IActivityFields>; tasks: FakeRepository<ITaskFields>; processSteps: FakeRepository<IProcessStepFields> };
  inquiries: Store<IInquiryFields>;
  replyTemplates: Store<IReplyTemplateFields>;
  /** The site's page settings (`Koordinator-sider`). */
  pageLinks: Store<IPageLinkFields>;
}

/** Builds a fresh fake back end with empty lists and full permissions. */
export function createFakeServices(): IFakeServices {
  const backend = new FakeBackend();
  const repository = <T extends object>(name: string, list: IListDefinition, rules?: IListRules<T>): FakeRepository<T> =>
    new FakeRepository<T>(name, backend, list, new Store<T>(), rules);
  const activityRepo = repository<IActivityFields>('activities', activitiesList, LIST_RULES.activities);
  const taskRepo = repository<ITaskFields>('tasks', tasksList, LIST_RULES.tasks);
  const processes = repository<IProcessFields>('processes', processesList, LIST_RULES.processes);
  const decisionRepo = repository<IDecisionFields>('decisions', decisionsList, LIST_RULES.decisions);

  const wheel: IWheelDataService = {
    async load(from: IsoDate, to: IsoDate, signal?: AbortSignal): Promise<IWheelData> {
      backend.record('wheel', 'load', [from, to]);
      backend.signals.push(signal);
      backend.throwFault('wheel.load');
      if (!backend.listsExist) throw httpError(404, 'List does not exist at site with URL');
      return {
        activities: activityRepo.store.items.map(a => ({ ...a })),
        doneOccurrences: taskRepo.store.items.filter(t => t.occurrenceDate && isWithin(t.occurrenceDate, addDays(from, -366), to)).map(t => ({ ...t })),
        permissions: { ...backend.permissions },
        taskPermissions: { ...backend.permissions },
        choices: {
          category: [...activitiesList.fields.category.choices!, ...(activityRepo.extraChoices.category ?? [])],
          repeat: [...activitiesList.fields.repeat.choices!, ...(activityRepo.extraChoices.repeat ?? [])]
        }
      };
    }
  };
  const calendar: ICalendarService = {
    async getMeetings(source: CalendarSource, from: IsoDate, to: IsoDate, filter?: IMeetingFilter, signal?: AbortSignal): Promise<IMeeting[]> {
      backend.record('calendar', 'getMeetings', [source, from, to, filter]);
      backend.signals.push(signal);
      backend.throwFault('calendar.getMeetings');
      return filterMeetings(backend.meetings.filter(m => isWithin(m.day, from, to)), filter);
    },
    async getMeetingsWithAttendees(source: CalendarSource, from: IsoDate, to: IsoDate, options?: IMeetingPageOptions): Promise<IMeeting[]> {
      backend.record('calendar', 'getMeetingsWithAttendees', [source, from, to, options?.filter]);
      backend.throwFault('calendar.getMeetingsWithAttendees');
      return filterMeetings(backend.meetings.filter(m => isWithin(m.day, from, to)), options?.filter);
    }
  };
  const provisioning: IProvisioningService = {
    async status(): Promise<IProvisioningStatus> {
      backend.record('provisioning', 'status', []);
      return backend.listsExist ? { ready: true, missingLists: [] } : { ready: false, missingLists: [activitiesList.title, tasksList.title] };
    },
    async canProvision(): Promise<boolean> {
      backend.record('provisioning', 'canProvision', []);
      return backend.canProvision;
    },
    async provision(onProgress?: (action: IProvisioningAction) => void): Promise<IProvisioningAction[]> {
      backend.record('provisioning', 'provision', []);
      backend.throwFault('provisioning.provision');
      const actions: IProvisioningAction[] = [activitiesList, tasksList].map(l => ({ list: l.title, kind: 'createList' }));
      actions.forEach(a => onProgress?.(a));
      backend.listsExist = true;
      return actions;
    }
  };
  const people: IPeopleService = {
    async current(): Promise<IPersonRef> { return backend.people[0] ?? { id: 1, title: 'Mette Kjær' }; },
    async search(text: string): Promise<IPersonCandidate[]> {
      backend.record('people', 'search', [text]);
      backend.throwFault('people.search');
      const needle = text.toLowerCase();
      return backend.people.filter(p => p.title.toLowerCase().includes(needle))
        .map(p => ({ key: `i:0#.f|membership|${p.email ?? p.title}`, title: p.title, email: p.email }));
    },
    async ensure(login: string): Promise<IPersonRef> {
      backend.record('people', 'ensure', [login]);
      backend.throwFault('people.ensure');
      const email = login.replace(/^i:0#\.f\|membership\|/, '');
      return backend.people.find(p => p.email === email || p.title === email) ?? { id: 99, title: email, email };
    }
  };

  const stepRepo = repository<IProcessStepFields>('processSteps', processStepsList, LIST_RULES.processSteps);
  const repositories = {
    activities: activityRepo,
    tasks: taskRepo,
    processes,
    processSteps: stepRepo,
    decisions: decisionRepo,
    inquiries: repository<IInquiryFields>('inquiries', inquiriesList, LIST_RULES.inquiries),
    replyTemplates: repository<IReplyTemplateFields>('replyTemplates', replyTemplatesList, LIST_RULES.replyTemplates),
    pageLinks: repository<IPageLinkFields>('pageLinks', pageLinksList, LIST_RULES.pageLinks)
  };
  // The queue as the real service's filters select it: every open inquiry, and those closed in the last 90 days.
  const inquiries: IInquiryDataService = {
    async loadQueue(today: IsoDate, signal?: AbortSignal) {
      backend.record('inquiries', 'loadQueue', [today]);
      backend.signals.push(signal);
      backend.throwFault('inquiries.loadQueue');
      if (!backend.listsExist) throw httpError(404, 'List does not exist at site with URL');
      const closedFrom = addDays(today, -CLOSED_WINDOW_DAYS);
      const items = repositories.inquiries.store.items.map(i => ({ ...i }));
      return {
        open: items.filter(i => !isInquiryClosed(i.status)),
        closed: items.filter(i => isInquiryClosed(i.status) && !!i.closedDate && isWithin(i.closedDate, closedFrom, today)),
        closedFrom,
        permissions: { ...backend.permissions }, taskPermissions: { ...backend.permissions }, decisionPermissions: { ...backend.permissions },
        currentUser: { ...backend.currentUser }
      };
    },
    async loadClosed(from: IsoDate, to: IsoDate) {
      backend.record('inquiries', 'loadClosed', [from, to]);
      backend.throwFault('inquiries.loadClosed');
      return repositories.inquiries.store.items.filter(i => isInquiryClosed(i.status) && !!i.closedDate && isWithin(i.closedDate, from, to)).map(i => ({ ...i }));
    },
    async loadReceived(from: IsoDate, to: IsoDate) {
      backend.record('inquiries', 'loadReceived', [from, to]);
      backend.throwFault('inquiries.loadReceived');
      return repositories.inquiries.store.items.filter(i => isWithin(i.receivedDate, from, to)).map(i => ({ ...i }));
    },
    async loadTemplates() {
      backend.record('inquiries', 'loadTemplates', []);
      backend.throwFault('inquiries.loadTemplates');
      return repositories.replyTemplates.store.items.map(i => ({ ...i }));
    }
  };
  const mailbox: IMailboxService = {
    async pull(mailboxAddress, deltaLink) {
      backend.record('mailbox', 'pull', [mailboxAddress, deltaLink]);
      backend.throwFault('mailbox.pull');
      return { ...backend.mailResult };
    }
  };
  const batch = new FakeBatchReader(backend);
  const services: IServices = {
    repositories, batch, wheel, wheelActions: new WheelActions(repositories),
    calendar, provisioning, people, inquiries,
    inquiryActions: new InquiryActions(repositories, async id => backend.inquiryVersions.get(id) ?? []),
    mailbox,
    processData: new ProcessDataService(batch, repositories),
    processActions: new ProcessActions(repositories),
    decisions: new DecisionDataService(batch, repositories), decisionActions: new DecisionActions(repositories),
    links: new LinkService(repositories.pageLinks, FAKE_WEB_URL)
  };
  return {
    services, backend, activities: activityRepo.store, tasks: taskRepo.store, processes: processes.store,
    steps: stepRepo.store, repos: { activities: activityRepo, tasks: taskRepo, processSteps: stepRepo },
    inquiries: repositories.inquiries.store, decisions: repositories.decisions.store, replyTemplates: repositories.replyTemplates.store,
    pageLinks: repositories.pageLinks.store
  };
}
