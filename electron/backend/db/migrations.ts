import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface Migration {
  /** The number in the file name: 1 for 0001_init.sql. Migrations are applied in this order. */
  id: number;
  name: string;
  sql: string;
  /** sha256 of the file; recorded when applied, so an altered file is detected. */
  checksum: string;
}

const FILE_PATTERN = /^(\d{4})_([a-z0-9_]+)\.sql$/;

/**
 * The migration files live beside this module in source (`db/migrations/`) and beside the bundle in
 * the Electron build (`out/main/migrations/`, copied by the build), so one relative lookup serves both.
 */
export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

export function loadMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  const migrations = readdirSync(dir)
    .filter((file) => file.endsWith('.sql'))
    .sort()
    .map((file) => {
      const match = FILE_PATTERN.exec(file);
      if (!match) throw new Error(`Migration file name must look like 0001_name.sql: ${file}`);
      const sql = readFileSync(`${dir}/${file}`, 'utf8');
      return { id: Number(match[1]), name: match[2]!, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
  migrations.forEach((m, index) => {
    if (m.id !== index + 1) throw new Error(`Migrations must be numbered 0001, 0002, … without gaps; found ${m.id} at position ${index + 1}`);
  });
  return migrations;
}
