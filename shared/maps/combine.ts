import type { Geometry } from './schema';
import { polygonsOf, positionsOf } from './positions';

/**
 * Several chosen features as the one geometry of a record: polygons become one MultiPolygon, points one
 * MultiPoint, a single geometry stays as it is. Null when polygons and points are mixed, which one record
 * cannot hold.
 */
export function combineGeometries(geometries: Geometry[]): Geometry | null {
  const [only] = geometries;
  if (only && geometries.length === 1) return only;
  const isPoints = (g: Geometry) => g.type === 'Point' || g.type === 'MultiPoint';
  if (geometries.every(isPoints)) return { type: 'MultiPoint', coordinates: geometries.flatMap(positionsOf) };
  if (geometries.some(isPoints)) return null;
  return { type: 'MultiPolygon', coordinates: geometries.flatMap(polygonsOf) };
}
