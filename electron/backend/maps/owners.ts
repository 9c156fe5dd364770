import type { GeometryOwner } from '../../../shared/maps/schema';
import { fieldError } from '../errors';
import type { OpenWorkspace } from '../workspace/open-workspace';

/**
 * Each owner's table and the column that names a record on the map. The SQL is built only from this
 * allow-list, never from input (owner names are checked by the contract's enum first).
 */
const OWNERS: Record<GeometryOwner, { table: string; label: string }> = {
  workspace: { table: 'workspace', label: 'name' },
  target: { table: 'target', label: 'coalesce(location_name, text)' },
  implemented_action: { table: 'implemented_action', label: 'coalesce(location_name, description)' },
  baseline_hot_bright_spot: { table: 'baseline_hot_bright_spot', label: 'name' },
  baseline_false_pos_neg: { table: 'baseline_false_pos_neg', label: 'location_name' },
  landtype: { table: 'landtype', label: "code || ' ' || name" },
  transition_region: { table: 'transition_region', label: 'name' },
  land_use_plan: { table: 'land_use_plan', label: 'name' },
  plan_zone: { table: 'plan_zone', label: 'name' },
};

/** Refuses a geometry for a record that does not exist or is deleted, on the owner field. */
export function assertOwnerLive(ws: OpenWorkspace, ownerEntity: GeometryOwner, ownerId: string): void {
  const row = ws.db.prepare(`SELECT 1 FROM ${OWNERS[ownerEntity].table} WHERE id = ? AND deleted_at IS NULL`).get(ownerId);
  if (!row) throw fieldError('not_found', { path: ['ownerId'], messageKey: 'errors:maps.ownerNotFound' });
}

/** The ids of the live records of one owner kind: one query for all of them, not one per shape. */
export function liveOwnerIds(ws: OpenWorkspace, ownerEntity: GeometryOwner): ReadonlySet<string> {
  return new Set(ws.db.prepare(`SELECT id FROM ${OWNERS[ownerEntity].table} WHERE deleted_at IS NULL`).pluck().all() as string[]);
}

/** The names of the live records of one owner kind, by id: what the map's legend and tooltips show. */
export function liveOwnerLabels(ws: OpenWorkspace, ownerEntity: GeometryOwner): Map<string, string> {
  const { table, label } = OWNERS[ownerEntity];
  const rows = ws.db.prepare(`SELECT id, ${label} AS label FROM ${table} WHERE deleted_at IS NULL`).all() as { id: string; label: string }[];
  return new Map(rows.map(({ id, label: text }) => [id, text]));
}

/** The plan of each live plan zone, by zone id: the map links a zone to its page under its plan's. */
export function livePlanIdsOfZones(ws: OpenWorkspace): Map<string, string> {
  const rows = ws.db.prepare('SELECT id, plan_id AS planId FROM plan_zone WHERE deleted_at IS NULL').all() as { id: string; planId: string }[];
  return new Map(rows.map(({ id, planId }) => [id, planId]));
}
