import { describe, expect, it } from 'vitest';
import { geodesicAreaKm2 } from './area';
import { positionsOf } from './positions';
import type { Geometry } from './schema';
import { simplifiedForDisplay } from './simplify';
import { checkGeometry } from './validity';

/** A circle of `n` positions around (lon, lat) with a small wobble, as a digitised boundary has. */
function wobblyCircle(lon: number, lat: number, radiusDeg: number, n: number): Geometry {
  const ring = Array.from({ length: n }, (_, i) => {
    const t = (2 * Math.PI * i) / n;
    const r = radiusDeg * (1 + 0.0002 * Math.sin(37 * t));
    return [lon + r * Math.cos(t), lat + r * Math.sin(t)] as [number, number];
  });
  return { type: 'Polygon', coordinates: [[...ring, ring[0] as [number, number]]] };
}

describe('simplifiedForDisplay', () => {
  it('drops most positions of a detailed country-sized boundary but keeps its area within 1 % and its validity', () => {
    const detailed = wobblyCircle(37, 0, 4, 20_000);
    const simplified = simplifiedForDisplay(detailed);
    expect(positionsOf(simplified).length).toBeLessThan(2_000);
    expect(Math.abs(geodesicAreaKm2(simplified) / geodesicAreaKm2(detailed) - 1)).toBeLessThan(0.01);
    expect(checkGeometry(simplified, null).problems).toEqual([]);
  });

  it('scales the tolerance to the geometry: a field plot keeps its shape as a country does', () => {
    const plot = wobblyCircle(37, 0, 0.001, 400);
    const simplified = simplifiedForDisplay(plot);
    expect(positionsOf(simplified).length).toBeGreaterThan(16);
    expect(Math.abs(geodesicAreaKm2(simplified) / geodesicAreaKm2(plot) - 1)).toBeLessThan(0.01);
  });

  it('leaves points as they are', () => {
    const point: Geometry = { type: 'Point', coordinates: [37, 0] };
    expect(simplifiedForDisplay(point)).toBe(point);
  });
});
