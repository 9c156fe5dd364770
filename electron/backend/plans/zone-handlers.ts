import type { Handlers } from '../handler-types';
import { appError, fieldError } from '../errors';
import type { OpenWorkspace } from '../workspace/open-workspace';
import { requirePlan, requireZone, toZone } from './repository';

type ZoneCommand = 'plans.saveZone' | 'plans.deleteZone' | 'plans.restoreZone';

/** A zone may lie in no recorded land type; one it names must be live, or its losses would count nowhere. */
export function requireLandTypeOrNone(ws: OpenWorkspace, landTypeId: string | null): void {
  if (landTypeId === null) return;
  const landType = ws.mutator.find('landtype', landTypeId);
  if (!landType || landType.deletedAt !== null) throw fieldError('not_found', { path: ['landTypeId'], messageKey: 'errors:plans.unknownLandType' });
}

export const zoneHandlers: Handlers<ZoneCommand> = {
  'plans.saveZone': ({ id, ...fields }, session) => {
    const ws = session.workspace();
    requirePlan(ws, fields.planId, ['planId']);
    const values = { ...fields, landTypeId: fields.landTypeId ?? null, notes: fields.notes ?? null };
    requireLandTypeOrNone(ws, values.landTypeId);
    if (!id) return toZone(ws, ws.mutator.insert('plan_zone', values));
    requireZone(ws, id);
    return toZone(ws, ws.mutator.update('plan_zone', id, values));
  },

  /** Its conversions stay as they were and stop counting with it; a restore brings them back. */
  'plans.deleteZone': ({ id }, session) => {
    const ws = session.workspace();
    requireZone(ws, id);
    ws.mutator.remove('plan_zone', id);
    return { id };
  },

  /** Refused on `planId` while the zone's plan is deleted: restore the plan first. */
  'plans.restoreZone': ({ id }, session) => {
    const ws = session.workspace();
    const zone = ws.mutator.find('plan_zone', id);
    if (!zone) throw appError('not_found', { entity: 'plan_zone', id });
    requirePlan(ws, zone.planId, ['planId']);
    return toZone(ws, ws.mutator.restore('plan_zone', id));
  },
};
