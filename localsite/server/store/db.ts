import Database from 'better-sqlite3';
import * as fs from 'fs';
import * as path from 'path';

/**
 * The SQLite schema. Lists, fields and views keep their SharePoint properties as JSON (`props`) so a MERGE can
 * change any of them without a migration; items keep their field values as JSON (`data`) because the columns
 * are created at run time by the project's provisioning, not known here.
 */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS users (
  id INTEGER PRIMARY KEY, login_name TEXT NOT NULL UNIQUE, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS lists (
  id TEXT PRIMARY KEY, title TEXT NOT NULL, url TEXT NOT NULL UNIQUE COLLATE NOCASE, props TEXT NOT NULL,
  next_item_id INTEGER NOT NULL DEFAULT 1, created TEXT NOT NULL, last_item_modified TEXT NOT NULL,
  last_item_deleted TEXT NOT NULL, seq INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS fields (
  list_id TEXT NOT NULL REFERENCES lists(id) ON DELETE CASCADE, id TEXT NOT NULL, internal_name TEXT NOT NULL,
  props TEXT NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (list_id, id), UNIQUE (list_id, internal_name));
CREATE TABLE IF NOT EXISTS views (
  list_id TEXT NOT NULL REFERENCES lists(id) ON DELETE CASCADE, id TEXT NOT NULL, props TEXT NOT NULL,
  view_fields TEXT NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (list_id, id));
CREATE TABLE IF NOT EXISTS items (
  list_id TEXT NOT NULL REFERENCES lists(id) ON DELETE CASCADE, id INTEGER NOT NULL, guid TEXT NOT NULL,
  data TEXT NOT NULL, version INTEGER NOT NULL, ui_version INTEGER NOT NULL, created TEXT NOT NULL,
  modified TEXT NOT NULL, author_id INTEGER NOT NULL, editor_id INTEGER NOT NULL, PRIMARY KEY (list_id, id));
CREATE TABLE IF NOT EXISTS item_versions (
  list_id TEXT NOT NULL REFERENCES lists(id) ON DELETE CASCADE, item_id INTEGER NOT NULL, ui_version INTEGER NOT NULL,
  data TEXT NOT NULL, modified TEXT NOT NULL, editor_id INTEGER NOT NULL, PRIMARY KEY (list_id, item_id, ui_version));
CREATE TABLE IF NOT EXISTS events (
  id TEXT PRIMARY KEY, mailbox TEXT NOT NULL, data TEXT NOT NULL, seq INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS events_mailbox ON events (mailbox);
CREATE TABLE IF NOT EXISTS messages (
  id TEXT PRIMARY KEY, mailbox TEXT NOT NULL, folder TEXT NOT NULL, data TEXT NOT NULL, seq INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS messages_folder ON messages (mailbox, folder, seq);
CREATE TABLE IF NOT EXISTS mail_sync (token TEXT PRIMARY KEY, mailbox TEXT NOT NULL, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
`;

/** Opens (and creates) the site database: `dataDir` is a folder holding `site.db`, or `:memory:`. */
export function openDatabase(dataDir: string): Database.Database {
  let file = ':memory:';
  if (dataDir !== ':memory:') {
    fs.mkdirSync(dataDir, { recursive: true });
    file = path.join(dataDir, 'site.db');
  }
  const db = new Database(file);
  if (file !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.exec(SCHEMA);
  return db;
}
