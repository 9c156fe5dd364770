import { GAP_PRIORITY_AREAS, HIERARCHY_TYPES, INDICATORS } from '../../../shared/targets/codes';
import { columnOf, ENTITIES, type EntityName, type EntityValues } from '../db/entities';
import type { OpenWorkspace } from '../workspace/open-workspace';

type SetValue = string | number;

/**
 * A set held as rows (sets are rows, SYNC.md): one row per (owner, value) ever recorded. Removing a value
 * tombstones its row and adding it back restores that row, so each pair keeps one history.
 */
interface SetSpec {
  entity: EntityName;
  owner: string;
  value: string;
  /** Values are read back in this order (a code list), else in ascending order. */
  order?: readonly SetValue[];
}

export const TARGET_SETS = {
  hierarchyTypes: { entity: 'target_hierarchy_type', owner: 'targetId', value: 'hierarchyType', order: HIERARCHY_TYPES },
  indicators: { entity: 'target_indicator', owner: 'targetId', value: 'indicator', order: INDICATORS },
  landCoverClasses: { entity: 'target_land_cover', owner: 'targetId', value: 'classCode' },
  landTypeIds: { entity: 'target_land_type', owner: 'targetId', value: 'landTypeId' },
  gapPriorityAreas: { entity: 'target_gap_area', owner: 'targetId', value: 'gapArea', order: GAP_PRIORITY_AREAS },
} as const satisfies Record<string, SetSpec>;

/** The targets an implemented action is linked to. */
export const ACTION_TARGETS = { entity: 'action_target', owner: 'actionId', value: 'targetId' } as const satisfies SetSpec;

interface SetRow {
  id: string;
  owner: string;
  value: SetValue;
  deletedAt: string | null;
}

function rowsOf(ws: OpenWorkspace, spec: SetSpec, where: string, ...params: SetValue[]): SetRow[] {
  return ws.db
    .prepare(
      `SELECT id, ${columnOf(spec.owner)} AS owner, ${columnOf(spec.value)} AS value, deleted_at AS deletedAt
         FROM ${ENTITIES[spec.entity].table} WHERE ${where}`,
    )
    .all(...params) as SetRow[];
}

/** Makes the owner's live set exactly `values`, through the mutate path. */
export function syncSet(ws: OpenWorkspace, spec: SetSpec, ownerId: string, values: readonly SetValue[]): void {
  const rows = rowsOf(ws, spec, `${columnOf(spec.owner)} = ?`, ownerId);
  const rowOf = new Map(rows.map((row) => [row.value, row]));
  const wanted = new Set(values);
  for (const value of values) {
    const row = rowOf.get(value);
    if (!row) ws.mutator.insert(spec.entity, { [spec.owner]: ownerId, [spec.value]: value } as unknown as EntityValues<typeof spec.entity>);
    else if (row.deletedAt !== null) ws.mutator.restore(spec.entity, row.id);
  }
  for (const row of rows) if (row.deletedAt === null && !wanted.has(row.value)) ws.mutator.remove(spec.entity, row.id);
}

/** The live values of every owner (or of one), grouped by owner, in the spec's order. */
export function liveSets(ws: OpenWorkspace, spec: SetSpec, ownerId?: string): Map<string, SetValue[]> {
  const rows =
    ownerId === undefined
      ? rowsOf(ws, spec, 'deleted_at IS NULL')
      : rowsOf(ws, spec, `deleted_at IS NULL AND ${columnOf(spec.owner)} = ?`, ownerId);
  const order: readonly SetValue[] = spec.order ?? [];
  const rank = (value: SetValue) => order.indexOf(value);
  rows.sort((a, b) => rank(a.value) - rank(b.value) || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  const byOwner = new Map<string, SetValue[]>();
  for (const row of rows) byOwner.set(row.owner, [...(byOwner.get(row.owner) ?? []), row.value]);
  return byOwner;
}

/** Every row id of an owner's sets, tombstoned ones included: their history belongs to the owner. */
export function setRowIds(ws: OpenWorkspace, spec: SetSpec, ownerId: string): string[] {
  return rowsOf(ws, spec, `${columnOf(spec.owner)} = ?`, ownerId).map((row) => row.id);
}
