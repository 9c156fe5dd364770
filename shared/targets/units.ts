import { z } from 'zod';
import type { Indicator } from './codes';

/**
 * Units of a target value (domain-spec §5.3: real targets use ha, km², % of an area, % change, t/ha,
 * %/yr and counts). The baseline value is in the same unit as the target value.
 */
export const TARGET_UNITS = ['km2', 'ha', 'pct_area', 'pct_change', 't_per_ha', 'pct_per_year', 'count'] as const;
export const targetUnit = z.enum(TARGET_UNITS);
export type TargetUnit = z.infer<typeof targetUnit>;

/** A share of an area cannot exceed the whole: values in this unit are at most 100. */
export const SHARE_UNIT: TargetUnit = 'pct_area';

/** Area units and their size in km² (1 km² = 100 ha), to compare and add targets entered in either. */
export const KM2_PER_UNIT: Partial<Record<TargetUnit, number>> = { km2: 1, ha: 0.01 };

const AREA_OR_SHARE = ['km2', 'ha', 'pct_area', 'pct_change'] as const;

/**
 * The units that fit each indicator: land cover, productivity and SDG 15.3.1 are measured as areas or
 * shares; SOC also as a stock (t/ha) or a rate (%/yr); protected-area coverage as an area or a share of
 * the territory. `other` (an enabling or additional indicator) takes any unit.
 */
export const UNITS_BY_INDICATOR: Record<Indicator, readonly TargetUnit[]> = {
  land_cover: AREA_OR_SHARE,
  land_productivity: AREA_OR_SHARE,
  sdg_15_3_1: AREA_OR_SHARE,
  soc: [...AREA_OR_SHARE, 't_per_ha', 'pct_per_year'],
  protected_area_coverage: ['km2', 'ha', 'pct_area'],
  other: TARGET_UNITS,
};

/** The units a target addressing all of `indicators` may use: those that fit every one of them. */
export function unitsFor(indicators: readonly Indicator[]): readonly TargetUnit[] {
  return TARGET_UNITS.filter((unit) => indicators.every((i) => UNITS_BY_INDICATOR[i].includes(unit)));
}

/** A value in an area unit converted to km², or null when the unit is not an area. */
export function toKm2(value: number, unit: TargetUnit): number | null {
  const factor = KM2_PER_UNIT[unit];
  return factor === undefined ? null : value * factor;
}
