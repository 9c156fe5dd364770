import type { LandType } from '../../../shared/landtypes/schema';
import { appError, fieldError } from '../errors';
import type { Handlers } from '../handler-types';
import type { OpenWorkspace } from '../workspace/open-workspace';
import { workspaceRecord } from '../workspace/repository';
import { requireDegradedAreaForPlannedReverse } from './planned-reverse';
import { landTypeWithCode, listLandTypes } from './repository';

type LandtypesCommand = 'landtypes.list' | 'landtypes.save' | 'landtypes.delete' | 'landtypes.restore';

export const landtypesHandlers: Handlers<LandtypesCommand> = {
  'landtypes.list': ({ includeDeleted }, session) => ({ items: listLandTypes(session.workspace(), includeDeleted) }),

  /** Saves the whole form: optional fields left out are cleared. */
  'landtypes.save': ({ id, ...fields }, session) => {
    const ws = session.workspace();
    assertCodeFree(ws, fields.code, id);
    assertWithinLandArea(ws, fields.areaKm2);
    const values = {
      code: fields.code,
      name: fields.name,
      definitionBasis: fields.definitionBasis ?? null,
      areaKm2: fields.areaKm2 ?? null,
      degradedAreaKm2: fields.degradedAreaKm2 ?? null,
      notes: fields.notes ?? null,
    };
    if (!id) return ws.mutator.insert('landtype', values);
    if (ws.mutator.find('landtype', id)?.deletedAt !== null) throw appError('not_found', { entity: 'landtype', id });
    requireDegradedAreaForPlannedReverse(ws, id, values.degradedAreaKm2);
    return ws.mutator.update('landtype', id, values);
  },

  'landtypes.delete': ({ id }, session) => {
    session.workspace().mutator.remove('landtype', id);
    return { id };
  },

  /** Undo of a delete; refused when another land type has taken the code in the meantime. */
  'landtypes.restore': ({ id }, session) => {
    const ws = session.workspace();
    const landType = ws.mutator.find('landtype', id);
    if (!landType) throw appError('not_found', { entity: 'landtype', id });
    assertCodeFree(ws, landType.code, id);
    return ws.mutator.restore('landtype', id) satisfies LandType;
  },
};

function assertCodeFree(ws: OpenWorkspace, code: string, id: string | undefined): void {
  if (landTypeWithCode(ws, code, id)) {
    throw fieldError('conflict', { path: ['code'], messageKey: 'errors:landtypes.codeTaken', params: { code } });
  }
}

/** One land type cannot be larger than the land it is part of. */
function assertWithinLandArea(ws: OpenWorkspace, areaKm2: number | undefined): void {
  const { landAreaKm2 } = workspaceRecord(ws);
  if (areaKm2 !== undefined && areaKm2 > landAreaKm2) {
    throw fieldError('validation', { path: ['areaKm2'], messageKey: 'errors:landtypes.areaExceedsLand', params: { max: landAreaKm2 } });
  }
}
