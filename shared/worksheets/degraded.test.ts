import { describe, expect, it } from 'vitest';
import { checkReverseArea, reverseRoomKm2 } from './degraded';

describe('room for reverse measures in the degraded area of a land type', () => {
  it('needs a degraded area recorded, even for a measure of 0 km²', () => {
    expect(checkReverseArea({ degradedAreaKm2: null, otherReverseKm2: [], areaKm2: 0 })).toEqual({ fits: false, reason: 'degradedNotRecorded' });
  });

  it('lets the measures fill the degraded area exactly, and not one hundredth more', () => {
    // 60 + 25.5 + 14.5 = 100 fits in 100; 60 + 25.5 + 14.51 = 100.01 does not.
    expect(checkReverseArea({ degradedAreaKm2: 100, otherReverseKm2: [60, 25.5], areaKm2: 14.5 })).toEqual({ fits: true });
    expect(checkReverseArea({ degradedAreaKm2: 100, otherReverseKm2: [60, 25.5], areaKm2: 14.51 })).toEqual({
      fits: false,
      reason: 'exceedsDegraded',
      totalKm2: 100.01,
      degradedKm2: 100,
    });
  });

  it('adds decimals without a floating-point error', () => {
    expect(checkReverseArea({ degradedAreaKm2: 0.3, otherReverseKm2: [0.1], areaKm2: 0.2 })).toEqual({ fits: true });
    expect(reverseRoomKm2(0.3, [0.1])).toBe(0.2);
  });

  it('says what is still free, never less than nothing', () => {
    expect(reverseRoomKm2(300, [250])).toBe(50);
    expect(reverseRoomKm2(1500, [1250.5])).toBe(249.5);
    expect(reverseRoomKm2(100, [80, 40])).toBe(0);
  });
});
