import { UNCCD_LAND_COVER_CODES } from '../../../../shared/baseline/classes';
import { totalAreaKm2 } from '../../../../shared/baseline/condition-areas';
import type { LandCoverExtentRow, SummaryIndicator } from '../../../../shared/baseline/schema';
import { statusFromCrossTabulation } from '../../../../shared/baseline/status';
import type { LandConditionPeriod, LandConditionSummary, LandCoverCrossTab, PeriodAssessment } from '../../../../shared/baseline/trends-earth-summary';
import type { FieldError } from '../../../../shared/command';
import { periodKey as periodKeySchema, type PeriodKey } from '../../../../shared/workspace/schema';
import { exceedsArea } from '../area-limit';
import { TABLE_OF } from '../table-ids';
import { classCode, isBaselineYear } from './legend';
import { socRows } from './plan-soc-stocks';
import type { FilePlan, PlannedTable } from './plan';

export interface PlanContext {
  /** CP-1.T1 land + water of the year, else the workspace's land area (see area-limit.ts). */
  areaLimitKm2(year: number): number;
  periodEndYear(periodKey: PeriodKey): number;
  /** SO1-1.T4 as stored, for SOC totals of years this file has no extent for. */
  storedExtentKm2(year: number, classCode: number): number | undefined;
}

/** Trends.Earth's figures come from rasters resampled to the AOI: up to 1 % over the land area is rounding. */
export const IMPORT_TOLERANCE = 0.01;

export type Path = FieldError['path'];

/**
 * Maps a land condition summary to the PRAIS tables (domain-spec §1.3–1.6): per period the four
 * summaries (all cover types), the land-cover change matrix, LPD by land-cover class, the Addendum status
 * (from the baseline × period cross-tabulation, never from summary totals), and per year the land-cover
 * extent and the SOC stock in t/ha.
 */
export function planLandCondition(summary: LandConditionSummary, context: PlanContext): FilePlan {
  const plan: FilePlan = { tables: [], landTypes: [], warnings: [], errors: [] };
  const extents = new Map<string, LandCoverExtentRow>();
  /** Where each year's extents were read, for a located message when they exceed the land area. */
  const extentPaths = new Map<number, Path>();
  const socSources: { period: LandConditionPeriod; path: Path }[] = [];
  for (const period of summary.periods) {
    const path = periodPath(summary, period);
    const key = periodKeySchema.safeParse(period.key);
    if (!key.success) {
      plan.warnings.push({ path, messageKey: 'errors:baseline.te.periodSkipped', params: { period: period.key } });
      continue;
    }
    planPeriod(plan, key.data, period.assessment, path, context);
    if (period.change && key.data !== 'baseline') {
      const { expandedKm2 } = statusFromCrossTabulation(period.change.sdg.cells);
      const expanded = Object.fromEntries(Object.entries(expandedKm2).map(([code, km2]) => [String(code), km2]));
      addTable(plan, context, { tableId: TABLE_OF.status, periodKey: key.data, totalKm2: sum(Object.values(expanded)), write: { kind: 'status', periodKey: key.data, expandedKm2: expanded } }, [...path.slice(0, 2), 'change_assessment', 'sdg']);
    }
    // Later periods repeat the years of earlier ones (2015 is in both); the later file section wins.
    const byYearPath = [...path, 'land_cover', 'land_cover_areas_by_year', 'values'];
    for (const row of extentRows(plan, period.assessment, byYearPath)) {
      extents.set(`${row.year}:${row.classCode}`, row);
      extentPaths.set(row.year, [...byYearPath, String(row.year)]);
    }
    socSources.push({ period, path });
  }
  const extentRowsAll = [...extents.values()].sort((a, b) => a.year - b.year || a.classCode - b.classCode);
  if (extentRowsAll.length > 0) {
    for (const year of new Set(extentRowsAll.map((r) => r.year))) {
      const total = sum(extentRowsAll.filter((r) => r.year === year).map((r) => r.areaKm2));
      checkArea(plan, total, context.areaLimitKm2(year), extentPaths.get(year)!);
    }
    plan.tables.push({ tableId: TABLE_OF.landCoverExtent, periodKey: null, totalKm2: null, write: { kind: 'extent', rows: extentRowsAll } });
  }
  const soc = socRows(plan, socSources, extents, context);
  if (soc.length > 0) plan.tables.push({ tableId: TABLE_OF.socStocks, periodKey: null, totalKm2: null, write: { kind: 'soc', rows: soc } });
  return plan;
}

/** Where a period sits in the file, for located messages (the 2022 layout has no `period_assessment`). */
function periodPath(summary: LandConditionSummary, period: LandConditionPeriod): Path {
  if (summary.layout === '2022') return ['land_condition', period.key === 'report_1' ? 'progress' : period.key];
  return ['land_condition', period.key, 'period_assessment'];
}

const SUMMARY_SOURCES: [SummaryIndicator, (a: PeriodAssessment) => PeriodAssessment['sdg'] | undefined, string][] = [
  ['land_cover', (a) => a.landCover, 'land_cover'],
  ['productivity', (a) => a.productivity['all_cover_types'], 'productivity'],
  ['soc', (a) => a.soc['all_cover_types'], 'soil_organic_carbon'],
  ['sdg', (a) => a.sdg, 'sdg'],
];

function planPeriod(plan: FilePlan, periodKey: PeriodKey, a: PeriodAssessment, path: Path, context: PlanContext): void {
  for (const [indicator, pick, jsonKey] of SUMMARY_SOURCES) {
    const areas = pick(a);
    if (areas) addTable(plan, context, { tableId: TABLE_OF.summary[indicator], periodKey, totalKm2: totalAreaKm2(areas), write: { kind: 'summary', indicator, periodKey, areas } }, [...path, jsonKey]);
  }
  const crossTab = widest(a.landCoverChange);
  if (crossTab) {
    const cellPath = [...path, 'land_cover', 'crosstabs_by_land_cover_class', a.landCoverChange.indexOf(crossTab), 'values'];
    const matrix = new Map(UNCCD_LAND_COVER_CODES.flatMap((i) => UNCCD_LAND_COVER_CODES.map((f) => [`${i}>${f}`, { initialCode: i, finalCode: f, areaKm2: 0 }])));
    crossTab.cells.forEach((cell, index) => {
      const initial = classCode(plan, cell.initialClass, [...cellPath, index, 'initial_label']);
      const final = classCode(plan, cell.finalClass, [...cellPath, index, 'final_label']);
      if (initial !== null && final !== null) matrix.get(`${initial}>${final}`)!.areaKm2 += cell.areaKm2;
    });
    const cells = [...matrix.values()];
    addTable(plan, context, { tableId: TABLE_OF.landCoverChange(periodKey), periodKey, totalKm2: sum(cells.map((c) => c.areaKm2)), write: { kind: 'change', periodKey, cells } }, cellPath);
  }
  if (a.productivityByLandCover.length > 0) {
    const byClass = new Map<string, { classCode: number; lpdCode: number; areaKm2: number }>();
    a.productivityByLandCover.forEach(({ lpd, crossTab: t }, tableIndex) =>
      t.cells.forEach((cell, index) => {
        // SO1-2.T1/T2 give LPD by the land cover at the end of the period.
        const code = classCode(plan, cell.finalClass, [...path, 'productivity', 'crosstabs_by_productivity_class', tableIndex, 'values', index, 'final_label']);
        if (code === null) return;
        const key = `${code}:${lpd}`;
        const entry = byClass.get(key) ?? { classCode: code, lpdCode: lpd, areaKm2: 0 };
        entry.areaKm2 += cell.areaKm2;
        byClass.set(key, entry);
      }),
    );
    const cells = [...byClass.values()].sort((x, y) => x.classCode - y.classCode || x.lpdCode - y.lpdCode);
    addTable(plan, context, { tableId: TABLE_OF.lpd(periodKey), periodKey, totalKm2: sum(cells.map((c) => c.areaKm2)), write: { kind: 'lpd', periodKey, cells } }, [...path, 'productivity', 'crosstabs_by_productivity_class']);
  }
}

/** A period may carry several change crosstabs; the one spanning the most years is the period's. */
function widest(tabs: LandCoverCrossTab[]): LandCoverCrossTab | undefined {
  return [...tabs].sort((x, y) => y.finalYear - y.initialYear - (x.finalYear - x.initialYear))[0];
}

function extentRows(plan: FilePlan, a: PeriodAssessment, path: Path): LandCoverExtentRow[] {
  return Object.entries(a.landCoverAreasKm2ByYear ?? {}).flatMap(([yearText, byClass]) => {
    const year = Number(yearText);
    if (!isBaselineYear(year)) {
      plan.warnings.push({ path: [...path, yearText], messageKey: 'errors:baseline.te.yearSkipped', params: { year } });
      return [];
    }
    return Object.entries(byClass).flatMap(([name, areaKm2]) => {
      const code = classCode(plan, name, [...path, yearText, name]);
      return code === null ? [] : [{ year, classCode: code, areaKm2 }];
    });
  });
}

/** Adds a per-period table after checking its area against the land area of the period's last year. */
function addTable(plan: FilePlan, context: PlanContext, table: PlannedTable & { periodKey: PeriodKey }, path: Path): void {
  checkArea(plan, table.totalKm2 ?? 0, context.areaLimitKm2(context.periodEndYear(table.periodKey)), path);
  plan.tables.push(table);
}

function checkArea(plan: FilePlan, totalKm2: number, maxKm2: number, path: Path): void {
  if (exceedsArea(totalKm2, maxKm2, IMPORT_TOLERANCE)) plan.errors.push({ path, messageKey: 'errors:baseline.te.exceedsLandArea', params: { max: maxKm2, total: totalKm2 } });
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
