/**
 * A typed, in-memory `IServices` for component tests: real validation (schema + domain rules, so Danish messages
 * are the real ones), real ETag semantics (a stale ETag raises `ConcurrencyError`), a call log to assert on, and
 * fault injection. No `as any`: the two repositories whose types are classes are subclasses of the real ones with
 * every data method overridden, so a forgotten override would be a type error in spirit and a network error in fact.
 */
import { spfi, type SPFI } from '@pnp/sp';
import type {
  IActivity, IActivityFields, IDecisionFields, IInquiryFields, IMeeting, IPersonRef, IProcessFields,
  IProcessStepFields, ITask, ITaskFields, IsoDate, Stored
} from '../../src/domain/models';
import { isWithin } from '../../src/domain/dates';
import type { IListDefinition } from '../../src/schema';
import { activitiesList, decisionsList, inquiriesList, processesList, processStepsList, tasksList } from '../../src/schema';
import {
  ConcurrencyError, type CalendarSource, type ICalendarService, type IListPermissions, type IListQuery,
  type IMeetingFilter, type IPeopleService, type IPersonCandidate, type IProvisioningAction, type IProvisioningService,
  type IProvisioningStatus, type IRepository, type IServices, type IWheelData, type IWheelDataService
} from '../../src/services';
import { ActivityRepository, TaskRepository } from '../../src/services/repositories/repositories';

const WEB_URL = 'https://os2.example/sites/os2';
/** A PnPjs instance that is never sent anything: every data method of the fakes is overridden. */
const UNUSED_SP: SPFI = spfi(WEB_URL);

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
  public people: IPersonRef[] = [];

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
  private nextId = 1;

  public insert(fields: T): Stored<T> {
    const item = { ...fields, id: this.nextId++, etag: '"1"' } as Stored<T>;
    this.items.push(item);
    return { ...item };
  }

  public find(id: number): Stored<T> {
    const item = this.items.find(i => i.id === id);
    if (!item) throw httpError(404, `Item ${id} does not exist.`);
    return item;
  }

  public replace(id: number, fields: T, etag: string): Stored<T> {
    const current = this.find(id);
    if (etag !== '*' && etag !== current.etag) throw new ConcurrencyError(id);
    const version = Number(current.etag.replace(/"/g, '')) + 1;
    const next = { ...fields, id, etag: `"${version}"` } as Stored<T>;
    this.items[this.items.indexOf(current)] = next;
    return { ...next };
  }

  public remove(id: number, etag: string): void {
    const current = this.find(id);
    if (etag !== '*' && etag !== current.etag) throw new ConcurrencyError(id);
    this.items.splice(this.items.indexOf(current), 1);
  }
}

/** The methods every fake repository shares, on a store and the backend's log. */
function crud<T extends object>(name: string, backend: FakeBackend, store: Store<T>, validate: (f: T) => void, prepare: (f: T) => T) {
  const run = async <R>(method: string, args: unknown[], body: () => R): Promise<R> => {
    backend.record(name, method, args);
    backend.throwFault(`${name}.${method}`);
    return body();
  };
  return {
    query: (q?: IListQuery) => run('query', [q], () => store.items.map(i => ({ ...i }))),
    get: (id: number) => run('get', [id], () => ({ ...store.find(id) })),
    add: (fields: T) => run('add', [fields], () => { const p = prepare(fields); validate(p); return store.insert(p); }),
    update: (id: number, fields: T, etag: string) =>
      run('update', [id, fields, etag], () => { const p = prepare(fields); validate(p); return store.replace(id, p, etag); }),
    delete: (id: number, etag?: string) => run('delete', [id, etag], () => store.remove(id, etag ?? '*')),
    permissions: () => run('permissions', [], () => ({ ...backend.permissions }))
  };
}

class FakeActivityRepository extends ActivityRepository {
  private readonly ops: ReturnType<typeof crud<IActivityFields>>;
  public constructor(backend: FakeBackend, public readonly store: Store<IActivityFields>) {
    super(UNUSED_SP, WEB_URL);
    this.ops = crud('activities', backend, store, f => this.validate(f), f => this.prepare(f));
  }
  public query(q?: IListQuery): Promise<IActivity[]> { return this.ops.query(q); }
  public queryIn(_sp: SPFI, q?: IListQuery): Promise<IActivity[]> { return this.ops.query(q); }
  public get(id: number): Promise<IActivity> { return this.ops.get(id); }
  public add(fields: IActivityFields): Promise<IActivity> { return this.ops.add(fields); }
  public update(id: number, fields: IActivityFields, etag: string): Promise<IActivity> { return this.ops.update(id, fields, etag); }
  public delete(id: number, etag?: string): Promise<void> { return this.ops.delete(id, etag); }
  public permissions(): Promise<IListPermissions> { return this.ops.permissions(); }
}

class FakeTaskRepository extends TaskRepository {
  private readonly ops: ReturnType<typeof crud<ITaskFields>>;
  public constructor(private readonly backend: FakeBackend, public readonly store: Store<ITaskFields>) {
    super(UNUSED_SP, WEB_URL);
    this.ops = crud('tasks', backend, store, f => this.validate(f), f => this.prepare(f));
  }
  public query(q?: IListQuery): Promise<ITask[]> { return this.ops.query(q); }
  public queryIn(_sp: SPFI, q?: IListQuery): Promise<ITask[]> { return this.ops.query(q); }
  public get(id: number): Promise<ITask> { return this.ops.get(id); }
  public add(fields: ITaskFields): Promise<ITask> { return this.ops.add(fields); }
  public update(id: number, fields: ITaskFields, etag: string): Promise<ITask> { return this.ops.update(id, fields, etag); }
  public delete(id: number, etag?: string): Promise<void> { return this.ops.delete(id, etag); }
  public permissions(): Promise<IListPermissions> { return this.ops.permissions(); }
  /** The real implementation (it builds the task and calls `add`), logged with its arguments. */
  public markOccurrenceDone(activity: IActivity, occurrenceDate: IsoDate, today: IsoDate): Promise<ITask> {
    this.backend.record('tasks', 'markOccurrenceDone', [activity, occurrenceDate, today]);
    return super.markOccurrenceDone(activity, occurrenceDate, today);
  }
}

function plainRepository<T extends object>(name: string, backend: FakeBackend, list: IListDefinition): IRepository<T> & { store: Store<T> } {
  const store = new Store<T>();
  return { list, store, ...crud<T>(name, backend, store, () => undefined, f => f) };
}

/** The fake services and the handles a test uses to arrange data and inspect calls. */
export interface IFakeServices {
  services: IServices;
  backend: FakeBackend;
  activities: Store<IActivityFields>;
  tasks: Store<ITaskFields>;
  processes: Store<IProcessFields>;
}

/** Builds a fresh fake back end with empty lists and full permissions. */
export function createFakeServices(): IFakeServices {
  const backend = new FakeBackend();
  const activityRepo = new FakeActivityRepository(backend, new Store<IActivityFields>());
  const taskRepo = new FakeTaskRepository(backend, new Store<ITaskFields>());
  const processes = plainRepository<IProcessFields>('processes', backend, processesList);

  const wheel: IWheelDataService = {
    async load(from: IsoDate, to: IsoDate): Promise<IWheelData> {
      backend.record('wheel', 'load', [from, to]);
      backend.throwFault('wheel.load');
      if (!backend.listsExist) throw httpError(404, 'List does not exist at site with URL');
      return {
        activities: activityRepo.store.items.map(a => ({ ...a })),
        doneOccurrences: taskRepo.store.items.filter(t => t.occurrenceDate && isWithin(t.occurrenceDate, from, to)).map(t => ({ ...t })),
        permissions: { ...backend.permissions }
      };
    }
  };
  const calendar: ICalendarService = {
    async getMeetings(source: CalendarSource, from: IsoDate, to: IsoDate, filter?: IMeetingFilter): Promise<IMeeting[]> {
      backend.record('calendar', 'getMeetings', [source, from, to, filter]);
      backend.throwFault('calendar.getMeetings');
      return backend.meetings.filter(m => isWithin(m.day, from, to));
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
      const actions: IProvisioningAction[] = [activitiesList, tasksList].map(l =>
        ({ list: l.title, kind: 'createList', text: `Oprettede listen »${l.title}«.` }));
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

  const services: IServices = {
    repositories: {
      activities: activityRepo,
      tasks: taskRepo,
      processes,
      processSteps: plainRepository<IProcessStepFields>('processSteps', backend, processStepsList),
      decisions: plainRepository<IDecisionFields>('decisions', backend, decisionsList),
      inquiries: plainRepository<IInquiryFields>('inquiries', backend, inquiriesList)
    },
    wheel, calendar, provisioning, people
  };
  return { services, backend, activities: activityRepo.store, tasks: taskRepo.store, processes: processes.store };
}
