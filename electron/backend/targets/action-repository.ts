import type { ImplementedAction } from '../../../shared/targets/schema';
import { selectColumns, type EntityRecord } from '../db/entities';
import type { OpenWorkspace } from '../workspace/open-workspace';
import { ACTION_TARGETS, liveSets } from './set-rows';

/** Live target links of actions, restricted to live targets: a deleted target drops out until it is restored. */
function liveTargetIds(ws: OpenWorkspace): Map<string, string[]> {
  const live = new Set(ws.db.prepare('SELECT id FROM target WHERE deleted_at IS NULL').pluck().all() as string[]);
  const links = liveSets(ws, ACTION_TARGETS);
  return new Map([...links].map(([actionId, ids]) => [actionId, ids.filter((id): id is string => live.has(String(id)))]));
}

function withTargets(ws: OpenWorkspace, rows: readonly EntityRecord<'implemented_action'>[]): ImplementedAction[] {
  const targetIds = liveTargetIds(ws);
  return rows.map((row) => ({ ...row, targetIds: targetIds.get(row.id) ?? [] }));
}

/** SO1.IA.T1, newest start date first. */
export function listActions(ws: OpenWorkspace, includeDeleted: boolean): ImplementedAction[] {
  const where = includeDeleted ? '' : 'WHERE deleted_at IS NULL';
  const rows = ws.db
    .prepare(`SELECT ${selectColumns('implemented_action')} FROM implemented_action ${where} ORDER BY start_date DESC, id DESC`)
    .all() as EntityRecord<'implemented_action'>[];
  return withTargets(ws, rows);
}

export function readAction(ws: OpenWorkspace, id: string): ImplementedAction {
  return withTargets(ws, [ws.mutator.find('implemented_action', id)!])[0]!;
}

/** The live actions linked to the target. */
export function actionsOfTarget(ws: OpenWorkspace, targetId: string): ImplementedAction[] {
  return listActions(ws, false).filter((action) => action.targetIds.includes(targetId));
}
