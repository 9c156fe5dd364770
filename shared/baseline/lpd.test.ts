import { describe, expect, it } from 'vitest';
import { CONDITION, NO_DATA } from './classes';
import { conditionFromLpd, productivityDegradation, sumLpdAreas } from './lpd';

describe('LPD 5 → 3 classes (domain-spec §4.4)', () => {
  it('maps each class', () => {
    expect(conditionFromLpd(1)).toBe(CONDITION.degraded); // declining
    expect(conditionFromLpd(2)).toBe(CONDITION.degraded); // moderate decline
    expect(conditionFromLpd(3)).toBe(CONDITION.stable); // stable but stressed is stable, not degraded
    expect(conditionFromLpd(4)).toBe(CONDITION.stable);
    expect(conditionFromLpd(5)).toBe(CONDITION.improved);
    expect(conditionFromLpd(NO_DATA)).toBe(CONDITION.noData);
  });

  it('refuses an unknown class', () => {
    expect(() => conditionFromLpd(6 as never)).toThrow(RangeError);
  });

  it('summarises LPD areas as productivity degradation (SO1-2.T3)', () => {
    expect(productivityDegradation({ 1: 10, 2: 20, 3: 30, 4: 40, 5: 50, [NO_DATA]: 5 })).toEqual({
      degradedKm2: 30, // 10 + 20
      stableKm2: 70, // 30 + 40
      improvedKm2: 50,
      noDataKm2: 5,
    });
  });

  it('sums LPD areas over land-cover rows', () => {
    // tree: 4 km² stable, 1 km² increasing; cropland: 2 km² declining, 3 km² stable
    expect(sumLpdAreas([{ 4: 4, 5: 1 }, { 1: 2, 4: 3 }])).toEqual({ 1: 2, 4: 7, 5: 1 });
  });
});
