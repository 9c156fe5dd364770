import type { BaselineData, BaselineYear, DataSource, TrendsEarthImport } from '../../../shared/baseline/schema';
import type { PeriodKey } from '../../../shared/workspace/schema';
import type { EntityRecord } from '../db/entities';
import type { OpenWorkspace } from '../workspace/open-workspace';
import { readNationalLegend, readRegions, totalLandAreaKm2 } from './legends';
import { toTableProvenance } from './provenance';
import { liveRows } from './table-rows';
import { currentTransitionMatrix } from './transition-matrix';

/** Everything the Baseline section shows, read in one go. Reads only: `baseline.get` works on a read-only file. */
export function readBaseline(ws: OpenWorkspace): BaselineData {
  const byYearThenClass = <T extends { year: number; classCode: number }>(a: T, b: T) => a.year - b.year || a.classCode - b.classCode;
  const summaries = liveRows(ws, 'baseline_condition_summary');
  const soc = liveRows(ws, 'baseline_soc_tier')[0];
  return {
    landArea: liveRows(ws, 'baseline_land_area')
      .map((r) => ({ year: r.year as BaselineYear, landKm2: r.landKm2, waterKm2: r.waterKm2 }))
      .sort((a, b) => a.year - b.year),
    landCoverExtent: liveRows(ws, 'baseline_land_cover_extent')
      .map((r) => ({ year: r.year as BaselineYear, classCode: r.classCode, areaKm2: r.areaKm2 }))
      .sort(byYearThenClass),
    landCoverChange: groupByPeriod(liveRows(ws, 'baseline_land_cover_change'), (r) => ({ initialCode: r.initialCode, finalCode: r.finalCode, areaKm2: r.areaKm2 })).map(
      ({ periodKey, items }) => ({ periodKey, cells: items.sort((a, b) => a.initialCode - b.initialCode || a.finalCode - b.finalCode) }),
    ),
    lpd: groupByPeriod(liveRows(ws, 'baseline_lpd'), (r) => ({ classCode: r.classCode, lpdCode: r.lpdCode, areaKm2: r.areaKm2 })).map(({ periodKey, items }) => ({
      periodKey,
      cells: items.sort((a, b) => a.classCode - b.classCode || a.lpdCode - b.lpdCode),
    })),
    socStocks: liveRows(ws, 'baseline_soc_stock')
      .map((r) => ({ year: r.year as BaselineYear, classCode: r.classCode, tonnesPerHa: r.tonnesPerHa }))
      .sort(byYearThenClass),
    socTier: soc ? soc.tier : null,
    summaries: summaries
      .map((r) => ({
        indicator: r.indicator,
        periodKey: r.periodKey as PeriodKey,
        areas: { improvedKm2: r.improvedKm2, stableKm2: r.stableKm2, degradedKm2: r.degradedKm2, noDataKm2: r.noDataKm2 },
      }))
      .sort((a, b) => a.periodKey.localeCompare(b.periodKey) || a.indicator.localeCompare(b.indicator)),
    status: groupByPeriod(liveRows(ws, 'baseline_status_area'), (r) => r).map(({ periodKey, items }) => ({
      periodKey,
      expandedKm2: Object.fromEntries(items.map((r) => [r.statusClass, r.areaKm2])),
    })),
    sdgMethods: liveRows(ws, 'baseline_sdg_method')
      .map((r) => ({ periodKey: r.periodKey as PeriodKey, method: r.method, methodText: r.methodText, confidence: r.confidence }))
      .sort((a, b) => a.periodKey.localeCompare(b.periodKey)),
    transitionMatrix: currentTransitionMatrix(ws),
    nationalLegend: readNationalLegend(ws),
    regions: readRegions(ws),
    totalLandAreaKm2: totalLandAreaKm2(ws),
    provenance: liveRows(ws, 'baseline_table_provenance').map(toTableProvenance),
    sources: listSources(ws),
    imports: listImports(ws),
  };
}

/** Rows grouped by period, periods in key order (baseline, report_1, report_2). */
function groupByPeriod<R extends { periodKey: string }, T>(rows: R[], pick: (row: R) => T): { periodKey: PeriodKey; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(row.periodKey, [...(groups.get(row.periodKey) ?? []), pick(row)]);
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([periodKey, items]) => ({ periodKey: periodKey as PeriodKey, items }));
}

export function toDataSource(r: EntityRecord<'data_source'>): DataSource {
  return {
    id: r.id,
    title: r.title,
    identifier: r.identifier,
    authorPublisher: r.authorPublisher,
    citation: r.citation,
    licence: r.licence as DataSource['licence'],
    customLicenceText: r.customLicenceText,
    updatedAt: r.updatedAt,
  };
}

function listSources(ws: OpenWorkspace): DataSource[] {
  return liveRows(ws, 'data_source').map(toDataSource).sort((a, b) => a.title.localeCompare(b.title));
}

export function toTrendsEarthImport(r: EntityRecord<'trends_earth_import'>): TrendsEarthImport {
  return {
    id: r.id,
    fileName: r.fileName,
    sha256: r.sha256,
    bytes: r.sizeBytes,
    kind: r.kind,
    layout: r.layout,
    trendsEarthVersion: r.teVersion,
    reportDate: r.reportDate,
    areaOfInterestName: r.aoiName,
    packageName: r.packageName,
    importedAt: r.importedAt,
  };
}

/** Newest first (UUIDv7 ids sort by creation time). */
function listImports(ws: OpenWorkspace): TrendsEarthImport[] {
  return liveRows(ws, 'trends_earth_import').map(toTrendsEarthImport).reverse();
}
