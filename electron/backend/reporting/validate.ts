import { VALIDATION_SECTIONS, type ValidationIssue, type ValidationResult } from '../../../shared/reporting/validate-schema';
import { readBaseline } from '../baseline/repository';
import type { OpenWorkspace } from '../workspace/open-workspace';
import { areasWithinLandArea } from './rules/areas-within-land-area';
import { dataSources } from './rules/data-sources';
import { licencePermission } from './rules/licence-permission';
import { matrixCells } from './rules/matrix-cells';
import { noNegativeAreas } from './rules/no-negative-areas';
import { regionAreas } from './rules/region-areas';
import { revisionNotes } from './rules/revision-notes';
import type { RuleGroup } from './rules/rule';
import { targetLocation } from './rules/target-location';
import { targetStatus } from './rules/target-status';
import { trendsEarthSummary } from './rules/trends-earth-summary';
import { validGeometry } from './rules/valid-geometry';

/** Every rule of domain-spec §1.2 and §8 the package must pass; each file says which rule it implements. */
const RULE_GROUPS: readonly RuleGroup[] = [
  areasWithinLandArea,
  noNegativeAreas,
  matrixCells,
  regionAreas,
  targetLocation,
  targetStatus,
  revisionNotes,
  dataSources,
  trendsEarthSummary,
  licencePermission,
  validGeometry,
];

/**
 * Runs every rule against the open workspace. Reads only, so it works on a read-only file. Issues come
 * in checklist order: by section (VALIDATION_SECTIONS), then in the order the rules found them.
 */
export function validateWorkspace(ws: OpenWorkspace, now: Date = new Date()): ValidationResult {
  const context = { ws, baseline: readBaseline(ws) };
  const issues = RULE_GROUPS.flatMap((rule) => rule(context));
  const sectionOrder = (i: ValidationIssue) => VALIDATION_SECTIONS.indexOf(i.location.section);
  const sorted = issues.map((issue, index) => ({ issue, index })).sort((a, b) => sectionOrder(a.issue) - sectionOrder(b.issue) || a.index - b.index).map(({ issue }) => issue);
  return {
    errors: sorted.filter((i) => i.severity === 'error'),
    warnings: sorted.filter((i) => i.severity === 'warning'),
    checkedAt: now.toISOString(),
  };
}
