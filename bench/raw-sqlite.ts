import Database from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import { timed } from './stats';

export interface LandTypeRow {
  code: string;
  name: string;
  definitionBasis: string;
  areaKm2: number;
  notes: string;
}

/**
 * The reference: the same table (its DDL copied from a real workspace) and the same connection pragmas
 * as the backend's workspace files (electron/backend/db/workspace-file.ts), written with one prepared
 * INSERT per row in its own transaction, read with one prepared SELECT. No validation, no change log.
 */
export function measureRawSqlite(
  path: string,
  landtypeDdl: readonly string[],
  rows: readonly LandTypeRow[],
  selectRuns: number,
): { insertMs: number[]; selectMs: number[] } {
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    for (const sql of landtypeDdl) db.exec(sql);

    const insert = db.prepare(
      'INSERT INTO landtype (id, code, name, definition_basis, area_km2, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const insertOne = db.transaction((row: LandTypeRow) => {
      const now = new Date().toISOString();
      insert.run(uuidv7(), row.code, row.name, row.definitionBasis, row.areaKm2, row.notes, now, now);
    });
    const insertMs = rows.map((row) => timed(() => insertOne(row)).ms);

    const select = db.prepare(
      `SELECT id, code, name, definition_basis AS definitionBasis, area_km2 AS areaKm2, notes,
              created_at AS createdAt, updated_at AS updatedAt, deleted_at AS deletedAt
         FROM landtype WHERE deleted_at IS NULL ORDER BY code, id`,
    );
    const selectMs = Array.from({ length: selectRuns }, () => {
      const { ms, result } = timed(() => select.all());
      if (result.length !== rows.length) throw new Error('The raw SELECT did not return every row');
      return ms;
    });
    return { insertMs, selectMs };
  } finally {
    db.close();
  }
}
