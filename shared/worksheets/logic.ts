import type {
  AnticipatedLoss,
  HierarchyWarning,
  LandTypeResult,
  NationalView,
  PathYear,
  ResponseMeasure,
  WorksheetBalance,
} from './schema';

/**
 * The neutrality balance of the response-hierarchy worksheets (domain-spec §3: counterbalancing is like
 * for like, within one land type; Avoid > Reduce > Reverse; only Reverse produces gains, §2.9).
 */

/** What the balance reads from an anticipated loss. */
export type LossEntry = Pick<AnticipatedLoss, 'areaKm2' | 'expectedYear'>;
/** What the balance reads from a measure. */
export type MeasureEntry = Pick<ResponseMeasure, 'level' | 'areaKm2' | 'effectivenessPercent' | 'startYear' | 'endYear'>;

/** One land type's worksheet: the unit within which losses and gains are counterbalanced. */
export interface LandTypeEntries {
  landTypeId: string;
  losses: readonly LossEntry[];
  measures: readonly MeasureEntry[];
}

export interface ResponseTotals {
  anticipatedLossKm2: number;
  avoidedKm2: number;
  reducedKm2: number;
  reverseGainKm2: number;
}

/** SDG target 15.3 (and most national LDN targets) aim at 2030; used when a scenario has no years yet. */
export const DEFAULT_TARGET_YEAR = 2030;

/**
 * Areas are compared to the square metre (1e-6 km²), so that 0.1 + 0.2 − 0.3 counts as zero, not as a loss.
 * `+ 0` turns the −0 that rounding a tiny deficit gives into 0, which Intl would otherwise print as "-0".
 */
export const roundKm2 = (km2: number): number => Math.round(km2 * 1e6) / 1e6 + 0;

/**
 * The area on which a measure is expected to work: area × effectiveness / 100, the expected
 * effectiveness of the Trends.Earth planner (domain-spec §2.9). A measure without one counts in full.
 */
export function effectiveAreaKm2(measure: Pick<MeasureEntry, 'areaKm2' | 'effectivenessPercent'>): number {
  return (measure.areaKm2 * (measure.effectivenessPercent ?? 100)) / 100;
}

/**
 * The share of a measure's effect reached by the end of `year`. The effect is spread evenly over the
 * measure's years, start and end year included: a measure of 2025–2029 adds a fifth of its area each
 * year and works in full from 2029 on; nothing before its start year.
 */
export function shareReachedBy(measure: Pick<MeasureEntry, 'startYear' | 'endYear'>, year: number): number {
  const years = measure.endYear - measure.startYear + 1;
  return Math.min(1, Math.max(0, (year - measure.startYear + 1) / years));
}

/**
 * The cumulative areas of one land type by the end of `year`: an anticipated loss counts in full from
 * its expected year on; each measure counts its effective area times the share reached by then.
 */
export function totalsBy(entries: Pick<LandTypeEntries, 'losses' | 'measures'>, year: number): ResponseTotals {
  const totals: ResponseTotals = { anticipatedLossKm2: 0, avoidedKm2: 0, reducedKm2: 0, reverseGainKm2: 0 };
  for (const loss of entries.losses) if (loss.expectedYear <= year) totals.anticipatedLossKm2 += loss.areaKm2;
  const field = { avoid: 'avoidedKm2', reduce: 'reducedKm2', reverse: 'reverseGainKm2' } as const;
  for (const measure of entries.measures) totals[field[measure.level]] += effectiveAreaKm2(measure) * shareReachedBy(measure, year);
  return {
    anticipatedLossKm2: roundKm2(totals.anticipatedLossKm2),
    avoidedKm2: roundKm2(totals.avoidedKm2),
    reducedKm2: roundKm2(totals.reducedKm2),
    reverseGainKm2: roundKm2(totals.reverseGainKm2),
  };
}

/**
 * The balance of one land type (domain-spec §3.1 "like for like", §3.2, §7.4 response_worksheet_row):
 * - remaining loss = max(0, anticipated − avoided − reduced). Avoid and Reduce only prevent or lessen the
 *   anticipated losses, so together they never count for more than those losses: a surplus of avoided
 *   or reduced area does not become a gain (only Reverse generates counterbalancing gains, §2.9);
 * - net = reverse gains − remaining loss;
 * - the land type is neutral iff net ≥ 0 (no net loss, §3.1).
 */
export function resultOf(landTypeId: string, totals: ResponseTotals): LandTypeResult {
  const remainingLossKm2 = roundKm2(Math.max(0, totals.anticipatedLossKm2 - totals.avoidedKm2 - totals.reducedKm2));
  const netKm2 = roundKm2(totals.reverseGainKm2 - remainingLossKm2);
  return { landTypeId, ...totals, remainingLossKm2, netKm2, neutral: netKm2 >= 0 };
}

/**
 * The national view (domain-spec §3.2 "achievement is assessed at national level", §3.4): the count of
 * land types in balance out of all of them. Each land type keeps its own result, so gains in one never
 * offset losses in another; the sum of the nets is given only as information.
 */
export function nationalViewOf(results: readonly LandTypeResult[]): NationalView {
  return {
    landTypesInBalance: results.filter((result) => result.neutral).length,
    landTypeCount: results.length,
    netSumForInformationKm2: roundKm2(results.reduce((sum, result) => sum + result.netKm2, 0)),
  };
}

/** Every land type's result by the end of `year`. */
export function resultsBy(worksheets: readonly LandTypeEntries[], year: number): LandTypeResult[] {
  return worksheets.map((entries) => resultOf(entries.landTypeId, totalsBy(entries, year)));
}

/** The year-by-year path: each land type's cumulative result at the end of every year, start to target. */
export function yearlyPath(worksheets: readonly LandTypeEntries[], startYear: number, targetYear: number): PathYear[] {
  const path: PathYear[] = [];
  for (let year = startYear; year <= targetYear; year++) path.push({ year, landTypes: resultsBy(worksheets, year) });
  return path;
}

/**
 * Hierarchy guidance (domain-spec §3.2, principle 12: Avoid > Reduce > Reverse; avoiding and reducing are
 * generally more cost-effective than reversing). Per land type with anticipated losses:
 * - `lossesWithoutResponse`: no measure at all was recorded for it;
 * - `reverseCarriesBalance`: it is neutral only thanks to reverse gains, while no avoid or reduce measure
 *   was recorded for it (the cheaper options for its losses were not considered).
 */
export function hierarchyGuidance(worksheets: readonly LandTypeEntries[], results: readonly LandTypeResult[]): HierarchyWarning[] {
  // `results` are in the order of `worksheets`, as `resultsBy` returns them.
  return worksheets.flatMap((entries, index): HierarchyWarning[] => {
    const result = results[index];
    if (!result || result.anticipatedLossKm2 <= 0) return [];
    const { landTypeId } = entries;
    if (entries.measures.length === 0) return [{ landTypeId, kind: 'lossesWithoutResponse' }];
    const avoidOrReduce = entries.measures.some((measure) => measure.level !== 'reverse');
    return !avoidOrReduce && result.neutral && result.reverseGainKm2 > 0 ? [{ landTypeId, kind: 'reverseCarriesBalance' }] : [];
  });
}

/**
 * The years a scenario spans: from its first year (an expected loss or a measure's start) to its last
 * (an expected loss or a measure's end), so that by default the balance shows the complete plan.
 * A target year given by the caller wins; the path then never starts after it.
 */
export function planningYears(worksheets: readonly LandTypeEntries[], targetYear?: number): { startYear: number; targetYear: number } {
  const starts = worksheets.flatMap((w) => [...w.losses.map((l) => l.expectedYear), ...w.measures.map((m) => m.startYear)]);
  const ends = worksheets.flatMap((w) => [...w.losses.map((l) => l.expectedYear), ...w.measures.map((m) => m.endYear)]);
  const target = targetYear ?? (ends.length > 0 ? Math.max(...ends) : DEFAULT_TARGET_YEAR);
  return { startYear: Math.min(target, ...starts), targetYear: target };
}

/** The whole balance of a scenario as of its target year: per land type, national view, guidance and path. */
export function worksheetBalanceOf(worksheets: readonly LandTypeEntries[], targetYear?: number): WorksheetBalance {
  const years = planningYears(worksheets, targetYear);
  const landTypes = resultsBy(worksheets, years.targetYear);
  return {
    ...years,
    landTypes,
    national: nationalViewOf(landTypes),
    guidance: hierarchyGuidance(worksheets, landTypes),
    path: yearlyPath(worksheets, years.startYear, years.targetYear),
  };
}
