import type { ValidationIssue } from '../../../../shared/reporting/validate-schema';
import { targetEditRoute, targetRoute } from '../../../../shared/reporting/validate-routes';
import { liveRows } from '../../baseline/table-rows';
import { ownersWithGeometry } from './owner-geometry';
import { issue, type RuleGroup } from './rule';

/**
 * SO1-VT.T1 "Level of application" (domain-spec §1.7):
 * - a national target has the "Total target area" field disabled and needs no geometry, so a national
 *   target with an area or a geometry cannot be reported as it is — an error;
 * - a sub-national SO1 target is a row of a spatial table: it must say where it is. With neither a
 *   geometry, an area nor a location name PRAIS has nothing to place — an error; with an area or a place
 *   name but no geometry it can be submitted, but PRAIS' map will not show it — a warning.
 * SO2–SO4 targets are not spatial (§1.7, "geometry not requested"), so only the national rule applies to them.
 */
export const targetLocation: RuleGroup = ({ ws }) => {
  const withGeometry = ownersWithGeometry(ws, 'target');
  const issues: ValidationIssue[] = [];
  for (const t of liveRows(ws, 'target')) {
    const params = { target: t.text };
    const hasGeometry = withGeometry.has(t.id);
    if (t.level === 'national') {
      if (t.targetAreaKm2 !== null) issues.push(issue('nationalTargetHasArea', 'error', { section: 'targets', route: targetEditRoute(t.id), entity: 'target', id: t.id, field: 'targetAreaKm2' }, params));
      if (hasGeometry) issues.push(issue('nationalTargetHasGeometry', 'error', { section: 'targets', route: targetRoute(t.id), entity: 'target', id: t.id, field: 'geometry' }, params));
      continue;
    }
    if (t.strategicObjective !== 'SO1' || hasGeometry) continue;
    if (t.targetAreaKm2 === null && !t.locationName?.trim()) {
      issues.push(issue('subnationalTargetNotLocated', 'error', { section: 'targets', route: targetEditRoute(t.id), entity: 'target', id: t.id, field: 'locationName' }, params));
    } else {
      issues.push(issue('subnationalTargetWithoutGeometry', 'warning', { section: 'targets', route: targetRoute(t.id), entity: 'target', id: t.id, field: 'geometry' }, params));
    }
  }
  return issues;
};
