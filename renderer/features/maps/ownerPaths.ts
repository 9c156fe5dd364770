import type { MapLayerItem } from '../../../shared/maps/schema';

/**
 * Where the record a shape belongs to is edited. Records without a page of their own (land types,
 * implemented actions, baseline sites and regions) open the page that lists them.
 */
export function ownerPath({ ownerEntity, ownerId, planId }: Pick<MapLayerItem, 'ownerEntity' | 'ownerId' | 'planId'>): string {
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
      // `planId` is set for every zone (a zone always has its plan); the plans list is only a stand-in.
      return planId ? `/plans/${planId}/zones/${ownerId}` : '/plans';
  }
}
