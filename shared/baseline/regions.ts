import { z } from 'zod';
import type { FieldError } from '../command';
import { entityId } from '../ids';

/**
 * Regional transition matrices (SO1-1.T3, 2026, domain-spec §1.3): a Party may use up to 5 named regions,
 * each with its own matrix, instead of one national matrix. The regions partition the country, so their
 * areas must add up to the total land area.
 */
export const MAX_REGIONS = 5;

/** Rounding of the regions' areas: a sum within 0.5 % of the land area is accepted. */
export const REGION_SUM_TOLERANCE = 0.005;

export const regionInput = z.object({
  /** Absent for a new region; a new region's matrix starts as a copy of the national matrix in force. */
  id: entityId.optional(),
  name: z.string().trim().min(1).max(120),
  areaKm2: z.number().positive().max(20_000_000),
});
export type RegionInput = z.input<typeof regionInput>;

/** Checks the list as a whole: at most 5 regions, distinct names, areas summing to `landAreaKm2`. */
export function regionProblems(regions: readonly { name: string; areaKm2: number }[], landAreaKm2: number): FieldError[] {
  const problems: FieldError[] = [];
  if (regions.length > MAX_REGIONS) problems.push({ path: ['regions'], messageKey: 'errors:baseline.regions.tooMany', params: { max: MAX_REGIONS, count: regions.length } });
  const key = (name: string) => name.trim().toLocaleLowerCase();
  regions.forEach((r, i) => {
    if (regions.findIndex((other) => key(other.name) === key(r.name)) !== i) {
      problems.push({ path: ['regions', i, 'name'], messageKey: 'errors:baseline.regions.duplicateName', params: { name: r.name.trim() } });
    }
  });
  const sum = regionAreaSumKm2(regions);
  if (regions.length > 0 && !areaSumMatches(sum, landAreaKm2)) {
    problems.push({ path: ['regions'], messageKey: 'errors:baseline.regions.areaSum', params: { sum, expected: landAreaKm2 } });
  }
  return problems;
}

export function regionAreaSumKm2(regions: readonly { areaKm2: number }[]): number {
  return regions.reduce((total, r) => total + r.areaKm2, 0);
}

/** True when `sumKm2` is within 0.5 % of `landAreaKm2`, above or below. */
export function areaSumMatches(sumKm2: number, landAreaKm2: number): boolean {
  // The small absolute term absorbs floating-point noise of summed areas.
  return Math.abs(sumKm2 - landAreaKm2) <= landAreaKm2 * REGION_SUM_TOLERANCE + 1e-9;
}
