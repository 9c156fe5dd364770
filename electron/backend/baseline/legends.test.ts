import { describe, expect, it } from 'vitest';
import { useTempBackend } from '../test-support';
import { baselineWorkspace } from './test-fixture';

const tempBackend = useTempBackend();

const forest = { code: 11, nameShort: 'Montane forest', nameLong: 'Closed montane forest above 1,500 m', color: '#1b7837', unccdCode: 1 };
const bamboo = { code: 12, nameShort: 'Bamboo', nameLong: 'Bamboo thickets', color: '#5aae61', unccdCode: 1 };
const rangeland = { code: 21, nameShort: 'Rangeland', nameLong: 'Open grazing land', color: '#D9F0A3', unccdCode: 2 };

const meaningOf = (cells: { initialCode: number; finalCode: number; meaning: number }[], initial: number, final: number) =>
  cells.find((c) => c.initialCode === initial && c.finalCode === final)?.meaning;

describe('national land-cover legend (SO1-1.T2)', () => {
  it('a fresh workspace uses the 7 UNCCD classes and has no national classes', () => {
    const w = baselineWorkspace(tempBackend);
    expect(w.ok('baseline.get', {}).nationalLegend).toEqual({ unccdSufficient: true, classes: [] });
  });

  it('saves the toggle and the classes nested into UNCCD classes; a second save updates and removes by code', () => {
    const w = baselineWorkspace(tempBackend);
    const saved = w.ok('baseline.saveNationalLegend', { unccdSufficient: false, classes: [rangeland, forest] });
    expect(saved.nationalLegend.unccdSufficient).toBe(false);
    expect(saved.nationalLegend.classes.map((c) => [c.code, c.unccdCode, c.color])).toEqual([
      [11, 1, '#1B7837'],
      [21, 2, '#D9F0A3'],
    ]);
    const before = w.changeLogCount();
    const again = w.ok('baseline.saveNationalLegend', { unccdSufficient: false, classes: [{ ...forest, nameShort: 'Upland forest' }] });
    expect(again.nationalLegend.classes).toEqual([{ ...forest, nameShort: 'Upland forest', color: '#1B7837' }]);
    // One name changed and one class removed: two entries, nothing for the unchanged fields.
    expect(w.changeLogCount() - before).toBe(2);
  });

  it('refuses a 16th class, saying how many are allowed', () => {
    const w = baselineWorkspace(tempBackend);
    const classes = Array.from({ length: 16 }, (_, i) => ({ ...forest, code: i + 1 }));
    const error = w.fails('baseline.saveNationalLegend', { unccdSufficient: false, classes });
    expect(error.details?.fields?.[0]).toMatchObject({ path: ['classes'], messageKey: 'errors:baseline.legend.tooManyClasses', params: { max: 15, count: 16 } });
    expect(w.ok('baseline.get', {}).nationalLegend.classes).toEqual([]);
  });

  it('refuses a duplicate code at the second class', () => {
    const w = baselineWorkspace(tempBackend);
    const error = w.fails('baseline.saveNationalLegend', { unccdSufficient: false, classes: [forest, { ...bamboo, code: 11 }] });
    expect(error.details?.fields?.[0]).toMatchObject({ path: ['classes', 1, 'code'], messageKey: 'errors:baseline.legend.duplicateCode' });
  });

  it.each([
    ['a class not nested', { unccdCode: null }, 'unccdCode', 'errors:baseline.legend.notNested'],
    ['a nesting outside the 7 classes', { unccdCode: 8 }, 'unccdCode', 'errors:baseline.legend.notNested'],
    ['a short name over 20 characters', { nameShort: 'Closed montane forests' }, 'nameShort', 'errors:field.tooLong'],
    ['a long name over 120 characters', { nameLong: 'x'.repeat(121) }, 'nameLong', 'errors:field.tooLong'],
    ['a colour that is not #RRGGBB', { color: 'green' }, 'color', 'errors:baseline.legend.colour'],
  ])('refuses %s at its field, saving nothing', (_what, change, field, messageKey) => {
    const w = baselineWorkspace(tempBackend);
    const error = w.fails('baseline.saveNationalLegend', { unccdSufficient: false, classes: [bamboo, { ...forest, ...change }] });
    expect(error.details?.fields?.[0]).toMatchObject({ path: ['classes', 1, field], messageKey });
    expect(w.ok('baseline.get', {}).nationalLegend).toEqual({ unccdSufficient: true, classes: [] });
  });
});

describe('regional transition matrices (SO1-1.T3, 2026)', () => {
  // Land area 1,000 km²: the regions must sum to 995–1,005 km² (0.5 %).
  const regionsOf = (...areas: number[]) => areas.map((areaKm2, i) => ({ name: `Region ${i + 1}`, areaKm2 }));

  it('accepts regions summing to the workspace land area within 0.5 %', () => {
    const w = baselineWorkspace(tempBackend, 1000);
    // 600 + 404 = 1,004 km², 0.4 % above 1,000.
    const data = w.ok('baseline.saveRegions', { regions: regionsOf(600, 404) });
    expect(data.totalLandAreaKm2).toBe(1000);
    expect(data.regions.map((r) => [r.name, r.areaKm2])).toEqual([
      ['Region 1', 600],
      ['Region 2', 404],
    ]);
  });

  it('refuses areas more than 0.5 % off, saying the sum and the expected total', () => {
    const w = baselineWorkspace(tempBackend, 1000);
    // 600 + 406 = 1,006 km², 0.6 % above; 600 + 394 = 994 km², 0.6 % below.
    for (const [regions, sum] of [[regionsOf(600, 406), 1006], [regionsOf(600, 394), 994]] as const) {
      const error = w.fails('baseline.saveRegions', { regions });
      expect(error.details?.fields?.[0]).toMatchObject({ path: ['regions'], messageKey: 'errors:baseline.regions.areaSum', params: { sum, expected: 1000 } });
    }
    expect(w.ok('baseline.get', {}).regions).toEqual([]);
  });

  it('checks against the CP-1.T1 land area of the latest year once it is entered', () => {
    const w = baselineWorkspace(tempBackend, 1000);
    w.ok('baseline.saveLandArea', { rows: [{ year: 2015, landKm2: 900, waterKm2: 50 }, { year: 2023, landKm2: 800, waterKm2: 50 }] });
    // Water bodies are not land: the 2023 land area (800 km²) is the total, not 850 or the workspace's 1,000.
    expect(w.fails('baseline.saveRegions', { regions: regionsOf(500, 500) }).details?.fields?.[0]?.params).toEqual({ sum: 1000, expected: 800 });
    expect(w.ok('baseline.saveRegions', { regions: regionsOf(500, 300) }).regions).toHaveLength(2);
  });

  it('refuses a sixth region and a duplicate name', () => {
    const w = baselineWorkspace(tempBackend, 1000);
    expect(w.fails('baseline.saveRegions', { regions: regionsOf(200, 200, 200, 200, 100, 100) }).details?.fields?.[0]).toMatchObject({
      path: ['regions'],
      messageKey: 'errors:baseline.regions.tooMany',
    });
    const duplicate = [{ name: 'Coast', areaKm2: 500 }, { name: ' coast ', areaKm2: 500 }];
    expect(w.fails('baseline.saveRegions', { regions: duplicate }).details?.fields?.[0]).toMatchObject({
      path: ['regions', 1, 'name'],
      messageKey: 'errors:baseline.regions.duplicateName',
    });
  });

  it("a region's matrix starts from the national one in force and is versioned independently of it", () => {
    const w = baselineWorkspace(tempBackend, 1000);
    w.ok('baseline.saveTransitionCell', { initialCode: 2, finalCode: 3, meaning: -1, rationale: 'Rangeland ploughed for crops degrades soils.' });
    const [coast] = w.ok('baseline.saveRegions', { regions: [{ name: 'Coast', areaKm2: 400 }, { name: 'Highlands', areaKm2: 600 }] }).regions;
    expect(coast!.transitionMatrix).toMatchObject({ version: 1, isGpgDefault: false });
    expect(meaningOf(coast!.transitionMatrix.cells, 2, 3)).toBe(-1);

    const edited = w.ok('baseline.saveTransitionCell', { regionId: coast!.id, initialCode: 5, finalCode: 1, meaning: 0, rationale: 'Coastal towns planting trees is not restoration.' });
    expect(edited.transitionMatrix.version).toBe(2);
    expect(meaningOf(edited.transitionMatrix.cells, 5, 1)).toBe(1);
    const region = edited.regions.find((r) => r.id === coast!.id)!;
    expect(region.transitionMatrix.version).toBe(2);
    expect(meaningOf(region.transitionMatrix.cells, 5, 1)).toBe(0);
    expect(meaningOf(edited.regions[1]!.transitionMatrix.cells, 5, 1)).toBe(1);

    expect(w.ok('baseline.transitionMatrixVersions', { regionId: coast!.id }).items.map((v) => v.version)).toEqual([2, 1]);
    expect(w.ok('baseline.transitionMatrixVersions', {}).items.map((v) => v.version)).toEqual([2, 1]);
    const reset = w.ok('baseline.resetTransitionMatrix', { regionId: coast!.id });
    expect(reset.regions[0]!.transitionMatrix).toMatchObject({ version: 3, isGpgDefault: true });
    expect(meaningOf(reset.regions[0]!.transitionMatrix.cells, 2, 3)).toBe(1);
    expect(reset.transitionMatrix.version).toBe(2);
  });

  it('removing a region takes its matrix with it; its id is refused afterwards', () => {
    const w = baselineWorkspace(tempBackend, 1000);
    const [coast, highlands] = w.ok('baseline.saveRegions', { regions: [{ name: 'Coast', areaKm2: 400 }, { name: 'Highlands', areaKm2: 600 }] }).regions;
    const data = w.ok('baseline.saveRegions', { regions: [{ id: highlands!.id, name: 'Whole country', areaKm2: 1000 }] });
    expect(data.regions.map((r) => r.name)).toEqual(['Whole country']);
    expect(w.fails('baseline.transitionMatrixVersions', { regionId: coast!.id }).code).toBe('not_found');
    expect(w.fails('baseline.saveTransitionCell', { regionId: coast!.id, initialCode: 1, finalCode: 2, meaning: 0, rationale: 'x' }).code).toBe('not_found');
    // An empty list goes back to one national matrix.
    expect(w.ok('baseline.saveRegions', { regions: [] }).regions).toEqual([]);
  });
});
