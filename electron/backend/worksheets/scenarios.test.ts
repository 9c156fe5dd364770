import { describe, expect, it } from 'vitest';
import { KENYA, useTempBackend } from '../test-support';

const tempBackend = useTempBackend();

function withForest() {
  const backend = tempBackend();
  backend.ok('workspace.create', KENYA);
  const forest = backend.ok('landtypes.save', { code: 'F1', name: 'Forest, humid', areaKm2: 35_000 });
  return { ...backend, forest };
}

describe('scenarios', () => {
  it('has a business-as-usual scenario, preferred, the first time scenarios are listed', () => {
    const { ok } = withForest();
    const [bau, ...others] = ok('worksheets.listScenarios', {}).items;
    expect(others).toEqual([]);
    expect(bau).toMatchObject({ kind: 'business_as_usual', name: null, isPreferred: true, deletedAt: null });
    // listed again: still exactly one
    expect(ok('worksheets.listScenarios', {}).items.map((s) => s.id)).toEqual([bau!.id]);
  });

  it('duplicates a scenario with copies of its losses and measures', () => {
    const { ok, forest } = withForest();
    const [bau] = ok('worksheets.listScenarios', {}).items;
    const entry = { scenarioId: bau!.id, landTypeId: forest.id };
    ok('worksheets.saveLoss', { ...entry, areaKm2: 120, driver: 'deforestation', expectedYear: 2027, source: 'entered', notes: 'Logging concession' });
    ok('worksheets.saveMeasure', { ...entry, level: 'avoid', description: 'Forest reserve', areaKm2: 50, startYear: 2025, endYear: 2028, effectivenessPercent: 80 });

    const copy = ok('worksheets.duplicateScenario', { id: bau!.id, name: 'Protection first' });
    expect(copy).toMatchObject({ kind: 'alternative', name: 'Protection first', isPreferred: false });

    const original = ok('worksheets.get', { scenarioId: bau!.id }).landTypes[0]!;
    const copied = ok('worksheets.get', { scenarioId: copy.id }).landTypes[0]!;
    const ownValues = ({ id: _id, scenarioId: _s, createdAt: _c, updatedAt: _u, ...values }: { id: string; scenarioId: string; createdAt: string; updatedAt: string }) => values;
    expect(copied.losses.map(ownValues)).toEqual(original.losses.map(ownValues));
    expect(copied.measures.map(ownValues)).toEqual(original.measures.map(ownValues));
    expect(copied.losses[0]!.id).not.toBe(original.losses[0]!.id);
    expect(copied.losses[0]!.scenarioId).toBe(copy.id);
  });

  it('keeps exactly one preferred scenario', () => {
    const { ok } = withForest();
    const [bau] = ok('worksheets.listScenarios', {}).items;
    const green = ok('worksheets.saveScenario', { name: 'Green growth' });
    const restoration = ok('worksheets.saveScenario', { name: 'Restoration push', description: 'Bonn Challenge pledge' });

    const preferred = (items: { id: string; isPreferred: boolean }[]) => items.filter((s) => s.isPreferred).map((s) => s.id);
    expect(preferred(ok('worksheets.setPreferredScenario', { id: green.id }).items)).toEqual([green.id]);
    expect(preferred(ok('worksheets.setPreferredScenario', { id: restoration.id }).items)).toEqual([restoration.id]);

    // choosing the preferred one again changes nothing, so it leaves no trace
    const traces = () => ok('workspace.history', { entity: 'scenario' }).entries.length;
    const before = traces();
    ok('worksheets.setPreferredScenario', { id: restoration.id });
    expect(traces()).toBe(before);

    // deleting the preferred scenario hands the preference back to business as usual, and the tombstone keeps no flag
    ok('worksheets.deleteScenario', { id: restoration.id });
    expect(preferred(ok('worksheets.listScenarios', {}).items)).toEqual([bau!.id]);
    const history = ok('workspace.history', { entityId: restoration.id }).entries;
    expect(history.map((e) => [e.operation, e.changes[0]!.field, e.changes[0]!.after])).toEqual([
      ['delete', 'deletedAt', history[0]!.at],
      ['update', 'isPreferred', 0],
      ['update', 'isPreferred', 1],
      ['insert', 'name', 'Restoration push'],
    ]);
  });

  it('renames a scenario, and refuses a name another live scenario has', () => {
    const { ok, fails } = withForest();
    const green = ok('worksheets.saveScenario', { name: 'Green growth' });
    expect(ok('worksheets.saveScenario', { id: green.id, name: 'Green economy', description: 'Vision 2030' })).toMatchObject({
      id: green.id,
      name: 'Green economy',
      description: 'Vision 2030',
    });
    expect(fails('worksheets.saveScenario', { name: 'Green economy' })).toEqual({
      code: 'conflict',
      messageKey: 'errors:worksheets.scenarioNameTaken',
      details: { fields: [{ path: ['name'], messageKey: 'errors:worksheets.scenarioNameTaken', params: { name: 'Green economy' } }] },
    });
    expect(fails('worksheets.duplicateScenario', { id: green.id, name: 'Green economy' }).details?.fields?.[0]?.path).toEqual(['name']);
  });

  it('deletes a scenario as a tombstone, but never business as usual', () => {
    const { ok, fails } = withForest();
    const [bau] = ok('worksheets.listScenarios', {}).items;
    const green = ok('worksheets.saveScenario', { name: 'Green growth' });
    ok('worksheets.deleteScenario', { id: green.id });
    expect(ok('worksheets.listScenarios', {}).items.map((s) => s.id)).toEqual([bau!.id]);
    expect(ok('workspace.history', { entityId: green.id }).entries[0]).toMatchObject({ operation: 'delete' });
    expect(fails('worksheets.get', { scenarioId: green.id }).details?.fields).toEqual([
      { path: ['scenarioId'], messageKey: 'errors:worksheets.scenarioNotFound' },
    ]);

    expect(fails('worksheets.deleteScenario', { id: bau!.id })).toEqual({ code: 'conflict', messageKey: 'errors:worksheets.businessAsUsualKept' });
    expect(ok('worksheets.listScenarios', {}).items[0]).toMatchObject({ id: bau!.id, deletedAt: null });
  });
});
