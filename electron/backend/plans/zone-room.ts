import { roundKm2 } from '../../../shared/worksheets/logic';
import { fieldError } from '../errors';
import type { OpenWorkspace } from '../workspace/open-workspace';
import { workspaceRecord } from '../workspace/repository';
import { conversionsOf, zoneAreaKm2 } from './repository';

/*
 * A mapped zone holds its planned conversions: together they cannot cover more than its outline's geodesic
 * area. Both sides of that rule live here: a conversion saved into a zone (`requireConversionRoom`), and
 * an outline drawn or imported for a zone that already has conversions (`requireOutlineRoom`).
 */

/** Compared at the worksheets' km² precision, so that a zone filled exactly stays valid. */
const exceedsZone = (conversionsKm2: number, zoneKm2: number) => roundKm2(conversionsKm2) > roundKm2(zoneKm2);

/** The area the zone's live conversions cover together, leaving out `exceptId` (the one being edited). */
function conversionsKm2(ws: OpenWorkspace, zoneId: string, exceptId?: string): number {
  return conversionsOf(ws, zoneId)
    .filter((conversion) => conversion.id !== exceptId)
    .reduce((sum, conversion) => sum + conversion.areaKm2, 0);
}

/**
 * What the schema cannot check: the area fits in the workspace's land, and, when the zone is mapped, the
 * zone's live conversions together (this one included, `id` counted once) fit in the zone's area.
 */
export function requireConversionRoom(ws: OpenWorkspace, conversion: { id?: string; zoneId: string; areaKm2: number }): void {
  const landAreaKm2 = workspaceRecord(ws).landAreaKm2;
  if (conversion.areaKm2 > landAreaKm2) {
    throw fieldError('validation', { path: ['areaKm2'], messageKey: 'errors:plans.areaOverLandArea', params: { max: landAreaKm2 } });
  }
  const zoneKm2 = zoneAreaKm2(ws, conversion.zoneId);
  if (zoneKm2 === null) return;
  const othersKm2 = conversionsKm2(ws, conversion.zoneId, conversion.id);
  if (exceedsZone(othersKm2 + conversion.areaKm2, zoneKm2)) {
    throw fieldError('validation', {
      path: ['areaKm2'],
      messageKey: 'errors:plans.conversionsOverZoneArea',
      params: { zoneKm2: roundKm2(zoneKm2), availableKm2: roundKm2(Math.max(0, zoneKm2 - othersKm2)) },
    });
  }
}

/**
 * Refuses, at `['geometry']`, a zone outline of `outlineKm2` smaller than the conversions already planned
 * in the zone: shrinking the zone must not leave them covering more land than it has. Called by the
 * geometry store for every plan-zone outline, drawn or imported.
 */
export function requireOutlineRoom(ws: OpenWorkspace, zoneId: string, outlineKm2: number): void {
  const plannedKm2 = conversionsKm2(ws, zoneId);
  if (exceedsZone(plannedKm2, outlineKm2)) {
    throw fieldError('validation', {
      path: ['geometry'],
      messageKey: 'errors:plans.outlineSmallerThanConversions',
      params: { outlineKm2: roundKm2(outlineKm2), conversionsKm2: roundKm2(plannedKm2) },
    });
  }
}
