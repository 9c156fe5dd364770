import type { LandType } from '../../../shared/landtypes/schema';
import { selectColumns } from '../db/entities';
import type { OpenWorkspace } from '../workspace/open-workspace';

export function listLandTypes(ws: OpenWorkspace, includeDeleted: boolean): LandType[] {
  const where = includeDeleted ? '' : 'WHERE deleted_at IS NULL';
  return ws.db.prepare(`SELECT ${selectColumns('landtype')} FROM landtype ${where} ORDER BY code, id`).all() as LandType[];
}

/** The live land type using `code`, other than `exceptId`: codes must stay unique among live ones. */
export function landTypeWithCode(ws: OpenWorkspace, code: string, exceptId?: string): LandType | undefined {
  return ws.db
    .prepare(`SELECT ${selectColumns('landtype')} FROM landtype WHERE code = ? AND deleted_at IS NULL AND id IS NOT ?`)
    .get(code, exceptId ?? null) as LandType | undefined;
}
