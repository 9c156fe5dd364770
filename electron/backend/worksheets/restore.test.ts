import { describe, expect, it } from 'vitest';
import { useTempBackend } from '../test-support';
import { forestWorksheet, MISSING } from './test-fixture';

const tempBackend = useTempBackend();

function worksheet() {
  const fixture = forestWorksheet(tempBackend);
  const operations = (entityId: string) => fixture.ok('workspace.history', { entityId }).entries.map((e) => e.operation);
  // Optional fields filled in, so "restored equals saved" covers them too.
  const loss = { ...fixture.loss, notes: 'Logging concession' };
  const measure = { ...fixture.measure, costUsd: 1_000 };
  return { ...fixture, loss, measure, operations };
}

describe('undo of a delete in the worksheets', () => {
  it('brings back the same loss and the same measure, recorded as delete then restore', () => {
    const { ok, loss, measure, bau, operations } = worksheet();
    const savedLoss = ok('worksheets.saveLoss', loss);
    const savedMeasure = ok('worksheets.saveMeasure', measure);
    ok('worksheets.deleteLoss', { id: savedLoss.id });
    ok('worksheets.deleteMeasure', { id: savedMeasure.id });

    const restoredLoss = ok('worksheets.restoreLoss', { id: savedLoss.id });
    const restoredMeasure = ok('worksheets.restoreMeasure', { id: savedMeasure.id });
    expect(restoredLoss).toEqual({ ...savedLoss, updatedAt: restoredLoss.updatedAt });
    expect(restoredMeasure).toEqual({ ...savedMeasure, updatedAt: restoredMeasure.updatedAt });

    const entries = ok('worksheets.get', { scenarioId: bau.id }).landTypes[0]!;
    expect(entries.losses.map((l) => l.id)).toEqual([savedLoss.id]);
    expect(entries.measures.map((m) => m.id)).toEqual([savedMeasure.id]);
    // newest first
    expect(operations(savedLoss.id)).toEqual(['restore', 'delete', 'insert']);
    expect(operations(savedMeasure.id)).toEqual(['restore', 'delete', 'insert']);
  });

  it('restoring a live entry changes nothing and leaves no trace', () => {
    const { ok, loss, operations } = worksheet();
    const saved = ok('worksheets.saveLoss', loss);
    expect(ok('worksheets.restoreLoss', { id: saved.id })).toEqual(saved);
    expect(operations(saved.id)).toEqual(['insert']);
  });

  it('refuses to restore an entry whose land type or scenario has been deleted since, on that field', () => {
    const { ok, fails, loss, measure, forest, operations } = worksheet();
    const green = ok('worksheets.saveScenario', { name: 'Green growth' });
    const savedLoss = ok('worksheets.saveLoss', loss);
    const savedMeasure = ok('worksheets.saveMeasure', { ...measure, scenarioId: green.id });
    ok('worksheets.deleteLoss', { id: savedLoss.id });
    ok('worksheets.deleteMeasure', { id: savedMeasure.id });

    ok('landtypes.delete', { id: forest.id });
    expect(fails('worksheets.restoreLoss', { id: savedLoss.id })).toEqual({
      code: 'not_found',
      messageKey: 'errors:worksheets.landTypeNotFound',
      details: { fields: [{ path: ['landTypeId'], messageKey: 'errors:worksheets.landTypeNotFound' }] },
    });
    ok('landtypes.restore', { id: forest.id });

    ok('worksheets.deleteScenario', { id: green.id });
    expect(fails('worksheets.restoreMeasure', { id: savedMeasure.id }).details?.fields).toEqual([
      { path: ['scenarioId'], messageKey: 'errors:worksheets.scenarioNotFound' },
    ]);
    expect(operations(savedMeasure.id)).toEqual(['delete', 'insert']);

    expect(fails('worksheets.restoreLoss', { id: MISSING }).code).toBe('not_found');
    expect(fails('worksheets.restoreMeasure', { id: MISSING }).code).toBe('not_found');
  });

  it('brings back the same scenario with its entries, not preferred, recorded as delete then restore', () => {
    const { ok, loss, bau, operations } = worksheet();
    const green = ok('worksheets.saveScenario', { name: 'Green growth', description: 'Low-carbon path' });
    ok('worksheets.setPreferredScenario', { id: green.id });
    const greenLoss = ok('worksheets.saveLoss', { ...loss, scenarioId: green.id });
    ok('worksheets.deleteScenario', { id: green.id });

    const restored = ok('worksheets.restoreScenario', { id: green.id });
    expect(restored).toMatchObject({ id: green.id, name: 'Green growth', description: 'Low-carbon path', kind: 'alternative', isPreferred: false, deletedAt: null });
    expect(ok('worksheets.listScenarios', {}).items.map((s) => [s.id, s.isPreferred])).toEqual([
      [bau.id, true],
      [green.id, false],
    ]);
    expect(ok('worksheets.get', { scenarioId: green.id }).landTypes[0]!.losses.map((l) => l.id)).toEqual([greenLoss.id]);
    expect(operations(green.id).slice(0, 2)).toEqual(['restore', 'delete']);
  });

  it('refuses to restore a scenario whose name another scenario has taken meanwhile, on the name', () => {
    const { ok, fails, operations } = worksheet();
    const green = ok('worksheets.saveScenario', { name: 'Green growth' });
    ok('worksheets.deleteScenario', { id: green.id });
    ok('worksheets.saveScenario', { name: 'Green growth' });
    expect(fails('worksheets.restoreScenario', { id: green.id })).toEqual({
      code: 'conflict',
      messageKey: 'errors:worksheets.scenarioNameTaken',
      details: { fields: [{ path: ['name'], messageKey: 'errors:worksheets.scenarioNameTaken', params: { name: 'Green growth' } }] },
    });
    expect(operations(green.id)[0]).toBe('delete');
    expect(fails('worksheets.restoreScenario', { id: MISSING }).code).toBe('not_found');
  });
});
