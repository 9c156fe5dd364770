import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { CommandInput } from '../../../shared/contract';
import { useTempBackend } from '../test-support';
import { baselineWorkspace } from './test-fixture';

const tempBackend = useTempBackend();

const HOTSPOT: CommandInput<'baseline.saveHotBrightSpot'> = {
  kind: 'hotspot',
  name: 'Lake Baringo catchment',
  areaKm2: 420.5,
  driversProcesses: 'Overgrazing, gully erosion',
  actionsTaken: 'Exclosures on 40 km²',
};

const FALSE_POSITIVE: CommandInput<'baseline.saveFalsePosNeg'> = {
  kind: 'false_positive',
  locationName: 'Tana River floodplain',
  areaKm2: 35,
  process: 'Seasonal flooding read as loss of productivity',
  basis: 'Field visit 2024',
  periodStarted: 2016,
};

/** The change log entries of one entity, oldest first. */
function historyOf(path: string, entityId: string): { operation: string; field: string | null }[] {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare('SELECT operation, field FROM change_log WHERE entity_id = ? ORDER BY rowid').all(entityId) as { operation: string; field: string | null }[];
  } finally {
    db.close();
  }
}

describe('SO1-4.T4/T5 hotspots and brightspots', () => {
  it('saves a hotspot, edits it, and clears the fields left out', () => {
    const w = baselineWorkspace(tempBackend);
    const [saved] = w.ok('baseline.saveHotBrightSpot', HOTSPOT).hotBrightSpots;
    expect(saved).toMatchObject({ kind: 'hotspot', name: 'Lake Baringo catchment', areaKm2: 420.5, actionsTaken: 'Exclosures on 40 km²', actionsPlanned: null, story: null });

    const edited = w.ok('baseline.saveHotBrightSpot', { id: saved!.id, kind: 'brightspot', name: 'Baringo restored', areaKm2: 12, story: 'Grass came back.' }).hotBrightSpots;
    expect(edited).toEqual([expect.objectContaining({ id: saved!.id, kind: 'brightspot', name: 'Baringo restored', areaKm2: 12, driversProcesses: null, story: 'Grass came back.' })]);
    expect(w.ok('baseline.getSites', {}).hotBrightSpots).toEqual(edited);
  });

  it('refuses an area above the land area at the field, and saves nothing', () => {
    const w = baselineWorkspace(tempBackend, 1_000);
    const error = w.fails('baseline.saveHotBrightSpot', { ...HOTSPOT, areaKm2: 1_000.5 });
    expect(error.details?.fields).toEqual([{ path: ['areaKm2'], messageKey: 'errors:baseline.siteExceedsLandArea', params: { max: 1_000 } }]);
    expect(w.ok('baseline.getSites', {}).hotBrightSpots).toEqual([]);
    // The whole land area is still a plausible site.
    expect(w.ok('baseline.saveHotBrightSpot', { ...HOTSPOT, areaKm2: 1_000 }).hotBrightSpots).toHaveLength(1);
  });

  it('refuses a negative area, a blank name and an unknown type at their fields', () => {
    const w = baselineWorkspace(tempBackend);
    const error = w.fails('baseline.saveHotBrightSpot', { ...HOTSPOT, areaKm2: -1, name: '  ', kind: 'coldspot' as never });
    expect(error.details?.fields?.map((f) => f.path[0]).sort()).toEqual(['areaKm2', 'kind', 'name']);
  });

  it('deletes a brightspot and restores it, each step in the history', () => {
    const w = baselineWorkspace(tempBackend);
    const [spot] = w.ok('baseline.saveHotBrightSpot', { ...HOTSPOT, kind: 'brightspot' }).hotBrightSpots;
    expect(w.ok('baseline.deleteSite', { table: 'hot_bright_spot', id: spot!.id }).hotBrightSpots).toEqual([]);
    expect(w.fails('baseline.saveHotBrightSpot', { ...HOTSPOT, id: spot!.id }).code).toBe('not_found');
    expect(w.ok('baseline.restoreSite', { table: 'hot_bright_spot', id: spot!.id }).hotBrightSpots).toEqual([expect.objectContaining({ id: spot!.id, kind: 'brightspot' })]);
    expect(historyOf(w.path, spot!.id).map((e) => e.operation)).toEqual([...Array<string>(8).fill('insert'), 'delete', 'restore']);
  });
});

describe('SO1-4.T3 false positives and negatives', () => {
  it('saves and edits a false positive with the year its process started', () => {
    const w = baselineWorkspace(tempBackend);
    const [saved] = w.ok('baseline.saveFalsePosNeg', FALSE_POSITIVE).falsePosNeg;
    expect(saved).toMatchObject({ kind: 'false_positive', locationName: 'Tana River floodplain', areaKm2: 35, periodStarted: 2016 });
    const before = w.changeLogCount();
    const [edited] = w.ok('baseline.saveFalsePosNeg', { ...FALSE_POSITIVE, id: saved!.id, kind: 'false_negative' }).falsePosNeg;
    expect(edited).toMatchObject({ id: saved!.id, kind: 'false_negative', basis: 'Field visit 2024' });
    // Only the type changed, so only the type is logged.
    expect(w.changeLogCount()).toBe(before + 1);
    expect(historyOf(w.path, saved!.id).at(-1)).toEqual({ operation: 'update', field: 'kind' });
  });

  it('refuses a start year before 1900 or after this year, and a missing location name, at the field', () => {
    const w = baselineWorkspace(tempBackend);
    const nextYear = new Date().getUTCFullYear() + 1;
    for (const periodStarted of [1899, nextYear]) {
      const error = w.fails('baseline.saveFalsePosNeg', { ...FALSE_POSITIVE, periodStarted });
      expect(error.details?.fields).toEqual([{ path: ['periodStarted'], messageKey: 'errors:baseline.periodStartedYear' }]);
    }
    const unnamed = w.fails('baseline.saveFalsePosNeg', { ...FALSE_POSITIVE, locationName: '' });
    expect(unnamed.details?.fields).toEqual([{ path: ['locationName'], messageKey: 'errors:field.required' }]);
    expect(w.ok('baseline.getSites', {}).falsePosNeg).toEqual([]);
  });

  it('deletes and restores a false negative without touching the hotspots', () => {
    const w = baselineWorkspace(tempBackend);
    w.ok('baseline.saveHotBrightSpot', HOTSPOT);
    const [row] = w.ok('baseline.saveFalsePosNeg', FALSE_POSITIVE).falsePosNeg;
    const afterDelete = w.ok('baseline.deleteSite', { table: 'false_pos_neg', id: row!.id });
    expect(afterDelete.falsePosNeg).toEqual([]);
    expect(afterDelete.hotBrightSpots).toHaveLength(1);
    expect(w.fails('baseline.deleteSite', { table: 'hot_bright_spot', id: row!.id }).code).toBe('not_found');
    expect(w.ok('baseline.restoreSite', { table: 'false_pos_neg', id: row!.id }).falsePosNeg).toHaveLength(1);
  });
});

describe('SO1-1.T1 key degradation processes', () => {
  it('keeps the ticked processes, one row each, with a title for "other"', () => {
    const w = baselineWorkspace(tempBackend);
    const sites = w.ok('baseline.saveProcesses', { codes: ['deforestation', 'other'], otherTitle: 'Salinisation' });
    expect(sites.processes.map((p) => [p.code, p.otherTitle])).toEqual([
      ['deforestation', null],
      ['other', 'Salinisation'],
    ]);
  });

  it('unticking leaves a tombstone and ticking again brings the same row back', () => {
    const w = baselineWorkspace(tempBackend);
    const [first] = w.ok('baseline.saveProcesses', { codes: ['inundation'] }).processes;
    expect(w.ok('baseline.saveProcesses', { codes: ['urban_expansion'] }).processes.map((p) => p.code)).toEqual(['urban_expansion']);
    const again = w.ok('baseline.saveProcesses', { codes: ['urban_expansion', 'inundation'] }).processes;
    expect(again.find((p) => p.code === 'inundation')?.id).toBe(first!.id);
    expect(historyOf(w.path, first!.id).map((e) => e.operation)).toEqual(['insert', 'insert', 'delete', 'restore']);
  });

  it('refuses "other" without a title at the title field', () => {
    const w = baselineWorkspace(tempBackend);
    const error = w.fails('baseline.saveProcesses', { codes: ['other'], otherTitle: '   ' });
    expect(error.details?.fields).toEqual([{ path: ['otherTitle'], messageKey: 'errors:baseline.otherProcessTitle' }]);
    expect(w.ok('baseline.getSites', {}).processes).toEqual([]);
  });
});
