import { z } from 'zod';

/**
 * zod schemas of the JSON files Trends.Earth writes (domain-spec §2.2, §2.5; te_schemas `reporting.py`,
 * te_algorithms `land_deg_report.py` and `counterbalancing_report.py`). Objects are loose: Trends.Earth
 * adds fields between versions and an import must not break on them. Only what the app reads is checked.
 */

/** Area units of `AreaList` (§2.2); Trends.Earth writes "sq km". */
export const areaUnitSchema = z.enum(['m', 'ha', 'sq km']);
export type AreaUnit = z.infer<typeof areaUnitSchema>;

/** The 3-class labels of AreaLists and CrossTabs (§2.2). */
export const CONDITION_LABELS = ['Improved', 'Stable', 'Degraded', 'No data'] as const;
/** The 5-class LPD labels naming the productivity crosstabs (§2.2). */
export const LPD_LABELS = ['Declining', 'Moderate decline', 'Stressed', 'Stable', 'Increasing', 'No data'] as const;

const area = <N extends z.ZodType>(name: N) => z.looseObject({ name, area: z.number().nonnegative() });
const conditionLabel = z.enum(CONDITION_LABELS);

/** `AreaList` whose areas are named by a 3-class label. */
export const conditionAreaListSchema = z.looseObject({ name: z.string().nullish(), unit: areaUnitSchema, areas: z.array(area(conditionLabel)) });

/** `CrossTab` (§2.2) with labels of the given vocabulary. */
const crossTab = <L extends z.ZodType>(label: L) =>
  z.looseObject({
    name: z.string().nullish(),
    unit: areaUnitSchema,
    initial_year: z.int(),
    final_year: z.int(),
    values: z.array(z.looseObject({ initial_label: label, final_label: label, value: z.number().nonnegative() })),
  });
export const conditionCrossTabSchema = crossTab(conditionLabel);
/** Land-cover labels come from the legend in use (UNCCD or national), so they are free text. */
export const landCoverCrossTabSchema = crossTab(z.string());
export const productivityCrossTabSchema = landCoverCrossTabSchema.extend({ name: z.enum(LPD_LABELS) });

/** `ValuesByYearDict` (§2.2): year → class name (including "No data") → value, in `unit`. */
const valuesByYear = <U extends z.ZodType>(unit: U) =>
  z.looseObject({
    name: z.string().nullish(),
    unit,
    values: z.record(z.string().regex(/^\d{4}$/), z.record(z.string(), z.number())),
  });

const summariesByCoverType = z.record(z.string(), conditionAreaListSchema);

/** `ReportMetadata` (§2.2). */
export const reportMetadataSchema = z.looseObject({
  title: z.string().nullish(),
  date: z.string(),
  trends_earth_version: z.looseObject({ version: z.string(), release_date: z.string().nullish(), revision: z.string().nullish() }),
  area_of_interest: z.looseObject({ name: z.string().nullish(), crs_wkt: z.string().nullish() }),
  affected_areas_only: z.boolean().nullish(),
});

const productivityReport = z.looseObject({ summaries: summariesByCoverType, crosstabs_by_productivity_class: z.array(productivityCrossTabSchema).nullish() });
const landCoverReport = z.looseObject({
  summary: conditionAreaListSchema,
  crosstabs_by_land_cover_class: z.array(landCoverCrossTabSchema).nullish(),
  land_cover_areas_by_year: valuesByYear(areaUnitSchema).nullish(),
});
const socReport = z.looseObject({ summaries: summariesByCoverType, soc_stock_by_year: valuesByYear(z.string()).nullish() });

/** `LandConditionAssessment` (2025+) — also the body of a 2022 `LandConditionReport`, where all parts are optional. */
export const landConditionAssessmentSchema = z.looseObject({
  sdg: z.looseObject({ summary: conditionAreaListSchema }),
  productivity: productivityReport,
  land_cover: landCoverReport,
  soil_organic_carbon: socReport,
  sdg_error_recode: conditionAreaListSchema.nullish(),
});

/** `LandConditionStatus` and the 2022 `LandConditionProgressReport` share these four summaries. */
export const landConditionSummariesSchema = z.looseObject({
  sdg: conditionAreaListSchema,
  productivity: summariesByCoverType,
  land_cover: conditionAreaListSchema,
  soil_organic_carbon: summariesByCoverType,
});

/** `LandConditionReport` of the 2025+ layout: one per period key "baseline", "report_1", … (§2.2). */
export const landConditionReportSchema = z.looseObject({
  period_assessment: landConditionAssessmentSchema,
  status_assessment: landConditionSummariesSchema.nullish(),
  change_assessment: z
    .looseObject({
      sdg: conditionCrossTabSchema,
      productivity: conditionCrossTabSchema,
      land_cover: conditionCrossTabSchema,
      soil_organic_carbon: conditionCrossTabSchema,
    })
    .nullish(),
});

/** 2022 `LandConditionReport`: the assessment parts at top level, each optional (§2.2 "2022-era variant"). */
export const landConditionReport2022Schema = landConditionAssessmentSchema.partial();
/** 2022 `LandConditionProgressReport` (§2.2). */
export const landConditionProgressReport2022Schema = landConditionSummariesSchema.extend({ sdg_error_recode: conditionAreaListSchema.nullish() });

/** The file's frame; the periods are checked one by one against the layout they follow. */
export const landConditionSummaryFrameSchema = z.looseObject({
  metadata: reportMetadataSchema,
  land_condition: z.record(z.string(), z.unknown()),
});

const nonNegative = z.number().nonnegative();

/** `TrendsEarthCounterbalancingSummary` as declared in te_schemas (§2.5). */
export const counterbalancingTeSchemasSchema = z.looseObject({
  metadata: reportMetadataSchema,
  counterbalancing: z.looseObject({
    land_type_results: z.array(
      z.looseObject({ land_type_name: z.string(), gains_area_sq_km: nonNegative, losses_area_sq_km: nonNegative, delta_ldn: z.number(), ldn_achieved: z.boolean() }),
    ),
    overall_ldn_achieved: z.boolean(),
  }),
});

/** The counterbalancing JSON te_algorithms actually writes (§2.5), which differs from the class above. */
export const counterbalancingTeAlgorithmsSchema = z.looseObject({
  metadata: z.looseObject({ algorithm_version: z.string().nullish(), release_date: z.string().nullish(), report_date: z.string().nullish(), task_name: z.string().nullish() }),
  land_type_results: z.array(
    z.looseObject({
      land_type_code: z.int(),
      land_type_name: z.string(),
      gains_area_sqkm: nonNegative,
      losses_area_sqkm: nonNegative,
      delta_ldn: z.number(),
      ldn_achieved: z.boolean(),
    }),
  ),
});
