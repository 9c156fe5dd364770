import { roundKm2 } from '../../../shared/worksheets/logic';
import type { EntityValues } from '../db/entities';
import type { Handlers } from '../handler-types';
import { appError, fieldError } from '../errors';
import { workspaceRecord } from '../workspace/repository';
import type { OpenWorkspace } from '../workspace/open-workspace';
import { lossRule } from './loss-rule';
import { conversionsOf, requireZone, toConversion, zoneAreaKm2 } from './repository';

type ConversionCommand = 'plans.saveConversion' | 'plans.deleteConversion' | 'plans.restoreConversion';

/**
 * What the schema cannot check: the area fits in the workspace's land, and, when the zone is mapped, the
 * zone's live conversions together (this one included, `id` counted once) fit in the zone's area.
 */
function requireRoom(ws: OpenWorkspace, conversion: { id?: string; zoneId: string; areaKm2: number }): void {
  const landAreaKm2 = workspaceRecord(ws).landAreaKm2;
  if (conversion.areaKm2 > landAreaKm2) {
    throw fieldError('validation', { path: ['areaKm2'], messageKey: 'errors:plans.areaOverLandArea', params: { max: landAreaKm2 } });
  }
  const zoneKm2 = zoneAreaKm2(ws, conversion.zoneId);
  if (zoneKm2 === null) return;
  const othersKm2 = conversionsOf(ws, conversion.zoneId)
    .filter((other) => other.id !== conversion.id)
    .reduce((sum, other) => sum + other.areaKm2, 0);
  if (roundKm2(othersKm2 + conversion.areaKm2) > roundKm2(zoneKm2)) {
    throw fieldError('validation', {
      path: ['areaKm2'],
      messageKey: 'errors:plans.conversionsOverZoneArea',
      params: { zoneKm2: roundKm2(zoneKm2), availableKm2: roundKm2(Math.max(0, zoneKm2 - othersKm2)) },
    });
  }
}

export const conversionHandlers: Handlers<ConversionCommand> = {
  'plans.saveConversion': ({ id, ...values }, session) => {
    const ws = session.workspace();
    requireZone(ws, values.zoneId, ['zoneId']);
    requireRoom(ws, { id, ...values });
    const fields: EntityValues<'plan_zone_conversion'> = values;
    if (!id) return toConversion(ws.mutator.insert('plan_zone_conversion', fields), lossRule(ws));
    if (ws.mutator.find('plan_zone_conversion', id)?.deletedAt !== null) throw appError('not_found', { entity: 'plan_zone_conversion', id });
    return toConversion(ws.mutator.update('plan_zone_conversion', id, fields), lossRule(ws));
  },

  'plans.deleteConversion': ({ id }, session) => {
    const ws = session.workspace();
    if (ws.mutator.find('plan_zone_conversion', id)?.deletedAt !== null) throw appError('not_found', { entity: 'plan_zone_conversion', id });
    ws.mutator.remove('plan_zone_conversion', id);
    return { id };
  },

  /** Refused on `zoneId` while its zone or plan is deleted, and on `areaKm2` when the zone has no room left for it. */
  'plans.restoreConversion': ({ id }, session) => {
    const ws = session.workspace();
    const conversion = ws.mutator.find('plan_zone_conversion', id);
    if (!conversion) throw appError('not_found', { entity: 'plan_zone_conversion', id });
    requireZone(ws, conversion.zoneId, ['zoneId']);
    requireRoom(ws, conversion);
    return toConversion(ws.mutator.restore('plan_zone_conversion', id), lossRule(ws));
  },
};
