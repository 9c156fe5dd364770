import { z } from 'zod';
import { command } from '../command';
import { importedFileInput } from '../files';
import { entityId } from '../ids';
import { importPreview } from '../maps/schema';
import {
  conversionInput,
  landUsePlan,
  planInput,
  planSummary,
  planZone,
  planZoneConversion,
  zoneImportMapping,
  zoneImportRow,
  zoneInput,
} from './schema';

const byId = z.object({ id: entityId });

export const plansContract = {
  /** The live plans by name, each with its live zones' count and mapped area. */
  'plans.list': command({ scope: 'workspace', input: z.object({}), output: z.object({ items: z.array(planSummary) }) }),
  /** A live plan with its live zones (by name) and their live conversions. */
  'plans.get': command({ scope: 'workspace', input: byId, output: z.object({ plan: landUsePlan, zones: z.array(planZone) }) }),
  /** Creates (no id) or edits (id) a plan. */
  'plans.save': command({ scope: 'workspace', input: planInput, output: landUsePlan }),
  /** Marks the plan deleted: its zones' conversions stop feeding the worksheets. */
  'plans.delete': command({ scope: 'workspace', input: byId, output: byId }),
  /** Undo of a delete: the same plan comes back with the zones and conversions it had. */
  'plans.restore': command({ scope: 'workspace', input: byId, output: landUsePlan }),
  /** Creates or edits a zone of a live plan; an unknown or deleted land type is refused at `landTypeId`. */
  'plans.saveZone': command({ scope: 'workspace', input: zoneInput, output: planZone }),
  'plans.deleteZone': command({ scope: 'workspace', input: byId, output: byId }),
  /** Undo of a delete; refused when the plan was deleted meanwhile. */
  'plans.restoreZone': command({ scope: 'workspace', input: byId, output: planZone }),
  /**
   * Creates or edits a planned conversion. Refused at `areaKm2` when it exceeds the workspace's land area, or
   * when the zone's live conversions would together exceed the zone's mapped area.
   */
  'plans.saveConversion': command({ scope: 'workspace', input: conversionInput, output: planZoneConversion }),
  'plans.deleteConversion': command({ scope: 'workspace', input: byId, output: byId }),
  /** Undo of a delete; refused when the zone was deleted meanwhile. */
  'plans.restoreConversion': command({ scope: 'workspace', input: byId, output: planZoneConversion }),
  /**
   * Reads a spatial file and shows each feature as the zone it would become. `mapping` left out: the
   * attributes are guessed from their names (name/zone/nom/nombre; class/zoning/zone_type; landtype/land_type).
   */
  'plans.previewZoneImport': command({
    scope: 'workspace',
    input: z.object({ planId: entityId, file: importedFileInput, mapping: zoneImportMapping.optional() }),
    output: z.object({ preview: importPreview, mapping: zoneImportMapping, zones: z.array(zoneImportRow) }),
  }),
  /** Creates one zone with its geometry per chosen feature; all or nothing (a chosen row with a problem refuses all). */
  'plans.importZones': command({
    scope: 'workspace',
    input: z.object({
      planId: entityId,
      file: importedFileInput,
      mapping: zoneImportMapping,
      featureIndexes: z.array(z.number().int().min(0)).min(1),
    }),
    output: z.object({ createdCount: z.number().int() }),
  }),
};
