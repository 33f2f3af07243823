import type Database from 'better-sqlite3';
import type { IEventRow, IStoredEvent } from './types';

interface IEventRecord { id: string; mailbox: string; data: string; seq: number; }
const toEvent = (r: IEventRecord): IEventRow =>
  ({ id: r.id, mailbox: r.mailbox, data: JSON.parse(r.data) as IStoredEvent, seq: r.seq });

/** Graph calendar events (single events and series masters), per mailbox. */
export class EventsRepository {
  public constructor(private readonly db: Database.Database) {}

  public insert(id: string, mailbox: string, data: IStoredEvent): IEventRow {
    this.db.prepare(`INSERT INTO events (id, mailbox, data, seq) VALUES (?, ?, ?,
      (SELECT coalesce(max(seq), 0) + 1 FROM events))`).run(id, mailbox, JSON.stringify(data));
    return toEvent(this.db.prepare('SELECT * FROM events WHERE id = ?').get(id) as IEventRecord);
  }

  /** Events of one mailbox (by its Graph id). */
  public forMailbox(mailbox: string): IEventRow[] {
    return (this.db.prepare('SELECT * FROM events WHERE mailbox = ? ORDER BY seq').all(mailbox) as IEventRecord[]).map(toEvent);
  }

  public all(): IEventRow[] {
    return (this.db.prepare('SELECT * FROM events ORDER BY seq').all() as IEventRecord[]).map(toEvent);
  }
}
