import turfIntersect from '@turf/intersect';
import { geodesicAreaKm2 } from './area';
import { bboxesOverlap, geometryBbox } from './bbox';
import { polygonsOf } from './positions';
import type { Geometry } from './schema';

const asFeature = (geometry: Geometry) => ({
  type: 'Feature' as const,
  properties: {},
  geometry: { type: 'MultiPolygon' as const, coordinates: polygonsOf(geometry) },
});

/** The geodesic area (km²) two geometries share; 0 when either has no polygons or they do not meet. */
export function overlapAreaKm2(a: Geometry, b: Geometry): number {
  if (polygonsOf(a).length === 0 || polygonsOf(b).length === 0) return 0;
  if (!bboxesOverlap(geometryBbox(a), geometryBbox(b))) return 0;
  const shared = turfIntersect({ type: 'FeatureCollection', features: [asFeature(a), asFeature(b)] });
  return shared ? geodesicAreaKm2(shared.geometry as Geometry) : 0;
}
