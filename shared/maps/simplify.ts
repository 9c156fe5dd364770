import turfSimplify from '@turf/simplify';
import { geometryBbox } from './bbox';
import { polygonsOf } from './positions';
import type { Geometry } from './schema';
import { ringsIntersect } from './self-intersection';

/** A geometry is drawn at most this many pixels across in the overview and the PRAIS viewer. */
const DISPLAY_PIXELS = 2000;
const ATTEMPTS = 4;

/**
 * A lighter copy for small-scale display: Douglas–Peucker with a tolerance of one display pixel of the
 * geometry's own extent, so a country and a field plot both keep their shape. When simplifying makes a
 * polygon cross itself, a finer tolerance is tried, and in the end the full geometry is kept.
 */
export function simplifiedForDisplay(geometry: Geometry): Geometry {
  if (geometry.type === 'Point' || geometry.type === 'MultiPoint') return geometry;
  const [minLon, minLat, maxLon, maxLat] = geometryBbox(geometry);
  let tolerance = Math.max(maxLon - minLon, maxLat - minLat) / DISPLAY_PIXELS;
  for (let attempt = 0; attempt < ATTEMPTS && tolerance > 0; attempt++, tolerance /= 4) {
    const simplified = turfSimplify(geometry, { tolerance, highQuality: false, mutate: false }) as Geometry;
    if (keepsValid(simplified)) return simplified;
  }
  return geometry;
}

function keepsValid(geometry: Geometry): boolean {
  return polygonsOf(geometry).every(
    (polygon) => polygon.every((ring) => ring.length >= 4) && !ringsIntersect(polygon),
  );
}
