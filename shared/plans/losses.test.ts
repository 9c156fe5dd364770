import { describe, expect, it } from 'vitest';
import { CONDITION } from '../baseline/classes';
import { GPG_DEFAULT_TRANSITION_MATRIX } from '../baseline/transition-matrix';
import { worksheetBalanceOf } from '../worksheets/logic';
import { isDegradation, planZoneLosses, type PlannedConversion } from './losses';

const TREE_COVERED = 1;
const GRASSLAND = 2;
const CROPLAND = 3;
const ARTIFICIAL = 5;

const gpgCells = GPG_DEFAULT_TRANSITION_MATRIX.classCodes.flatMap((initialCode, i) =>
  GPG_DEFAULT_TRANSITION_MATRIX.classCodes.map((finalCode, j) => ({ initialCode, finalCode, meaning: GPG_DEFAULT_TRANSITION_MATRIX.meanings[i]![j]! })),
);
const gpgIsLoss = (from: number, to: number) => isDegradation(gpgCells, from, to);

describe('which planned conversions are losses', () => {
  it('follows the GPG default matrix', () => {
    expect(gpgIsLoss(TREE_COVERED, CROPLAND)).toBe(true); // deforestation for farming: degradation
    expect(gpgIsLoss(CROPLAND, ARTIFICIAL)).toBe(true); // urban expansion onto farmland: degradation
    expect(gpgIsLoss(CROPLAND, TREE_COVERED)).toBe(false); // reforestation: improvement
    expect(gpgIsLoss(GRASSLAND, CROPLAND)).toBe(false); // the GPG calls it an improvement
    expect(gpgIsLoss(TREE_COVERED, 7)).toBe(false); // into water: stable
  });

  it('follows a national edit of one cell', () => {
    const edited = gpgCells.map((cell) =>
      cell.initialCode === CROPLAND && cell.finalCode === TREE_COVERED ? { ...cell, meaning: CONDITION.degraded } : cell,
    );
    expect(isDegradation(edited, CROPLAND, TREE_COVERED)).toBe(true);
    expect(isDegradation(edited, TREE_COVERED, CROPLAND)).toBe(true);
  });
});

const FOREST = '019a0000-0000-7000-8000-00000000f001';
const SCENARIO = '019a0000-0000-7000-8000-00000000s001';
const at = '2026-01-01T00:00:00.000Z';

function planned(id: string, fromClass: number, toClass: number, areaKm2: number, expectedYear: number, landTypeId: string | null = FOREST): PlannedConversion {
  return {
    plan: { id: 'plan', name: 'Lakeside development plan' },
    zone: { id: 'zone', name: 'Industrial park', landTypeId },
    conversion: { id, zoneId: 'zone', fromClass, toClass, areaKm2, expectedYear, driver: 'deforestation', createdAt: at, updatedAt: at },
  };
}

describe('plan-zone losses in a scenario', () => {
  it('makes one read-only loss row per degrading conversion of a zone in a land type', () => {
    const rows = planZoneLosses(
      SCENARIO,
      [planned('c1', TREE_COVERED, CROPLAND, 12, 2030), planned('c2', CROPLAND, TREE_COVERED, 4, 2031), planned('c3', TREE_COVERED, ARTIFICIAL, 3, 2032, null)],
      gpgIsLoss,
    );
    expect(rows).toEqual([
      {
        id: 'c1',
        createdAt: at,
        updatedAt: at,
        deletedAt: null,
        scenarioId: SCENARIO,
        landTypeId: FOREST,
        areaKm2: 12,
        driver: 'deforestation',
        expectedYear: 2030,
        source: 'plan_zone',
        notes: null,
        planZone: { planId: 'plan', planName: 'Lakeside development plan', zoneId: 'zone', zoneName: 'Industrial park', conversionId: 'c1' },
      },
    ]);
  });

  it('counts in the balance from its expected year on', () => {
    const planLosses = planZoneLosses(SCENARIO, [planned('c1', TREE_COVERED, CROPLAND, 12, 2030)], gpgIsLoss);
    const balance = worksheetBalanceOf([
      {
        landTypeId: FOREST,
        losses: [{ areaKm2: 20, expectedYear: 2026 }, ...planLosses],
        measures: [{ level: 'avoid', areaKm2: 5, startYear: 2025, endYear: 2025, effectivenessPercent: null }],
      },
    ]);
    // 2026–2029: anticipated 20, remaining 20 − 5 = 15, net −15; from 2030: anticipated 20 + 12 = 32, remaining 27, net −27.
    const byYear = balance.path.map(({ year, landTypes: [forest] }) => [year, forest!.anticipatedLossKm2, forest!.remainingLossKm2, forest!.netKm2]);
    expect(byYear).toEqual([
      [2025, 0, 0, 0],
      [2026, 20, 15, -15],
      [2027, 20, 15, -15],
      [2028, 20, 15, -15],
      [2029, 20, 15, -15],
      [2030, 32, 27, -27],
    ]);
    expect(balance.targetYear).toBe(2030);
  });
});
