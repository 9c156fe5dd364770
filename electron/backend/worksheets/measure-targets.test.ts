import { describe, expect, it } from 'vitest';
import type { CommandInput } from '../../../shared/contract';
import { useTempBackend } from '../test-support';
import { forestWorksheet, MISSING } from './test-fixture';

const tempBackend = useTempBackend();
const fieldsOf = (error: { details?: { fields?: unknown } }) => error.details?.fields;

/** The forest worksheet with two national targets a measure can work towards. */
function withTargets() {
  const fixture = forestWorksheet(tempBackend);
  const target = (text: string): CommandInput<'targets.save'> => ({
    text,
    level: 'national',
    pattern: 'achieve_ldn',
    ambition: 'no_net_loss',
    hierarchyTypes: ['reverse'],
    indicators: ['sdg_15_3_1'],
    landTypeIds: [fixture.forest.id],
    baselineYear: 2015,
    targetYear: 2030,
  });
  const ldn = fixture.ok('targets.save', target('Achieve LDN by 2030 compared to the 2015 baseline'));
  const forests = fixture.ok('targets.save', target('Restore 500 km² of humid forest by 2030'));
  const measureOnPage = (measureId: string, scenarioId = fixture.bau.id) =>
    fixture.ok('worksheets.get', { scenarioId }).landTypes[0]!.measures.find((m) => m.id === measureId)!;
  return { ...fixture, ldn, forests, measureOnPage };
}

describe('linked targets of a response measure', () => {
  it('links targets, unlinks one, clears them when left out, and links one again', () => {
    const { ok, measure, ldn, forests, measureOnPage } = withTargets();
    const saved = ok('worksheets.saveMeasure', { ...measure, targetIds: [ldn.id, forests.id] });
    expect(saved.targetIds.toSorted()).toEqual([ldn.id, forests.id].toSorted());
    expect(measureOnPage(saved.id).targetIds.toSorted()).toEqual([ldn.id, forests.id].toSorted());

    const unlinked = ok('worksheets.saveMeasure', { ...measure, id: saved.id, targetIds: [forests.id] });
    expect(unlinked.targetIds).toEqual([forests.id]);
    expect(measureOnPage(saved.id).targetIds).toEqual([forests.id]);

    // Left out means none: a save writes the whole form.
    expect(ok('worksheets.saveMeasure', { ...measure, id: saved.id }).targetIds).toEqual([]);
    ok('worksheets.saveMeasure', { ...measure, id: saved.id, targetIds: [ldn.id] });
    expect(measureOnPage(saved.id).targetIds).toEqual([ldn.id]);
  });

  it('refuses a deleted or unknown target at targetIds and saves nothing', () => {
    const { ok, fails, measure, bau, ldn, forests } = withTargets();
    ok('targets.delete', { id: forests.id });
    const notFound = { messageKey: 'errors:worksheets.targetNotFound' };
    expect(fieldsOf(fails('worksheets.saveMeasure', { ...measure, targetIds: [ldn.id, forests.id] }))).toEqual([{ path: ['targetIds', 1], ...notFound }]);
    expect(fieldsOf(fails('worksheets.saveMeasure', { ...measure, targetIds: [MISSING] }))).toEqual([{ path: ['targetIds', 0], ...notFound }]);
    expect(ok('worksheets.get', { scenarioId: bau.id }).landTypes[0]!.measures).toEqual([]);
    expect(fieldsOf(fails('worksheets.saveMeasure', { ...measure, targetIds: [ldn.id, ldn.id] }))).toEqual([
      { path: ['targetIds'], messageKey: 'errors:worksheets.targetRepeated' },
    ]);
  });

  it('drops a target deleted after linking from the measure, and shows it again once the target is restored', () => {
    const { ok, measure, ldn, forests, measureOnPage } = withTargets();
    const saved = ok('worksheets.saveMeasure', { ...measure, targetIds: [ldn.id, forests.id] });
    ok('targets.delete', { id: forests.id });
    expect(measureOnPage(saved.id).targetIds).toEqual([ldn.id]);
    ok('targets.restore', { id: forests.id });
    expect(measureOnPage(saved.id).targetIds.toSorted()).toEqual([ldn.id, forests.id].toSorted());
  });

  it('keeps the links through a delete and its undo', () => {
    const { ok, measure, ldn } = withTargets();
    const saved = ok('worksheets.saveMeasure', { ...measure, targetIds: [ldn.id] });
    ok('worksheets.deleteMeasure', { id: saved.id });
    expect(ok('worksheets.restoreMeasure', { id: saved.id }).targetIds).toEqual([ldn.id]);
  });

  it('copies the links with the measures when a scenario is duplicated, and the copies are independent', () => {
    const { ok, measure, bau, ldn, forests, measureOnPage } = withTargets();
    const saved = ok('worksheets.saveMeasure', { ...measure, targetIds: [ldn.id] });
    const copy = ok('worksheets.duplicateScenario', { id: bau.id, name: 'Restoration push' });
    const copied = ok('worksheets.get', { scenarioId: copy.id }).landTypes[0]!.measures;
    expect(copied.map((m) => [m.description, m.targetIds])).toEqual([['Assisted regeneration', [ldn.id]]]);

    ok('worksheets.saveMeasure', { ...measure, id: copied[0]!.id, scenarioId: copy.id, targetIds: [forests.id] });
    expect(measureOnPage(saved.id).targetIds).toEqual([ldn.id]);
    expect(measureOnPage(copied[0]!.id, copy.id).targetIds).toEqual([forests.id]);
  });
});

describe('the measures listed on a target’s page', () => {
  it('lists the live measures linked to the target in every live scenario, business as usual first', () => {
    const { ok, measure, ldn, forests, bau, forest } = withTargets();
    const grass = ok('landtypes.save', { code: 'A1', name: 'Grassland, arid' });
    const plan = ok('worksheets.saveScenario', { name: 'Restoration push' });
    // Saved in this order on purpose: the list reorders them by scenario, land type code, then level.
    ok('worksheets.saveMeasure', { ...measure, scenarioId: plan.id, areaKm2: 300, targetIds: [ldn.id] });
    const reverse = ok('worksheets.saveMeasure', { ...measure, targetIds: [ldn.id, forests.id] });
    const avoid = ok('worksheets.saveMeasure', { ...measure, level: 'avoid', description: 'Forest reserve', areaKm2: 40, targetIds: [ldn.id] });
    ok('worksheets.saveMeasure', { ...measure, landTypeId: grass.id, level: 'reduce', description: 'Rotational grazing', areaKm2: 25, targetIds: [ldn.id] });
    ok('worksheets.saveMeasure', { ...measure, description: 'Not linked', targetIds: [] });

    const items = ok('worksheets.measuresForTarget', { targetId: ldn.id }).items;
    expect(items.map((item) => [item.scenario.id, item.landType.code, item.level, item.description, item.areaKm2])).toEqual([
      [bau.id, 'A1', 'reduce', 'Rotational grazing', 25],
      [bau.id, 'F1', 'avoid', 'Forest reserve', 40],
      [bau.id, 'F1', 'reverse', 'Assisted regeneration', 80],
      [plan.id, 'F1', 'reverse', 'Assisted regeneration', 300],
    ]);
    expect(items[1]).toMatchObject({ measureId: avoid.id, startYear: 2025, endYear: 2030, landType: { id: forest.id, name: 'Forest, humid' } });
    expect(ok('worksheets.measuresForTarget', { targetId: forests.id }).items.map((item) => item.measureId)).toEqual([reverse.id]);
  });

  it('leaves out deleted measures, unlinked ones and those of deleted scenarios or land types', () => {
    const { ok, measure, ldn } = withTargets();
    const plan = ok('worksheets.saveScenario', { name: 'Restoration push' });
    const kept = ok('worksheets.saveMeasure', { ...measure, targetIds: [ldn.id] });
    const deleted = ok('worksheets.saveMeasure', { ...measure, areaKm2: 10, targetIds: [ldn.id] });
    const unlinked = ok('worksheets.saveMeasure', { ...measure, areaKm2: 20, targetIds: [ldn.id] });
    ok('worksheets.saveMeasure', { ...measure, scenarioId: plan.id, targetIds: [ldn.id] });
    const wetland = ok('landtypes.save', { code: 'W1', name: 'Wetland' });
    ok('worksheets.saveMeasure', { ...measure, landTypeId: wetland.id, level: 'avoid', targetIds: [ldn.id] });

    ok('worksheets.deleteMeasure', { id: deleted.id });
    ok('worksheets.saveMeasure', { ...measure, id: unlinked.id, areaKm2: 20, targetIds: [] });
    ok('worksheets.deleteScenario', { id: plan.id });
    ok('landtypes.delete', { id: wetland.id });
    expect(ok('worksheets.measuresForTarget', { targetId: ldn.id }).items.map((item) => item.measureId)).toEqual([kept.id]);
  });

  it('refuses a deleted or missing target at the field', () => {
    const { ok, fails, ldn } = withTargets();
    ok('targets.delete', { id: ldn.id });
    for (const targetId of [ldn.id, MISSING]) {
      expect(fieldsOf(fails('worksheets.measuresForTarget', { targetId }))).toEqual([{ path: ['targetId'], messageKey: 'errors:targets.targetNotFound' }]);
    }
  });
});
