import { UNCCD_LAND_COVER_CODES } from '../../../../shared/baseline/classes';
import type { ValidationIssue } from '../../../../shared/reporting/validate-schema';
import { FIX_ROUTES } from '../../../../shared/reporting/validate-routes';
import { TABLE_OF } from '../../baseline/table-ids';
import { issue, type RuleGroup } from './rule';

/** n × n for the n UNCCD land-cover classes the matrices are kept in (domain-spec §1.3, §4.2). */
const EXPECTED_CELLS = UNCCD_LAND_COVER_CODES.length ** 2;

/** How many distinct transitions (initial → final) a list of cells covers. */
const distinctCells = (cells: readonly { initialCode: number; finalCode: number }[]) => new Set(cells.map((c) => `${c.initialCode}>${c.finalCode}`)).size;

/**
 * SO1-1.T3 (domain-spec §1.3, §4.2): the transition matrix says, for every initial → final class, whether
 * it is degradation, stable or improvement — n² cells, in the national matrix and in each of up to five
 * regional ones. SO1-1.T5/T6 (land-cover change, km²) are n × n too, so that no area is silently lost.
 * A matrix with a missing or repeated cell cannot be written in PRAIS' layout: an error.
 */
export const matrixCells: RuleGroup = ({ baseline }) => {
  const issues: ValidationIssue[] = [];
  const check = (cells: readonly { initialCode: number; finalCode: number }[], location: ValidationIssue['location'], params: Record<string, string>) => {
    const actual = distinctCells(cells);
    if (actual !== EXPECTED_CELLS || cells.length !== EXPECTED_CELLS) issues.push(issue('matrixIncomplete', 'error', location, { ...params, expected: EXPECTED_CELLS, actual: cells.length }));
  };

  check(baseline.transitionMatrix.cells, { section: 'baseline', route: FIX_ROUTES.landCover, entity: 'SO1-1.T3' }, { matrix: 'SO1-1.T3' });
  for (const region of baseline.regions) {
    check(region.transitionMatrix.cells, { section: 'regions', route: FIX_ROUTES.landCover, entity: 'transition_region', id: region.id }, { matrix: `SO1-1.T3 · ${region.name}` });
  }
  for (const { periodKey, cells } of baseline.landCoverChange) {
    const tableId = TABLE_OF.landCoverChange(periodKey);
    check(cells, { section: 'baseline', route: FIX_ROUTES.landCover, entity: tableId, field: periodKey }, { matrix: tableId });
  }
  return issues;
};
