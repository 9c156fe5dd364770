import turfArea from '@turf/area';
import { earthRadius } from '@turf/helpers';
import type { Geometry } from './schema';
import { mapPositions } from './positions';

/*
 * @turf/area sums the ring formula of Chamberlain & Duquette on a sphere of radius `earthRadius` (the mean
 * radius). Used as it is, it overstates areas near the equator by about 0.4 % against the WGS 84 ellipsoid.
 * Replacing each latitude by its authalic latitude maps the ellipsoid onto the authalic sphere with every
 * area kept, so the same formula on that sphere gives the ellipsoidal area (edges are short in practice).
 */
const A = 6378137; // WGS 84 semi-major axis, metres
const F = 1 / 298.257223563;
const E2 = F * (2 - F);
const E = Math.sqrt(E2);

/** q(φ) of Snyder, Map Projections — A Working Manual (1987), eq. 3-12. */
function q(sinPhi: number): number {
  const eSin = E * sinPhi;
  return (1 - E2) * (sinPhi / (1 - eSin * eSin) - (1 / (2 * E)) * Math.log((1 - eSin) / (1 + eSin)));
}

const Q_POLE = q(1);
/** Radius of the sphere with the ellipsoid's surface area. */
export const AUTHALIC_RADIUS_M = A * Math.sqrt(Q_POLE / 2);
const SCALE = (AUTHALIC_RADIUS_M / earthRadius) ** 2;

/** The authalic latitude β of a geodetic latitude φ, both in degrees (Snyder eq. 3-11). */
export function authalicLatitude(latDeg: number): number {
  const sinBeta = q(Math.sin((latDeg * Math.PI) / 180)) / Q_POLE;
  return (Math.asin(Math.max(-1, Math.min(1, sinBeta))) * 180) / Math.PI;
}

/** Geodesic area on the WGS 84 ellipsoid, in km²; points have none. */
export function geodesicAreaKm2(geometry: Geometry): number {
  if (geometry.type === 'Point' || geometry.type === 'MultiPoint') return 0;
  const onAuthalicSphere = mapPositions(geometry, ([lon, lat]) => [lon, authalicLatitude(lat)]);
  return (turfArea(onAuthalicSphere) * SCALE) / 1e6;
}
