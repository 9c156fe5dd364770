import type { Geometry } from './schema';
import type { Position } from './positions';

const samePosition = (a: Position, b: Position): boolean => a[0] === b[0] && a[1] === b[1];

/** A ring without consecutive repeats, which tools often write and which would read as self-touching. */
function withoutRepeats(ring: Position[]): Position[] {
  return ring.filter((position, i) => i === 0 || !samePosition(position, ring[i - 1] as Position));
}

/** The geometry with repeated consecutive positions removed from its rings; nothing else changes. */
export function cleanGeometry<G extends Geometry>(geometry: G): G {
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: geometry.coordinates.map(withoutRepeats) };
  if (geometry.type === 'MultiPolygon') {
    return { ...geometry, coordinates: geometry.coordinates.map((polygon) => polygon.map(withoutRepeats)) };
  }
  return geometry;
}

export function isClosedRing(ring: Position[]): boolean {
  const first = ring[0];
  const last = ring[ring.length - 1];
  return first !== undefined && last !== undefined && samePosition(first, last);
}
