import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempBackend } from '../test-support';
import { baselineWorkspace, teFixture, upload } from './test-fixture';
import { tarGz } from './trends-earth/tar-gz.test-support';

const tempBackend = useTempBackend();
const LC_2025 = 'land-condition-2025.summary.json';

describe('Trends.Earth import, 2025+ layout', () => {
  it('previews without writing, then imports every table with the hand-checked numbers', () => {
    const w = baselineWorkspace(tempBackend);
    const before = w.changeLogCount();
    const preview = w.ok('baseline.previewTrendsEarth', upload(LC_2025, teFixture(LC_2025)));
    expect(w.changeLogCount()).toBe(before);
    expect(preview.files).toEqual([expect.objectContaining({ fileName: LC_2025, kind: 'land-condition', layout: '2025', trendsEarthVersion: '2.3.0', areaOfInterestName: 'Sample country', alreadyImported: false })]);
    expect(preview.tables.map((t) => `${t.tableId} ${t.periodKey}`)).toEqual(
      expect.arrayContaining(['SO1-1.T7 baseline', 'SO1-2.T3 baseline', 'SO1-3.T2 baseline', 'SO1-4.T2 baseline', 'SO1-1.T5 baseline', 'SO1-2.T1 baseline', 'SO1-1.T6 report_1', 'SO1-2.T2 report_1', 'SO1-4.T1 report_1', 'SO1-1.T4 null', 'SO1-3.T1 null']),
    );
    // Baseline change crosstab: 290 + 10 + 380 + 20 + 200 + 10 + 40 + 20 + 30 + 50 km².
    expect(preview.tables.find((t) => t.tableId === 'SO1-1.T5')?.totalKm2).toBe(1050);
    expect(preview.tables.every((t) => !t.replacesNational)).toBe(true);

    const { imports, data } = w.ok('baseline.importTrendsEarth', upload(LC_2025, teFixture(LC_2025)));
    expect(imports).toEqual([expect.objectContaining({ fileName: LC_2025, bytes: teFixture(LC_2025).length, layout: '2025', reportDate: '2026-06-15T09:30:00+00:00', packageName: null })]);

    const summary = (indicator: string, periodKey: string) => data.summaries.find((s) => s.indicator === indicator && s.periodKey === periodKey)?.areas;
    expect(summary('sdg', 'baseline')).toEqual({ improvedKm2: 100, stableKm2: 700, degradedKm2: 150, noDataKm2: 50 });
    expect(summary('land_cover', 'baseline')).toEqual({ improvedKm2: 30, stableKm2: 880, degradedKm2: 40, noDataKm2: 50 });
    expect(summary('productivity', 'baseline')).toEqual({ improvedKm2: 80, stableKm2: 720, degradedKm2: 150, noDataKm2: 50 });
    expect(summary('soc', 'baseline')).toEqual({ improvedKm2: 10, stableKm2: 840, degradedKm2: 50, noDataKm2: 100 });

    const baselineChange = data.landCoverChange.find((c) => c.periodKey === 'baseline')!.cells;
    expect(baselineChange).toHaveLength(49);
    const cell = (i: number, f: number) => baselineChange.find((c) => c.initialCode === i && c.finalCode === f)?.areaKm2;
    expect([cell(1, 1), cell(1, 3), cell(2, 1), cell(3, 5), cell(7, 7), cell(5, 1)]).toEqual([290, 10, 20, 10, 50, 0]);

    // LPD by final class: cropland declining 60, moderate decline 70, increasing 80; water body no data 50.
    const lpd = data.lpd.find((l) => l.periodKey === 'baseline')!.cells;
    expect(lpd.filter((c) => c.classCode === 3)).toEqual([
      { classCode: 3, lpdCode: 1, areaKm2: 60 },
      { classCode: 3, lpdCode: 2, areaKm2: 70 },
      { classCode: 3, lpdCode: 5, areaKm2: 80 },
    ]);
    expect(lpd.find((c) => c.classCode === 7)).toEqual({ classCode: 7, lpdCode: -32768, areaKm2: 50 });

    // Land cover 2000 from the baseline section, 2023 from report_1.
    const extent = (year: number, classCode: number) => data.landCoverExtent.find((e) => e.year === year && e.classCode === classCode)?.areaKm2;
    expect([extent(2000, 1), extent(2015, 5), extent(2023, 3)]).toEqual([300, 30, 215]);

    // SOC t/ha = tonnes / (km² × 100): 2,100,000 / 30,000 = 70 (2000); 980,000 / 21,500 ≈ 45.58 (2023).
    const soc = (year: number, classCode: number) => data.socStocks.find((s) => s.year === year && s.classCode === classCode)?.tonnesPerHa;
    expect(soc(2000, 1)).toBe(70);
    expect(soc(2000, 3)).toBe(50);
    expect(soc(2023, 3)).toBeCloseTo(45.581, 3);

    // Status from the baseline × report_1 crosstab (§4.7): e.g. class 2 = stable→degraded 70 + improved→degraded 10.
    expect(data.status).toEqual([{ periodKey: 'report_1', expandedKm2: { '1': 90, '2': 80, '3': 40, '4': 580, '5': 40, '6': 70, '7': 50, '-32768': 50 } }]);
    expect(data.provenance.every((p) => p.origin === 'imported' && p.importId === imports[0]!.id)).toBe(true);
    expect(data.imports).toEqual(imports);
  });

  it('importing the same file again changes nothing and returns the first import', () => {
    const w = baselineWorkspace(tempBackend);
    const first = w.ok('baseline.importTrendsEarth', upload(LC_2025, teFixture(LC_2025)));
    const count = w.changeLogCount();
    expect(w.ok('baseline.previewTrendsEarth', upload('renamed.json', teFixture(LC_2025))).files[0]!.alreadyImported).toBe(true);
    const again = w.ok('baseline.importTrendsEarth', upload('renamed.json', teFixture(LC_2025)));
    expect(again.imports).toEqual(first.imports);
    expect(again.data).toEqual(first.data);
    expect(w.changeLogCount()).toBe(count);
  });

  it('says which national tables an import replaces, and replaces them', () => {
    const w = baselineWorkspace(tempBackend);
    w.ok('baseline.saveSummary', { indicator: 'sdg', periodKey: 'baseline', areas: { improvedKm2: 1, stableKm2: 2, degradedKm2: 3, noDataKm2: 4 } });
    const preview = w.ok('baseline.previewTrendsEarth', upload(LC_2025, teFixture(LC_2025)));
    expect(preview.tables.filter((t) => t.replacesNational).map((t) => `${t.tableId} ${t.periodKey}`)).toEqual(['SO1-4.T2 baseline']);
    const { data } = w.ok('baseline.importTrendsEarth', upload(LC_2025, teFixture(LC_2025)));
    expect(data.provenance.find((p) => p.tableId === 'SO1-4.T2' && p.periodKey === 'baseline')?.origin).toBe('imported');
  });
});

describe('Trends.Earth import, 2022 layout', () => {
  it('imports the baseline and the progress report as report_1, in km², and warns about the years PRAIS does not ask for', () => {
    const w = baselineWorkspace(tempBackend);
    const name = 'land-condition-2022.summary.json';
    const preview = w.ok('baseline.previewTrendsEarth', upload(name, teFixture(name)));
    expect(preview.warnings).toContainEqual(expect.objectContaining({ messageKey: 'errors:baseline.te.yearSkipped', params: { year: 2001 } }));
    const { data } = w.ok('baseline.importTrendsEarth', upload(name, teFixture(name)));
    // The progress SDG summary is in hectares: 12,000 ha = 120 km².
    expect(data.summaries.find((s) => s.indicator === 'sdg' && s.periodKey === 'report_1')?.areas).toEqual({ improvedKm2: 120, stableKm2: 660, degradedKm2: 170, noDataKm2: 50 });
    expect(data.landCoverChange.map((c) => c.periodKey)).toEqual(['baseline']);
    // SOC 2015: 2,050,000 t / (310 km² × 100) ≈ 66.13 t/ha.
    expect(data.socStocks.find((s) => s.year === 2015 && s.classCode === 1)?.tonnesPerHa).toBeCloseTo(66.129, 3);
    expect(data.socStocks.some((s) => s.year !== 2015)).toBe(false);
  });
});

describe('Trends.Earth counterbalancing import', () => {
  it('creates the land types it does not find, updates those it finds by code, and keeps their observed gains and losses', () => {
    const w = baselineWorkspace(tempBackend);
    const existing = w.ok('landtypes.save', { code: '11', name: 'Cropland, Vertisols (national name)' });
    const preview = w.ok('baseline.previewTrendsEarth', upload('counterbalancing.json', teFixture('counterbalancing.json')));
    expect(preview.landTypes).toEqual([
      { name: 'Cropland on Vertisols', gainsKm2: 12.5, lossesKm2: 8, exists: true },
      { name: 'Grassland on Arenosols', gainsKm2: 3, lossesKm2: 7.25, exists: false },
    ]);
    const { imports } = w.ok('baseline.importTrendsEarth', upload('counterbalancing.json', teFixture('counterbalancing.json')));
    expect(imports[0]).toMatchObject({ kind: 'counterbalancing', layout: 'te-algorithms', trendsEarthVersion: '2.3.0' });
    const landTypes = w.ok('landtypes.list', { includeDeleted: false }).items;
    expect(landTypes.map((t) => [t.code, t.name])).toEqual([
      ['11', 'Cropland, Vertisols (national name)'],
      ['21', 'Grassland on Arenosols'],
    ]);
    const observed = observedBalance(w.path);
    expect(observed).toEqual([
      { landTypeId: existing.id, gainsKm2: 12.5, lossesKm2: 8, importId: imports[0]!.id },
      { landTypeId: landTypes[1]!.id, gainsKm2: 3, lossesKm2: 7.25, importId: imports[0]!.id },
    ]);
  });
});

describe('Trends.Earth package (.tar.gz)', () => {
  it('imports the summaries of a package and passes over its other files, however large its rasters', { timeout: 30_000 }, async () => {
    const w = baselineWorkspace(tempBackend);
    const bandKey = Buffer.from(JSON.stringify({ bands: [{ name: 'SDG 15.3.1' }] }));
    const pkg = await tarGz([
      { name: 'job_summary.json', bytes: teFixture(LC_2025) },
      { name: 'job_band_key.json', bytes: bandKey },
      { name: 'job_aoi.geojson', bytes: Buffer.from('{"type":"FeatureCollection","features":[]}') },
      // Larger than any JSON member may be: rasters are not read, so they are not refused either.
      { name: 'rasters/sdg.tif', bytes: Buffer.alloc(80 * 1024 * 1024, 7) },
    ]);
    const preview = w.ok('baseline.previewTrendsEarth', upload('unccd_report.tar.gz', pkg));
    expect(preview.files.map((f) => f.fileName)).toEqual(['job_summary.json']);
    const { imports } = w.ok('baseline.importTrendsEarth', upload('unccd_report.tar.gz', pkg));
    expect(imports).toEqual([expect.objectContaining({ fileName: 'job_summary.json', packageName: 'unccd_report.tar.gz', bytes: teFixture(LC_2025).length })]);
    // The member is kept byte for byte.
    expect(storedBytes(w.path, imports[0]!.id).equals(teFixture(LC_2025))).toBe(true);
  });

  it('reads a package from a path, with a member name longer than the 100 bytes of a tar header', async () => {
    const w = baselineWorkspace(tempBackend);
    const name = `${'outputs/'.repeat(15)}job_summary.json`;
    const path = join(w.dir, 'report.tar.gz');
    writeFileSync(path, await tarGz([{ name, bytes: teFixture('counterbalancing.json') }]));
    const { imports } = w.ok('baseline.importTrendsEarth', { path });
    expect(imports).toEqual([expect.objectContaining({ fileName: name, packageName: 'report.tar.gz', kind: 'counterbalancing' })]);
  });
});


function observedBalance(path: string) {
  const db = new Database(path, { readonly: true });
  try {
    return db
      .prepare('SELECT land_type_id AS landTypeId, gains_km2 AS gainsKm2, losses_km2 AS lossesKm2, import_id AS importId FROM observed_counterbalancing WHERE deleted_at IS NULL ORDER BY gains_km2 DESC')
      .all();
  } finally {
    db.close();
  }
}

function storedBytes(path: string, importId: string): Buffer {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare('SELECT bytes FROM trends_earth_import_bytes WHERE import_id = ?').get(importId) as { bytes: Buffer }).bytes;
  } finally {
    db.close();
  }
}
