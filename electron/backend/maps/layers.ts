import { GEOMETRY_OWNERS, type FeatureGeometry, type GeometryOwner, type MapLayerItem } from '../../../shared/maps/schema';
import { selectColumns } from '../db/entities';
import type { OpenWorkspace } from '../workspace/open-workspace';
import { workspaceRecord } from '../workspace/repository';
import { geometryRowOf, toFeatureGeometry, type GeometryRow } from './geometry-store';
import { liveOwnerLabels, livePlanIdsOfZones } from './owners';

type Detail = 'simplified' | 'full';

/** The live geometries of live records of the given owner kinds (all but the area of interest by default). */
export function mapLayers(ws: OpenWorkspace, owners: GeometryOwner[] | undefined, detail: Detail): { areaOfInterest: FeatureGeometry | null; items: MapLayerItem[] } {
  const kinds = (owners ?? GEOMETRY_OWNERS).filter((owner) => owner !== 'workspace');
  const items: MapLayerItem[] = [];
  for (const ownerEntity of kinds) {
    const labels = liveOwnerLabels(ws, ownerEntity);
    const planIds = ownerEntity === 'plan_zone' ? livePlanIdsOfZones(ws) : null;
    for (const row of liveRowsOf(ws, ownerEntity)) {
      const label = labels.get(row.ownerId);
      // A geometry whose record was deleted stays in the file (for undo) but is not drawn.
      if (label === undefined) continue;
      const { ownerId, geometry, areaKm2, bbox } = toFeatureGeometry(row, detail);
      items.push({ ownerEntity, ownerId, label, planId: planIds?.get(ownerId) ?? null, areaKm2, bbox, geometry });
    }
  }
  const aoi = geometryRowOf(ws, 'workspace', workspaceRecord(ws).id);
  return { areaOfInterest: aoi && aoi.deletedAt === null ? toFeatureGeometry(aoi, detail) : null, items };
}

export function liveRowsOf(ws: OpenWorkspace, ownerEntity: GeometryOwner): GeometryRow[] {
  return ws.db
    .prepare(`SELECT ${selectColumns('feature_geometry')} FROM feature_geometry WHERE owner_entity = ? AND deleted_at IS NULL ORDER BY id`)
    .all(ownerEntity) as GeometryRow[];
}
