import { Geodesic } from 'geographiclib-geodesic';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import countries50m from 'world-atlas/countries-50m.json';
import { geodesicAreaKm2 } from './area';
import { polygonsOf } from './positions';
import type { Geometry } from './schema';

/** Ellipsoidal area by GeographicLib (Karney's geodesic polygons on WGS 84), independent of turf. */
function geographicLibAreaKm2(geometry: Geometry): number {
  let total = 0;
  for (const [outer, ...holes] of polygonsOf(geometry)) {
    const ringArea = (ring: number[][]) => {
      const polygon = Geodesic.WGS84.Polygon(false);
      for (const [lon, lat] of ring.slice(0, -1)) polygon.AddPoint(lat as number, lon as number);
      return Math.abs(polygon.Compute(false, true).area ?? NaN);
    };
    total += ringArea(outer ?? []) - holes.reduce((sum, hole) => sum + ringArea(hole), 0);
  }
  return total / 1e6;
}

function country(isoNumeric: string): Geometry {
  const world = countries50m as unknown as Topology<{ countries: GeometryCollection }>;
  const found = feature(world, world.objects.countries).features.find((f) => f.id === isoNumeric);
  if (!found) throw new Error(`no country ${isoNumeric} in world-atlas`);
  return found.geometry as Geometry;
}

describe('geodesicAreaKm2', () => {
  it('gives Kenya (Natural Earth 1:50m) the area GeographicLib computes on the WGS 84 ellipsoid, within 0.5 %', () => {
    const kenya = country('404');
    const reference = geographicLibAreaKm2(kenya);
    expect(reference).toBeGreaterThan(560_000); // the polygon really is Kenya (about 580,000 km²)
    expect(reference).toBeLessThan(600_000);
    expect(Math.abs(geodesicAreaKm2(kenya) / reference - 1)).toBeLessThan(0.005);
  });

  it('also holds far from the equator, where the sphere and the ellipsoid differ the other way (Finland)', () => {
    const finland = country('246');
    expect(Math.abs(geodesicAreaKm2(finland) / geographicLibAreaKm2(finland) - 1)).toBeLessThan(0.005);
  });

  it('gives the 1° × 1° cell north of the equator at 0° E its hand-computed area', () => {
    // By hand: the meridian arc from 0° to 1° on WGS 84 is 110.574 km; one degree of the equator is
    // 2π · 6378.137 km / 360 = 111.319 km, and of the 1° parallel 111.302 km (× cos 1° / √(1 − e² sin² 1°)).
    // The cell is close to a trapezium: 110.574 × (111.319 + 111.302) / 2 = 12,308.3 km².
    const cell: Geometry = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] };
    expect(geodesicAreaKm2(cell)).toBeCloseTo(12_308.3, 0);
  });

  it('subtracts holes and sums the parts of a MultiPolygon', () => {
    const square = (x: number, y: number, size: number) => [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]] as [number, number][];
    const cell = geodesicAreaKm2({ type: 'Polygon', coordinates: [square(10, 10, 1)] });
    const hole = geodesicAreaKm2({ type: 'Polygon', coordinates: [square(10.25, 10.25, 0.5)] });
    expect(geodesicAreaKm2({ type: 'Polygon', coordinates: [square(10, 10, 1), square(10.25, 10.25, 0.5)] })).toBeCloseTo(cell - hole, 6);
    expect(geodesicAreaKm2({ type: 'MultiPolygon', coordinates: [[square(10, 10, 1)], [square(20, 10, 1)]] })).toBeCloseTo(
      cell + geodesicAreaKm2({ type: 'Polygon', coordinates: [square(20, 10, 1)] }),
      6,
    );
  });

  it('gives points no area', () => {
    expect(geodesicAreaKm2({ type: 'Point', coordinates: [36.8, -1.3] })).toBe(0);
  });
});
