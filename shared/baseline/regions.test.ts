import { describe, expect, it } from 'vitest';
import { areaSumMatches, regionProblems } from './regions';

describe('regions summing to the land area (SO1-1.T3)', () => {
  it('accepts a sum exactly 0.5 % above or below the land area and refuses anything beyond', () => {
    // 0.5 % of 1,000 km² is 5 km²: 995 to 1,005 km² match.
    expect(areaSumMatches(1005, 1000)).toBe(true);
    expect(areaSumMatches(995, 1000)).toBe(true);
    expect(areaSumMatches(1005.01, 1000)).toBe(false);
    expect(areaSumMatches(994.99, 1000)).toBe(false);
  });

  it('adds up decimal areas without floating-point noise deciding', () => {
    // 0.1 + 0.2 is 0.30000000000000004 in floating point; 0.3 km² of land is matched exactly.
    expect(regionProblems([{ name: 'A', areaKm2: 0.1 }, { name: 'B', areaKm2: 0.2 }], 0.3)).toEqual([]);
  });

  it('says the sum and the expected total when they differ', () => {
    expect(regionProblems([{ name: 'North', areaKm2: 250.5 }, { name: 'South', areaKm2: 700 }], 1000)).toEqual([
      { path: ['regions'], messageKey: 'errors:baseline.regions.areaSum', params: { sum: 950.5, expected: 1000 } },
    ]);
  });

  it('allows no regions at all: then the national matrix applies everywhere', () => {
    expect(regionProblems([], 1000)).toEqual([]);
  });
});
