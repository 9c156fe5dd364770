import { describe, expect, it } from 'vitest';
import type { Geometry } from './schema';
import { checkGeometry } from './validity';

type Ring = [number, number][];
const polygon = (...rings: Ring[]): Geometry => ({ type: 'Polygon', coordinates: rings });
const square = (x: number, y: number, size: number): Ring => [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]];
const codes = (geometry: Geometry, areaOfInterest: Geometry | null = null) => checkGeometry(geometry, areaOfInterest).problems.map((p) => p.code);

describe('checkGeometry', () => {
  it('accepts a plain square, a square with a hole, and points', () => {
    expect(codes(polygon(square(36, -1, 1)))).toEqual([]);
    expect(codes(polygon(square(36, -1, 1), square(36.2, -0.8, 0.2)))).toEqual([]);
    expect(codes({ type: 'MultiPoint', coordinates: [[36, -1], [37, 0]] })).toEqual([]);
  });

  it('refuses a bow-tie as self-intersecting, with the message the UI shows', () => {
    const bowTie = polygon([[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]);
    expect(checkGeometry(bowTie, null).problems).toEqual([{ code: 'self_intersecting', messageKey: 'errors:maps.problem.selfIntersecting' }]);
  });

  it('refuses empty geometries and rings that enclose nothing', () => {
    expect(codes(polygon())).toEqual(['empty']);
    expect(codes({ type: 'MultiPolygon', coordinates: [] })).toEqual(['empty']);
    expect(codes({ type: 'MultiPoint', coordinates: [] })).toEqual(['empty']);
    expect(codes(polygon([[0, 0], [1, 1], [0, 0]]))).toEqual(['empty']);
  });

  it('refuses a ring whose last position is not its first', () => {
    expect(codes(polygon([[0, 0], [1, 0], [1, 1], [0, 1]]))).toEqual(['unclosed_ring']);
  });

  it('calls coordinates beyond ±180/±90 a wrong coordinate system (metres read as degrees)', () => {
    expect(codes(polygon(square(250_000, 9_800_000, 1000)))).toEqual(['wrong_crs']);
    expect(codes({ type: 'Point', coordinates: [37, 91] })).toEqual(['wrong_crs']);
  });

  it('does not read a repeated position as the ring touching itself, and stores it without the repeat', () => {
    const checked = checkGeometry(polygon([[0, 0], [1, 0], [1, 0], [1, 1], [0, 1], [0, 0]]), null);
    expect(checked.problems).toEqual([]);
    expect(checked.geometry).toEqual(polygon(square(0, 0, 1)));
  });

  it('refuses a geometry entirely outside the area of interest, but not one crossing its border', () => {
    const area = polygon(square(34, -4, 8));
    expect(codes(polygon(square(50, 10, 1)), area)).toEqual(['outside_area']);
    expect(codes(polygon(square(41.5, 0, 2)), area)).toEqual([]);
    expect(codes({ type: 'Point', coordinates: [36, -1] }, area)).toEqual([]);
    // Inside the bounding box of an L-shaped area, yet outside the area itself.
    const lShape = polygon([[0, 0], [4, 0], [4, 1], [1, 1], [1, 4], [0, 4], [0, 0]]);
    expect(codes({ type: 'Point', coordinates: [3, 3] }, lShape)).toEqual(['outside_area']);
    expect(codes(polygon(square(2, 2, 1)), lShape)).toEqual(['outside_area']);
  });
});
