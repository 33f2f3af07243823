import { randomBytes } from 'crypto';
import type Database from 'better-sqlite3';

/** A message as the local mailbox keeps it (Graph's names). The body is plain text; Graph renders HTML by default. */
export interface IStoredMessage {
  id: string;
  internetMessageId: string;
  subject: string;
  receivedDateTime: string;
  from: { emailAddress: { name: string; address: string } };
  body: string;
  isRead: boolean;
}

/** A stored message with its mailbox (Graph id), folder and arrival order. */
export interface IMessageRow {
  id: string;
  mailbox: string;
  folder: string;
  seq: number;
  data: IStoredMessage;
}

/**
 * The state behind a `$skiptoken` (a round in progress) or a `$deltatoken` (a finished round): which mailbox and
 * folder, the query options of the first request (Graph encodes them into the token), the arrival numbers already
 * delivered (`after`) and, for a round in progress, where the round ends (`upTo`).
 */
export interface ISyncState {
  mailbox: string;
  folder: string;
  select?: string;
  filter?: string;
  pageSize: number;
  after: number;
  upTo?: number;
}

interface IMessageRecord { id: string; mailbox: string; folder: string; data: string; seq: number; }
const toRow = (r: IMessageRecord): IMessageRow => ({ id: r.id, mailbox: r.mailbox, folder: r.folder, seq: r.seq, data: JSON.parse(r.data) as IStoredMessage });

/**
 * How many sync states a mailbox keeps. Exchange keeps delta tokens in a cache of limited size and drops the oldest
 * when it is full (then the token answers 410 Gone); the local site keeps this many per mailbox.
 */
export const SYNC_STATES_PER_MAILBOX = 50;

/** Messages of the mailboxes and the delta sync states that read them. */
export class MailRepository {
  public constructor(private readonly db: Database.Database) {}

  public insert(mailbox: string, folder: string, data: IStoredMessage): IMessageRow {
    this.db.prepare(`INSERT INTO messages (id, mailbox, folder, data, seq) VALUES (?, ?, ?, ?,
      (SELECT coalesce(max(seq), 0) + 1 FROM messages))`).run(data.id, mailbox, folder, JSON.stringify(data));
    return toRow(this.db.prepare('SELECT * FROM messages WHERE id = ?').get(data.id) as IMessageRecord);
  }

  /** Messages of a folder that arrived after `after` and up to `upTo` (arrival order). */
  public inFolder(mailbox: string, folder: string, after = 0, upTo = Number.MAX_SAFE_INTEGER): IMessageRow[] {
    return (this.db.prepare('SELECT * FROM messages WHERE mailbox = ? AND folder = ? AND seq > ? AND seq <= ? ORDER BY seq')
      .all(mailbox, folder, after, upTo) as IMessageRecord[]).map(toRow);
  }

  /** The highest arrival number so far (0 with no mail). */
  public lastSeq(): number {
    return (this.db.prepare('SELECT coalesce(max(seq), 0) AS s FROM messages').get() as { s: number }).s;
  }

  /** Stores a sync state and returns its opaque token; the mailbox's oldest states beyond the cache size are dropped. */
  public saveState(state: ISyncState): string {
    const token = randomBytes(18).toString('base64url');
    this.db.prepare('INSERT INTO mail_sync (token, mailbox, data) VALUES (?, ?, ?)').run(token, state.mailbox, JSON.stringify(state));
    this.db.prepare(`DELETE FROM mail_sync WHERE mailbox = ? AND rowid NOT IN
      (SELECT rowid FROM mail_sync WHERE mailbox = ? ORDER BY rowid DESC LIMIT ?)`).run(state.mailbox, state.mailbox, SYNC_STATES_PER_MAILBOX);
    return token;
  }

  public state(token: string): ISyncState | undefined {
    const row = this.db.prepare('SELECT data FROM mail_sync WHERE token = ?').get(token) as { data: string } | undefined;
    return row ? JSON.parse(row.data) as ISyncState : undefined;
  }

  /** Forgets every sync state (as when Exchange's token cache has moved on): the next delta link answers 410. */
  public expireStates(): number {
    return this.db.prepare('DELETE FROM mail_sync').run().changes;
  }

  public all(): IMessageRow[] {
    return (this.db.prepare('SELECT * FROM messages ORDER BY seq').all() as IMessageRecord[]).map(toRow);
  }
}
