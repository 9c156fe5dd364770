/**
 * Code lists of the baseline indicators (domain-spec §4.1, §4.4, §7.5). Codes only: the labels live in
 * the locales, keyed by `key`, so the same code reads correctly in every UN language.
 */

/** Trends.Earth's "No data" value, used by every class raster and summary (domain-spec §2.3, config.py). */
export const NO_DATA = -32768;
export type NoData = typeof NO_DATA;

/**
 * The seven UNCCD land-cover classes with the codes of the Trends.Earth UNCCD legend (§4.1, §2.3),
 * in code order: this order is also the row and column order of the default matrices.
 */
export const UNCCD_LAND_COVER_CLASSES = [
  { code: 1, key: 'tree_covered' },
  { code: 2, key: 'grassland' },
  { code: 3, key: 'cropland' },
  { code: 4, key: 'wetland' },
  { code: 5, key: 'artificial' },
  { code: 6, key: 'other_land' },
  { code: 7, key: 'water_body' },
] as const;
export type UnccdLandCoverCode = (typeof UNCCD_LAND_COVER_CLASSES)[number]['code'];
export const UNCCD_LAND_COVER_CODES: readonly UnccdLandCoverCode[] = UNCCD_LAND_COVER_CLASSES.map((c) => c.code);

/** Water bodies: SOC and SOC degradation leave them out (§4.5, §4.8). */
export const WATER_BODY: UnccdLandCoverCode = 7;

/** The five land productivity dynamics classes (§4.4); "No data" is {@link NO_DATA}. */
export const LPD_CLASSES = [
  { code: 1, key: 'declining' },
  { code: 2, key: 'moderate_decline' },
  { code: 3, key: 'stable_but_stressed' },
  { code: 4, key: 'stable' },
  { code: 5, key: 'increasing' },
] as const;
export type LpdCode = (typeof LPD_CLASSES)[number]['code'];

/**
 * The 3-class condition of every sub-indicator and of SDG 15.3.1, with the Trends.Earth codes
 * (§2.2 label vocabulary, §7.5 `condition_3`): improved 1, stable 0, degraded −1, no data −32768.
 */
export const CONDITION = { improved: 1, stable: 0, degraded: -1, noData: NO_DATA } as const;
export type ConditionCode = (typeof CONDITION)[keyof typeof CONDITION];
/** A condition that has data: what the transition matrix and the status matrix speak of. */
export type AssessedCondition = Exclude<ConditionCode, NoData>;
