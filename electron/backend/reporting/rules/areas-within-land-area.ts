import type { PraisTableId } from '../../../../shared/baseline/schema';
import type { ValidationIssue } from '../../../../shared/reporting/validate-schema';
import { baselineTableRoute } from '../../../../shared/reporting/validate-routes';
import type { PeriodKey } from '../../../../shared/workspace/schema';
import { areaLimitKm2, exceedsArea, periodEndYear, SAVE_TOLERANCE } from '../../baseline/area-limit';
import { TABLE_OF } from '../../baseline/table-ids';
import { issue, type RuleGroup } from './rule';

/** Extents are exact sums of the land-cover map: no tolerance, as when they are saved (baseline/saves.ts). */
const EXACT = 0;

/**
 * PRAIS 2026 (domain-spec §1.2): "reported degraded area … may not exceed the country-profile totals" —
 * an error that blocks saving in PRAIS, so it blocks the export here. Each baseline table of a year or
 * period is held to the same limit its save uses (`areaLimitKm2`: CP-1.T1 land + water of that year,
 * else the workspace's land area): SO1-1.T4 extents per year, SO1-1.T5/T6 change matrices, SO1-2.T1/T2
 * LPD tables, the four 3-class summaries (SO1-1.T7, SO1-2.T3, SO1-3.T2, SO1-4.T2) and the status assessment
 * (SO1-4.T1) per period. Saves check this too (the status areas come only from Trends.Earth imports), but
 * a later, smaller CP-1.T1 or a Trends.Earth import can leave a table above it.
 */
export const areasWithinLandArea: RuleGroup = ({ ws, baseline }) => {
  const issues: ValidationIssue[] = [];
  const check = (tableId: PraisTableId, totalKm2: number, maxKm2: number, tolerance: number, where: { year?: number; periodKey?: PeriodKey }) => {
    if (!exceedsArea(totalKm2, maxKm2, tolerance)) return;
    const location = { section: 'baseline', route: baselineTableRoute(tableId), entity: tableId, field: where.periodKey ?? String(where.year) } as const;
    const params = { table: tableId, totalKm2, maxKm2 };
    // A per-year table names its year, a per-period one its period (translated in the message).
    if (where.periodKey) issues.push(issue('areaExceedsLandArea', 'error', location, { ...params, period: where.periodKey }, 'reporting:issue.areaExceedsLandAreaPeriod'));
    else issues.push(issue('areaExceedsLandArea', 'error', location, { ...params, year: where.year! }, 'reporting:issue.areaExceedsLandAreaYear'));
  };

  for (const year of unique(baseline.landCoverExtent.map((r) => r.year))) {
    const total = sum(baseline.landCoverExtent.filter((r) => r.year === year).map((r) => r.areaKm2));
    check(TABLE_OF.landCoverExtent, total, areaLimitKm2(ws, year), EXACT, { year });
  }
  const periodLimit = (periodKey: PeriodKey) => areaLimitKm2(ws, periodEndYear(ws, periodKey));
  for (const { periodKey, cells } of baseline.landCoverChange) {
    check(TABLE_OF.landCoverChange(periodKey), sum(cells.map((c) => c.areaKm2)), periodLimit(periodKey), SAVE_TOLERANCE, { periodKey });
  }
  for (const { periodKey, cells } of baseline.lpd) {
    check(TABLE_OF.lpd(periodKey), sum(cells.map((c) => c.areaKm2)), periodLimit(periodKey), SAVE_TOLERANCE, { periodKey });
  }
  for (const { indicator, periodKey, areas } of baseline.summaries) {
    const total = areas.improvedKm2 + areas.stableKm2 + areas.degradedKm2 + areas.noDataKm2;
    check(TABLE_OF.summary[indicator], total, periodLimit(periodKey), SAVE_TOLERANCE, { periodKey });
  }
  // SO1-4.T1: the status classes of a period (no data included) partition its land, like the summaries.
  for (const { periodKey, expandedKm2 } of baseline.status) {
    check(TABLE_OF.status, sum(Object.values(expandedKm2)), periodLimit(periodKey), SAVE_TOLERANCE, { periodKey });
  }
  return issues;
};

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const unique = <T>(values: readonly T[]) => [...new Set(values)];
