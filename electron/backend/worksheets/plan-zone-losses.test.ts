import { describe, expect, it } from 'vitest';
import { planWorkspace } from '../plans/test-fixture';
import { useTempBackend } from '../test-support';

const tempBackend = useTempBackend();

/**
 * Forest (F1) has an entered loss of 20 km² from 2026 in business as usual, and the plan's zone in F1 plans
 * 12 km² of tree-covered → cropland (degradation) in 2030 and 4 km² of cropland → tree-covered
 * (improvement, no loss) in 2028.
 */
function plannedForest() {
  const w = planWorkspace(tempBackend);
  const bau = w.ok('worksheets.listScenarios', {}).items[0]!;
  const entered = w.ok('worksheets.saveLoss', { scenarioId: bau.id, landTypeId: w.forest.id, areaKm2: 20, driver: 'deforestation', expectedYear: 2026, source: 'entered' });
  const clearing = w.ok('plans.saveConversion', w.conversion);
  w.ok('plans.saveConversion', { ...w.conversion, fromClass: 3, toClass: 1, areaKm2: 4, expectedYear: 2028 });
  const forestOf = (scenarioId: string) => {
    const { balance } = w.ok('worksheets.balance', { scenarioId, targetYear: 2030 });
    return balance.landTypes.find((t) => t.landTypeId === w.forest.id)!;
  };
  return { ...w, bau, entered, clearing, forestOf };
}

describe('plan-zone losses in the worksheets', () => {
  it('shows each degrading conversion as a read-only loss of its land type in every scenario', () => {
    const w = plannedForest();
    const alternative = w.ok('worksheets.saveScenario', { name: 'Green growth' });
    const planRow = {
      id: w.clearing.id,
      landTypeId: w.forest.id,
      areaKm2: 12,
      driver: 'deforestation',
      expectedYear: 2030,
      source: 'plan_zone',
      notes: null,
      planZone: { planId: w.plan.id, planName: 'Lakeside county spatial plan', zoneId: w.zone.id, zoneName: 'Industrial park', conversionId: w.clearing.id },
    };
    const forestLosses = (scenarioId: string) => w.ok('worksheets.get', { scenarioId }).landTypes.find((t) => t.landTypeId === w.forest.id)!.losses;
    expect(forestLosses(w.bau.id)).toEqual([{ ...w.entered, planZone: null }, expect.objectContaining({ ...planRow, scenarioId: w.bau.id })]);
    expect(forestLosses(alternative.id)).toEqual([expect.objectContaining({ ...planRow, scenarioId: alternative.id })]);
    expect(w.ok('worksheets.get', { scenarioId: w.bau.id }).landTypes.find((t) => t.landTypeId === w.grass.id)!.losses).toEqual([]);

    // The copy of a scenario shows the plan's loss once, from the plan, not as a stored copy.
    const copy = w.ok('worksheets.duplicateScenario', { id: w.bau.id, name: 'Copy' });
    expect(forestLosses(copy.id).map((l) => [l.source, l.areaKm2])).toEqual([
      ['entered', 20],
      ['plan_zone', 12],
    ]);
  });

  it('counts in the balance and the path from the expected year on, in every scenario', () => {
    const w = plannedForest();
    // 2030: anticipated 20 + 12 = 32, nothing avoided or reversed: remaining 32, net −32. The improvement does not count.
    expect(w.forestOf(w.bau.id)).toMatchObject({ anticipatedLossKm2: 32, remainingLossKm2: 32, netKm2: -32, neutral: false });
    const path = w.ok('worksheets.balance', { scenarioId: w.bau.id }).balance.path;
    expect(path.map((y) => [y.year, y.landTypes.find((t) => t.landTypeId === w.forest.id)!.anticipatedLossKm2])).toEqual([
      [2026, 20],
      [2027, 20],
      [2028, 20],
      [2029, 20],
      [2030, 32],
    ]);

    const alternative = w.ok('worksheets.saveScenario', { name: 'Green growth' });
    w.ok('worksheets.saveMeasure', { scenarioId: alternative.id, landTypeId: w.forest.id, level: 'avoid', description: 'Relocate the park', areaKm2: 12, startYear: 2029, endYear: 2029 });
    const compared = w.ok('worksheets.compare', { scenarioIds: [w.bau.id, alternative.id] });
    expect(compared.items.map(({ balance }) => balance.landTypes.find((t) => t.landTypeId === w.forest.id)!.netKm2)).toEqual([-32, 0]);
  });

  it('stops counting a deleted conversion, zone or plan, and counts again after the undo', () => {
    const w = plannedForest();
    const anticipated = () => w.forestOf(w.bau.id).anticipatedLossKm2;
    w.ok('plans.deleteConversion', { id: w.clearing.id });
    expect(anticipated()).toBe(20);
    w.ok('plans.restoreConversion', { id: w.clearing.id });
    expect(anticipated()).toBe(32);
    w.ok('plans.deleteZone', { id: w.zone.id });
    expect(anticipated()).toBe(20);
    w.ok('plans.restoreZone', { id: w.zone.id });
    w.ok('plans.delete', { id: w.plan.id });
    expect(anticipated()).toBe(20);
    w.ok('plans.restore', { id: w.plan.id });
    expect(anticipated()).toBe(32);
  });

  it('moves with the zone: another land type, or none', () => {
    const w = plannedForest();
    const zone = { id: w.zone.id, planId: w.plan.id, name: 'Industrial park', zoningClass: 'urban_development' } as const;
    w.ok('plans.saveZone', { ...zone, landTypeId: w.grass.id });
    expect(w.forestOf(w.bau.id).anticipatedLossKm2).toBe(20);
    const grass = w.ok('worksheets.balance', { scenarioId: w.bau.id, targetYear: 2030 }).balance.landTypes.find((t) => t.landTypeId === w.grass.id)!;
    expect(grass.anticipatedLossKm2).toBe(12);
    w.ok('plans.saveZone', { ...zone, landTypeId: null });
    expect(w.ok('worksheets.balance', { scenarioId: w.bau.id, targetYear: 2030 }).balance.landTypes.map((t) => t.anticipatedLossKm2)).toEqual([20, 0]);
  });

  it('refuses to edit, delete or restore a plan-zone loss in the worksheet, writing nothing', () => {
    const w = plannedForest();
    const before = { worksheet: w.ok('worksheets.get', { scenarioId: w.bau.id }), history: w.ok('workspace.history', {}).entries.length };
    const readOnly = [{ path: ['id'], messageKey: 'errors:plans.lossEditedInPlan' }];
    const loss = { id: w.clearing.id, scenarioId: w.bau.id, landTypeId: w.forest.id, areaKm2: 1, driver: 'deforestation', expectedYear: 2030, source: 'entered' };
    expect(w.fails('worksheets.saveLoss', loss)).toMatchObject({ code: 'conflict', details: { fields: readOnly } });
    expect(w.fails('worksheets.saveLoss', { ...loss, source: 'plan_zone' }).details?.fields?.[0]?.path).toEqual(['source']);
    expect(w.fails('worksheets.deleteLoss', { id: w.clearing.id }).details?.fields).toEqual(readOnly);
    expect(w.fails('worksheets.restoreLoss', { id: w.clearing.id }).details?.fields).toEqual(readOnly);
    expect({ worksheet: w.ok('worksheets.get', { scenarioId: w.bau.id }), history: w.ok('workspace.history', {}).entries.length }).toEqual(before);
  });
});
