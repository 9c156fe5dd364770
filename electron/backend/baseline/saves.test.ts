import { describe, expect, it } from 'vitest';
import type { CommandInput } from '../../../shared/contract';
import { useTempBackend } from '../test-support';
import { baselineWorkspace, fullMatrix } from './test-fixture';

const tempBackend = useTempBackend();
const MISSING = '01900000-0000-7000-8000-000000000000';

describe('baseline saves of national data', () => {
  it('saves CP-1.T1 with its source and marks the table national', () => {
    const w = baselineWorkspace(tempBackend);
    const source = w.ok('baseline.saveSource', { title: 'National land cover map 2015', licence: 'CC-BY-4.0' });
    const data = w.ok('baseline.saveLandArea', { rows: [{ year: 2015, landKm2: 569_140, waterKm2: 11_230 }], sourceId: source.id, comment: 'KNBS 2019 census' });
    expect(data.landArea).toEqual([{ year: 2015, landKm2: 569_140, waterKm2: 11_230 }]);
    expect(data.provenance).toEqual([expect.objectContaining({ tableId: 'CP-1.T1', periodKey: null, origin: 'national', sourceId: source.id, comment: 'KNBS 2019 census' })]);
    expect(data.sources.map((s) => s.title)).toEqual(['National land cover map 2015']);
  });

  it('saving the same values again writes nothing to the change log', () => {
    const w = baselineWorkspace(tempBackend);
    const input: CommandInput<'baseline.saveLandCoverExtent'> = { rows: [{ year: 2000, classCode: 1, areaKm2: 300 }, { year: 2000, classCode: 2, areaKm2: 400 }] };
    w.ok('baseline.saveLandCoverExtent', input);
    const before = w.changeLogCount();
    w.ok('baseline.saveLandCoverExtent', input);
    expect(w.changeLogCount()).toBe(before);
  });

  it('refuses extents of a year above that year\'s CP-1.T1 land + water, at the offending row', () => {
    const w = baselineWorkspace(tempBackend);
    w.ok('baseline.saveLandArea', { rows: [{ year: 2015, landKm2: 900, waterKm2: 100 }] });
    const error = w.fails('baseline.saveLandCoverExtent', { rows: [{ year: 2015, classCode: 1, areaKm2: 600 }, { year: 2015, classCode: 2, areaKm2: 400.5 }] });
    expect(error.details?.fields).toEqual([{ path: ['rows', 1, 'areaKm2'], messageKey: 'errors:baseline.exceedsLandArea', params: { max: 1000 } }]);
    expect(w.ok('baseline.get', {}).landCoverExtent).toEqual([]);
    // Exactly the total is fine.
    expect(w.ok('baseline.saveLandCoverExtent', { rows: [{ year: 2015, classCode: 1, areaKm2: 600 }, { year: 2015, classCode: 2, areaKm2: 400 }] }).landCoverExtent).toHaveLength(2);
  });

  it('checks extents of a year without CP-1.T1 against the workspace land area', () => {
    const w = baselineWorkspace(tempBackend, 1_000);
    const error = w.fails('baseline.saveLandCoverExtent', { rows: [{ year: 2023, classCode: 3, areaKm2: 1_001 }] });
    expect(error.details?.fields?.[0]).toMatchObject({ path: ['rows', 0, 'areaKm2'], params: { max: 1_000 } });
  });

  it('refuses a land area smaller than the extents already stored for that year', () => {
    const w = baselineWorkspace(tempBackend);
    w.ok('baseline.saveLandCoverExtent', { rows: [{ year: 2019, classCode: 1, areaKm2: 800 }] });
    const error = w.fails('baseline.saveLandArea', { rows: [{ year: 2019, landKm2: 700, waterKm2: 50 }] });
    expect(error.details?.fields).toEqual([{ path: ['rows', 0, 'landKm2'], messageKey: 'errors:baseline.landAreaBelowExtent', params: { min: 800 } }]);
  });

  it('saves a complete change matrix and refuses one with a missing or repeated cell', () => {
    const w = baselineWorkspace(tempBackend);
    const cells = fullMatrix(10);
    const data = w.ok('baseline.saveLandCoverChange', { periodKey: 'baseline', cells });
    expect(data.landCoverChange).toEqual([{ periodKey: 'baseline', cells }]);
    expect(data.provenance[0]).toMatchObject({ tableId: 'SO1-1.T5', periodKey: 'baseline', origin: 'national' });

    const missing = w.fails('baseline.saveLandCoverChange', { periodKey: 'report_1', cells: cells.slice(1) });
    expect(missing.details?.fields).toEqual([{ path: ['cells'], messageKey: 'errors:baseline.matrixIncomplete', params: { expected: 49, actual: 48 } }]);
    const repeated = w.fails('baseline.saveLandCoverChange', { periodKey: 'report_1', cells: [...cells.slice(1), cells[2]!] });
    expect(repeated.details?.fields?.[0]).toMatchObject({ messageKey: 'errors:baseline.matrixIncomplete', params: { actual: 48 } });
    expect(w.ok('baseline.get', {}).landCoverChange.map((c) => c.periodKey)).toEqual(['baseline']);
  });

  it('refuses a summary whose four areas exceed the land area by more than 0.5 %', () => {
    const w = baselineWorkspace(tempBackend, 1_000);
    const areas = (degradedKm2: number) => ({ improvedKm2: 100, stableKm2: 700, degradedKm2, noDataKm2: 0 });
    // 1,005 km² is within 0.5 % of 1,000 km²; 1,005.1 is not.
    expect(w.ok('baseline.saveSummary', { indicator: 'sdg', periodKey: 'baseline', areas: areas(205) }).summaries).toEqual([
      { indicator: 'sdg', periodKey: 'baseline', areas: areas(205) },
    ]);
    const error = w.fails('baseline.saveSummary', { indicator: 'productivity', periodKey: 'report_2', areas: areas(205.1) });
    expect(error.details?.fields).toEqual([{ path: ['areas'], messageKey: 'errors:baseline.exceedsLandArea', params: { max: 1_000 } }]);
  });

  it('checks a reporting period against CP-1.T1 of its last year', () => {
    const w = baselineWorkspace(tempBackend);
    w.ok('baseline.saveLandArea', { rows: [{ year: 2019, landKm2: 480, waterKm2: 20 }] });
    const error = w.fails('baseline.saveLpd', { periodKey: 'report_1', cells: [{ classCode: 1, lpdCode: 5, areaKm2: 300 }, { classCode: 2, lpdCode: 1, areaKm2: 210 }] });
    expect(error.details?.fields).toEqual([{ path: ['cells'], messageKey: 'errors:baseline.exceedsLandArea', params: { max: 500 } }]);
    const data = w.ok('baseline.saveLpd', { periodKey: 'report_1', cells: [{ classCode: 1, lpdCode: 5, areaKm2: 300 }, { classCode: 2, lpdCode: -32768, areaKm2: 200 }] });
    expect(data.lpd).toEqual([{ periodKey: 'report_1', cells: [{ classCode: 1, lpdCode: 5, areaKm2: 300 }, { classCode: 2, lpdCode: -32768, areaKm2: 200 }] }]);
    expect(data.provenance.find((p) => p.tableId === 'SO1-2.T2')).toMatchObject({ periodKey: 'report_1', origin: 'national' });
  });

  it('saves SOC stocks with their tier, and the SDG method of a period', () => {
    const w = baselineWorkspace(tempBackend);
    w.ok('baseline.saveSocStocks', { rows: [{ year: 2000, classCode: 1, tonnesPerHa: 70 }], tier: '1' });
    const data = w.ok('baseline.saveSocStocks', { rows: [{ year: 2000, classCode: 1, tonnesPerHa: 68.5 }], tier: '2' });
    expect(data.socStocks).toEqual([{ year: 2000, classCode: 1, tonnesPerHa: 68.5 }]);
    expect(data.socTier).toBe('2');
    const method = w.ok('baseline.saveSdgMethod', { periodKey: 'report_2', method: 'other', methodText: 'Weighted evidence', confidence: 'medium' });
    expect(method.sdgMethods).toEqual([{ periodKey: 'report_2', method: 'other', methodText: 'Weighted evidence', confidence: 'medium' }]);
  });

  it('refuses a row given twice, an unknown class and an unknown source', () => {
    const w = baselineWorkspace(tempBackend);
    const twice = w.fails('baseline.saveSocStocks', { rows: [{ year: 2000, classCode: 1, tonnesPerHa: 70 }, { year: 2000, classCode: 1, tonnesPerHa: 71 }], tier: '1' });
    expect(twice.details?.fields).toEqual([{ path: ['rows', 1], messageKey: 'errors:baseline.duplicateRow' }]);
    const unknownClass = w.fails('baseline.saveLandCoverExtent', { rows: [{ year: 2000, classCode: 8, areaKm2: 1 }] });
    expect(unknownClass.details?.fields?.[0]).toMatchObject({ path: ['rows', 0, 'classCode'], messageKey: 'errors:baseline.unknownLandCoverClass' });
    const unknownSource = w.fails('baseline.saveLandArea', { rows: [{ year: 2000, landKm2: 10, waterKm2: 0 }], sourceId: MISSING });
    expect(unknownSource).toMatchObject({ code: 'not_found', details: { fields: [{ path: ['sourceId'], messageKey: 'errors:baseline.sourceNotFound' }] } });
    expect(w.ok('baseline.get', {}).landArea).toEqual([]);
  });
});

describe('data sources', () => {
  it('edits a source and refuses to delete it while a table names it', () => {
    const w = baselineWorkspace(tempBackend);
    const source = w.ok('baseline.saveSource', { title: 'ESA CCI', licence: 'custom', customLicenceText: 'ESA CCI data policy' });
    const edited = w.ok('baseline.saveSource', { id: source.id, title: 'ESA CCI land cover', licence: 'CC-BY-4.0', customLicenceText: 'left over' });
    expect(edited).toMatchObject({ title: 'ESA CCI land cover', licence: 'CC-BY-4.0', customLicenceText: null });
    w.ok('baseline.saveSummary', { indicator: 'land_cover', periodKey: 'baseline', areas: { improvedKm2: 1, stableKm2: 2, degradedKm2: 3, noDataKm2: 0 }, sourceId: source.id });

    const refused = w.fails('baseline.deleteSource', { id: source.id });
    expect(refused).toMatchObject({ code: 'conflict', messageKey: 'errors:baseline.sourceInUse', details: { tables: ['SO1-1.T7'] } });

    // Once the table names another source, the first one can go.
    const other = w.ok('baseline.saveSource', { title: 'National map' });
    w.ok('baseline.saveSummary', { indicator: 'land_cover', periodKey: 'baseline', areas: { improvedKm2: 1, stableKm2: 2, degradedKm2: 3, noDataKm2: 0 }, sourceId: other.id });
    expect(w.ok('baseline.deleteSource', { id: source.id })).toEqual({ id: source.id });
    expect(w.ok('baseline.get', {}).sources.map((s) => s.title)).toEqual(['National map']);
  });

  it('refuses a custom licence without its text', () => {
    const w = baselineWorkspace(tempBackend);
    expect(w.fails('baseline.saveSource', { title: 'X', licence: 'custom' }).details?.fields).toEqual([
      { path: ['customLicenceText'], messageKey: 'errors:baseline.customLicenceText' },
    ]);
  });
});
