import { ENTITIES, columnOf, selectColumns, type EntityName, type EntityRecord, type EntityValues, type FieldValue } from '../db/entities';
import type { OpenWorkspace } from '../workspace/open-workspace';

/** The baseline tables whose rows are values keyed by a few fields (a year and a class, a period and a cell…). */
export type KeyedEntity =
  | 'baseline_land_area'
  | 'baseline_land_cover_extent'
  | 'baseline_land_cover_change'
  | 'baseline_lpd'
  | 'baseline_soc_stock'
  | 'baseline_condition_summary'
  | 'baseline_status_area'
  | 'baseline_sdg_method'
  | 'baseline_table_provenance'
  | 'observed_counterbalancing';

type Field<E extends EntityName> = keyof EntityValues<E> & string;

/** The live rows of a table, optionally only those whose `field` is one of `values`. */
export function liveRows<E extends EntityName>(ws: OpenWorkspace, entity: E, where?: { field: Field<E>; values: readonly FieldValue[] }): EntityRecord<E>[] {
  const { table } = ENTITIES[entity];
  if (!where) return ws.db.prepare(`SELECT ${selectColumns(entity)} FROM ${table} WHERE deleted_at IS NULL ORDER BY id`).all() as EntityRecord<E>[];
  if (where.values.length === 0) return [];
  const column = columnOf(where.field);
  const placeholders = where.values.map(() => '?').join(', ');
  return ws.db
    .prepare(`SELECT ${selectColumns(entity)} FROM ${table} WHERE deleted_at IS NULL AND ${column} IN (${placeholders}) ORDER BY id`)
    .all(...where.values) as EntityRecord<E>[];
}

/**
 * Makes the live rows of `entity` inside `scope` equal to `rows`: a row with the same key is updated (only
 * changed fields reach the change log), a new key is inserted, and a stored row the save no longer carries
 * is tombstoned. So saving a table twice logs nothing the second time, and history shows cell by cell
 * what changed.
 */
export function replaceRows<E extends KeyedEntity>(
  ws: OpenWorkspace,
  entity: E,
  scope: { field: Field<E>; values: readonly FieldValue[] },
  keyFields: readonly Field<E>[],
  rows: readonly EntityValues<E>[],
): void {
  const keyOf = (row: EntityValues<E>) => JSON.stringify(keyFields.map((f) => row[f]));
  const stored = new Map(liveRows(ws, entity, scope).map((row) => [keyOf(row), row]));
  for (const row of rows) {
    const existing = stored.get(keyOf(row));
    stored.delete(keyOf(row));
    if (existing) ws.mutator.update(entity, existing.id, row);
    else ws.mutator.insert(entity, row);
  }
  for (const gone of stored.values()) ws.mutator.remove(entity, gone.id);
}

/** Inserts or updates the one live row with this key (a period's summary, a land type's observed balance…). */
export function upsertRow<E extends KeyedEntity>(ws: OpenWorkspace, entity: E, keyFields: readonly Field<E>[], row: EntityValues<E>): EntityRecord<E> {
  const matches = liveRows(ws, entity, { field: keyFields[0]!, values: [row[keyFields[0]!] as FieldValue] }).filter((stored) =>
    keyFields.every((f) => stored[f] === row[f]),
  );
  const existing = matches[0];
  return existing ? ws.mutator.update(entity, existing.id, row) : ws.mutator.insert(entity, row);
}
