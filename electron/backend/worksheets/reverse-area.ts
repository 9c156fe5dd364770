import { checkReverseArea } from '../../../shared/worksheets/degraded';
import type { ResponseLevel } from '../../../shared/worksheets/schema';
import type { FieldError } from '../../../shared/command';
import { AppError } from '../errors';
import type { OpenWorkspace } from '../workspace/open-workspace';

interface MeasureFacts {
  /** The measure being saved or restored; left out of the sum of the others. */
  id: string | undefined;
  scenarioId: string;
  landTypeId: string;
  level: ResponseLevel;
  areaKm2: number;
}

/**
 * Refuses a reverse measure that would restore more degraded land than the land type has recorded
 * (rule in shared/worksheets/degraded.ts): at `level` when no degraded area is recorded, at `areaKm2`
 * when the scenario's reverse measures on the land type would together exceed it. Avoid and reduce
 * measures work on land that is not (yet) degraded, so they are not concerned. A missing land type is
 * left to `requireLandType`, which refuses it on its own field.
 */
export function requireReverseRoom(ws: OpenWorkspace, measure: MeasureFacts): void {
  if (measure.level !== 'reverse') return;
  const landType = ws.mutator.find('landtype', measure.landTypeId);
  if (!landType || landType.deletedAt !== null) return;
  const check = checkReverseArea({
    degradedAreaKm2: landType.degradedAreaKm2,
    otherReverseKm2: otherReverseAreas(ws, measure),
    areaKm2: measure.areaKm2,
  });
  if (check.fits) return;
  if (check.reason === 'degradedNotRecorded') {
    throw refusal(['level'], 'errors:worksheets.reverseNeedsDegradedArea', { code: landType.code });
  }
  throw refusal(['areaKm2'], 'errors:worksheets.reverseExceedsDegraded', { code: landType.code, total: check.totalKm2, degraded: check.degradedKm2 });
}

/**
 * A field error whose numbers also sit among the refusal's own details, so that the message reads whole
 * where no field shows it: above a form, or after an Undo (`worksheets.restoreMeasure`).
 */
function refusal(path: FieldError['path'], messageKey: string, params: Record<string, string | number>): AppError {
  return new AppError('validation', messageKey, { fields: [{ path, messageKey, params }], ...params });
}

function otherReverseAreas(ws: OpenWorkspace, { id, scenarioId, landTypeId }: MeasureFacts): number[] {
  return ws.db
    .prepare(
      `SELECT area_km2 FROM response_measure
        WHERE scenario_id = ? AND land_type_id = ? AND level = 'reverse' AND deleted_at IS NULL AND id IS NOT ?`,
    )
    .pluck()
    .all(scenarioId, landTypeId, id ?? null) as number[];
}
