import type { Milestone } from '../../../shared/targets/schema';
import { selectColumns, type EntityRecord } from '../db/entities';
import type { OpenWorkspace } from '../workspace/open-workspace';

const rowsOf = (ws: OpenWorkspace, targetId: string) =>
  ws.db.prepare(`SELECT ${selectColumns('target_milestone')} FROM target_milestone WHERE target_id = ?`).all(targetId) as EntityRecord<'target_milestone'>[];

/**
 * Makes the target's live milestones exactly `milestones`: one row per (target, year), like a set, whose
 * value is updated in place, so a milestone's history stays in one record.
 */
export function syncMilestones(ws: OpenWorkspace, targetId: string, milestones: readonly Milestone[]): void {
  const rows = rowsOf(ws, targetId);
  const rowOf = new Map(rows.map((row) => [row.year, row]));
  const years = new Set(milestones.map((m) => m.year));
  for (const { year, value } of milestones) {
    const row = rowOf.get(year);
    if (!row) {
      ws.mutator.insert('target_milestone', { targetId, year, value });
      continue;
    }
    if (row.deletedAt !== null) ws.mutator.restore('target_milestone', row.id);
    ws.mutator.update('target_milestone', row.id, { value });
  }
  for (const row of rows) if (row.deletedAt === null && !years.has(row.year)) ws.mutator.remove('target_milestone', row.id);
}

/** Live milestones of every target (or of one), by target, in year order. */
export function liveMilestones(ws: OpenWorkspace, targetId?: string): Map<string, Milestone[]> {
  const rows = ws.db
    .prepare(`SELECT target_id AS targetId, year, value FROM target_milestone WHERE deleted_at IS NULL AND (? IS NULL OR target_id = ?) ORDER BY year`)
    .all(targetId ?? null, targetId ?? null) as (Milestone & { targetId: string })[];
  const byTarget = new Map<string, Milestone[]>();
  for (const { targetId: owner, year, value } of rows) byTarget.set(owner, [...(byTarget.get(owner) ?? []), { year, value }]);
  return byTarget;
}

/** Every milestone row id of the target, tombstoned ones included (for its history). */
export function milestoneRowIds(ws: OpenWorkspace, targetId: string): string[] {
  return rowsOf(ws, targetId).map((row) => row.id);
}
