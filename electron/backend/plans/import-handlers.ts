import type { FieldError } from '../../../shared/command';
import type { ZoneImportMapping } from '../../../shared/plans/schema';
import { suggestMapping, zoneImportRow } from '../../../shared/plans/zone-import';
import { AppError, fieldError } from '../errors';
import type { Handlers } from '../handler-types';
import { listLandTypes } from '../landtypes/repository';
import { saveGeometry } from '../maps/geometry-store';
import { previewSpatialFile } from '../maps/import/preview';
import type { OpenWorkspace } from '../workspace/open-workspace';
import { requirePlan } from './repository';

type ImportCommand = 'plans.previewZoneImport' | 'plans.importZones';

/** A mapping may only name attributes the file has; a stale one (another file chosen since) is refused at its field. */
function requireKnownAttributes(mapping: ZoneImportMapping, attributes: readonly string[]): void {
  for (const [key, attribute] of Object.entries(mapping)) {
    if (attribute !== undefined && !attributes.includes(attribute)) {
      throw fieldError('validation', { path: ['mapping', key], messageKey: 'errors:plans.import.unknownAttribute', params: { attribute } });
    }
  }
}

/** The file read as maps previews it, and each feature as the zone it would become under `mapping`. */
function readZones(ws: OpenWorkspace, planId: string, file: Parameters<typeof previewSpatialFile>[1], mapping: ZoneImportMapping | undefined) {
  requirePlan(ws, planId, ['planId']);
  const { preview, file: read } = previewSpatialFile(ws, file);
  const used = mapping ?? suggestMapping(preview.attributes);
  requireKnownAttributes(used, preview.attributes);
  const landTypes = listLandTypes(ws, false);
  const zones = read.features.map((feature) => zoneImportRow(feature, used, landTypes));
  return { preview, read, mapping: used, zones };
}

export const importHandlers: Handlers<ImportCommand> = {
  'plans.previewZoneImport': ({ planId, file, mapping }, session) => {
    const { preview, mapping: used, zones } = readZones(session.workspace(), planId, file, mapping);
    return { preview, mapping: used, zones };
  },

  /**
   * One zone with its geometry per chosen feature. All or nothing: a chosen feature that the file does not
   * have, or that has a problem, refuses the whole import (the command's transaction writes nothing then).
   */
  'plans.importZones': ({ planId, file, mapping, featureIndexes }, session) => {
    const ws = session.workspace();
    const { preview, read, zones } = readZones(ws, planId, file, mapping);
    const chosen = [...new Set(featureIndexes)];
    const missing: FieldError[] = chosen
      .filter((index) => !zones[index])
      .map((index) => ({ path: ['featureIndexes', featureIndexes.indexOf(index)], messageKey: 'errors:plans.import.unknownFeature', params: { index } }));
    if (missing.length > 0) throw new AppError('validation', missing[0]!.messageKey, { fields: missing });
    const blocked = chosen.filter((index) => zones[index]!.problems.length > 0 || !read.features[index]!.geometry);
    if (blocked.length > 0) {
      throw fieldError('validation', { path: ['featureIndexes'], messageKey: 'errors:plans.import.rowsHaveProblems', params: { count: blocked.length } });
    }
    for (const index of chosen) {
      const { name, zoningClass, landTypeId } = zones[index]!;
      const zone = ws.mutator.insert('plan_zone', { planId, name: name!, zoningClass: zoningClass!, landTypeId, notes: null });
      saveGeometry(ws, 'plan_zone', zone.id, read.features[index]!.geometry!, 'imported', preview.fileName);
    }
    return { createdCount: chosen.length };
  },
};
