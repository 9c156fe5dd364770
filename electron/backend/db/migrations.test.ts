import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadMigrations, MIGRATIONS_DIR, type Migration } from './migrations';
import { openWorkspaceFile } from './workspace-file';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/workspaces');
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ldn-migrate-'));
  dirs.push(dir);
  return dir;
}

/** A copy of a committed fixture workspace, so the test can upgrade it. */
function fixtureCopy(version: number): string {
  const path = join(tempDir(), `v${version}.ldnw`);
  copyFileSync(join(FIXTURES, `v${String(version).padStart(4, '0')}.ldnw`), path);
  return path;
}

/** Rows per table of a workspace file, except the migration records an upgrade adds to. */
function rowCounts(path: string): Record<string, number> {
  const db = new Database(path, { readonly: true });
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('schema_migrations') AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
  const counts = Object.fromEntries(tables.map((table) => [table, db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number]));
  db.close();
  return counts;
}

function withExtraMigration(sql: string): Migration[] {
  const dir = tempDir();
  for (const file of readdirSync(MIGRATIONS_DIR)) copyFileSync(join(MIGRATIONS_DIR, file), join(dir, file));
  const next = String(loadMigrations().length + 1).padStart(4, '0');
  writeFileSync(join(dir, `${next}_test_step.sql`), sql);
  return loadMigrations(dir);
}

describe('migrations', () => {
  it('are numbered without gaps and carry a checksum of their text', () => {
    const migrations = loadMigrations();
    expect(migrations.map((m) => m.id)).toEqual(migrations.map((_, i) => i + 1));
    for (const m of migrations) expect(m.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('have, for every version a user may hold, a fixture workspace that upgrades to the current one and keeps its data', () => {
    const migrations = loadMigrations();
    for (let version = 1; version <= migrations.length; version++) {
      const path = fixtureCopy(version);
      const before = rowCounts(path);
      const db = openWorkspaceFile(path, migrations, tempDir());
      expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.prepare("SELECT name FROM landtype WHERE code = 'F1'").pluck().get()).toBe('Forest, humid');
      if (version >= 2) {
        expect(db.prepare('SELECT kind FROM scenario').pluck().all()).toEqual(['business_as_usual']);
        expect(db.prepare("SELECT area_km2 FROM anticipated_loss WHERE driver = 'deforestation'").pluck().get()).toBe(120);
      }
      if (version >= 3) {
        const linked = db
          .prepare(
            `SELECT c.title, p.name, d.subject_type AS subjectType
               FROM decision d JOIN consultation c ON c.id = d.consultation_id
               JOIN attendance a ON a.consultation_id = c.id JOIN person p ON p.id = a.person_id
               JOIN landtype l ON l.id = d.subject_id WHERE l.code = 'F1'`,
          )
          .all();
        expect(linked).toEqual([{ title: 'Land-cover legend workshop', name: 'Amina Njoroge', subjectType: 'landtype' }]);
      }
      if (version >= 4) {
        expect(db.prepare('SELECT land_km2 FROM baseline_land_area WHERE year = 2015').pluck().get()).toBe(569_140);
        expect(db.prepare('SELECT count(*) FROM trends_earth_import_bytes').pluck().get()).toBe(2);
        expect(db.prepare('SELECT max(version) FROM transition_matrix_version').pluck().get()).toBe(2);
      }
      if (version >= 5) {
        const linked = db
          .prepare(
            `SELECT t.location_name AS location, l.framework FROM target t JOIN commitment_link l ON l.target_id = t.id
              WHERE t.parent_target_id IS NOT NULL`,
          )
          .all();
        expect(linked).toEqual([{ location: 'Rift Valley', framework: 'bonn_challenge' }]);
      }
      if (version >= 6) {
        expect(db.prepare('SELECT name FROM baseline_hot_bright_spot').pluck().all()).toEqual(['Mau Forest']);
        const regional = db
          .prepare(
            `SELECT r.name, max(v.version) AS versions FROM transition_region r
               JOIN transition_matrix_version v ON v.region_id = r.id GROUP BY r.name ORDER BY r.name`,
          )
          .all();
        expect(regional).toEqual([{ name: 'Arid north', versions: 2 }, { name: 'Humid south', versions: 1 }]);
      }
      if (version >= 7) {
        const linked = db
          .prepare(
            `SELECT m.description, t.location_name AS location FROM response_measure_target l
               JOIN response_measure m ON m.id = l.measure_id JOIN target t ON t.id = l.target_id`,
          )
          .all();
        expect(linked).toEqual([{ description: 'Rehabilitate degraded humid forest', location: 'Rift Valley' }]);
      }
      if (version >= 8) {
        expect(db.prepare("SELECT degraded_area_km2 FROM landtype WHERE code = 'F1'").pluck().get()).toBe(2_400);
        const planned = db
          .prepare(
            `SELECT p.name AS plan, z.name AS zone, c.area_km2 AS areaKm2, round(g.area_km2) AS outlineKm2
               FROM plan_zone_conversion c JOIN plan_zone z ON z.id = c.zone_id JOIN land_use_plan p ON p.id = z.plan_id
               JOIN feature_geometry g ON g.owner_entity = 'plan_zone' AND g.owner_id = z.id`,
          )
          .all();
        // A 0.05° square at 0.6° S is about 5.6 km × 5.5 km.
        expect(planned).toEqual([{ plan: 'Mau Forest Complex Plan', zone: 'Tea frontier', areaKm2: 6, outlineKm2: 31 }]);
        expect(db.prepare("SELECT count(*) FROM feature_geometry WHERE owner_entity = 'workspace'").pluck().get()).toBe(1);
      }
      if (version >= 9) {
        const licence = db.prepare('SELECT licence, custom_licence_text AS text, aggregation_permission AS permission FROM usl_licence WHERE deleted_at IS NULL').all();
        expect(licence).toEqual([{ licence: 'custom', text: 'Open Government Licence – Kenya', permission: 1 }]);
      }
      db.close();
      const after = rowCounts(path);
      expect(Object.fromEntries(Object.keys(before).map((table) => [table, after[table]])), `v${version}`).toEqual(before);
    }
  });

  it('back up the workspace, then apply a new migration in its own transaction', () => {
    const current = loadMigrations().length;
    const path = fixtureCopy(current);
    const backups = tempDir();
    const migrations = withExtraMigration('ALTER TABLE landtype ADD COLUMN colour TEXT;');
    const db = openWorkspaceFile(path, migrations, backups);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(db.prepare('SELECT id, name FROM schema_migrations ORDER BY id').all()).toEqual(migrations.map(({ id, name }) => ({ id, name })));
    db.close();

    const [backup] = readdirSync(backups);
    expect(backup).toMatch(new RegExp(`^v${current}\\..*\\.before-v${current + 1}\\.ldnw$`));
    const old = new Database(join(backups, backup!), { readonly: true });
    expect(old.pragma('user_version', { simple: true })).toBe(migrations.length - 1);
    old.close();
  });

  it('leave the workspace as it was when a migration fails', () => {
    const path = fixtureCopy(loadMigrations().length);
    const migrations = withExtraMigration('ALTER TABLE landtype ADD COLUMN colour TEXT; SELECT * FROM no_such_table;');
    expect(() => openWorkspaceFile(path, migrations, tempDir())).toThrow(/no such table/);
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length - 1);
    expect(db.prepare("SELECT count(*) FROM pragma_table_info('landtype') WHERE name = 'colour'").pluck().get()).toBe(0);
    db.close();
    expect(existsSync(path)).toBe(true);
  });
});
