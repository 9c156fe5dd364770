import type { LandType } from '../../../shared/landtypes/schema';
import { selectColumns } from '../db/entities';
import type { OpenWorkspace } from '../workspace/open-workspace';

/** A land type row as the list query reads it: an array, in the order of its SELECT. */
type LandTypeRow = [
  id: string,
  createdAt: string,
  updatedAt: string,
  deletedAt: string | null,
  code: string,
  name: string,
  definitionBasis: string | null,
  areaKm2: number | null,
  degradedAreaKm2: number | null,
  notes: string | null,
];

/**
 * Every land type, in code order. The one land type query that reads every row (10,000 in a large national
 * workspace, against a 50 ms budget): better-sqlite3 builds each row object key by key in native code, which
 * cost more than the query itself; reading rows as arrays and building each object with one literal here
 * takes about half the time (`npm run bench`). The objects are the same, keys in the same order as
 * `selectColumns('landtype')` (repository.test.ts compares them with what the Mutator stores).
 */
export function listLandTypes(ws: OpenWorkspace, includeDeleted: boolean): LandType[] {
  const where = includeDeleted ? '' : 'WHERE deleted_at IS NULL';
  const rows = ws.db
    .prepare(
      `SELECT id, created_at, updated_at, deleted_at, code, name, definition_basis, area_km2, degraded_area_km2, notes
         FROM landtype ${where} ORDER BY code, id`,
    )
    .raw(true)
    .all() as LandTypeRow[];
  return rows.map((row) => ({
    id: row[0],
    createdAt: row[1],
    updatedAt: row[2],
    deletedAt: row[3],
    code: row[4],
    name: row[5],
    definitionBasis: row[6],
    areaKm2: row[7],
    degradedAreaKm2: row[8],
    notes: row[9],
  }));
}

/** The live land type using `code`, other than `exceptId`: codes must stay unique among live ones. */
export function landTypeWithCode(ws: OpenWorkspace, code: string, exceptId?: string): LandType | undefined {
  return ws.db
    .prepare(`SELECT ${selectColumns('landtype')} FROM landtype WHERE code = ? AND deleted_at IS NULL AND id IS NOT ?`)
    .get(code, exceptId ?? null) as LandType | undefined;
}
