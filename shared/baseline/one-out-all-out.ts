import type { FieldError } from '../command';
import { CONDITION, type ConditionCode } from './classes';
import { addConditionArea, NO_AREAS, totalAreaKm2, type ConditionAreasKm2 } from './condition-areas';

/**
 * SDG indicator 15.3.1 by one-out-all-out (domain-spec §4.6; te_algorithms `calc_deg_sdg`), for one
 * piece of land: no data in any sub-indicator gives no data (Trends.Earth applies it last, so it wins
 * even over a degraded one); otherwise degraded if any is degraded; otherwise improved if any is improved;
 * otherwise stable.
 */
export function sdgConditionOneOutAllOut(landCover: ConditionCode, soc: ConditionCode, productivity: ConditionCode): ConditionCode {
  const all = [landCover, soc, productivity];
  if (all.includes(CONDITION.noData)) return CONDITION.noData;
  if (all.includes(CONDITION.degraded)) return CONDITION.degraded;
  if (all.includes(CONDITION.improved)) return CONDITION.improved;
  return CONDITION.stable;
}

/** One cell of the joint distribution: the area whose three sub-indicators have these conditions. */
export interface JointConditionCell {
  landCover: ConditionCode;
  soc: ConditionCode;
  productivity: ConditionCode;
  areaKm2: number;
}

/** SDG 15.3.1 areas from the joint distribution of the sub-indicators: the rule applied cell by cell. */
export function sdgFromJointDistribution(cells: readonly JointConditionCell[]): ConditionAreasKm2 {
  return cells.reduce((areas, c) => addConditionArea(areas, sdgConditionOneOutAllOut(c.landCover, c.soc, c.productivity), c.areaKm2), NO_AREAS);
}

/** The three sub-indicator summaries of one period (SO1-1.T7, SO1-2.T3, SO1-3.T2): marginal totals only. */
export interface SubIndicatorSummaries {
  landCover: ConditionAreasKm2;
  soc: ConditionAreasKm2;
  productivity: ConditionAreasKm2;
}

export type SdgFromSummaries =
  | { kind: 'bounds'; degradedKm2: { min: number; max: number }; reason: FieldError }
  | { kind: 'cannot-compute'; reason: FieldError };

/** Summaries whose totals differ by more than this (km²) do not describe the same land. */
const TOTAL_TOLERANCE_KM2 = 1e-6;

/**
 * What can be said of SDG 15.3.1 when only the three summaries exist. One-out-all-out is a rule about
 * each piece of land, so it needs to know which degraded areas coincide: 20 km² degraded by land cover
 * and 20 km² degraded by SOC is 20 km² if they are the same land and 40 km² if they are not. The summaries
 * cannot tell these apart, so this returns the range every consistent joint distribution lies in, never
 * a single figure:
 * - at least the largest degraded area of one sub-indicator, less what the others' no data may hide:
 *   max over i of (Dᵢ − Σⱼ≠ᵢ Nⱼ), and not below 0;
 * - at most the sum of the degraded areas, and no more than the land left once the largest no-data area
 *   is taken out: min(Σ Dᵢ, total − max Nᵢ).
 * (Without no data these are the exact Fréchet bounds; with no data they are safe, possibly loose.)
 * Summaries of different totals cannot come from one joint distribution: `cannot-compute`.
 */
export function sdgFromSummariesOnly(summaries: SubIndicatorSummaries): SdgFromSummaries {
  const all = [summaries.landCover, summaries.soc, summaries.productivity];
  const totals = all.map(totalAreaKm2);
  if (Math.max(...totals) - Math.min(...totals) > TOTAL_TOLERANCE_KM2) {
    return { kind: 'cannot-compute', reason: { path: [], messageKey: 'errors:baseline.sdg.summaryTotalsDiffer' } };
  }
  const degraded = all.map((a) => a.degradedKm2);
  const noData = all.map((a) => a.noDataKm2);
  const sumNoData = noData.reduce((a, b) => a + b, 0);
  const min = Math.max(0, ...all.map((a) => a.degradedKm2 - (sumNoData - a.noDataKm2)));
  const max = Math.min(
    degraded.reduce((a, b) => a + b, 0),
    totals[0]! - Math.max(...noData),
  );
  return { kind: 'bounds', degradedKm2: { min, max }, reason: { path: [], messageKey: 'errors:baseline.sdg.jointDistributionRequired' } };
}
