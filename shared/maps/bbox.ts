import type { Bbox, Geometry } from './schema';
import { positionsOf } from './positions';

/** [minLon, minLat, maxLon, maxLat] of a geometry; all zeros for a geometry without positions. */
export function geometryBbox(geometry: Geometry): Bbox {
  let [minLon, minLat, maxLon, maxLat] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of positionsOf(geometry)) {
    if (lon < minLon) minLon = lon;
    if (lat < minLat) minLat = lat;
    if (lon > maxLon) maxLon = lon;
    if (lat > maxLat) maxLat = lat;
  }
  return minLon === Infinity ? [0, 0, 0, 0] : [minLon, minLat, maxLon, maxLat];
}

export function bboxesOverlap(a: Bbox, b: Bbox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}
