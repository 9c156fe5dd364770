import type { ConditionAreasKm2 } from './condition-areas';

/**
 * SDG 15.3.1 and the PRAIS "per cent of total land area" fields (SO1-1.T7, SO1-2.T3, SO1-3.T2, SO1-4.T2)
 * are shares of the country's total land area from CP-1.T1 (domain-spec §1.3–§1.6, §4.8).
 */
export function percentOfLandArea(areaKm2: number, landAreaKm2: number): number {
  if (!(landAreaKm2 > 0)) throw new RangeError('The total land area must be greater than zero.');
  // Multiply first: 580 × 100 / 1000 is exactly 58, 580 / 1000 × 100 is 57.99999999999999.
  return (areaKm2 * 100) / landAreaKm2;
}

export interface ConditionPercentages {
  improvedPercent: number;
  stablePercent: number;
  degradedPercent: number;
  noDataPercent: number;
}

/** Each condition of a summary as a percentage of the total land area. */
export function conditionPercentages(areas: ConditionAreasKm2, landAreaKm2: number): ConditionPercentages {
  return {
    improvedPercent: percentOfLandArea(areas.improvedKm2, landAreaKm2),
    stablePercent: percentOfLandArea(areas.stableKm2, landAreaKm2),
    degradedPercent: percentOfLandArea(areas.degradedKm2, landAreaKm2),
    noDataPercent: percentOfLandArea(areas.noDataKm2, landAreaKm2),
  };
}
