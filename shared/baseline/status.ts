import { CONDITION, NO_DATA, type AssessedCondition, type ConditionCode, type NoData } from './classes';
import { addConditionArea, NO_AREAS, type ConditionAreasKm2 } from './condition-areas';
import { percentOfLandArea } from './land-area';

/**
 * Status assessment of the GPG Addendum (domain-spec §4.7; PRAIS 2026 Fig. 4; te_algorithms
 * `sdg_status_expanded`): the baseline assessment and a period's assessment give one of seven
 * expanded status classes, which collapse to three.
 */
export const EXPANDED_STATUS = {
  persistentDegradation: 1,
  recentDegradation: 2,
  baselineDegradation: 3,
  stability: 4,
  baselineImprovement: 5,
  recentImprovement: 6,
  persistentImprovement: 7,
} as const;
export type ExpandedStatusCode = (typeof EXPANDED_STATUS)[keyof typeof EXPANDED_STATUS];

const E = EXPANDED_STATUS;

/** The 3×3 Status Matrix, exactly as §4.7: rows = baseline assessment, columns = period assessment. */
const STATUS_MATRIX: Record<AssessedCondition, Record<AssessedCondition, ExpandedStatusCode>> = {
  [CONDITION.degraded]: { [CONDITION.degraded]: E.persistentDegradation, [CONDITION.stable]: E.baselineDegradation, [CONDITION.improved]: E.recentImprovement },
  [CONDITION.stable]: { [CONDITION.degraded]: E.recentDegradation, [CONDITION.stable]: E.stability, [CONDITION.improved]: E.recentImprovement },
  [CONDITION.improved]: { [CONDITION.degraded]: E.recentDegradation, [CONDITION.stable]: E.baselineImprovement, [CONDITION.improved]: E.persistentImprovement },
};

/**
 * The expanded status of land with this baseline and period assessment. §4.7 says nothing of no data;
 * as in every other rule of the GPG, no data in either assessment gives no data.
 */
export function expandedStatus(baseline: ConditionCode, period: ConditionCode): ExpandedStatusCode | NoData {
  if (baseline === CONDITION.noData || period === CONDITION.noData) return NO_DATA;
  return STATUS_MATRIX[baseline][period];
}

/** {1, 2, 3} → degraded, {4} → stable, {5, 6, 7} → improved; no data stays no data (§4.7). */
export function collapseStatus(status: ExpandedStatusCode | NoData): ConditionCode {
  if (status === NO_DATA) return CONDITION.noData;
  if (status <= E.baselineDegradation) return CONDITION.degraded;
  if (status === E.stability) return CONDITION.stable;
  return CONDITION.improved;
}

/** One cell of the baseline × period cross-tabulation (Trends.Earth `change_assessment.sdg`). */
export interface BaselinePeriodCell {
  baseline: ConditionCode;
  period: ConditionCode;
  areaKm2: number;
}

/** Area per expanded status class; no data under {@link NO_DATA}. */
export type ExpandedStatusAreasKm2 = Record<ExpandedStatusCode | NoData, number>;

export interface StatusAreas {
  expandedKm2: ExpandedStatusAreasKm2;
  collapsedKm2: ConditionAreasKm2;
}

/** The status of a period from the baseline × period cross-tabulation: 7 expanded classes and their 3-class collapse. */
export function statusFromCrossTabulation(cells: readonly BaselinePeriodCell[]): StatusAreas {
  const expandedKm2: ExpandedStatusAreasKm2 = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0, 7: 0, [NO_DATA]: 0 };
  let collapsedKm2 = NO_AREAS;
  for (const { baseline, period, areaKm2 } of cells) {
    const status = expandedStatus(baseline, period);
    expandedKm2[status] += areaKm2;
    collapsedKm2 = addConditionArea(collapsedKm2, collapseStatus(status), areaKm2);
  }
  return { expandedKm2, collapsedKm2 };
}

/**
 * The change assessment (§4.7, SO1-4.T2): degraded area of the latest status − degraded area of the
 * baseline (the baseline status is the baseline assessment), in km² and in per cent of the land area.
 * Negative means less degraded land than at baseline.
 */
export function degradedAreaChange(baselineDegradedKm2: number, latestStatusDegradedKm2: number, landAreaKm2: number) {
  const changeKm2 = latestStatusDegradedKm2 - baselineDegradedKm2;
  return { changeKm2, changePercentOfLandArea: percentOfLandArea(changeKm2, landAreaKm2) };
}
