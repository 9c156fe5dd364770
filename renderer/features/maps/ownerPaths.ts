import type { GeometryOwner } from '../../../shared/maps/schema';

/**
 * Where a record with a geometry is edited. Records without a page of their own (land types, implemented
 * actions, baseline sites and regions, plan zones) open the page that lists them.
 */
export function ownerPath(ownerEntity: GeometryOwner, ownerId: string): string {
  switch (ownerEntity) {
    case 'workspace':
      return '/workspace';
    case 'target':
      return `/targets/${ownerId}`;
    case 'implemented_action':
      return '/targets/actions';
    case 'landtype':
      return '/workspace/land-types';
    case 'baseline_hot_bright_spot':
    case 'baseline_false_pos_neg':
      return '/baseline/sdg-15-3-1';
    case 'transition_region':
      return '/baseline/land-cover';
    case 'land_use_plan':
      return `/plans/${ownerId}`;
    case 'plan_zone':
      // A zone's page needs its plan's id, which a map item does not carry: the plans list leads there.
      return '/plans';
  }
}
