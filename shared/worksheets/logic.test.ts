import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TARGET_YEAR,
  effectiveAreaKm2,
  hierarchyGuidance,
  nationalViewOf,
  planningYears,
  resultOf,
  resultsBy,
  shareReachedBy,
  totalsBy,
  worksheetBalanceOf,
  type LandTypeEntries,
  type MeasureEntry,
} from './logic';

const FOREST = 'forest';
const GRASS = 'grass';

const loss = (areaKm2: number, expectedYear = 2025) => ({ areaKm2, expectedYear });
const measure = (level: MeasureEntry['level'], areaKm2: number, years: [number, number] = [2025, 2025], effectivenessPercent: number | null = null) => ({
  level,
  areaKm2,
  startYear: years[0],
  endYear: years[1],
  effectivenessPercent,
});
const totals = (anticipatedLossKm2: number, avoidedKm2: number, reducedKm2: number, reverseGainKm2: number) => ({
  anticipatedLossKm2,
  avoidedKm2,
  reducedKm2,
  reverseGainKm2,
});

describe('one land type', () => {
  it('nets reverse gains against the loss that avoid and reduce leave', () => {
    // remaining = max(0, 100 − 30 − 20) = 50; net = 40 − 50 = −10 → not neutral
    expect(resultOf(FOREST, totals(100, 30, 20, 40))).toEqual({
      landTypeId: FOREST,
      ...totals(100, 30, 20, 40),
      remainingLossKm2: 50,
      netKm2: -10,
      neutral: false,
    });
    // remaining = max(0, 100 − 30 − 20) = 50; net = 50 − 50 = 0 → neutral (no net loss)
    expect(resultOf(FOREST, totals(100, 30, 20, 50))).toMatchObject({ remainingLossKm2: 50, netKm2: 0, neutral: true });
  });

  it('never lets avoid and reduce count for more than the anticipated loss: a surplus is not a gain', () => {
    // remaining = max(0, 60 − 50 − 40) = max(0, −30) = 0; net = 0 − 0 = 0, not +30
    expect(resultOf(FOREST, totals(60, 50, 40, 0))).toMatchObject({ remainingLossKm2: 0, netKm2: 0, neutral: true });
    // only reverse makes the net positive: remaining = max(0, 60 − 90) = 0; net = 5 − 0 = 5
    expect(resultOf(FOREST, totals(60, 90, 0, 5))).toMatchObject({ remainingLossKm2: 0, netKm2: 5 });
  });

  it('compares areas to the square metre, so rounding noise is not a loss', () => {
    // 0.1 + 0.2 avoided against 0.3 anticipated: remaining = 0.3 − 0.1 − 0.2 = 0 (−5.5e−17 in floating point)
    const entries = { losses: [loss(0.3)], measures: [measure('avoid', 0.1), measure('avoid', 0.2)] };
    expect(resultOf(FOREST, totalsBy(entries, 2025))).toMatchObject({ remainingLossKm2: 0, netKm2: 0, neutral: true });
  });

  it('counts a measure on its effective area: area × effectiveness / 100', () => {
    // 80 km² at 75 % = 60 km²; without an effectiveness it counts in full
    expect(effectiveAreaKm2({ areaKm2: 80, effectivenessPercent: 75 })).toBe(60);
    expect(effectiveAreaKm2({ areaKm2: 80, effectivenessPercent: null })).toBe(80);
    // anticipated 100, reduce 80 × 75 % = 60 → remaining 40; reverse 50 × 40 % = 20 → net 20 − 40 = −20
    const entries = { losses: [loss(100)], measures: [measure('reduce', 80, undefined, 75), measure('reverse', 50, undefined, 40)] };
    expect(resultOf(FOREST, totalsBy(entries, 2025))).toMatchObject({ reducedKm2: 60, reverseGainKm2: 20, remainingLossKm2: 40, netKm2: -20 });
  });
});

describe('national view', () => {
  const deficit: LandTypeEntries = { landTypeId: FOREST, losses: [loss(100)], measures: [measure('avoid', 40)] };
  const surplus: LandTypeEntries = { landTypeId: GRASS, losses: [loss(10)], measures: [measure('reverse', 200)] };

  it("does not let one land type's surplus rescue another's deficit", () => {
    const results = resultsBy([deficit, surplus], 2025);
    // forest: remaining = 100 − 40 = 60; net = 0 − 60 = −60 → in deficit
    expect(results[0]).toMatchObject({ landTypeId: FOREST, netKm2: -60, neutral: false });
    // grass: remaining = 10; net = 200 − 10 = 190 → neutral
    expect(results[1]).toMatchObject({ landTypeId: GRASS, netKm2: 190, neutral: true });
    // 1 of 2 in balance; the sum −60 + 190 = 130 is information only, it does not make the country neutral
    expect(nationalViewOf(results)).toEqual({ landTypesInBalance: 1, landTypeCount: 2, netSumForInformationKm2: 130 });
  });

  it('counts a land type with nothing recorded as in balance (0 ≥ 0)', () => {
    expect(nationalViewOf(resultsBy([{ landTypeId: FOREST, losses: [], measures: [] }], 2030))).toEqual({
      landTypesInBalance: 1,
      landTypeCount: 1,
      netSumForInformationKm2: 0,
    });
  });

  it('property: a reverse measure added to one land type never changes another land type', () => {
    const entry = fc.record({
      losses: fc.array(fc.record({ areaKm2: fc.double({ min: 0, max: 1e4, noNaN: true }), expectedYear: fc.integer({ min: 2000, max: 2100 }) }), { maxLength: 4 }),
      measures: fc.array(
        fc.record({
          level: fc.constantFrom('avoid' as const, 'reduce' as const, 'reverse' as const),
          areaKm2: fc.double({ min: 0, max: 1e4, noNaN: true }),
          startYear: fc.integer({ min: 2000, max: 2050 }),
          endYear: fc.integer({ min: 2050, max: 2100 }),
          effectivenessPercent: fc.option(fc.integer({ min: 0, max: 100 })),
        }),
        { maxLength: 4 },
      ),
    });
    fc.assert(
      fc.property(entry, entry, fc.double({ min: 0, max: 1e5, noNaN: true }), fc.integer({ min: 2000, max: 2100 }), (a, b, gain, year) => {
        const before = resultsBy([{ landTypeId: FOREST, ...a }, { landTypeId: GRASS, ...b }], year);
        const withGainInA = { landTypeId: FOREST, ...a, measures: [...a.measures, measure('reverse', gain, [2000, 2000])] };
        const after = resultsBy([withGainInA, { landTypeId: GRASS, ...b }], year);
        expect(after[1]).toEqual(before[1]);
      }),
    );
  });
});

describe('year-by-year path', () => {
  it('spreads a measure evenly over its years, start and end year included', () => {
    const years: [number, number] = [2025, 2029]; // five years: a fifth each year
    expect([2024, 2025, 2027, 2029, 2035].map((year) => shareReachedBy({ startYear: years[0], endYear: years[1] }, year))).toEqual([
      0, 0.2, 0.6, 1, 1,
    ]);
  });

  it('adds a loss from its expected year and the measure year by year to the target year', () => {
    // Forest: 50 km² lost in 2027; restoration of 60 km² over 2025–2030 (6 years → 10 km² a year).
    const forest: LandTypeEntries = { landTypeId: FOREST, losses: [loss(50, 2027)], measures: [measure('reverse', 60, [2025, 2030])] };
    const balance = worksheetBalanceOf([forest], 2030);
    expect(balance.startYear).toBe(2025);
    const rows = balance.path.map(({ year, landTypes: [lt] }) => [year, lt!.anticipatedLossKm2, lt!.reverseGainKm2, lt!.remainingLossKm2, lt!.netKm2, lt!.neutral]);
    expect(rows).toEqual([
      // year, loss, gain, remaining, net = gain − remaining
      [2025, 0, 10, 0, 10, true], //  gain 60 × 1/6 = 10; no loss yet
      [2026, 0, 20, 0, 20, true], //  60 × 2/6 = 20
      [2027, 50, 30, 50, -20, false], // the loss arrives: 30 − 50 = −20
      [2028, 50, 40, 50, -10, false], // 40 − 50 = −10
      [2029, 50, 50, 50, 0, true], //  50 − 50 = 0 → neutral again
      [2030, 50, 60, 50, 10, true], //  60 − 50 = 10
    ]);
    // the balance itself is the path's last year
    expect(balance.landTypes).toEqual(balance.path.at(-1)!.landTypes);
  });

  it('keeps avoid and reduce capped in every year, not only at the end', () => {
    // loss 30 in 2026; avoid 90 over 2025–2027 (30 a year). 2025: remaining = max(0, 0 − 30) = 0, net 0 (no gain);
    // 2026: max(0, 30 − 60) = 0; 2027: max(0, 30 − 90) = 0: the surplus never shows as a gain
    const balance = worksheetBalanceOf([{ landTypeId: FOREST, losses: [loss(30, 2026)], measures: [measure('avoid', 90, [2025, 2027])] }]);
    expect(balance.path.map(({ landTypes: [lt] }) => [lt!.avoidedKm2, lt!.netKm2])).toEqual([
      [30, 0],
      [60, 0],
      [90, 0],
    ]);
  });

  it('spans the scenario by default, and an empty scenario the default target year', () => {
    const forest: LandTypeEntries = { landTypeId: FOREST, losses: [loss(5, 2031)], measures: [measure('avoid', 5, [2026, 2028])] };
    // first year: min(2031, 2026) = 2026; last: max(2031, 2028) = 2031
    expect(planningYears([forest])).toEqual({ startYear: 2026, targetYear: 2031 });
    // a target year before the data: the path is that one year
    expect(planningYears([forest], 2020)).toEqual({ startYear: 2020, targetYear: 2020 });
    expect(planningYears([])).toEqual({ startYear: DEFAULT_TARGET_YEAR, targetYear: DEFAULT_TARGET_YEAR });
  });
});

describe('hierarchy guidance', () => {
  const kindsFor = (entries: LandTypeEntries[]) => hierarchyGuidance(entries, resultsBy(entries, 2100)).map((w) => [w.landTypeId, w.kind]);

  it('warns when reverse carries a land type whose losses have no avoid or reduce measure', () => {
    // loss 40, reverse 50 → net 50 − 40 = 10, neutral only thanks to reverse; no avoid/reduce recorded
    expect(kindsFor([{ landTypeId: FOREST, losses: [loss(40)], measures: [measure('reverse', 50)] }])).toEqual([[FOREST, 'reverseCarriesBalance']]);
  });

  it('does not warn once avoid or reduce was considered, even if reverse still does most of the work', () => {
    // loss 40, reduce 5, reverse 50: remaining 35, net 15
    expect(kindsFor([{ landTypeId: FOREST, losses: [loss(40)], measures: [measure('reduce', 5), measure('reverse', 50)] }])).toEqual([]);
  });

  it('does not say reverse carries a land type that is still in deficit', () => {
    // loss 40, reverse 10: net −30, not carried
    expect(kindsFor([{ landTypeId: FOREST, losses: [loss(40)], measures: [measure('reverse', 10)] }])).toEqual([]);
  });

  it('warns when a land type has losses and no response at all, and not when it has no losses', () => {
    expect(
      kindsFor([
        { landTypeId: FOREST, losses: [loss(40)], measures: [] },
        { landTypeId: GRASS, losses: [], measures: [measure('reverse', 10)] },
      ]),
    ).toEqual([[FOREST, 'lossesWithoutResponse']]);
  });
});
