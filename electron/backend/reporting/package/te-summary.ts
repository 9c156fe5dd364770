import { NO_DATA, UNCCD_LAND_COVER_CODES } from '../../../../shared/baseline/classes';
import type { BaselineData, SummaryIndicator } from '../../../../shared/baseline/schema';
import type { ReportingPeriod } from '../../../../shared/workspace/schema';

/**
 * A `TrendsEarthLandConditionSummary` in the 2025+ layout (te_schemas `reporting.py`, domain-spec §2.2)
 * written from the national data, for a workspace without an imported Trends.Earth file: PRAIS takes
 * national data "transferred from Trends.Earth" in this shape. Only what the national tables really hold
 * is written: a period needs its four 3-class summaries (SO1-1.T7, SO1-2.T3, SO1-3.T2, SO1-4.T2);
 * nothing is filled in to make a period complete. Productivity cross-tabulations by land-cover
 * transition are left empty (SO1-2.T1/T2 give LPD by final class, not by transition), and so is the
 * status and change assessment (they come from rasters the app does not have).
 */
export interface TeSummaryInput {
  data: BaselineData;
  periods: readonly ReportingPeriod[];
  areaName: string;
  /** The AOI geometry (EPSG:4326) when the workspace has one. */
  aoi: unknown;
  createdUtc: string;
  appVersion: string;
}

/** The names and colours of the Trends.Earth UNCCD legend (§2.3), in code order. */
const UNCCD_CLASSES: Record<number, { name: string; color: string }> = {
  1: { name: 'Tree-covered', color: '#787F1B' },
  2: { name: 'Grassland', color: '#FFAC42' },
  3: { name: 'Cropland', color: '#FFFB6E' },
  4: { name: 'Wetland', color: '#00DB84' },
  5: { name: 'Artificial', color: '#E60017' },
  6: { name: 'Other land', color: '#FFF3D7' },
  7: { name: 'Water body', color: '#0053C4' },
  [NO_DATA]: { name: 'No data', color: '#000000' },
};

const WGS84_WKT =
  'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]]';

const MEANING = { [-1]: 'degradation', 0: 'stable', 1: 'improvement' } as const;

/** The summary, or null when no period has all four summaries. */
export function generateLandConditionSummary(input: TeSummaryInput): object | null {
  const landCondition: Record<string, object> = {};
  for (const period of input.periods) {
    const report = periodReport(input, period);
    if (report) landCondition[period.key] = report;
  }
  if (Object.keys(landCondition).length === 0) return null;
  return {
    metadata: {
      title: 'Trends.Earth Summary Report',
      // te_schemas' datetime format (§2.1).
      date: input.createdUtc.replace(/\.\d+Z$|Z$/, '+00:00'),
      trends_earth_version: { version: `ldn-workbench-${input.appVersion}`, release_date: null, revision: null },
      area_of_interest: { name: input.areaName, geojson: input.aoi ?? null, crs_wkt: WGS84_WKT },
      affected_areas_only: false,
    },
    land_condition: landCondition,
    affected_population: {},
  };
}

function periodReport(input: TeSummaryInput, period: ReportingPeriod): object | null {
  const { data } = input;
  const summary = (indicator: SummaryIndicator, name: string) => {
    const row = data.summaries.find((s) => s.indicator === indicator && s.periodKey === period.key);
    if (!row) return null;
    const { improvedKm2, stableKm2, degradedKm2, noDataKm2 } = row.areas;
    return {
      name,
      unit: 'sq km',
      areas: [
        { name: 'Improved', area: improvedKm2 },
        { name: 'Stable', area: stableKm2 },
        { name: 'Degraded', area: degradedKm2 },
        { name: 'No data', area: noDataKm2 },
      ],
    };
  };
  const sdg = summary('sdg', 'SDG Indicator 15.3.1');
  const productivity = summary('productivity', 'Land productivity');
  const landCover = summary('land_cover', 'Land cover');
  const soc = summary('soc', 'Soil organic carbon');
  if (!sdg || !productivity || !landCover || !soc) return null;
  // Trends.Earth's change crosstab of a reporting period runs from the baseline's end year (§2.2).
  const initialYear = period.key === 'baseline' ? period.yearStart : period.yearStart - 1;
  const years = yearsOf(input, initialYear, period.yearEnd);
  return {
    period_assessment: {
      sdg: { name: 'SDG Indicator 15.3.1', summary: sdg },
      productivity: { summaries: { all_cover_types: productivity }, crosstabs_by_productivity_class: [] },
      land_cover: {
        name: 'Land cover',
        summary: landCover,
        legend_nesting: { parent: UNCCD_LEGEND, child: UNCCD_LEGEND, nesting: IDENTITY_NESTING },
        transition_matrix: {
          legend: UNCCD_LEGEND,
          name: 'Degradation matrix',
          definitions: {
            name: 'Degradation matrix',
            transitions: [...data.transitionMatrix.cells]
              .sort((a, b) => a.initialCode - b.initialCode || a.finalCode - b.finalCode)
              .map((c) => ({ initial: lcClass(c.initialCode), final: lcClass(c.finalCode), meaning: MEANING[c.meaning] })),
          },
        },
        crosstabs_by_land_cover_class: changeCrossTabs(input, period, initialYear),
        land_cover_areas_by_year: { name: 'Area by year by land cover class', unit: 'sq km', values: byYear(years, (year) => extentsOf(data, year)) },
      },
      soil_organic_carbon: {
        summaries: { all_cover_types: soc },
        soc_stock_by_year: { name: 'Soil organic carbon by year by land cover class', unit: 'tonnes', values: byYear(years, (year) => socTonnesOf(data, year)) },
      },
      error_recode: null,
      sdg_error_recode: null,
    },
    status_assessment: null,
    change_assessment: null,
  };
}

const lcClass = (code: number) => ({ code, name_short: UNCCD_CLASSES[code]!.name, name_long: UNCCD_CLASSES[code]!.name, description: null, color: UNCCD_CLASSES[code]!.color });

const UNCCD_LEGEND = { name: 'UNCCD Land Cover', key: UNCCD_LAND_COVER_CODES.map(lcClass), nodata: lcClass(NO_DATA) };
const IDENTITY_NESTING = Object.fromEntries([...UNCCD_LAND_COVER_CODES, NO_DATA].map((code) => [String(code), [code]]));

function changeCrossTabs(input: TeSummaryInput, period: ReportingPeriod, initialYear: number): object[] {
  const change = input.data.landCoverChange.find((p) => p.periodKey === period.key);
  if (!change) return [];
  const values = change.cells.map((c) => ({ initial_label: UNCCD_CLASSES[c.initialCode]!.name, final_label: UNCCD_CLASSES[c.finalCode]!.name, value: c.areaKm2 }));
  return [{ name: 'Land area by land cover transition type', unit: 'sq km', initial_year: initialYear, final_year: period.yearEnd, values }];
}

/** The SO1-1.T4 years that fall in the period (its start year counted from the year before, as Trends.Earth does). */
function yearsOf(input: TeSummaryInput, fromYear: number, toYear: number): number[] {
  return [...new Set(input.data.landCoverExtent.map((r) => r.year))].filter((y) => y >= fromYear && y <= toYear).sort((a, b) => a - b);
}

function byYear(years: number[], valuesOf: (year: number) => Record<string, number>): Record<string, Record<string, number>> {
  const entries = years.map((year): [string, Record<string, number>] => [String(year), valuesOf(year)]);
  return Object.fromEntries(entries.filter(([, values]) => Object.keys(values).length > 0));
}

function extentsOf(data: BaselineData, year: number): Record<string, number> {
  return Object.fromEntries(data.landCoverExtent.filter((r) => r.year === year).map((r) => [UNCCD_CLASSES[r.classCode]!.name, r.areaKm2]));
}

/** te_schemas holds the total stock in tonnes: t/ha × km² × 100 ha/km², from the same year's extent. */
function socTonnesOf(data: BaselineData, year: number): Record<string, number> {
  const extent = new Map(data.landCoverExtent.filter((r) => r.year === year).map((r) => [r.classCode, r.areaKm2]));
  return Object.fromEntries(
    data.socStocks
      .filter((r) => r.year === year && extent.has(r.classCode))
      .map((r) => [UNCCD_CLASSES[r.classCode]!.name, r.tonnesPerHa * extent.get(r.classCode)! * 100]),
  );
}
