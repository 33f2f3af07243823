import { randomBytes } from 'crypto';
import type Database from 'better-sqlite3';
import { FormDigests } from '../sp/digest';
import { createItem } from '../sp/item-writer';
import { UniqueGuard } from '../sp/unique';
import { normaliseSeedEvent, type ISeedEvent } from '../graph/seed';
import { SITE_PATH } from '../sp/context';
import { openDatabase } from './db';
import { EventsRepository } from './events-repo';
import { MailRepository, type IMessageRow, type IStoredMessage } from './mail-repo';
import { ItemsRepository } from './items-repo';
import { SchemaRepository } from './schema-repo';
import type { IEventRow, IFieldRow, IItemRow, IListRow, IViewRow, Props } from './types';
import { UsersRepository } from './users-repo';
import { BOARD_GROUP, DEFAULT_USER_EMAIL, DIRECTORY, INITIAL_SITE_USERS, type IPrincipal, type ISiteUser } from './users';

export type { ISeedEvent } from '../graph/seed';
export * from './types';
export * from './users';
export type { IMessageRow, IStoredMessage, ISyncState } from './mail-repo';

/** Everything the site holds, for assertions. */
export interface ISiteSnapshot {
  lists: Array<{ list: IListRow; fields: IFieldRow[]; views: IViewRow[]; items: IItemRow[] }>;
  events: IEventRow[];
}

/** The store as tests and the local page use it directly. */
export interface ISiteStore {
  /** The directory: every principal Graph and the people picker know, site user or not. */
  readonly directory: readonly IPrincipal[];
  /**
   * The site users (the user information list): the demo people, the shared mailbox, the board group and the system
   * account from the start, plus whoever `ensureUser` or `siteUsers.add` has added since.
   */
  readonly users: readonly ISiteUser[];
  /** The people the local page's user switcher offers. */
  readonly demoUsers: readonly ISiteUser[];
  /** Finds a site user by e-mail, login name, UPN or Graph id (case-insensitive). */
  findUser(key: string): ISiteUser | undefined;
  /** Finds a directory principal (site user or not) by e-mail, login name, UPN or Graph id (case-insensitive). */
  findPrincipal(key: string): IPrincipal | undefined;
  /** Makes a directory principal a site user, as `ensureUser` does (no permission check here). */
  ensureSiteUser(principal: IPrincipal): ISiteUser;
  /** Who a request naming nobody is signed in as (Mette). */
  readonly defaultUser: ISiteUser;
  /** Seeds a Graph calendar event (single or a recurring series) in a user's, the shared mailbox's or the group's calendar. */
  addEvent(mailboxIdOrUpn: string, event: ISeedEvent): IEventRow;
  /**
   * Delivers a message to a mailbox's folder (the inbox by default), as if it had just arrived: the next delta round
   * returns it. `id` and `internetMessageId` are made up when absent.
   */
  addMessage(mailboxIdOrUpn: string, message: ISeedMessage, folder?: string): IMessageRow;
  /**
   * Inserts items into a list in one transaction, validated as REST writes are (types, lengths, site users, unique
   * columns); fast enough for 5,000+ rows.
   */
  insertItems(listTitleOrId: string, items: Props[], asUserEmail?: string): IItemRow[];
  /** A list by title, id or server-relative URL. */
  findList(titleIdOrUrl: string): IListRow | undefined;
  /** The stored items of a list (ID order). */
  getItems(listTitleIdOrUrl: string): IItemRow[];
  /** Everything, for assertions. */
  snapshot(): ISiteSnapshot;
  /** Wipes lists, items, events and mail, and the site users added since the start; keeps the directory. */
  reset(): void;
}

/** A message to seed: who sent it, when it arrived, its subject and plain-text body. */
export interface ISeedMessage {
  id?: string;
  internetMessageId?: string;
  subject: string;
  body: string;
  receivedDateTime: string;
  from: { name: string; address: string };
  isRead?: boolean;
}

/** The SQLite-backed site store. */
export class SiteStore implements ISiteStore {
  public readonly db: Database.Database;
  public readonly schema: SchemaRepository;
  public readonly items: ItemsRepository;
  public readonly events: EventsRepository;
  /** Mail of the mailboxes (Graph's `messages` and their delta sync states). */
  public readonly mail: MailRepository;
  /** Issues and checks form digests; the secret lives with the data, so digests survive a restart as online. */
  public readonly formDigests: FormDigests;
  public readonly directory: readonly IPrincipal[] = DIRECTORY;
  public readonly demoUsers: readonly ISiteUser[] = INITIAL_SITE_USERS.filter(u => u.canSignIn);
  private readonly siteUsers: UsersRepository;

  public constructor(dataDir: string) {
    this.db = openDatabase(dataDir);
    this.items = new ItemsRepository(this.db);
    this.schema = new SchemaRepository(this.db, listId => this.items.invalidate(listId));
    this.events = new EventsRepository(this.db);
    this.mail = new MailRepository(this.db);
    this.siteUsers = new UsersRepository(this.db);
    this.formDigests = new FormDigests(this.setting('digestSecret', () => randomBytes(32).toString('hex')));
  }

  /** A value kept with the site's data, created by `create` the first time. */
  private setting(key: string, create: () => string): string {
    const row = this.db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
    if (row) return row.value;
    const value = create();
    this.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run(key, value);
    return value;
  }

  /** Runs `fn` in a transaction (a savepoint when nested): all of it is written, or none. */
  public transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  public get users(): readonly ISiteUser[] {
    return this.siteUsers.all();
  }

  /** Site users by id (what `<Person>Id` values refer to). */
  public get userMap(): ReadonlyMap<number, ISiteUser> {
    return this.siteUsers.map();
  }

  public findUser(key: string): ISiteUser | undefined {
    const p = this.findPrincipal(key);
    return p && this.siteUsers.of(p);
  }

  public findPrincipal(key: string): IPrincipal | undefined {
    const k = key.trim().toLowerCase();
    if (!k) return undefined;
    return DIRECTORY.find(u => u.email.toLowerCase() === k || u.loginName.toLowerCase() === k || u.graphId === k ||
      (u.kind !== 'system' && `i:0#.f|membership|${u.email}`.toLowerCase() === k));
  }

  public ensureSiteUser(principal: IPrincipal): ISiteUser {
    return this.siteUsers.add(principal);
  }

  /** The default signed-in user (Mette). */
  public get defaultUser(): ISiteUser {
    return this.findUser(DEFAULT_USER_EMAIL)!;
  }

  public findList(key: string): IListRow | undefined {
    const k = key.toLowerCase().replace(/^\{|\}$/g, '').replace(/\/+$/, '');
    const url = k.startsWith('/') ? k : `${SITE_PATH.toLowerCase()}/${k}`;
    return this.schema.lists().find(l => l.id.toLowerCase() === k || l.title.toLowerCase() === k || l.url.toLowerCase() === url);
  }

  public insertItems(listTitleOrId: string, values: Props[], asUserEmail?: string): IItemRow[] {
    const user = asUserEmail ? this.findUser(asUserEmail) : this.defaultUser;
    if (!user) throw new Error(`Unknown user '${asUserEmail}'.`);
    return this.transaction(() => {
      const list = this.findList(listTitleOrId);
      if (!list) throw new Error(`Unknown list '${listTitleOrId}'.`);
      const fields = this.schema.fields(list.id);
      // One guard for the whole batch: later rows are checked against earlier ones, as a REST create would be.
      const unique = new UniqueGuard(this.db, list, fields);
      const rows = values.map(v => createItem(this, list, v, user, fields, false, unique));
      this.schema.updateList(list);
      return rows;
    });
  }

  public getItems(key: string): IItemRow[] {
    const list = this.findList(key);
    if (!list) throw new Error(`Unknown list '${key}'.`);
    return this.items.all(list.id);
  }

  public addEvent(mailboxIdOrUpn: string, event: ISeedEvent): IEventRow {
    const k = mailboxIdOrUpn.toLowerCase();
    const mailbox = k === BOARD_GROUP.id || k === BOARD_GROUP.mail ? BOARD_GROUP.id : this.findPrincipal(k)?.graphId || undefined;
    if (!mailbox) throw new Error(`Unknown mailbox '${mailboxIdOrUpn}'.`);
    const { id, data } = normaliseSeedEvent(event);
    return this.events.insert(id, mailbox, data);
  }

  public addMessage(mailboxIdOrUpn: string, message: ISeedMessage, folder = 'inbox'): IMessageRow {
    const mailbox = this.findPrincipal(mailboxIdOrUpn);
    if (!mailbox || (mailbox.kind !== 'person' && mailbox.kind !== 'mailbox')) throw new Error(`Unknown mailbox '${mailboxIdOrUpn}'.`);
    const id = message.id ?? `AAMkAGI2${randomBytes(24).toString('base64url')}`;
    const data: IStoredMessage = {
      id,
      internetMessageId: message.internetMessageId ?? `<${randomBytes(9).toString('hex')}@${message.from.address.split('@')[1] || 'localhost'}>`,
      subject: message.subject,
      receivedDateTime: new Date(message.receivedDateTime).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      from: { emailAddress: { name: message.from.name, address: message.from.address } },
      body: message.body,
      isRead: message.isRead ?? false
    };
    return this.mail.insert(mailbox.graphId, folder.toLowerCase(), data);
  }

  public snapshot(): ISiteSnapshot {
    return {
      lists: this.schema.lists().map(list => ({
        list, fields: this.schema.fields(list.id), views: this.schema.views(list.id), items: this.items.all(list.id)
      })),
      events: this.events.all()
    };
  }

  public reset(): void {
    this.transaction(() => {
      for (const table of ['item_versions', 'items', 'views', 'fields', 'lists', 'events', 'messages', 'mail_sync']) this.db.exec(`DELETE FROM ${table}`);
      this.siteUsers.reset();
    });
    this.items.invalidate();
    this.siteUsers.invalidate();
  }

  public close(): void {
    this.db.close();
  }
}
