import { describe, expect, it } from 'vitest';
import { CONDITION } from './classes';
import { addConditionArea, NO_AREAS, type ConditionAreasKm2 } from './condition-areas';
import { sdgConditionOneOutAllOut, sdgFromJointDistribution, sdgFromSummariesOnly, type JointConditionCell, type SubIndicatorSummaries } from './one-out-all-out';

const { improved: I, stable: S, degraded: D, noData: N } = CONDITION;

/** The three marginal summaries a joint distribution gives: what PRAIS tables SO1-1.T7, SO1-2.T3, SO1-3.T2 hold. */
function marginals(cells: readonly JointConditionCell[]): SubIndicatorSummaries {
  const sum = (pick: (c: JointConditionCell) => (typeof c)['landCover']): ConditionAreasKm2 =>
    cells.reduce((areas, c) => addConditionArea(areas, pick(c), c.areaKm2), NO_AREAS);
  return { landCover: sum((c) => c.landCover), soc: sum((c) => c.soc), productivity: sum((c) => c.productivity) };
}

describe('one-out-all-out for one piece of land (domain-spec §4.6)', () => {
  it('applies the rule in its order', () => {
    expect(sdgConditionOneOutAllOut(S, S, D)).toBe(D); // any degraded → degraded
    expect(sdgConditionOneOutAllOut(I, D, I)).toBe(D); // degraded beats improved
    expect(sdgConditionOneOutAllOut(S, I, S)).toBe(I); // none degraded, one improved → improved
    expect(sdgConditionOneOutAllOut(S, S, S)).toBe(S);
    expect(sdgConditionOneOutAllOut(N, D, S)).toBe(N); // no data wins, even over degraded (calc_deg_sdg)
    expect(sdgConditionOneOutAllOut(I, I, N)).toBe(N);
  });
});

describe('SDG 15.3.1 from the joint distribution', () => {
  it('sums the rule cell by cell', () => {
    const cells: JointConditionCell[] = [
      { landCover: D, soc: S, productivity: S, areaKm2: 10 }, // → degraded
      { landCover: S, soc: S, productivity: I, areaKm2: 20 }, // → improved
      { landCover: I, soc: D, productivity: I, areaKm2: 5 }, // → degraded
      { landCover: S, soc: S, productivity: S, areaKm2: 60 }, // → stable
      { landCover: N, soc: D, productivity: S, areaKm2: 5 }, // → no data
    ];
    // degraded 10 + 5 = 15; improved 20; stable 60; no data 5
    expect(sdgFromJointDistribution(cells)).toEqual({ degradedKm2: 15, improvedKm2: 20, stableKm2: 60, noDataKm2: 5 });
  });
});

describe('SDG 15.3.1 from summaries only', () => {
  // Two joint distributions of 100 km² with the same three summaries (20 km² degraded by each sub-indicator):
  const overlapping: JointConditionCell[] = [
    { landCover: D, soc: D, productivity: D, areaKm2: 20 }, // the same 20 km² degraded by all three
    { landCover: S, soc: S, productivity: S, areaKm2: 80 },
  ];
  const disjoint: JointConditionCell[] = [
    { landCover: D, soc: S, productivity: S, areaKm2: 20 }, // three different pieces of 20 km²
    { landCover: S, soc: D, productivity: S, areaKm2: 20 },
    { landCover: S, soc: S, productivity: D, areaKm2: 20 },
    { landCover: S, soc: S, productivity: S, areaKm2: 40 },
  ];

  it('cannot tell 20 km² from 60 km²: the counter-example', () => {
    expect(marginals(overlapping)).toEqual(marginals(disjoint));
    expect(sdgFromJointDistribution(overlapping).degradedKm2).toBe(20);
    expect(sdgFromJointDistribution(disjoint).degradedKm2).toBe(60); // 20 + 20 + 20
  });

  it('returns the range both lie in, with the reason to show', () => {
    // min = largest single degraded area = 20; max = min(20 + 20 + 20, 100) = 60
    expect(sdgFromSummariesOnly(marginals(disjoint))).toEqual({
      kind: 'bounds',
      degradedKm2: { min: 20, max: 60 },
      reason: { path: [], messageKey: 'errors:baseline.sdg.jointDistributionRequired' },
    });
  });

  it('widens the range by what no data may hide', () => {
    const summaries: SubIndicatorSummaries = {
      landCover: { degradedKm2: 30, stableKm2: 60, improvedKm2: 0, noDataKm2: 10 },
      soc: { degradedKm2: 20, stableKm2: 80, improvedKm2: 0, noDataKm2: 0 },
      productivity: { degradedKm2: 10, stableKm2: 85, improvedKm2: 0, noDataKm2: 5 },
    };
    // min = max(30 − (0 + 5), 20 − (10 + 5), 10 − (10 + 0)) = max(25, 5, 0) = 25
    // max = min(30 + 20 + 10, 100 − 10) = min(60, 90) = 60
    expect(sdgFromSummariesOnly(summaries)).toMatchObject({ kind: 'bounds', degradedKm2: { min: 25, max: 60 } });
  });

  it('cannot compute from summaries of different totals', () => {
    const summaries = marginals(disjoint);
    summaries.soc = { ...summaries.soc, stableKm2: summaries.soc.stableKm2 + 5 }; // 105 km² instead of 100
    expect(sdgFromSummariesOnly(summaries)).toEqual({ kind: 'cannot-compute', reason: { path: [], messageKey: 'errors:baseline.sdg.summaryTotalsDiffer' } });
  });
});
