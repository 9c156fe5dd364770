import { liveRows } from '../../baseline/table-rows';
import type { OpenWorkspace } from '../../workspace/open-workspace';

/** The ids of the live records of `ownerEntity` that have a live geometry (feature_geometry, migration 0008). */
export function ownersWithGeometry(ws: OpenWorkspace, ownerEntity: string): Set<string> {
  return new Set(liveRows(ws, 'feature_geometry', { field: 'ownerEntity', values: [ownerEntity] }).map((g) => g.ownerId));
}
