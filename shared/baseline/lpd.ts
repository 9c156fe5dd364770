import { CONDITION, NO_DATA, type ConditionCode, type LpdCode, type NoData } from './classes';
import { addConditionArea, NO_AREAS, type ConditionAreasKm2 } from './condition-areas';

/**
 * LPD 5 → 3 classes (domain-spec §4.4; te_algorithms `prod5_to_prod3`, PRAIS Table 11):
 * declining (1) and moderate decline (2) are degraded; stable but stressed (3) and stable (4) are stable;
 * increasing (5) is improved; no data stays no data.
 * (Older te_algorithms versions counted "stressed" as degraded; the current code and PRAIS 2026 do not.)
 */
export function conditionFromLpd(lpd: LpdCode | NoData): ConditionCode {
  const condition = LPD_TO_CONDITION[lpd] as ConditionCode | undefined;
  if (condition === undefined) throw new RangeError(`Unknown LPD class ${String(lpd)}.`);
  return condition;
}

const LPD_TO_CONDITION: Record<LpdCode | NoData, ConditionCode> = {
  1: CONDITION.degraded,
  2: CONDITION.degraded,
  3: CONDITION.stable,
  4: CONDITION.stable,
  5: CONDITION.improved,
  [NO_DATA]: CONDITION.noData,
};

/** Area in km² per LPD class, "No data" under {@link NO_DATA}; absent classes count as 0. */
export type LpdAreasKm2 = Partial<Record<LpdCode | NoData, number>>;

/** The productivity degradation summary (SO1-2.T3) from LPD areas (SO1-2.T1/T2 totals). */
export function productivityDegradation(areas: LpdAreasKm2): ConditionAreasKm2 {
  return Object.entries(areas).reduce(
    (sum, [code, areaKm2]) => addConditionArea(sum, conditionFromLpd(Number(code) as LpdCode | NoData), areaKm2 ?? 0),
    NO_AREAS,
  );
}

/** Sums LPD areas over rows (e.g. the land-cover classes of SO1-2.T1) into one LPD distribution. */
export function sumLpdAreas(rows: readonly LpdAreasKm2[]): LpdAreasKm2 {
  const total: LpdAreasKm2 = {};
  for (const row of rows) {
    for (const [code, areaKm2] of Object.entries(row)) {
      const key = Number(code) as LpdCode | NoData;
      total[key] = (total[key] ?? 0) + (areaKm2 ?? 0);
    }
  }
  return total;
}
