import { describe, expect, it } from 'vitest';
import { useTempBackend } from '../test-support';
import { forestWorksheet, MISSING } from './test-fixture';

const tempBackend = useTempBackend();

function worksheet() {
  const fixture = forestWorksheet(tempBackend);
  /** Everything the worksheet holds, to show that a refusal wrote nothing. */
  const snapshot = () => ({
    worksheet: fixture.ok('worksheets.get', { scenarioId: fixture.bau.id }),
    history: fixture.ok('workspace.history', {}).entries.length,
  });
  return { ...fixture, snapshot };
}

describe('losses and measures', () => {
  it('saves, edits and deletes them, each step in the history', () => {
    const { ok, loss, measure, bau, forest } = worksheet();
    const saved = ok('worksheets.saveLoss', { ...loss, notes: '  New mine  ' });
    expect(saved).toMatchObject({ ...loss, notes: 'New mine', deletedAt: null });
    const edited = ok('worksheets.saveLoss', { ...loss, id: saved.id, areaKm2: 150 });
    expect(edited).toMatchObject({ id: saved.id, areaKm2: 150, notes: null });

    const restoration = ok('worksheets.saveMeasure', { ...measure, slmTechnology: 'Farmer-managed natural regeneration', wocatReference: 'T_NIG001en', effectivenessPercent: 70, costUsd: 1_200_000, coBenefits: 'Fuelwood' });
    expect(restoration).toMatchObject({ level: 'reverse', effectivenessPercent: 70, costUsd: 1_200_000, coBenefits: 'Fuelwood' });

    expect(ok('worksheets.get', { scenarioId: bau.id }).landTypes).toEqual([
      { landTypeId: forest.id, losses: [edited], measures: [restoration] },
    ]);

    ok('worksheets.deleteLoss', { id: saved.id });
    ok('worksheets.deleteMeasure', { id: restoration.id });
    expect(ok('worksheets.get', { scenarioId: bau.id }).landTypes[0]).toMatchObject({ losses: [], measures: [] });

    const lossHistory = ok('workspace.history', { entityId: saved.id }).entries;
    expect(lossHistory.map((e) => [e.entity, e.operation])).toEqual([
      ['anticipated_loss', 'delete'],
      ['anticipated_loss', 'update'],
      ['anticipated_loss', 'insert'],
    ]);
    expect(lossHistory[1]!.changes).toEqual([
      { field: 'areaKm2', before: 120, after: 150 },
      { field: 'notes', before: 'New mine', after: null },
    ]);
    expect(ok('workspace.history', { entityId: restoration.id }).entries.map((e) => e.operation)).toEqual(['delete', 'insert']);
  });

  it('refuses negative areas and years outside 2000–2100 at their fields', () => {
    const { fails, loss, measure } = worksheet();
    expect(fails('worksheets.saveLoss', { ...loss, areaKm2: -5, expectedYear: 1999 }).details?.fields).toEqual([
      { path: ['areaKm2'], messageKey: 'errors:worksheets.areaNegative' },
      { path: ['expectedYear'], messageKey: 'errors:worksheets.yearOutOfRange' },
    ]);
    expect(fails('worksheets.saveMeasure', { ...measure, areaKm2: -1, startYear: 2101, endYear: 2102 }).details?.fields?.map((f) => [f.path[0], f.messageKey])).toEqual([
      ['areaKm2', 'errors:worksheets.areaNegative'],
      ['startYear', 'errors:worksheets.yearOutOfRange'],
      ['endYear', 'errors:worksheets.yearOutOfRange'],
    ]);
  });

  it('refuses an end year before the start year, an effectiveness over 100 % and a negative cost', () => {
    const { fails, measure } = worksheet();
    expect(fails('worksheets.saveMeasure', { ...measure, startYear: 2030, endYear: 2025 })).toEqual({
      code: 'validation',
      messageKey: 'errors:validation',
      details: { fields: [{ path: ['endYear'], messageKey: 'errors:worksheets.endBeforeStart' }] },
    });
    expect(fails('worksheets.saveMeasure', { ...measure, effectivenessPercent: 120, costUsd: -10 }).details?.fields).toEqual([
      { path: ['effectivenessPercent'], messageKey: 'errors:worksheets.effectivenessRange' },
      { path: ['costUsd'], messageKey: 'errors:worksheets.costNegative' },
    ]);
  });

  it('refuses a loss or a measure larger than its land type', () => {
    const { fails, loss, measure } = worksheet();
    const tooLarge = { path: ['areaKm2'], messageKey: 'errors:worksheets.areaExceedsLandType', params: { max: 35_000 } };
    expect(fails('worksheets.saveLoss', { ...loss, areaKm2: 35_001 })).toEqual({ code: 'validation', messageKey: tooLarge.messageKey, details: { fields: [tooLarge] } });
    expect(fails('worksheets.saveMeasure', { ...measure, areaKm2: 40_000 }).details?.fields).toEqual([tooLarge]);
  });

  it('accepts any area on a land type whose area is not recorded', () => {
    const { ok, loss } = worksheet();
    const unmapped = ok('landtypes.save', { code: 'W1', name: 'Wetland' });
    expect(ok('worksheets.saveLoss', { ...loss, landTypeId: unmapped.id, areaKm2: 40_000 }).areaKm2).toBe(40_000);
  });

  it('refuses an unknown or deleted land type or scenario as not found, on its field', () => {
    const { ok, fails, loss, measure, forest } = worksheet();
    const landTypeGone = { code: 'not_found', messageKey: 'errors:worksheets.landTypeNotFound', details: { fields: [{ path: ['landTypeId'], messageKey: 'errors:worksheets.landTypeNotFound' }] } };
    expect(fails('worksheets.saveLoss', { ...loss, landTypeId: MISSING })).toEqual(landTypeGone);
    expect(fails('worksheets.saveMeasure', { ...measure, scenarioId: MISSING }).details?.fields).toEqual([
      { path: ['scenarioId'], messageKey: 'errors:worksheets.scenarioNotFound' },
    ]);
    expect(fails('worksheets.saveLoss', { ...loss, id: MISSING }).code).toBe('not_found');
    expect(fails('worksheets.deleteMeasure', { id: MISSING }).code).toBe('not_found');

    ok('landtypes.delete', { id: forest.id });
    expect(fails('worksheets.saveMeasure', measure)).toEqual(landTypeGone);
  });

  it('writes nothing when it refuses a save', () => {
    const { ok, fails, loss, snapshot } = worksheet();
    const saved = ok('worksheets.saveLoss', loss);
    const before = snapshot();
    fails('worksheets.saveLoss', { ...loss, id: saved.id, areaKm2: 99_999 });
    fails('worksheets.saveLoss', { ...loss, areaKm2: -1 });
    fails('worksheets.saveLoss', { ...loss, landTypeId: MISSING });
    expect(snapshot()).toEqual(before);
  });
});
