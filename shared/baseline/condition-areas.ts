import { CONDITION, type ConditionCode } from './classes';

/**
 * Area summaries by 3-class condition (improved / stable / degraded / no data), the shape of every
 * PRAIS degradation table (SO1-1.T7, SO1-2.T3, SO1-3.T2, SO1-4) and of the Trends.Earth AreaLists.
 */

/** Areas of one indicator (or of SDG 15.3.1) per condition, in km². */
export interface ConditionAreasKm2 {
  improvedKm2: number;
  stableKm2: number;
  degradedKm2: number;
  noDataKm2: number;
}

export const NO_AREAS: ConditionAreasKm2 = Object.freeze({ improvedKm2: 0, stableKm2: 0, degradedKm2: 0, noDataKm2: 0 });

/** Adds `areaKm2` to the bucket of `condition`, returning a new summary. */
export function addConditionArea(areas: ConditionAreasKm2, condition: ConditionCode, areaKm2: number): ConditionAreasKm2 {
  const field = CONDITION_FIELD[condition];
  return { ...areas, [field]: areas[field] + areaKm2 };
}

const CONDITION_FIELD: Record<ConditionCode, keyof ConditionAreasKm2> = {
  [CONDITION.improved]: 'improvedKm2',
  [CONDITION.stable]: 'stableKm2',
  [CONDITION.degraded]: 'degradedKm2',
  [CONDITION.noData]: 'noDataKm2',
};

/** Total area of a summary, no data included. */
export function totalAreaKm2(areas: ConditionAreasKm2): number {
  return areas.improvedKm2 + areas.stableKm2 + areas.degradedKm2 + areas.noDataKm2;
}
