import { describe, expect, it } from 'vitest';
import { counterbalancingWarnings, deltaLdnKm2, isLdnAchieved } from './counterbalancing';
import type { CounterbalancingSummary } from './trends-earth-summary';

const summaryOf = (landTypes: CounterbalancingSummary['landTypes']): CounterbalancingSummary => ({
  kind: 'counterbalancing',
  layout: 'te-algorithms',
  metadata: { reportDate: null, trendsEarthVersion: null, areaOfInterestName: null },
  landTypes,
  overallLdnAchieved: null,
});

describe('counterbalancing within a land type (domain-spec §2.5)', () => {
  it('achieves LDN iff gains − losses ≥ 0, zero included', () => {
    expect(deltaLdnKm2(12.5, 8)).toBe(4.5); // 12.5 − 8
    expect(isLdnAchieved(deltaLdnKm2(5, 5))).toBe(true); // 0 ≥ 0: neutral counts as achieved
    expect(isLdnAchieved(deltaLdnKm2(3, 7.25))).toBe(false); // −4.25
  });

  it('warns when a file states a ΔLDN or an outcome its own gains and losses contradict', () => {
    const summary = summaryOf([
      { code: 11, name: 'consistent', gainsKm2: 12.5, lossesKm2: 8, deltaLdnKm2: 4.5, ldnAchieved: true },
      { code: 12, name: 'wrong delta', gainsKm2: 3, lossesKm2: 7.25, deltaLdnKm2: 4.25, ldnAchieved: true }, // 3 − 7.25 = −4.25
      { code: 13, name: 'wrong outcome', gainsKm2: 1, lossesKm2: 2, deltaLdnKm2: -1, ldnAchieved: true }, // −1 < 0
    ]);
    expect(counterbalancingWarnings(summary)).toEqual([
      { path: ['landTypes', 1, 'deltaLdnKm2'], messageKey: 'errors:baseline.te.deltaLdnMismatch', params: { expected: -4.25 } },
      { path: ['landTypes', 2, 'ldnAchieved'], messageKey: 'errors:baseline.te.ldnAchievedMismatch' },
    ]);
  });
});
