import type { EntityValues } from '../db/entities';
import type { Handlers } from '../handler-types';
import { appError } from '../errors';
import { lossRule } from './loss-rule';
import { requireZone, toConversion } from './repository';
import { requireConversionRoom } from './zone-room';

type ConversionCommand = 'plans.saveConversion' | 'plans.deleteConversion' | 'plans.restoreConversion';

export const conversionHandlers: Handlers<ConversionCommand> = {
  'plans.saveConversion': ({ id, ...values }, session) => {
    const ws = session.workspace();
    requireZone(ws, values.zoneId, ['zoneId']);
    requireConversionRoom(ws, { id, ...values });
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
    requireConversionRoom(ws, conversion);
    return toConversion(ws.mutator.restore('plan_zone_conversion', id), lossRule(ws));
  },
};
