import kinks from '@turf/kinks';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Position } from './positions';
import { ringsIntersect } from './self-intersection';

const closed = (ring: Position[]): Position[] => [...ring, ring[0] as Position];
const turfSays = (rings: Position[][]) => kinks({ type: 'Polygon', coordinates: rings }).features.length > 0;

describe('ringsIntersect', () => {
  it('finds a bow-tie, a hole crossing its outer ring, and none in a square with a hole inside', () => {
    expect(ringsIntersect([closed([[0, 0], [1, 1], [1, 0], [0, 1]])])).toBe(true);
    expect(ringsIntersect([closed([[0, 0], [4, 0], [4, 4], [0, 4]]), closed([[3, 1], [5, 1], [5, 2], [3, 2]])])).toBe(true);
    expect(ringsIntersect([closed([[0, 0], [4, 0], [4, 4], [0, 4]]), closed([[1, 1], [2, 1], [2, 2], [1, 2]])])).toBe(false);
  });

  it('agrees with @turf/kinks on random rings (which it replaces for speed)', () => {
    const coordinate = fc.integer({ min: 0, max: 12 });
    const ring = fc.array(fc.tuple(coordinate, coordinate), { minLength: 3, maxLength: 9 }).map((points) => closed(points as Position[]));
    fc.assert(
      fc.property(fc.array(ring, { minLength: 1, maxLength: 2 }), (rings) => {
        // Repeated consecutive positions are removed before the check (clean.ts), as kinks would count them.
        const distinct = rings.map((r) => r.filter((p, i) => i === 0 || p[0] !== r[i - 1]?.[0] || p[1] !== r[i - 1]?.[1]));
        expect(ringsIntersect(distinct)).toBe(turfSays(distinct));
      }),
      { numRuns: 500 },
    );
  });
});
