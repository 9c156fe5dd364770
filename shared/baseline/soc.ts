import { CONDITION, WATER_BODY, type ConditionCode, type UnccdLandCoverCode } from './classes';

/**
 * Soil organic carbon rules of domain-spec §4.5 (PRAIS 2026 SO1.md §1.3; te_algorithms `calc_deg_soc`).
 *
 * Left out on purpose:
 * - the adjustment of the conversion coefficients to an annual rate for periods other than 20 years: the
 *   spec only says the method is in the GPG Addendum, which was not read ([U], domain-spec §9 point 3);
 * - the 2022 manual's alternative statistical test (95 % CI / ±2 SD): it needs pixel-level statistics that
 *   a summary table does not hold.
 */

/** The suggested starting threshold, in per cent, that a country may change (§4.5). */
export const DEFAULT_SOC_THRESHOLD_PERCENT = 10;

/**
 * Changes are compared to a billionth of a per cent: 33 → 36.3 t/ha is exactly +10 % in decimals but
 * 9.999999999999991 % in binary floating point, and must count as improved.
 */
const roundPercent = (percent: number): number => Math.round(percent * 1e9) / 1e9;

/** T = (SOC_tn − SOC_t0) / SOC_t0 × 100, or null when there is no positive reference stock to divide by. */
export function socChangePercent(initialStock: number, finalStock: number): number | null {
  if (!(initialStock > 0) || !Number.isFinite(finalStock)) return null;
  return roundPercent(((finalStock - initialStock) / initialStock) * 100);
}

/**
 * The SOC condition from a relative change (§4.5): T ≤ −threshold is degraded, T ≥ +threshold is improved,
 * anything in between is stable (exactly −10 % is degraded, exactly +10 % improved, as in `calc_deg_soc`).
 * A change that cannot be computed is no data.
 */
export function conditionFromSocChange(changePercent: number | null, thresholdPercent = DEFAULT_SOC_THRESHOLD_PERCENT): ConditionCode {
  if (changePercent === null) return CONDITION.noData;
  if (changePercent <= -thresholdPercent) return CONDITION.degraded;
  if (changePercent >= thresholdPercent) return CONDITION.improved;
  return CONDITION.stable;
}

/** SOC stock of one land-cover class at the start and end of a period (SO1-3.T1), in t/ha. */
export interface SocStockOfClass {
  classCode: UnccdLandCoverCode;
  initialTonnesPerHa: number;
  finalTonnesPerHa: number;
}

export interface SocChangeOfClass {
  classCode: UnccdLandCoverCode;
  changePercent: number | null;
  condition: ConditionCode;
}

/** SOC change and condition per land-cover class; water bodies are no data (§4.5, §4.8). */
export function socChangeByClass(stocks: readonly SocStockOfClass[], thresholdPercent = DEFAULT_SOC_THRESHOLD_PERCENT): SocChangeOfClass[] {
  return stocks.map(({ classCode, initialTonnesPerHa, finalTonnesPerHa }) => {
    const changePercent = classCode === WATER_BODY ? null : socChangePercent(initialTonnesPerHa, finalTonnesPerHa);
    return { classCode, changePercent, condition: conditionFromSocChange(changePercent, thresholdPercent) };
  });
}

/** The climate factor f of the default conversion coefficients (§4.5, §7.5 `soc_climate_zone_f`). */
export const SOC_CLIMATE_ZONE_FACTOR = {
  temperate_dry: 0.8,
  temperate_moist: 0.69,
  tropical_dry: 0.58,
  tropical_moist: 0.48,
  tropical_montane: 0.64,
} as const;
export type SocClimateZone = keyof typeof SOC_CLIMATE_ZONE_FACTOR;

/** Wetland ↔ cropland uses its own factor, 0.71, in every climate zone (§4.5 table). */
const WETLAND_TO_CROPLAND = 0.71;

/**
 * The default land-use conversion coefficients for a climate zone (§4.5): the proportional SOC change
 * 20 years after a conversion, rows = initial class, columns = final class, in UNCCD class order
 * (tree-covered, grassland, cropland, wetland, artificial, other land, water body).
 */
export function defaultSocConversionCoefficients(zone: SocClimateZone): number[][] {
  const f = SOC_CLIMATE_ZONE_FACTOR[zone];
  const w = WETLAND_TO_CROPLAND;
  return [
    /* tree-covered */ [1, 1, f, 1, 0.1, 0.1, 1],
    /* grassland    */ [1, 1, f, 1, 0.1, 0.1, 1],
    /* cropland     */ [1 / f, 1 / f, 1, 1 / w, 0.1, 0.1, 1],
    /* wetland      */ [1, 1, w, 1, 0.1, 0.1, 1],
    /* artificial   */ [2, 2, 2, 2, 1, 1, 1],
    /* other land   */ [2, 2, 2, 2, 1, 1, 1],
    /* water body   */ [1, 1, 1, 1, 1, 1, 1],
  ];
}

/** The SOC stock 20 years after converting `initial` to `final` land cover: stock × default coefficient (§4.5). */
export function socStockAfterConversion(
  stockTonnesPerHa: number,
  initial: UnccdLandCoverCode,
  final: UnccdLandCoverCode,
  zone: SocClimateZone,
): number {
  return stockTonnesPerHa * defaultSocConversionCoefficients(zone)[initial - 1]![final - 1]!;
}
