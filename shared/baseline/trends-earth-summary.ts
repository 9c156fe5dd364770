import type { z } from 'zod';
import type { FieldError } from '../command';
import { CONDITION, NO_DATA, type ConditionCode, type LpdCode, type NoData } from './classes';
import { addConditionArea, NO_AREAS, type ConditionAreasKm2 } from './condition-areas';
import type { BaselinePeriodCell } from './status';
import {
  counterbalancingTeAlgorithmsSchema,
  counterbalancingTeSchemasSchema,
  landConditionProgressReport2022Schema,
  landConditionReport2022Schema,
  landConditionReportSchema,
  landConditionSummaryFrameSchema,
  type AreaUnit,
  type CONDITION_LABELS,
  type LPD_LABELS,
} from './trends-earth-schema';

/**
 * Reads a Trends.Earth summary JSON (already parsed from bytes) into the app's codes and km²
 * (domain-spec §2.2, §2.5): the land condition summary in its 2022 and 2025+ layouts, and the
 * counterbalancing summary in its te_schemas and te_algorithms layouts. Problems come back with the JSON
 * path and an `errors:baseline.te.*` message key, so the UI can say what is wrong and where.
 */
export function parseTrendsEarthSummary(json: unknown): TrendsEarthParseResult {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return refuse([], 'errors:baseline.te.notAnObject');
  if ('land_condition' in json) return parseLandCondition(json);
  if ('counterbalancing' in json) return check(counterbalancingTeSchemasSchema, json, [], normalizeTeSchemasCounterbalancing);
  if ('land_type_results' in json) return check(counterbalancingTeAlgorithmsSchema, json, [], normalizeTeAlgorithmsCounterbalancing);
  return refuse([], 'errors:baseline.te.unrecognizedFile');
}

export type TrendsEarthParseResult =
  | { ok: true; value: LandConditionSummary | CounterbalancingSummary }
  | { ok: false; problems: FieldError[] };

/** A Trends.Earth cross-tabulation with 3-class labels: rows = baseline class, columns = period class. */
export interface ConditionCrossTab {
  initialYear: number;
  finalYear: number;
  cells: BaselinePeriodCell[];
}

/** A cross-tabulation by land-cover transition; the class names are those of the legend in the file. */
export interface LandCoverCrossTab {
  initialYear: number;
  finalYear: number;
  cells: { initialClass: string; finalClass: string; areaKm2: number }[];
}

/** The three sub-indicators and SDG 15.3.1 as area summaries; SOC and productivity keyed "all_cover_types" / "non_water". */
export interface ConditionSummaries {
  sdg: ConditionAreasKm2 | null;
  landCover: ConditionAreasKm2 | null;
  productivity: Record<string, ConditionAreasKm2>;
  soc: Record<string, ConditionAreasKm2>;
}

export interface PeriodAssessment extends ConditionSummaries {
  sdgAfterErrorRecode: ConditionAreasKm2 | null;
  /** Land-cover change matrices (SO1-1.T5/T6). */
  landCoverChange: LandCoverCrossTab[];
  /** Land by land-cover transition per LPD class (source of SO1-2.T1/T2). */
  productivityByLandCover: { lpd: LpdCode | NoData; crossTab: LandCoverCrossTab }[];
  /** Land cover km² per year and class name (SO1-1.T4). */
  landCoverAreasKm2ByYear: Record<string, Record<string, number>> | null;
  /** SOC stock per year and class name, in the file's unit (Trends.Earth: "tonnes", a total, not t/ha). */
  socStockByYear: { unit: string; values: Record<string, Record<string, number>> } | null;
}

/**
 * One reporting period. `rule` says how the file's period figures were made:
 * - `period-assessment`: a 2025+ period assessment (and, after the baseline, its Addendum status and change);
 * - `baseline-2022`: the 2022 baseline;
 * - `progress-2022`: a 2022 "progress" report, made with the 2022 progress rule (§4.7), not the Addendum.
 */
export interface LandConditionPeriod {
  key: string;
  rule: 'period-assessment' | 'baseline-2022' | 'progress-2022';
  assessment: PeriodAssessment;
  status: ConditionSummaries | null;
  change: { sdg: ConditionCrossTab; landCover: ConditionCrossTab; productivity: ConditionCrossTab; soc: ConditionCrossTab } | null;
}

export interface TrendsEarthMetadata {
  reportDate: string | null;
  trendsEarthVersion: string | null;
  areaOfInterestName: string | null;
}

export interface LandConditionSummary {
  kind: 'land-condition';
  layout: '2022' | '2025';
  metadata: TrendsEarthMetadata;
  periods: LandConditionPeriod[];
}

export interface CounterbalancingSummary {
  kind: 'counterbalancing';
  layout: 'te-schemas' | 'te-algorithms';
  metadata: TrendsEarthMetadata;
  landTypes: { code: number | null; name: string; gainsKm2: number; lossesKm2: number; deltaLdnKm2: number; ldnAchieved: boolean }[];
  /** Only the te_schemas layout states it; the rule behind it is not verified (domain-spec §9 point 3). */
  overallLdnAchieved: boolean | null;
}

type Path = FieldError['path'];

const refuse = (path: Path, messageKey: string): TrendsEarthParseResult => ({ ok: false, problems: [{ path, messageKey }] });

/** Parses `value` at `path` with `schema`, then normalizes it; zod issues become located problems. */
function check<S extends z.ZodType, T extends LandConditionSummary | CounterbalancingSummary>(
  schema: S,
  value: unknown,
  path: Path,
  normalize: (parsed: z.infer<S>) => T,
): TrendsEarthParseResult {
  const result = validate(schema, value, path);
  return result.ok ? { ok: true, value: normalize(result.value) } : result;
}

function validate<S extends z.ZodType>(schema: S, value: unknown, path: Path): { ok: true; value: z.infer<S> } | { ok: false; problems: FieldError[] } {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problems: result.error.issues.map((issue) => problemFromIssue(issue, path)) };
}

function problemFromIssue(issue: z.core.$ZodIssue, prefix: Path): FieldError {
  const path = [...prefix, ...issue.path.filter((p): p is string | number => typeof p !== 'symbol')];
  return { path, messageKey: messageKeyFor(issue, path) };
}

function messageKeyFor(issue: z.core.$ZodIssue, path: Path): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'errors:baseline.te.missingField' : 'errors:baseline.te.wrongType';
    case 'too_small':
      return 'errors:baseline.te.negativeArea';
    case 'invalid_value':
      return path.at(-1) === 'unit' ? 'errors:baseline.te.unknownUnit' : 'errors:baseline.te.unknownLabel';
    case 'invalid_format':
    case 'invalid_key':
      return 'errors:baseline.te.invalidYear';
    default:
      return 'errors:baseline.te.invalid';
  }
}

// ——— land condition ———

type Report2025 = z.infer<typeof landConditionReportSchema>;
type Report2022 = z.infer<typeof landConditionReport2022Schema>;
type Progress2022 = z.infer<typeof landConditionProgressReport2022Schema>;
type ConditionAreaList = NonNullable<Report2025['status_assessment']>['sdg'];
type ConditionCrossTabJson = NonNullable<Report2025['change_assessment']>['sdg'];
type LandCoverCrossTabJson = NonNullable<Report2025['period_assessment']['land_cover']['crosstabs_by_land_cover_class']>[number];

/** The period keys of the 2022 layout (§2.2 "2022-era variant"). */
const PERIOD_KEYS_2022 = ['baseline', 'progress', 'integrated'];

function parseLandCondition(json: object): TrendsEarthParseResult {
  const frame = validate(landConditionSummaryFrameSchema, json, []);
  if (!frame.ok) return frame;
  const entries = Object.entries(frame.value.land_condition);
  if (entries.length === 0) return refuse(['land_condition'], 'errors:baseline.te.noPeriods');
  // A 2025+ file wraps every period in `period_assessment`; a 2022 file has none.
  const is2025 = entries.some(([, report]) => typeof report === 'object' && report !== null && 'period_assessment' in report);
  const problems: FieldError[] = [];
  const periods: LandConditionPeriod[] = [];
  for (const [key, report] of entries) {
    const path = ['land_condition', key];
    const period = is2025 ? read2025Period(key, report, path) : read2022Period(key, report, path);
    if (period.ok) periods.push(period.value);
    else problems.push(...period.problems);
  }
  if (problems.length > 0) return { ok: false, problems };
  const { metadata } = frame.value;
  return {
    ok: true,
    value: {
      kind: 'land-condition',
      layout: is2025 ? '2025' : '2022',
      metadata: {
        reportDate: metadata.date,
        trendsEarthVersion: metadata.trends_earth_version.version,
        areaOfInterestName: metadata.area_of_interest.name ?? null,
      },
      periods: periods.sort((a, b) => periodOrder(a.key) - periodOrder(b.key)),
    },
  };
}

type PeriodResult = { ok: true; value: LandConditionPeriod } | { ok: false; problems: FieldError[] };

/**
 * Period keys of the 2025+ layout: "baseline", "report_N". Legacy "progress", "progress_N" and
 * "reporting_N" are renamed to "report_N" as the Trends.Earth plugin does (§2.2).
 */
function periodKey2025(key: string): string | null {
  if (key === 'baseline' || /^report_\d+$/.test(key)) return key;
  if (key === 'progress') return 'report_1';
  const legacy = /^(?:progress|reporting)_(\d+)$/.exec(key);
  return legacy ? `report_${legacy[1]}` : null;
}

function periodOrder(key: string): number {
  if (key === 'baseline') return 0;
  const n = /^report_(\d+)$/.exec(key);
  return n ? Number(n[1]) : Number.MAX_SAFE_INTEGER;
}

function read2025Period(key: string, report: unknown, path: Path): PeriodResult {
  const normalizedKey = periodKey2025(key);
  if (normalizedKey === null) return { ok: false, problems: [{ path, messageKey: 'errors:baseline.te.unknownPeriod' }] };
  const parsed = validate(landConditionReportSchema, report, path);
  if (!parsed.ok) return parsed;
  const { period_assessment, status_assessment, change_assessment } = parsed.value;
  return {
    ok: true,
    value: {
      key: normalizedKey,
      rule: 'period-assessment',
      assessment: assessmentOf(period_assessment),
      status: status_assessment ? conditionSummaries(status_assessment) : null,
      change: change_assessment
        ? {
            sdg: conditionCrossTab(change_assessment.sdg),
            landCover: conditionCrossTab(change_assessment.land_cover),
            productivity: conditionCrossTab(change_assessment.productivity),
            soc: conditionCrossTab(change_assessment.soil_organic_carbon),
          }
        : null,
    },
  };
}

/**
 * A 2022 period is either a full report (the baseline, parts at top level) or a progress report (four
 * summaries). Which one is read from its shape, because §2.2 only says "Union[…]" and does not say which
 * key holds which; "integrated" is kept under its own key ([U]: its meaning is not documented in the spec).
 */
function read2022Period(key: string, report: unknown, path: Path): PeriodResult {
  if (!PERIOD_KEYS_2022.includes(key)) return { ok: false, problems: [{ path, messageKey: 'errors:baseline.te.unknownPeriod' }] };
  const normalizedKey = key === 'progress' ? 'report_1' : key;
  if (isProgressReport(report)) {
    const parsed = validate(landConditionProgressReport2022Schema, report, path);
    if (!parsed.ok) return parsed;
    return { ok: true, value: { key: normalizedKey, rule: 'progress-2022', assessment: progressAssessment(parsed.value), status: null, change: null } };
  }
  const parsed = validate(landConditionReport2022Schema, report, path);
  if (!parsed.ok) return parsed;
  return { ok: true, value: { key: normalizedKey, rule: 'baseline-2022', assessment: assessmentOf(parsed.value), status: null, change: null } };
}

/** A progress report's `sdg` is an AreaList (it has `areas`); a full report's `sdg` wraps one in `summary`. */
function isProgressReport(report: unknown): boolean {
  const sdg = typeof report === 'object' && report !== null ? (report as { sdg?: unknown }).sdg : undefined;
  return typeof sdg === 'object' && sdg !== null && 'areas' in sdg;
}

const EMPTY_ASSESSMENT_EXTRAS = {
  sdgAfterErrorRecode: null,
  landCoverChange: [],
  productivityByLandCover: [],
  landCoverAreasKm2ByYear: null,
  socStockByYear: null,
} satisfies Omit<PeriodAssessment, keyof ConditionSummaries>;

/** Every part of an assessment is optional in the 2022 layout; a 2025+ period assessment has the same shape with all parts present. */
function assessmentOf(a: Report2022): PeriodAssessment {
  const byYear = a.land_cover?.land_cover_areas_by_year;
  const soc = a.soil_organic_carbon?.soc_stock_by_year;
  return {
    sdg: a.sdg ? conditionAreas(a.sdg.summary) : null,
    landCover: a.land_cover ? conditionAreas(a.land_cover.summary) : null,
    productivity: a.productivity ? mapValues(a.productivity.summaries, conditionAreas) : {},
    soc: a.soil_organic_carbon ? mapValues(a.soil_organic_carbon.summaries, conditionAreas) : {},
    sdgAfterErrorRecode: a.sdg_error_recode ? conditionAreas(a.sdg_error_recode) : null,
    landCoverChange: (a.land_cover?.crosstabs_by_land_cover_class ?? []).map(landCoverCrossTab),
    productivityByLandCover: (a.productivity?.crosstabs_by_productivity_class ?? []).map((t) => ({ lpd: LPD_CODE_BY_LABEL[t.name], crossTab: landCoverCrossTab(t) })),
    landCoverAreasKm2ByYear: byYear ? mapValues(byYear.values, (row) => mapValues(row, (v) => v * km2PerUnit(byYear.unit))) : null,
    socStockByYear: soc ? { unit: soc.unit, values: soc.values } : null,
  };
}

function progressAssessment(p: Progress2022): PeriodAssessment {
  return { ...conditionSummaries(p), ...EMPTY_ASSESSMENT_EXTRAS, sdgAfterErrorRecode: p.sdg_error_recode ? conditionAreas(p.sdg_error_recode) : null };
}

function conditionSummaries(s: Progress2022 | NonNullable<Report2025['status_assessment']>): ConditionSummaries {
  return {
    sdg: conditionAreas(s.sdg),
    landCover: conditionAreas(s.land_cover),
    productivity: mapValues(s.productivity, conditionAreas),
    soc: mapValues(s.soil_organic_carbon, conditionAreas),
  };
}

/** The 3-class labels of §2.2 and their codes. */
const CONDITION_CODE_BY_LABEL: Record<(typeof CONDITION_LABELS)[number], ConditionCode> = {
  Improved: CONDITION.improved,
  Stable: CONDITION.stable,
  Degraded: CONDITION.degraded,
  'No data': CONDITION.noData,
};

/** The LPD labels of §2.2 and their codes (§4.4): "Stressed" is "stable but stressed". */
const LPD_CODE_BY_LABEL: Record<(typeof LPD_LABELS)[number], LpdCode | NoData> = {
  Declining: 1,
  'Moderate decline': 2,
  Stressed: 3,
  Stable: 4,
  Increasing: 5,
  'No data': NO_DATA,
};

/**
 * km² per unit of an AreaList. "m" is read as square metres ([I]: te_schemas names the unit "m", and an
 * area in metres can only mean m²).
 */
function km2PerUnit(unit: AreaUnit): number {
  return unit === 'ha' ? 0.01 : unit === 'm' ? 1e-6 : 1;
}

function conditionAreas(list: ConditionAreaList): ConditionAreasKm2 {
  const factor = km2PerUnit(list.unit);
  return list.areas.reduce((sum, a) => addConditionArea(sum, CONDITION_CODE_BY_LABEL[a.name], a.area * factor), NO_AREAS);
}

function conditionCrossTab(t: ConditionCrossTabJson): ConditionCrossTab {
  const factor = km2PerUnit(t.unit);
  return {
    initialYear: t.initial_year,
    finalYear: t.final_year,
    cells: t.values.map((v) => ({ baseline: CONDITION_CODE_BY_LABEL[v.initial_label], period: CONDITION_CODE_BY_LABEL[v.final_label], areaKm2: v.value * factor })),
  };
}

function landCoverCrossTab(t: LandCoverCrossTabJson): LandCoverCrossTab {
  const factor = km2PerUnit(t.unit);
  return {
    initialYear: t.initial_year,
    finalYear: t.final_year,
    cells: t.values.map((v) => ({ initialClass: v.initial_label, finalClass: v.final_label, areaKm2: v.value * factor })),
  };
}

function mapValues<A, B>(record: Record<string, A>, f: (a: A) => B): Record<string, B> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v)]));
}

// ——— counterbalancing ———

function normalizeTeSchemasCounterbalancing(file: z.infer<typeof counterbalancingTeSchemasSchema>): CounterbalancingSummary {
  return {
    kind: 'counterbalancing',
    layout: 'te-schemas',
    metadata: {
      reportDate: file.metadata.date,
      trendsEarthVersion: file.metadata.trends_earth_version.version,
      areaOfInterestName: file.metadata.area_of_interest.name ?? null,
    },
    landTypes: file.counterbalancing.land_type_results.map((r) => ({
      code: null,
      name: r.land_type_name,
      gainsKm2: r.gains_area_sq_km,
      lossesKm2: r.losses_area_sq_km,
      deltaLdnKm2: r.delta_ldn,
      ldnAchieved: r.ldn_achieved,
    })),
    overallLdnAchieved: file.counterbalancing.overall_ldn_achieved,
  };
}

function normalizeTeAlgorithmsCounterbalancing(file: z.infer<typeof counterbalancingTeAlgorithmsSchema>): CounterbalancingSummary {
  return {
    kind: 'counterbalancing',
    layout: 'te-algorithms',
    metadata: { reportDate: file.metadata.report_date ?? null, trendsEarthVersion: file.metadata.algorithm_version ?? null, areaOfInterestName: null },
    landTypes: file.land_type_results.map((r) => ({
      code: r.land_type_code,
      name: r.land_type_name,
      gainsKm2: r.gains_area_sqkm,
      lossesKm2: r.losses_area_sqkm,
      deltaLdnKm2: r.delta_ldn,
      ldnAchieved: r.ldn_achieved,
    })),
    overallLdnAchieved: null,
  };
}
