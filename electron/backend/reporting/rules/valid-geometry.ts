import { geometryOwner, type GeometryOwner } from '../../../../shared/maps/schema';
import type { ValidationIssue } from '../../../../shared/reporting/validate-schema';
import { FIX_ROUTES, targetRoute } from '../../../../shared/reporting/validate-routes';
import { liveOwnerIds } from '../../maps/owners';
import { issue, type RuleGroup } from './rule';
import { shapeProblems, type StoredShape } from './shape-checks';

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

/**
 * Spatial tables (SO1-VT.T1, SO1.IA.T1, SO1-4.T3–T5; domain-spec §1.6–§1.9, §8 `spatial/`) go to PRAIS as
 * RFC 7946 GeoJSON, and PRAIS' viewer cannot use a broken polygon. Every stored shape is checked with the
 * same function `maps.setGeometry` uses (shared/maps/validity.ts: empty, out of range, unclosed ring,
 * self-intersection, outside the area of interest); a shape that is not even GeoJSON counts as empty.
 * Shapes reach the store only through that check, so this catches files changed outside the app and
 * shapes left outside a later-drawn area of interest. An error: the package would carry it unchanged.
 */
export const validGeometry: RuleGroup = ({ ws }) => {
  const shapes = ws.db
    .prepare('SELECT id, owner_entity AS ownerEntity, owner_id AS ownerId, updated_at AS updatedAt FROM feature_geometry WHERE deleted_at IS NULL ORDER BY id')
    .all() as StoredShape[];
  // A shape belongs in the package only while its owner is live: a deleted target's shape leaves with it.
  const liveOwners = new Map<string, ReadonlySet<string>>();
  const ownerIsLive = ({ ownerEntity, ownerId }: StoredShape) => {
    if (!liveOwners.has(ownerEntity)) {
      // An owner kind the app does not know (a file changed outside it) has no live records.
      const owner = geometryOwner.safeParse(ownerEntity);
      liveOwners.set(ownerEntity, owner.success ? liveOwnerIds(ws, owner.data) : new Set());
    }
    return liveOwners.get(ownerEntity)!.has(ownerId);
  };
  const issues: ValidationIssue[] = [];
  for (const [shape, problem] of shapeProblems(ws, shapes.filter(ownerIsLive))) {
    if (!problem) continue;
    const location = { section: 'geometry', route: fixRoute(shape.ownerEntity, shape.ownerId), entity: shape.ownerEntity, id: shape.ownerId, field: 'geometry' } as const;
    issues.push(issue('invalidGeometry', 'error', location, { owner: shape.ownerEntity, problem: problem.code }));
  }
  return issues;
};
