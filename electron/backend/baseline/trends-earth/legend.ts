import { NO_DATA, type NoData, type UnccdLandCoverCode } from '../../../../shared/baseline/classes';
import { BASELINE_YEARS, type BaselineYear } from '../../../../shared/baseline/schema';
import type { FieldError } from '../../../../shared/command';
import type { FilePlan } from './plan';

/**
 * The class names of the Trends.Earth UNCCD legend (domain-spec §2.3) and their codes. Crosstabs and
 * areas by year name classes, not codes; a national legend's names are not these, so they are refused
 * with their path rather than guessed.
 */
const CODE_BY_NAME: Record<string, UnccdLandCoverCode | NoData> = {
  'tree-covered': 1,
  grassland: 2,
  cropland: 3,
  wetland: 4,
  artificial: 5,
  'other land': 6,
  'water body': 7,
  'no data': NO_DATA,
};

/** The code of a UNCCD class name (case and surrounding spaces ignored), or undefined for a name it does not know. */
function landCoverCodeOf(name: string): UnccdLandCoverCode | NoData | undefined {
  return CODE_BY_NAME[name.trim().toLowerCase()];
}

/** The UNCCD code of a class name; null for "No data" (not a row of the PRAIS tables) or an unknown name (an error). */
export function classCode(plan: FilePlan, name: string, path: FieldError['path']): number | null {
  const code = landCoverCodeOf(name);
  if (code === undefined) plan.errors.push({ path, messageKey: 'errors:baseline.te.unknownLandCoverClass', params: { name } });
  return code === undefined || code === NO_DATA ? null : code;
}

/** The years of the per-year PRAIS tables (CP-1.T1, SO1-1.T4, SO1-3.T1). */
export const isBaselineYear = (year: number): year is BaselineYear => (BASELINE_YEARS as readonly number[]).includes(year);
