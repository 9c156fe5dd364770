import { describe, expect, it } from 'vitest';
import { KENYA, useTempBackend } from '../test-support';

const tempBackend = useTempBackend();

/**
 * Two land types in business as usual:
 * - forest: 100 km² lost to deforestation in 2026; avoided 30 (reserve, 2025–2026) and reduced 20
 *   (SLM on 40 km² at 50 %, 2025) → remaining 100 − 30 − 20 = 50; no reverse → net −50, in deficit;
 * - grassland: 10 km² lost to urban expansion in 2025; reverse 200 (2025–2026) → net 200 − 10 = 190.
 */
function twoLandTypes() {
  const backend = tempBackend();
  const { ok } = backend;
  ok('workspace.create', KENYA);
  const forest = ok('landtypes.save', { code: 'F1', name: 'Forest, humid', areaKm2: 35_000, degradedAreaKm2: 1_000 });
  const grass = ok('landtypes.save', { code: 'G1', name: 'Grassland, arid', areaKm2: 210_000, degradedAreaKm2: 1_500 });
  const [bau] = ok('worksheets.listScenarios', {}).items;
  const inBau = (landTypeId: string) => ({ scenarioId: bau!.id, landTypeId });
  ok('worksheets.saveLoss', { ...inBau(forest.id), areaKm2: 100, driver: 'deforestation', expectedYear: 2026, source: 'entered' });
  ok('worksheets.saveMeasure', { ...inBau(forest.id), level: 'avoid', description: 'Forest reserve', areaKm2: 30, startYear: 2025, endYear: 2026 });
  ok('worksheets.saveMeasure', { ...inBau(forest.id), level: 'reduce', description: 'SLM', areaKm2: 40, effectivenessPercent: 50, startYear: 2025, endYear: 2025 });
  ok('worksheets.saveLoss', { ...inBau(grass.id), areaKm2: 10, driver: 'urban_expansion', expectedYear: 2025, source: 'entered' });
  ok('worksheets.saveMeasure', { ...inBau(grass.id), level: 'reverse', description: 'Reseeding', areaKm2: 200, startYear: 2025, endYear: 2026 });
  return { ...backend, forest, grass, bau: bau! };
}

describe('balance', () => {
  it('computes each land type on its own, the national count, the information sum and the guidance', () => {
    const { ok, forest, grass, bau } = twoLandTypes();
    const { scenario, balance } = ok('worksheets.balance', { scenarioId: bau.id });
    expect(scenario.id).toBe(bau.id);
    expect(balance).toMatchObject({ startYear: 2025, targetYear: 2026 });
    expect(balance.landTypes).toEqual([
      { landTypeId: forest.id, anticipatedLossKm2: 100, avoidedKm2: 30, reducedKm2: 20, reverseGainKm2: 0, remainingLossKm2: 50, netKm2: -50, neutral: false },
      { landTypeId: grass.id, anticipatedLossKm2: 10, avoidedKm2: 0, reducedKm2: 0, reverseGainKm2: 200, remainingLossKm2: 10, netKm2: 190, neutral: true },
    ]);
    // grassland's surplus does not rescue the forest: 1 of 2 in balance; −50 + 190 = 140 is information only
    expect(balance.national).toEqual({ landTypesInBalance: 1, landTypeCount: 2, netSumForInformationKm2: 140 });
    // grassland is neutral only thanks to reverse, with no avoid or reduce for its loss
    expect(balance.guidance).toEqual([{ landTypeId: grass.id, kind: 'reverseCarriesBalance' }]);
    // 2025: forest loss not yet there (avoid 15, reduce 20 already); grassland gain 200 / 2 = 100, net 100 − 10 = 90
    expect(balance.path.map((y) => [y.year, ...y.landTypes.map((lt) => lt.netKm2)])).toEqual([
      [2025, 0, 90],
      [2026, -50, 190],
    ]);
  });

  it('compares scenarios as of one target year, side by side', () => {
    const { ok, bau, forest } = twoLandTypes();
    const restoration = ok('worksheets.duplicateScenario', { id: bau.id, name: 'Restore forests' });
    // 60 km² restored over 2027–2030 (15 a year) in the forest of the copy only
    ok('worksheets.saveMeasure', { scenarioId: restoration.id, landTypeId: forest.id, level: 'reverse', description: 'Restoration', areaKm2: 60, startYear: 2027, endYear: 2030 });

    const { targetYear, items } = ok('worksheets.compare', { scenarioIds: [bau.id, restoration.id] });
    // business as usual ends in 2026, the copy in 2030: both are read as of 2030
    expect(targetYear).toBe(2030);
    expect(items.map((item) => item.scenario.id)).toEqual([bau.id, restoration.id]);
    expect(items.map((item) => item.balance.targetYear)).toEqual([2030, 2030]);
    // forest: −50 in business as usual; 60 − 50 = 10 with restoration → both land types in balance
    expect(items.map((item) => item.balance.landTypes[0]!.netKm2)).toEqual([-50, 10]);
    expect(items.map((item) => item.balance.national.landTypesInBalance)).toEqual([1, 2]);
    // halfway (2028: 30 restored) the copy is still in deficit: 30 − 50 = −20
    const halfway = ok('worksheets.compare', { scenarioIds: [bau.id, restoration.id], targetYear: 2028 });
    expect(halfway.items[1]!.balance.landTypes[0]).toMatchObject({ reverseGainKm2: 30, netKm2: -20, neutral: false });
  });

  it('leaves a deleted land type out of the balance', () => {
    const { ok, grass, bau } = twoLandTypes();
    ok('landtypes.delete', { id: grass.id });
    expect(ok('worksheets.balance', { scenarioId: bau.id }).balance.national).toEqual({ landTypesInBalance: 0, landTypeCount: 1, netSumForInformationKm2: -50 });
  });

  it('refuses to compare a scenario twice, or one that does not exist, at the field', () => {
    const { fails, bau } = twoLandTypes();
    expect(fails('worksheets.compare', { scenarioIds: [bau.id, bau.id] }).details?.fields).toEqual([
      { path: ['scenarioIds'], messageKey: 'errors:worksheets.scenarioRepeated' },
    ]);
    const missing = '01900000-0000-7000-8000-000000000000';
    expect(fails('worksheets.compare', { scenarioIds: [bau.id, missing] }).details?.fields).toEqual([
      { path: ['scenarioIds', 1], messageKey: 'errors:worksheets.scenarioNotFound' },
    ]);
    expect(fails('worksheets.compare', { scenarioIds: [bau.id] }).code).toBe('validation');
  });
});
