import { checkReverseArea, reverseTotalKm2 } from '../../../shared/worksheets/degraded';
import { fieldError } from '../errors';
import type { OpenWorkspace } from '../workspace/open-workspace';

/** The live scenario whose live reverse measures on a land type cover the most, with their areas and total. */
interface BusiestScenario {
  /** Null for business as usual while nobody has named it: the UI shows its label in the reader's language. */
  name: string | null;
  areasKm2: number[];
  totalKm2: number;
}

/**
 * The worksheets refuse a reverse measure that does not fit in its land type's degraded area
 * (shared/worksheets/degraded.ts), but only when the measure is saved. This keeps the other side of the
 * same rule: the degraded area of a land type cannot be lowered below, or cleared under, the reverse
 * measures a scenario already plans on it. Each scenario is read on its own, so the busiest one decides.
 */
export function requireDegradedAreaForPlannedReverse(ws: OpenWorkspace, landTypeId: string, degradedAreaKm2: number | null): void {
  const busiest = busiestScenario(ws, landTypeId);
  if (!busiest) return;
  // The worksheets' own check, as if the busiest scenario's measures were saved again with nothing added.
  const check = checkReverseArea({ degradedAreaKm2, otherReverseKm2: busiest.areasKm2, areaKm2: 0 });
  if (check.fits) return;
  // Business as usual has no name until someone gives it one: its messages name it in the reader's language.
  const named = busiest.name !== null;
  const scenario: Record<string, string> = busiest.name === null ? {} : { scenario: busiest.name };
  if (check.reason === 'degradedNotRecorded') {
    const messageKey = named ? 'errors:landtypes.degradedNeededByReverse' : 'errors:landtypes.degradedNeededByReverseInBusinessAsUsual';
    throw fieldError('validation', { path: ['degradedAreaKm2'], messageKey, params: { ...scenario, total: busiest.totalKm2 } });
  }
  const messageKey = named ? 'errors:landtypes.degradedBelowReverse' : 'errors:landtypes.degradedBelowReverseInBusinessAsUsual';
  throw fieldError('validation', { path: ['degradedAreaKm2'], messageKey, params: { ...scenario, total: check.totalKm2, degraded: check.degradedKm2 } });
}

function busiestScenario(ws: OpenWorkspace, landTypeId: string): BusiestScenario | undefined {
  // Deleted scenarios are left out: nobody sees their measures until the scenario is restored.
  const rows = ws.db
    .prepare(
      `SELECT s.id AS scenarioId, s.name AS name, m.area_km2 AS areaKm2
         FROM response_measure m JOIN scenario s ON s.id = m.scenario_id AND s.deleted_at IS NULL
        WHERE m.land_type_id = ? AND m.level = 'reverse' AND m.deleted_at IS NULL
        ORDER BY s.id, m.id`,
    )
    .all(landTypeId) as { scenarioId: string; name: string | null; areaKm2: number }[];
  const byScenario = new Map<string, { name: string | null; areasKm2: number[] }>();
  for (const { scenarioId, name, areaKm2 } of rows) {
    const scenario = byScenario.get(scenarioId) ?? { name, areasKm2: [] };
    scenario.areasKm2.push(areaKm2);
    byScenario.set(scenarioId, scenario);
  }
  let busiest: BusiestScenario | undefined;
  for (const scenario of byScenario.values()) {
    const totalKm2 = reverseTotalKm2(scenario.areasKm2);
    if (!busiest || totalKm2 > busiest.totalKm2) busiest = { ...scenario, totalKm2 };
  }
  return busiest;
}
