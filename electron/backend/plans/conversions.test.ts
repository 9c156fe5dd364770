import { describe, expect, it } from 'vitest';
import { useTempBackend } from '../test-support';
import { MISSING } from '../worksheets/test-fixture';
import { planWorkspace } from './test-fixture';

const tempBackend = useTempBackend();

describe('planned conversions', () => {
  it('saves, edits, deletes and restores a conversion, which says whether it is a loss', () => {
    const w = planWorkspace(tempBackend);
    const clearing = w.ok('plans.saveConversion', w.conversion);
    // Tree-covered → cropland is degradation in the GPG default matrix.
    expect(clearing).toMatchObject({ ...w.conversion, isLoss: true });
    const replanting = w.ok('plans.saveConversion', { ...w.conversion, fromClass: 3, toClass: 1, areaKm2: 4, expectedYear: 2028, driver: 'other' });
    expect(replanting.isLoss).toBe(false);
    expect(w.ok('plans.saveConversion', { ...w.conversion, id: clearing.id, areaKm2: 15 })).toMatchObject({ id: clearing.id, areaKm2: 15 });

    expect(w.ok('plans.get', { id: w.plan.id }).zones[0]!.conversions.map((c) => [c.expectedYear, c.areaKm2, c.isLoss])).toEqual([
      [2028, 4, false],
      [2030, 15, true],
    ]);
    w.ok('plans.deleteConversion', { id: replanting.id });
    expect(w.ok('plans.get', { id: w.plan.id }).zones[0]!.conversions.map((c) => c.id)).toEqual([clearing.id]);
    expect(w.ok('plans.restoreConversion', { id: replanting.id })).toMatchObject({ id: replanting.id, areaKm2: 4 });
    expect(w.ok('workspace.history', { entityId: clearing.id }).entries.map((e) => e.operation)).toEqual(['update', 'insert']);
  });

  it('follows edits of the national transition matrix, not of a regional one', () => {
    const w = planWorkspace(tempBackend);
    const replanting = w.ok('plans.saveConversion', { ...w.conversion, fromClass: 3, toClass: 1 });
    const [coast] = w.ok('baseline.saveRegions', { regions: [{ name: 'Coast', areaKm2: 69_140 }, { name: 'Inland', areaKm2: 500_000 }] }).regions;
    w.ok('baseline.saveTransitionCell', { regionId: coast!.id, initialCode: 3, finalCode: 1, meaning: -1, rationale: 'Coastal plantations of exotic trees.' });
    expect(w.ok('plans.get', { id: w.plan.id }).zones[0]!.conversions[0]!.isLoss).toBe(false);

    w.ok('baseline.saveTransitionCell', { initialCode: 3, finalCode: 1, meaning: -1, rationale: 'Monoculture plantations replace food crops.' });
    expect(w.ok('plans.get', { id: w.plan.id }).zones[0]!.conversions.map((c) => [c.id, c.isLoss])).toEqual([[replanting.id, true]]);
  });

  it('refuses bad classes, areas and years at their fields, writing nothing', () => {
    const w = planWorkspace(tempBackend);
    const before = w.snapshot();
    const fieldsOf = (input: object) => w.fails('plans.saveConversion', { ...w.conversion, ...input }).details?.fields?.map((f) => [f.path.join('.'), f.messageKey, f.params]);

    expect(fieldsOf({ toClass: 1 })).toEqual([['toClass', 'errors:plans.sameClass', undefined]]);
    expect(fieldsOf({ fromClass: 0, toClass: 8 })).toEqual([
      ['fromClass', 'errors:plans.unknownLandCoverClass', undefined],
      ['toClass', 'errors:plans.unknownLandCoverClass', undefined],
    ]);
    expect(fieldsOf({ areaKm2: -1, expectedYear: 1999 })).toEqual([
      ['areaKm2', 'errors:plans.areaNegative', undefined],
      ['expectedYear', 'errors:plans.expectedYearOutOfRange', undefined],
    ]);
    expect(fieldsOf({ expectedYear: 2101 })).toEqual([['expectedYear', 'errors:plans.expectedYearOutOfRange', undefined]]);
    // Kenya's land area is 569,140 km².
    expect(fieldsOf({ areaKm2: 569_141 })).toEqual([['areaKm2', 'errors:plans.areaOverLandArea', { max: 569_140 }]]);
    expect(fieldsOf({ zoneId: MISSING })).toEqual([['zoneId', 'errors:plans.zoneNotFound', undefined]]);
    expect(fieldsOf({ driver: 'meteorite' })?.[0]?.[0]).toBe('driver');
    expect(w.snapshot()).toEqual(before);
  });

  it('refuses conversions in a deleted zone, and their restore until the zone is back', () => {
    const w = planWorkspace(tempBackend);
    const clearing = w.ok('plans.saveConversion', w.conversion);
    w.ok('plans.deleteConversion', { id: clearing.id });
    w.ok('plans.deleteZone', { id: w.zone.id });
    const before = w.snapshot();
    expect(w.fails('plans.restoreConversion', { id: clearing.id }).details?.fields).toEqual([{ path: ['zoneId'], messageKey: 'errors:plans.zoneNotFound' }]);
    expect(w.fails('plans.saveConversion', w.conversion).details?.fields?.[0]?.path).toEqual(['zoneId']);
    expect(w.snapshot()).toEqual(before);
    w.ok('plans.restoreZone', { id: w.zone.id });
    expect(w.ok('plans.restoreConversion', { id: clearing.id }).id).toBe(clearing.id);
  });
});
