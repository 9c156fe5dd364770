import type { BaselineData, ConditionSummary, SummaryIndicator } from '../../../../shared/baseline/schema';
import type { PeriodKey } from '../../../../shared/workspace/schema';
import { readBaseline } from '../../baseline/repository';
import { readSites } from '../../baseline/sites';
import { TABLE_OF } from '../../baseline/table-ids';
import type { OpenWorkspace } from '../../workspace/open-workspace';
import type { Cell, PackageTable } from './table';

/**
 * The country profile and SO1 baseline tables with their 2026 IDs (domain-spec §1.2–1.6, §8). Every
 * table is written even when empty, so a reader always finds the same files with the same headers.
 * Areas are km², SOC stocks t/ha; classes are the UNCCD codes 1–7, LPD codes 1–5, no data −32768.
 */
export function praisBaselineTables(ws: OpenWorkspace): PackageTable[] {
  const data = readBaseline(ws);
  const sites = readSites(ws);
  const provenance = (tableId: string, period: PeriodKey | null) => data.provenance.find((p) => p.tableId === tableId && p.periodKey === period);
  const origin = (tableId: string, period: PeriodKey | null): Cell => provenance(tableId, period)?.origin ?? 'default';
  return [
    {
      id: TABLE_OF.landArea,
      slug: 'land_area',
      columns: ['year', 'total_land_km2', 'water_km2', 'total_country_km2', 'origin'],
      rows: data.landArea.map((r) => [r.year, r.landKm2, r.waterKm2, r.landKm2 + r.waterKm2, origin(TABLE_OF.landArea, null)]),
    },
    {
      id: 'SO1-1.T1',
      slug: 'degradation_processes',
      columns: ['process', 'other_title'],
      rows: [...sites.processes].sort((a, b) => a.code.localeCompare(b.code)).map((p) => [p.code, p.otherTitle]),
    },
    {
      id: 'SO1-1.T2',
      slug: 'national_legend',
      columns: ['unccd_classes_sufficient', 'national_code', 'name_short', 'name_long', 'color', 'unccd_code'],
      rows: [...data.nationalLegend.classes]
        .sort((a, b) => a.code - b.code)
        .map((c) => [data.nationalLegend.unccdSufficient ? 'yes' : 'no', c.code, c.nameShort, c.nameLong, c.color, c.unccdCode]),
    },
    transitionMatrixTable(data),
    {
      id: TABLE_OF.landCoverExtent,
      slug: 'lc_extent',
      columns: ['year', 'class_code', 'area_km2'],
      rows: data.landCoverExtent.map((r) => [r.year, r.classCode, r.areaKm2]),
    },
    changeTable(data, 'baseline'),
    changeTable(data, 'reporting'),
    summaryTable(data, 'land_cover', 'lc_degradation'),
    lpdTable(data, 'baseline'),
    lpdTable(data, 'reporting'),
    summaryTable(data, 'productivity', 'productivity_degradation'),
    {
      id: TABLE_OF.socStocks,
      slug: 'soc_stock',
      columns: ['year', 'class_code', 'tonnes_per_ha', 'tier'],
      rows: data.socStocks.map((r) => [r.year, r.classCode, r.tonnesPerHa, data.socTier]),
    },
    summaryTable(data, 'soc', 'soc_degradation'),
    {
      id: TABLE_OF.status,
      slug: 'status',
      columns: ['period', 'status_class', 'area_km2'],
      rows: data.status.flatMap((s) =>
        Object.entries(s.expandedKm2)
          .sort(([a], [b]) => Number(a) - Number(b) || a.localeCompare(b))
          .map(([statusClass, km2]): Cell[] => [s.periodKey, statusClass, km2]),
      ),
    },
    degradedAreaTable(data),
    {
      id: 'SO1-4.T3',
      slug: 'false_pos_neg',
      columns: ['site_uid', 'type', 'location', 'area_km2', 'process', 'basis', 'period_started'],
      rows: sites.falsePosNeg.map((s) => [s.id, s.kind, s.locationName, s.areaKm2, s.process, s.basis, s.periodStarted]),
    },
    ...(['hotspot', 'brightspot'] as const).map(
      (kind): PackageTable => ({
        id: kind === 'hotspot' ? 'SO1-4.T4' : 'SO1-4.T5',
        slug: `${kind}s`,
        columns: ['site_uid', 'location', 'area_km2', 'assessment_process', 'drivers_processes', 'actions_taken', 'actions_planned', 'story'],
        rows: sites.hotBrightSpots
          .filter((s) => s.kind === kind)
          .map((s) => [s.id, s.name, s.areaKm2, s.assessmentProcess, s.driversProcesses, s.actionsTaken, s.actionsPlanned, s.story]),
      }),
    ),
  ];
}

/** SO1-1.T3: the national matrix in force and each region's, one row per cell (−1 degradation, 0 stable, 1 improvement). */
function transitionMatrixTable(data: BaselineData): PackageTable {
  const matrices = [
    { region: null, areaKm2: null, matrix: data.transitionMatrix },
    ...data.regions.map((r) => ({ region: r.name, areaKm2: r.areaKm2, matrix: r.transitionMatrix })),
  ];
  return {
    id: 'SO1-1.T3',
    slug: 'transition_matrix',
    columns: ['region', 'region_area_km2', 'version', 'initial_code', 'final_code', 'meaning', 'rationale'],
    rows: matrices.flatMap(({ region, areaKm2, matrix }) =>
      [...matrix.cells]
        .sort((a, b) => a.initialCode - b.initialCode || a.finalCode - b.finalCode)
        .map((c): Cell[] => [region, areaKm2, matrix.version, c.initialCode, c.finalCode, c.meaning, c.rationale]),
    ),
  };
}

const isBaseline = (which: 'baseline' | 'reporting') => (period: PeriodKey) => (which === 'baseline') === (period === 'baseline');

function changeTable(data: BaselineData, which: 'baseline' | 'reporting'): PackageTable {
  return {
    id: TABLE_OF.landCoverChange(which === 'baseline' ? 'baseline' : 'report_2'),
    slug: `lc_change_${which}`,
    columns: ['period', 'initial_code', 'final_code', 'area_km2'],
    rows: data.landCoverChange.filter((p) => isBaseline(which)(p.periodKey)).flatMap((p) => p.cells.map((c): Cell[] => [p.periodKey, c.initialCode, c.finalCode, c.areaKm2])),
  };
}

function lpdTable(data: BaselineData, which: 'baseline' | 'reporting'): PackageTable {
  return {
    id: TABLE_OF.lpd(which === 'baseline' ? 'baseline' : 'report_2'),
    slug: `lpd_by_lc_${which}`,
    columns: ['period', 'class_code', 'lpd_code', 'area_km2'],
    rows: data.lpd.filter((p) => isBaseline(which)(p.periodKey)).flatMap((p) => p.cells.map((c): Cell[] => [p.periodKey, c.classCode, c.lpdCode, c.areaKm2])),
  };
}

const SUMMARY_COLUMNS = ['period', 'improved_km2', 'stable_km2', 'degraded_km2', 'no_data_km2'];
const summaryCells = (s: ConditionSummary): Cell[] => [s.periodKey, s.areas.improvedKm2, s.areas.stableKm2, s.areas.degradedKm2, s.areas.noDataKm2];
const summariesOf = (data: BaselineData, indicator: SummaryIndicator) => data.summaries.filter((s) => s.indicator === indicator);

function summaryTable(data: BaselineData, indicator: SummaryIndicator, slug: string): PackageTable {
  return { id: TABLE_OF.summary[indicator], slug, columns: SUMMARY_COLUMNS, rows: summariesOf(data, indicator).map(summaryCells) };
}

/** SO1-4.T2: the SDG 15.3.1 areas with the tick boxes of the period (method, confidence). */
function degradedAreaTable(data: BaselineData): PackageTable {
  return {
    id: TABLE_OF.summary.sdg,
    slug: 'degraded_area',
    columns: [...SUMMARY_COLUMNS, 'method', 'method_text', 'confidence'],
    rows: summariesOf(data, 'sdg').map((s) => {
      const method = data.sdgMethods.find((m) => m.periodKey === s.periodKey);
      return [...summaryCells(s), method?.method ?? null, method?.methodText ?? null, method?.confidence ?? null];
    }),
  };
}
