import Database from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMigrations } from '../db/migrations';
import { APPLICATION_ID } from '../db/workspace-file';
import { KENYA, useTempBackend } from '../test-support';

const tempBackend = useTempBackend();
const CURRENT_VERSION = loadMigrations().length;

const fingerprint = (path: string) => ({
  sha256: createHash('sha256').update(readFileSync(path)).digest('hex'),
  mtimeMs: statSync(path).mtimeMs,
});

/** Opens `path` and expects a refusal with `code` that leaves the file exactly as it was. */
function expectRefusedUntouched(path: string, code: string) {
  const { fails, ok } = tempBackend();
  const before = fingerprint(path);
  const error = fails('workspace.open', { path });
  expect(error.code).toBe(code);
  expect(error.details).toMatchObject({ path });
  expect(fingerprint(path)).toEqual(before);
  expect(ok('workspace.listRecent', {}).items).toEqual([]);
}

describe('workspace files', () => {
  it('creates a real SQLite file with WAL, foreign keys and STRICT tables, and the 2026 periods', () => {
    const { ok, dir } = tempBackend();
    const path = join(dir, 'kenya.ldnw');
    const summary = ok('workspace.create', { ...KENYA, path });
    expect(summary).toMatchObject({ name: 'Kenya LDN 2026', countryIso3: 'KEN', level: 'national', areaName: null, landAreaKm2: 569_140, reportingCycle: 2026, path });
    expect(summary.periods).toEqual([
      { key: 'baseline', yearStart: 2000, yearEnd: 2015 },
      { key: 'report_1', yearStart: 2016, yearEnd: 2019 },
      { key: 'report_2', yearStart: 2016, yearEnd: 2023 },
    ]);
    ok('workspace.close', {});

    const db = new Database(path, { readonly: true });
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const tables = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table'").all() as { name: string; sql: string }[];
    for (const table of tables) expect(table.sql, table.name).toMatch(/\)\s*STRICT$/);
    expect(db.pragma('user_version', { simple: true })).toBe(CURRENT_VERSION);
    db.close();
  });

  it('puts a new workspace in the default folder under a name made from its title, without overwriting', () => {
    const { ok, dir } = tempBackend();
    const first = ok('workspace.create', { ...KENYA, name: 'الأردن / Jordan', countryIso3: 'JOR' });
    const second = ok('workspace.create', { ...KENYA, name: 'الأردن / Jordan', countryIso3: 'JOR' });
    expect(first.path).toBe(join(dir, 'workspaces', 'الأردن-Jordan.ldnw'));
    expect(second.path).toBe(join(dir, 'workspaces', 'الأردن-Jordan-2.ldnw'));
  });

  it('refuses to create over an existing file', () => {
    const { dir, fails } = tempBackend();
    const path = join(dir, 'notes.txt');
    writeFileSync(path, 'do not overwrite');
    expect(fails('workspace.create', { ...KENYA, path }).code).toBe('file_exists');
    expect(readFileSync(path, 'utf8')).toBe('do not overwrite');
  });

  it('reopens a workspace with its data and lists it as recent', () => {
    const first = tempBackend();
    const path = join(first.dir, 'ws.ldnw');
    first.ok('workspace.create', { ...KENYA, path });
    first.ok('landtypes.save', { code: 'F', name: 'Forest' });
    first.backend.close();

    const second = tempBackend(first.dir);
    expect(second.ok('workspace.listRecent', {}).items).toMatchObject([{ path, name: 'Kenya LDN 2026', countryIso3: 'KEN', exists: true }]);
    second.ok('workspace.open', { path });
    expect(second.ok('landtypes.list', {}).items.map((t) => t.name)).toEqual(['Forest']);
  });

  it('flags a recent workspace whose file has gone, and forgets it on request', () => {
    const { ok, fails, dir } = tempBackend();
    const path = join(dir, 'gone.ldnw');
    ok('workspace.create', { ...KENYA, path });
    ok('workspace.close', {});
    writeFileSync(path, '');
    expect(fails('workspace.open', { path }).code).toBe('not_a_workspace');
    expect(ok('workspace.listRecent', {}).items[0]).toMatchObject({ path, exists: true });
    expect(ok('workspace.forgetRecent', { path }).items).toEqual([]);
  });

  it('answers file_not_found for a path with no file', () => {
    const { fails, dir } = tempBackend();
    expect(fails('workspace.open', { path: join(dir, 'nowhere.ldnw') }).code).toBe('file_not_found');
  });

  describe('refuses, without changing a byte,', () => {
    it('a zero-byte file', () => {
      const { dir } = tempBackend();
      const path = join(dir, 'empty.ldnw');
      writeFileSync(path, '');
      expectRefusedUntouched(path, 'not_a_workspace');
    });

    it('random bytes', () => {
      const { dir } = tempBackend();
      const path = join(dir, 'random.ldnw');
      writeFileSync(path, randomBytes(8192));
      expectRefusedUntouched(path, 'not_a_workspace');
    });

    it('a text file', () => {
      const { dir } = tempBackend();
      const path = join(dir, 'targets.csv');
      writeFileSync(path, 'code,name\nF1,Forest\n');
      expectRefusedUntouched(path, 'not_a_workspace');
    });

    it('a SQLite database of another application', () => {
      const { dir } = tempBackend();
      const path = join(dir, 'other.sqlite');
      const other = new Database(path);
      other.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
      other.close();
      expectRefusedUntouched(path, 'not_a_workspace');
    });

    it('a workspace with a damaged page', () => {
      const { ok, dir } = tempBackend();
      const path = join(dir, 'damaged.ldnw');
      ok('workspace.create', { ...KENYA, path });
      for (let i = 0; i < 50; i++) ok('landtypes.save', { code: `T${i}`, name: 'x'.repeat(200), notes: 'n'.repeat(2000) });
      ok('workspace.close', {});
      const bytes = readFileSync(path);
      bytes.fill(0xff, 4096 * 2, 4096 * 3); // wipe the third page
      writeFileSync(path, bytes);
      expectRefusedUntouched(path, 'workspace_corrupt');
    });

    it('a read-only workspace file', () => {
      const { ok, dir } = tempBackend();
      const path = join(dir, 'locked.ldnw');
      ok('workspace.create', { ...KENYA, path });
      ok('workspace.close', {});
      chmodSync(path, 0o444);
      expectRefusedUntouched(path, 'workspace_read_only');
    });

    it('a workspace written by a newer version', () => {
      const { ok, dir } = tempBackend();
      const path = join(dir, 'newer.ldnw');
      ok('workspace.create', { ...KENYA, path });
      ok('workspace.close', {});
      const db = new Database(path);
      const future = CURRENT_VERSION + 1;
      db.exec(`INSERT INTO schema_migrations VALUES (${future}, 'from_the_future', 'abc', '2030-01-01T00:00:00Z'); PRAGMA user_version = ${future};`);
      db.close();
      expectRefusedUntouched(path, 'workspace_newer');
    });

    it('a workspace whose recorded migration was altered', () => {
      const { ok, dir } = tempBackend();
      const path = join(dir, 'altered.ldnw');
      ok('workspace.create', { ...KENYA, path });
      ok('workspace.close', {});
      const db = new Database(path);
      db.exec("UPDATE schema_migrations SET checksum = 'tampered' WHERE id = 1");
      db.close();
      expectRefusedUntouched(path, 'workspace_migrations_altered');
    });
  });
});
