import { describe, expect, it } from 'vitest';
import { CONDITION, NO_DATA } from './classes';
import { conditionPercentages, percentOfLandArea } from './land-area';
import { collapseStatus, degradedAreaChange, EXPANDED_STATUS as E, expandedStatus, statusFromCrossTabulation } from './status';

const { improved: I, stable: S, degraded: D, noData: N } = CONDITION;

describe('Status Matrix of the Addendum (domain-spec §4.7)', () => {
  it.each([
    // baseline, period, expanded class
    [D, D, E.persistentDegradation], // 1
    [D, S, E.baselineDegradation], // 3
    [D, I, E.recentImprovement], // 6
    [S, D, E.recentDegradation], // 2
    [S, S, E.stability], // 4
    [S, I, E.recentImprovement], // 6
    [I, D, E.recentDegradation], // 2
    [I, S, E.baselineImprovement], // 5
    [I, I, E.persistentImprovement], // 7
  ])('baseline %i × period %i → class %i', (baseline, period, expected) => {
    expect(expandedStatus(baseline, period)).toBe(expected);
  });

  it('gives no data when either assessment has none', () => {
    expect(expandedStatus(N, D)).toBe(NO_DATA);
    expect(expandedStatus(I, N)).toBe(NO_DATA);
  });

  it('collapses {1,2,3} → degraded, {4} → stable, {5,6,7} → improved', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((c) => collapseStatus(c as 1))).toEqual([D, D, D, S, I, I, I]);
    expect(collapseStatus(NO_DATA)).toBe(N);
  });

  it('computes the status areas from a baseline × period cross-tabulation', () => {
    const result = statusFromCrossTabulation([
      { baseline: D, period: D, areaKm2: 90 }, // 1
      { baseline: D, period: S, areaKm2: 40 }, // 3
      { baseline: D, period: I, areaKm2: 20 }, // 6
      { baseline: S, period: D, areaKm2: 70 }, // 2
      { baseline: S, period: S, areaKm2: 580 }, // 4
      { baseline: S, period: I, areaKm2: 50 }, // 6
      { baseline: I, period: D, areaKm2: 10 }, // 2
      { baseline: I, period: S, areaKm2: 40 }, // 5
      { baseline: I, period: I, areaKm2: 50 }, // 7
      { baseline: N, period: N, areaKm2: 50 }, // no data
    ]);
    // class 2 = 70 + 10; class 6 = 20 + 50
    expect(result.expandedKm2).toEqual({ 1: 90, 2: 80, 3: 40, 4: 580, 5: 40, 6: 70, 7: 50, [NO_DATA]: 50 });
    // degraded 90 + 80 + 40 = 210; improved 40 + 70 + 50 = 160
    expect(result.collapsedKm2).toEqual({ degradedKm2: 210, stableKm2: 580, improvedKm2: 160, noDataKm2: 50 });
  });
});

describe('shares of the land area', () => {
  it('gives the change in degraded area in km² and per cent of land area', () => {
    // 210 − 150 = 60 km²; 60 / 1000 × 100 = 6 %
    expect(degradedAreaChange(150, 210, 1000)).toEqual({ changeKm2: 60, changePercentOfLandArea: 6 });
    // less degraded land than at baseline is negative: 120 − 150 = −30 km², −3 %
    expect(degradedAreaChange(150, 120, 1000)).toEqual({ changeKm2: -30, changePercentOfLandArea: -3 });
  });

  it('expresses each condition as a percentage of the land area', () => {
    // 210 / 1000 = 21 %, 580 / 1000 = 58 %, 160 / 1000 = 16 %, 50 / 1000 = 5 %
    expect(conditionPercentages({ degradedKm2: 210, stableKm2: 580, improvedKm2: 160, noDataKm2: 50 }, 1000)).toEqual({
      degradedPercent: 21,
      stablePercent: 58,
      improvedPercent: 16,
      noDataPercent: 5,
    });
  });

  it('refuses a land area of zero', () => {
    expect(() => percentOfLandArea(5, 0)).toThrow(RangeError);
  });
});
