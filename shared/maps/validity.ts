import turfIntersect from '@turf/intersect';
import { bboxesOverlap, geometryBbox } from './bbox';
import { cleanGeometry, isClosedRing } from './clean';
import { pointInPolygons } from './point-in-polygon';
import { polygonsOf, positionsOf, type Position } from './positions';
import { problem } from './problems';
import type { FeatureProblem, Geometry } from './schema';
import { ringsIntersect } from './self-intersection';

export interface CheckedGeometry {
  /** The geometry as it would be stored: repeated consecutive positions removed. */
  geometry: Geometry;
  /** Empty when the geometry can be stored; otherwise the first problem found decides (see `checkGeometry`). */
  problems: FeatureProblem[];
}

/**
 * Checks a geometry in EPSG:4326 before it is stored. The checks run from the most basic up and stop at
 * the first failing one, as later checks mean nothing on a broken geometry (kinks of an unclosed ring,
 * overlap of coordinates that are not degrees). `areaOfInterest` is the workspace's area, when set.
 */
export function checkGeometry(input: Geometry, areaOfInterest: Geometry | null): CheckedGeometry {
  const geometry = cleanGeometry(input);
  const first = firstProblem(geometry, areaOfInterest);
  return { geometry, problems: first ? [first] : [] };
}

function firstProblem(geometry: Geometry, areaOfInterest: Geometry | null): FeatureProblem | null {
  const positions = positionsOf(geometry);
  if (positions.length === 0) return problem('empty');
  // Degrees stay within ±180/±90; metres of a projected system do not.
  if (positions.some(([lon, lat]) => !(Math.abs(lon) <= 180 && Math.abs(lat) <= 90))) return problem('wrong_crs');
  const polygons = polygonsOf(geometry);
  const rings = polygons.flat();
  if (polygons.some((polygon) => polygon.length === 0) || rings.some((ring) => ring.length === 0)) return problem('empty');
  if (rings.some((ring) => !isClosedRing(ring))) return problem('unclosed_ring');
  // A closed ring needs three distinct corners (four positions) to enclose anything.
  if (rings.some((ring) => ring.length < 4)) return problem('empty');
  // Each polygon on its own (the rule of @turf/kinks, see self-intersection.ts): parts of a MultiPolygon
  // that touch at a corner are not a fault of either part.
  if (polygons.some((polygon) => ringsIntersect(polygon))) return problem('self_intersecting');
  if (areaOfInterest && isOutside(geometry, areaOfInterest)) return problem('outside_area');
  return null;
}

/** Entirely outside the area of interest: a geometry that only crosses its border is still inside. */
function isOutside(geometry: Geometry, areaOfInterest: Geometry): boolean {
  if (!bboxesOverlap(geometryBbox(geometry), geometryBbox(areaOfInterest))) return true;
  const areaPolygons = polygonsOf(areaOfInterest);
  if (areaPolygons.length === 0) return false;
  if (geometry.type === 'Point' || geometry.type === 'MultiPoint') {
    return !positionsOf(geometry).some((position) => pointInPolygons(position, areaPolygons));
  }
  try {
    const overlap = turfIntersect({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: {}, geometry: asMultiPolygon(polygonsOf(geometry)) },
        { type: 'Feature', properties: {}, geometry: asMultiPolygon(areaPolygons) },
      ],
    });
    return overlap === null;
  } catch {
    // The clipping library refuses some valid-looking inputs; not knowing is not "outside".
    return false;
  }
}

const asMultiPolygon = (polygons: Position[][][]) => ({ type: 'MultiPolygon' as const, coordinates: polygons });
