import type { FieldError } from '../../../shared/command';
import type { PeriodKey } from '../../../shared/workspace/schema';
import { fieldError } from '../errors';
import { workspaceRecord } from '../workspace/repository';
import type { OpenWorkspace } from '../workspace/open-workspace';
import { liveRows } from './table-rows';

/**
 * The most area a baseline table may hold for a year: the total country area of CP-1.T1 (land + water
 * bodies, because the Trends.Earth tables cover water bodies too), or the workspace's land area while
 * CP-1.T1 has no row for that year. PRAIS refuses degraded areas beyond the country profile (§1.2).
 */
export function areaLimitKm2(ws: OpenWorkspace, year: number): number {
  const row = liveRows(ws, 'baseline_land_area', { field: 'year', values: [year] })[0];
  return row ? row.landKm2 + row.waterKm2 : workspaceRecord(ws).landAreaKm2;
}

/** A period's tables are checked against the area of its last year (2015 for the baseline). */
export function periodEndYear(ws: OpenWorkspace, periodKey: PeriodKey): number {
  const row = ws.db.prepare('SELECT year_end AS yearEnd FROM period WHERE key = ? AND deleted_at IS NULL').get(periodKey) as { yearEnd: number } | undefined;
  // Every workspace has its three periods (workspace.create); a file without one was not made by this app.
  if (!row) throw new Error(`The workspace has no period ${periodKey}.`);
  return row.yearEnd;
}

/** Rounding in the source data: a total up to this share above the limit is accepted. */
export const SAVE_TOLERANCE = 0.005;

/** Floating-point noise of summed areas (1,005 × 1 is not quite 1,000 × 1.005): never a reason to refuse. */
const NOISE = 1e-9;

/** True when `totalKm2` is above `maxKm2` by more than `tolerance` (a share: 0.005 is 0.5 %). */
export function exceedsArea(totalKm2: number, maxKm2: number, tolerance: number): boolean {
  return totalKm2 > maxKm2 * (1 + tolerance + NOISE);
}

/** Refuses `totalKm2` above `maxKm2` (plus the tolerance) on `path`, saying what the limit is. */
export function assertWithinArea(totalKm2: number, maxKm2: number, tolerance: number, path: FieldError['path']): void {
  if (exceedsArea(totalKm2, maxKm2, tolerance)) throw fieldError('validation', { path, messageKey: 'errors:baseline.exceedsLandArea', params: { max: maxKm2 } });
}
