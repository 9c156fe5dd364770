import { checkGeometry } from '../../../../shared/maps/validity';
import { geometry as geometrySchema, type Geometry, type GeometryOwner } from '../../../../shared/maps/schema';
import type { ValidationIssue } from '../../../../shared/reporting/validate-schema';
import { FIX_ROUTES, targetRoute } from '../../../../shared/reporting/validate-routes';
import { ENTITIES, type EntityName, type EntityRecord } from '../../db/entities';
import { liveRows } from '../../baseline/table-rows';
import { issue, type RuleContext, type RuleGroup } from './rule';

/** The screen where each kind of owner's shape is drawn or imported again. */
function fixRoute(ownerEntity: string, ownerId: string): string {
  switch (ownerEntity as GeometryOwner) {
    case 'target':
      return targetRoute(ownerId);
    case 'implemented_action':
      return FIX_ROUTES.actions;
    case 'baseline_hot_bright_spot':
    case 'baseline_false_pos_neg':
      return FIX_ROUTES.sdg;
    case 'landtype':
      return FIX_ROUTES.landTypes;
    case 'transition_region':
      return FIX_ROUTES.landCover;
    case 'land_use_plan':
    case 'plan_zone':
      return FIX_ROUTES.plans;
    default:
      return FIX_ROUTES.workspace;
  }
}

/** The stored GeoJSON, or null when it is not a geometry the workbench stores (not JSON, wrong shape). */
function parseStored(row: EntityRecord<'feature_geometry'>): Geometry | null {
  try {
    const parsed = geometrySchema.safeParse(JSON.parse(row.geojson));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A shape belongs in the package only while its owner is live: a deleted target's shape leaves with it. */
function ownerIsLive(ws: RuleContext['ws'], ownerEntity: string, ownerId: string): boolean {
  if (!Object.hasOwn(ENTITIES, ownerEntity)) return false;
  return ws.mutator.find(ownerEntity as EntityName, ownerId)?.deletedAt === null;
}

/**
 * Spatial tables (SO1-VT.T1, SO1.IA.T1, SO1-4.T3–T5; domain-spec §1.6–§1.9, §8 `spatial/`) go to PRAIS as
 * RFC 7946 GeoJSON, and PRAIS' viewer cannot use a broken polygon. Every stored shape is checked with the
 * same function `maps.setGeometry` uses (shared/maps/validity.ts: empty, out of range, unclosed ring,
 * self-intersection, outside the area of interest); a shape that is not even GeoJSON counts as empty.
 * Shapes reach the store only through that check, so this catches files changed outside the app and
 * shapes left outside a later-drawn area of interest. An error: the package would carry it unchanged.
 */
export const validGeometry: RuleGroup = ({ ws }) => {
  const rows = liveRows(ws, 'feature_geometry');
  const areaRow = rows.find((r) => r.ownerEntity === 'workspace');
  const areaOfInterest = areaRow ? parseStored(areaRow) : null;
  const issues: ValidationIssue[] = [];
  for (const row of rows.filter((r) => ownerIsLive(ws, r.ownerEntity, r.ownerId))) {
    const stored = parseStored(row);
    const problem = stored ? checkGeometry(stored, row === areaRow ? null : areaOfInterest).problems[0] : { code: 'empty' as const };
    if (!problem) continue;
    const location = { section: 'geometry', route: fixRoute(row.ownerEntity, row.ownerId), entity: row.ownerEntity, id: row.ownerId, field: 'geometry' } as const;
    issues.push(issue('invalidGeometry', 'error', location, { owner: row.ownerEntity, problem: problem.code }));
  }
  return issues;
};
