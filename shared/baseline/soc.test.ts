import { describe, expect, it } from 'vitest';
import { CONDITION } from './classes';
import { conditionFromSocChange, defaultSocConversionCoefficients, socChangeByClass, socChangePercent, socStockAfterConversion } from './soc';

describe('SOC change and the ±10 % threshold (domain-spec §4.5)', () => {
  it('computes T = (tn − t0) / t0 × 100', () => {
    expect(socChangePercent(50, 45)).toBe(-10); // (45 − 50) / 50 × 100
    expect(socChangePercent(40, 42)).toBe(5); // (42 − 40) / 40 × 100
    expect(socChangePercent(0, 10)).toBeNull(); // no reference stock
  });

  it('classifies exactly −10 % as degraded and exactly +10 % as improved', () => {
    expect(conditionFromSocChange(socChangePercent(50, 45))).toBe(CONDITION.degraded); // −10 %
    expect(conditionFromSocChange(socChangePercent(50, 55))).toBe(CONDITION.improved); // +10 %
    expect(conditionFromSocChange(socChangePercent(50, 45.01))).toBe(CONDITION.stable); // −9.98 %
    expect(conditionFromSocChange(socChangePercent(50, 54.99))).toBe(CONDITION.stable); // +9.98 %
  });

  it('does not let binary floating point move a decimal ±10 % across the threshold', () => {
    // 33 → 36.3 is +10 % (3.3 / 33), but raw doubles give 9.999999999999991
    expect(conditionFromSocChange(socChangePercent(33, 36.3))).toBe(CONDITION.improved);
    // 33 → 29.7 is −10 % (raw −10.000000000000002)
    expect(conditionFromSocChange(socChangePercent(33, 29.7))).toBe(CONDITION.degraded);
  });

  it('uses a national threshold when given', () => {
    expect(conditionFromSocChange(-6, 5)).toBe(CONDITION.degraded);
    expect(conditionFromSocChange(-6)).toBe(CONDITION.stable);
  });

  it('reports per class, water bodies as no data', () => {
    expect(
      socChangeByClass([
        { classCode: 1, initialTonnesPerHa: 80, finalTonnesPerHa: 72 }, // −10 %
        { classCode: 3, initialTonnesPerHa: 40, finalTonnesPerHa: 41 }, // +2.5 %
        { classCode: 7, initialTonnesPerHa: 20, finalTonnesPerHa: 10 }, // water
      ]),
    ).toEqual([
      { classCode: 1, changePercent: -10, condition: CONDITION.degraded },
      { classCode: 3, changePercent: 2.5, condition: CONDITION.stable },
      { classCode: 7, changePercent: null, condition: CONDITION.noData },
    ]);
  });
});

describe('default conversion coefficients (domain-spec §4.5)', () => {
  it('puts the climate factor f where the table does', () => {
    const c = defaultSocConversionCoefficients('tropical_moist'); // f = 0.48
    expect(c[0]![2]).toBe(0.48); // tree → cropland: f
    expect(c[2]![0]).toBeCloseTo(2.0833333, 6); // cropland → tree: 1 / 0.48
    expect(c[2]![3]).toBeCloseTo(1.4084507, 6); // cropland → wetland: 1 / 0.71
    expect(c[3]![2]).toBe(0.71); // wetland → cropland
    expect(c[4]![0]).toBe(2); // artificial → tree
    expect(c[0]![4]).toBe(0.1); // tree → artificial
    expect(c[6]).toEqual([1, 1, 1, 1, 1, 1, 1]); // water row
  });

  it('gives the stock 20 years after a conversion', () => {
    expect(socStockAfterConversion(60, 1, 3, 'temperate_dry')).toBeCloseTo(48, 10); // 60 × 0.80
    expect(socStockAfterConversion(30, 3, 2, 'tropical_dry')).toBeCloseTo(51.724138, 5); // 30 / 0.58
  });
});
