import type { Geometry, MapsSummary } from '../../../shared/maps/schema';
import { overlapAreaKm2 } from '../../../shared/maps/overlap';
import type { OpenWorkspace } from '../workspace/open-workspace';
import { liveRowsOf } from './layers';
import { liveOwnerLabels } from './owners';

/**
 * Mapped areas from the cached geodesic areas: each land type's own geometry and the zones of live plans
 * lying in it, and the area each target's geometry shares with each land type's. Each plan's zoned area
 * is not repeated here: `plans.list` gives it (`zonesAreaKm2`).
 */
export function mapsSummary(ws: OpenWorkspace): MapsSummary {
  const areaOf = (owner: 'landtype' | 'target' | 'plan_zone') => {
    const live = liveOwnerLabels(ws, owner);
    return new Map(liveRowsOf(ws, owner).filter((row) => live.has(row.ownerId)).map((row) => [row.ownerId, row]));
  };
  const landTypes = areaOf('landtype');
  const zoneAreas = areaOf('plan_zone');
  const zones = ws.db
    .prepare(
      `SELECT z.id AS id, z.land_type_id AS landTypeId
         FROM plan_zone z JOIN land_use_plan p ON p.id = z.plan_id
        WHERE z.deleted_at IS NULL AND p.deleted_at IS NULL`,
    )
    .all() as { id: string; landTypeId: string | null }[];
  const zoneKm2 = (zone: { id: string }) => zoneAreas.get(zone.id)?.areaKm2 ?? 0;

  const byLandType = [...liveOwnerLabels(ws, 'landtype').keys()].map((landTypeId) => ({
    landTypeId,
    mappedKm2: landTypes.get(landTypeId)?.areaKm2 ?? 0,
    planZonesKm2: zones.filter((zone) => zone.landTypeId === landTypeId).reduce((sum, zone) => sum + zoneKm2(zone), 0),
  }));
  const targetLandTypeOverlaps = [...areaOf('target').values()].flatMap((target) =>
    [...landTypes.values()].flatMap((landType) => {
      const overlapKm2 = overlapAreaKm2(JSON.parse(target.geojson) as Geometry, JSON.parse(landType.geojson) as Geometry);
      return overlapKm2 > 0 ? [{ targetId: target.ownerId, landTypeId: landType.ownerId, overlapKm2 }] : [];
    }),
  );
  return { byLandType, targetLandTypeOverlaps };
}
