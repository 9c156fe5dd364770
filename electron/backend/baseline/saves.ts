import type { z } from 'zod';
import { UNCCD_LAND_COVER_CODES } from '../../../shared/baseline/classes';
import type { baselineInputs } from '../../../shared/baseline/schema';
import type { FieldError } from '../../../shared/command';
import { fieldError } from '../errors';
import type { Handlers } from '../handler-types';
import type { OpenWorkspace } from '../workspace/open-workspace';
import { areaLimitKm2, assertWithinArea, exceedsArea, periodEndYear, SAVE_TOLERANCE } from './area-limit';
import { setNationalProvenance } from './provenance';
import { readBaseline } from './repository';
import { TABLE_OF } from './table-ids';
import { liveRows, replaceRows, upsertRow } from './table-rows';

type Inputs = { [K in keyof typeof baselineInputs]: z.output<(typeof baselineInputs)[K]> };
type SaveCommand =
  | 'baseline.saveLandArea'
  | 'baseline.saveLandCoverExtent'
  | 'baseline.saveLandCoverChange'
  | 'baseline.saveLpd'
  | 'baseline.saveSocStocks'
  | 'baseline.saveSummary'
  | 'baseline.saveSdgMethod';

/** Extents are exact sums of the land cover map, so they get no tolerance (beyond floating-point noise). */
const EXACT = 0;

/** Saves of national data: each replaces the table's values and marks it `national` with the given source. */
export const saveHandlers: Handlers<SaveCommand> = {
  'baseline.saveLandArea': (input, session) => {
    const ws = session.workspace();
    assertUnique(input.rows, (r) => [r.year], 'rows');
    input.rows.forEach((row, i) => {
      // The land area may not shrink below what SO1-1.T4 already holds for that year.
      const extentKm2 = sum(liveRows(ws, 'baseline_land_cover_extent', { field: 'year', values: [row.year] }).map((r) => r.areaKm2));
      if (exceedsArea(extentKm2, row.landKm2 + row.waterKm2, EXACT)) {
        throw fieldError('validation', { path: ['rows', i, 'landKm2'], messageKey: 'errors:baseline.landAreaBelowExtent', params: { min: extentKm2 } });
      }
    });
    replaceRows(ws, 'baseline_land_area', { field: 'year', values: input.rows.map((r) => r.year) }, ['year'], input.rows);
    setNationalProvenance(ws, TABLE_OF.landArea, null, input);
    return readBaseline(ws);
  },

  'baseline.saveLandCoverExtent': (input, session) => {
    const ws = session.workspace();
    assertUnique(input.rows, (r) => [r.year, r.classCode], 'rows');
    assertExtentsWithinArea(ws, input.rows);
    replaceRows(ws, 'baseline_land_cover_extent', { field: 'year', values: unique(input.rows.map((r) => r.year)) }, ['year', 'classCode'], input.rows);
    setNationalProvenance(ws, TABLE_OF.landCoverExtent, null, input);
    return readBaseline(ws);
  },

  'baseline.saveLandCoverChange': ({ periodKey, cells, ...provenance }, session) => {
    const ws = session.workspace();
    assertCompleteMatrix(cells);
    assertWithinArea(sum(cells.map((c) => c.areaKm2)), areaLimitKm2(ws, periodEndYear(ws, periodKey)), SAVE_TOLERANCE, ['cells']);
    replaceRows(ws, 'baseline_land_cover_change', { field: 'periodKey', values: [periodKey] }, ['initialCode', 'finalCode'], cells.map((c) => ({ periodKey, ...c })));
    setNationalProvenance(ws, TABLE_OF.landCoverChange(periodKey), periodKey, provenance);
    return readBaseline(ws);
  },

  'baseline.saveLpd': ({ periodKey, cells, ...provenance }, session) => {
    const ws = session.workspace();
    assertUnique(cells, (c) => [c.classCode, c.lpdCode], 'cells');
    assertWithinArea(sum(cells.map((c) => c.areaKm2)), areaLimitKm2(ws, periodEndYear(ws, periodKey)), SAVE_TOLERANCE, ['cells']);
    replaceRows(ws, 'baseline_lpd', { field: 'periodKey', values: [periodKey] }, ['classCode', 'lpdCode'], cells.map((c) => ({ periodKey, ...c })));
    setNationalProvenance(ws, TABLE_OF.lpd(periodKey), periodKey, provenance);
    return readBaseline(ws);
  },

  'baseline.saveSocStocks': ({ rows, tier, ...provenance }, session) => {
    const ws = session.workspace();
    assertUnique(rows, (r) => [r.year, r.classCode], 'rows');
    replaceRows(ws, 'baseline_soc_stock', { field: 'year', values: unique(rows.map((r) => r.year)) }, ['year', 'classCode'], rows);
    const storedTier = liveRows(ws, 'baseline_soc_tier')[0];
    if (storedTier) ws.mutator.update('baseline_soc_tier', storedTier.id, { tier });
    else ws.mutator.insert('baseline_soc_tier', { tier });
    setNationalProvenance(ws, TABLE_OF.socStocks, null, provenance);
    return readBaseline(ws);
  },

  'baseline.saveSummary': ({ indicator, periodKey, areas, ...provenance }, session) => {
    const ws = session.workspace();
    const total = areas.improvedKm2 + areas.stableKm2 + areas.degradedKm2 + areas.noDataKm2;
    assertWithinArea(total, areaLimitKm2(ws, periodEndYear(ws, periodKey)), SAVE_TOLERANCE, ['areas']);
    upsertRow(ws, 'baseline_condition_summary', ['indicator', 'periodKey'], { indicator, periodKey, ...areas });
    setNationalProvenance(ws, TABLE_OF.summary[indicator], periodKey, provenance);
    return readBaseline(ws);
  },

  'baseline.saveSdgMethod': ({ periodKey, method, methodText, confidence }, session) => {
    const ws = session.workspace();
    upsertRow(ws, 'baseline_sdg_method', ['periodKey'], { periodKey, method, methodText: methodText ?? null, confidence });
    return readBaseline(ws);
  },
};

/** Each year's classes together may not exceed that year's total area (CP-1.T1, else the workspace's land area). */
function assertExtentsWithinArea(ws: OpenWorkspace, rows: Inputs['landCoverExtent']['rows']): void {
  for (const year of unique(rows.map((r) => r.year))) {
    const total = sum(rows.filter((r) => r.year === year).map((r) => r.areaKm2));
    const last = rows.findLastIndex((r) => r.year === year);
    assertWithinArea(total, areaLimitKm2(ws, year), EXACT, ['rows', last, 'areaKm2']);
  }
}

/** SO1-1.T5/T6 is the full 7 × 7 matrix: every transition exactly once, so that no area is silently lost. */
function assertCompleteMatrix(cells: Inputs['landCoverChange']['cells']): void {
  const keys = new Set(cells.map((c) => `${c.initialCode}>${c.finalCode}`));
  const expected = UNCCD_LAND_COVER_CODES.length ** 2;
  if (cells.length !== expected || keys.size !== expected) {
    throw fieldError('validation', { path: ['cells'], messageKey: 'errors:baseline.matrixIncomplete', params: { expected, actual: keys.size } });
  }
}

/** Two rows for the same key would leave it unclear which value holds; the second one is refused. */
function assertUnique<T>(rows: readonly T[], keyOf: (row: T) => unknown[], field: string): void {
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const key = JSON.stringify(keyOf(row));
    if (seen.has(key)) throw fieldError('validation', { path: [field, i] satisfies FieldError['path'], messageKey: 'errors:baseline.duplicateRow' });
    seen.add(key);
  });
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const unique = <T>(values: readonly T[]) => [...new Set(values)];
