import type Database from 'better-sqlite3';
import { DIRECTORY, INITIAL_SITE_USERS, type IPrincipal, type ISiteUser } from './users';

const claimOf = (p: IPrincipal): string => p.loginName.toLowerCase();

/**
 * The site's users — its user information list — in SQLite: the initial ones (ids 1, 7–13) and everyone added since
 * by `ensureUser` or `siteUsers.add`, who gets the next free id, as SharePoint numbers new site users. The directory
 * stays the source of their names and titles.
 */
export class UsersRepository {
  private cache: ISiteUser[] | undefined;
  private byId: Map<number, ISiteUser> | undefined;

  public constructor(private readonly db: Database.Database) {
    const insert = db.prepare('INSERT OR REPLACE INTO users (id, login_name, data) VALUES (?, ?, ?)');
    db.transaction(() => INITIAL_SITE_USERS.forEach(u => insert.run(u.id, u.loginName, JSON.stringify(u))))();
  }

  /**
   * Every site user, in id order. Cached between writes, but never filled inside a transaction, so a rolled-back
   * `ensureUser` leaves no phantom site user behind. Do not mutate.
   */
  public all(): readonly ISiteUser[] {
    if (this.cache) return this.cache;
    const rows = this.db.prepare('SELECT id, data FROM users ORDER BY id').all() as Array<{ id: number; data: string }>;
    const directory = new Map(DIRECTORY.map(p => [claimOf(p), p]));
    const users = rows.map(r => {
      const stored = JSON.parse(r.data) as IPrincipal;
      return { ...stored, ...(directory.get(claimOf(stored)) ?? {}), id: r.id };
    });
    if (!this.db.inTransaction) this.cache = users;
    return users;
  }

  /** Site users by id (what `<Person>Id` values refer to). */
  public map(): ReadonlyMap<number, ISiteUser> {
    if (this.byId && this.cache) return this.byId;
    const users = this.all();
    const map = new Map(users.map(u => [u.id, u]));
    if (this.cache === users) this.byId = map;
    return map;
  }

  /** The site user for a directory principal, if it is one. */
  public of(p: IPrincipal): ISiteUser | undefined {
    return this.all().find(u => claimOf(u) === claimOf(p));
  }

  /** Makes a directory principal a site user (a no-op for one who is); returns the site user. */
  public add(p: IPrincipal): ISiteUser {
    const existing = this.of(p);
    if (existing) return existing;
    const id = ((this.db.prepare('SELECT max(id) AS n FROM users').get() as { n: number | null }).n ?? 0) + 1;
    this.db.prepare('INSERT INTO users (id, login_name, data) VALUES (?, ?, ?)').run(id, p.loginName, JSON.stringify({ ...p, siteUserId: undefined }));
    this.invalidate();
    return this.of(p)!;
  }

  /** Back to the initial site users (a data reset: whoever was ensured since is no site user any more). */
  public reset(): void {
    const keep = INITIAL_SITE_USERS.map(u => u.id);
    this.db.prepare(`DELETE FROM users WHERE id NOT IN (${keep.map(() => '?').join(', ')})`).run(...keep);
    this.invalidate();
  }

  /** Forget cached rows (after a write, or a rolled-back transaction that wrote). */
  public invalidate(): void {
    this.cache = undefined;
    this.byId = undefined;
  }
}
