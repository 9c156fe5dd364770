import type { EntityRecord, EntityValues } from '../db/entities';
import { appError, fieldError } from '../errors';
import type { OpenWorkspace } from '../workspace/open-workspace';
import { requireLandType, requireScenario } from './repository';

/** The rows of a worksheet: anticipated losses and the measures that respond to them. */
type EntryEntity = 'anticipated_loss' | 'response_measure';

/**
 * Creates (no id) or updates (id) a loss or a measure, after checking what the schema cannot: the
 * scenario and the land type exist and are live, and the area fits in the land type. `check` adds the
 * entity's own rules, run after those and before anything is written.
 */
export function saveEntry<E extends EntryEntity>(
  ws: OpenWorkspace,
  entity: E,
  id: string | undefined,
  values: EntityValues<E>,
  check?: () => void,
): EntityRecord<E> {
  requireScenario(ws, values.scenarioId, ['scenarioId']);
  const landType = requireLandType(ws, values.landTypeId);
  if (landType.areaKm2 !== null && values.areaKm2 > landType.areaKm2) {
    throw fieldError('validation', { path: ['areaKm2'], messageKey: 'errors:worksheets.areaExceedsLandType', params: { max: landType.areaKm2 } });
  }
  check?.();
  if (!id) return ws.mutator.insert(entity, values);
  if (ws.mutator.find(entity, id)?.deletedAt !== null) throw appError('not_found', { entity, id });
  return ws.mutator.update(entity, id, values);
}

/**
 * Undo of a delete: the same row comes back (a `restore` in the change log), as long as its scenario and
 * its land type are still live; otherwise the entry would belong nowhere, so it is refused on that field.
 */
export function restoreEntry<E extends EntryEntity>(ws: OpenWorkspace, entity: E, id: string): EntityRecord<E> {
  const entry = ws.mutator.find(entity, id);
  if (!entry) throw appError('not_found', { entity, id });
  requireScenario(ws, entry.scenarioId, ['scenarioId']);
  requireLandType(ws, entry.landTypeId);
  return ws.mutator.restore(entity, id);
}
