import { regionProblems } from '../../../../shared/baseline/regions';
import { FIX_ROUTES } from '../../../../shared/reporting/validate-routes';
import { issue, type RuleGroup } from './rule';

/**
 * SO1-1.T3, 2026 (domain-spec §1.3): up to five region-specific matrices, each region named, and "region
 * areas must sum to the total land area" (±0.5 % for rounding). The regions are checked with the very
 * rules their save uses (shared/baseline/regions.ts) against today's land area: a CP-1.T1 saved after the
 * regions can leave them summing to the old one. Each problem keeps that rule's own message. An error.
 */
export const regionAreas: RuleGroup = ({ baseline }) =>
  regionProblems(baseline.regions, baseline.totalLandAreaKm2).map((problem) =>
    issue('regionAreas', 'error', { section: 'regions', route: FIX_ROUTES.landCover, entity: 'transition_region', field: problem.path.join('.') }, problem.params, problem.messageKey),
  );
