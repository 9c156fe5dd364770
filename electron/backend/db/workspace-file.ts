import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { appError } from '../errors';
import { backupWorkspace } from './backup';
import type { Migration } from './migrations';

/** 'LDNW' in the SQLite header: tells our workspace files from any other SQLite database. */
export const APPLICATION_ID = 0x4c444e57;

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export type Db = Database.Database;

interface AppliedMigration {
  id: number;
  name: string;
  checksum: string;
}

/**
 * Opens an existing workspace file, upgrading it when this version knows newer migrations.
 * Everything that could make us refuse the file is checked on a read-only connection first, so a file
 * we refuse (not ours, corrupt, newer, altered, read-only) is never written to.
 */
export function openWorkspaceFile(path: string, migrations: Migration[], backupsDir: string): Db {
  const pending = inspect(path, migrations);
  const db = openReadWrite(path, false);
  try {
    if (pending.length > 0) {
      backupWorkspace(db, path, backupsDir, `before-v${migrations.length}`);
      migrate(db, pending);
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Creates a new workspace file; on any failure the half-made file is removed. */
export function createWorkspaceFile(path: string, migrations: Migration[]): Db {
  if (existsSync(path)) throw appError('file_exists');
  let db: Db | undefined;
  try {
    db = openReadWrite(path, true);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, migrations);
    return db;
  } catch (error) {
    db?.close();
    removeDatabaseFiles(path);
    throw error;
  }
}

export function removeDatabaseFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true });
}

function inspect(path: string, migrations: Migration[]): Migration[] {
  if (!existsSync(path)) throw appError('file_not_found', { path });
  const stat = statSync(path);
  if (!stat.isFile() || !hasSqliteHeader(path)) throw appError('not_a_workspace', { path });
  // Mode bits, not access(): root may write to any file, but a user who made the file read-only meant it.
  if ((stat.mode & 0o222) === 0) throw appError('workspace_read_only', { path });

  let db: Db | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    if (db.pragma('application_id', { simple: true }) !== APPLICATION_ID) throw appError('not_a_workspace', { path });
    if (db.pragma('quick_check', { simple: true }) !== 'ok') throw appError('workspace_corrupt', { path });
    return pendingMigrations(db, migrations, path);
  } catch (error) {
    throw translateSqliteError(error, path);
  } finally {
    db?.close();
  }
}

function pendingMigrations(db: Db, migrations: Migration[], path: string): Migration[] {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > migrations.length) throw appError('workspace_newer', { path, version, supported: migrations.length });
  const hasTable = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'").get();
  const applied = hasTable ? (db.prepare('SELECT id, name, checksum FROM schema_migrations ORDER BY id').all() as AppliedMigration[]) : [];
  applied.forEach((record, index) => {
    const known = migrations[index];
    if (record.id > migrations.length) throw appError('workspace_newer', { path, version: record.id, supported: migrations.length });
    if (!known || known.id !== record.id || known.name !== record.name || known.checksum !== record.checksum) {
      throw appError('workspace_migrations_altered', { path, migration: record.id });
    }
  });
  if (applied.length !== version) throw appError('workspace_migrations_altered', { path, migration: version });
  return migrations.slice(applied.length);
}

function openReadWrite(path: string, create: boolean): Db {
  try {
    const db = new Database(path, { fileMustExist: !create });
    db.pragma('journal_mode = WAL');
    // FULL: a write the user saw acknowledged survives a power cut, not just a crash of the app.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // Overwrite freed space with zeros, so that an erased person's details do not linger in the file.
    db.pragma('secure_delete = ON');
    return db;
  } catch (error) {
    throw translateSqliteError(error, path);
  }
}

function migrate(db: Db, pending: Migration[]): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT`);
  const record = db.prepare('INSERT INTO schema_migrations (id, name, checksum, applied_at) VALUES (?, ?, ?, ?)');
  for (const migration of pending) {
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.id, migration.name, migration.checksum, new Date().toISOString());
      db.pragma(`user_version = ${migration.id}`);
    })();
  }
}

function hasSqliteHeader(path: string): boolean {
  const header = Buffer.alloc(SQLITE_HEADER.length);
  const fd = openSync(path, 'r');
  try {
    return readSync(fd, header, 0, header.length, 0) === header.length && header.equals(SQLITE_HEADER);
  } finally {
    closeSync(fd);
  }
}

function translateSqliteError(error: unknown, path: string): unknown {
  const code = (error as { code?: unknown }).code;
  switch (code) {
    case 'SQLITE_NOTADB':
      return appError('not_a_workspace', { path });
    case 'SQLITE_CORRUPT':
      return appError('workspace_corrupt', { path });
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return appError('workspace_locked', { path });
    case 'SQLITE_READONLY':
    case 'SQLITE_PERM':
      return appError('workspace_read_only', { path });
    case 'SQLITE_CANTOPEN':
      return appError('file_not_found', { path });
    default:
      return error;
  }
}
