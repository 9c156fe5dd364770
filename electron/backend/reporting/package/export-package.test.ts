import ExcelJS from 'exceljs';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KENYA, useTempBackend } from '../../test-support';
import { sha256 } from './build-package';
import { readZip, reportingWorkspace, square, text } from './test-fixture';

const tempBackend = useTempBackend();

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-02T08:09:10.123Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

function exportInto(w: ReturnType<typeof reportingWorkspace>, folder: string) {
  const outDir = join(w.dir, folder);
  mkdirSync(outDir);
  return w.ok('reporting.exportPackage', { outDir });
}

describe('reporting.exportPackage', () => {
  it('writes one zip named after the country, cycle and UTC time, whose files all match the manifest', () => {
    const w = reportingWorkspace(tempBackend);
    const { path, manifest } = exportInto(w, 'out');
    expect(path).toBe(join(w.dir, 'out', 'KEN_LDN_2026_20261102T080910Z.zip'));
    expect(readdirSync(join(w.dir, 'out'))).toEqual(['KEN_LDN_2026_20261102T080910Z.zip']);

    const { manifest: stored, files } = readZip(path);
    expect(stored).toEqual(manifest);
    expect(manifest).toMatchObject({ countryIso3: 'KEN', reportingCycle: 2026, units: { area: 'km2' }, licence: { id: 'CC-BY-NC-4.0' }, createdUtc: '2026-11-02T08:09:10.123Z' });
    expect(manifest.periods.map((p) => p.key)).toEqual(['baseline', 'report_1', 'report_2']);
    expect(manifest.validation).toMatchObject({ passed: true, errorCount: 0 });
    expect(Object.keys(files).sort()).toEqual(['manifest.json', ...manifest.files.map((f) => f.path)].sort());
    for (const file of manifest.files) {
      expect(sha256(files[file.path]!), file.path).toBe(file.sha256);
      expect(files[file.path]!.length, file.path).toBe(file.bytes);
    }
    const paths = manifest.files.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['te/KEN_summary.json', 'te/KEN_aoi.geojson', 'prais/KEN_PRAIS_tables.xlsx', 'prais/CP-1.T1_land_area.csv', 'prais/SO1-VT.T1_voluntary_targets.csv', 'spatial/targets.geojson', 'spatial/targets.simplified.geojson', 'spatial/aoi.geojson', 'metadata/consultations.json', 'app/workspace.json']));
  });

  it('writes the PRAIS tables as UTF-8 CSV with a BOM, numbers as numbers and text quoted per RFC 4180', () => {
    const w = reportingWorkspace(tempBackend);
    const { files } = readZip(exportInto(w, 'out').path);
    const landArea = text(files['prais/CP-1.T1_land_area.csv']);
    expect(landArea).toBe('\uFEFFyear,total_land_km2,water_km2,total_country_km2,origin\r\n2000,569140,11230,580370,national\r\n2015,569140,11230,580370,national\r\n');
    const targets = text(files['prais/SO1-VT.T1_voluntary_targets.csv']).split('\r\n');
    expect(targets[0]).toMatch(/^\uFEFFtarget_uid,parent_target_uid,target,level_of_application,location,total_target_area_km2,expected_year,status/);
    // A formula-like text is defused with an apostrophe; quotes are doubled inside a quoted field.
    expect(targets.find((line) => line.startsWith(w.sub.id))).toContain(`,"'=Reforest 250 km², ""Rift Valley"", 2030",subnational,Rift Valley,250,2030,`);
  });

  it('writes the same tables into one workbook, one sheet per PRAIS table ID, readable by exceljs', async () => {
    const w = reportingWorkspace(tempBackend);
    const { manifest, files } = readZip(exportInto(w, 'out').path);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(files['prais/KEN_PRAIS_tables.xlsx']!) as unknown as ArrayBuffer);
    const tableIds = manifest.files.filter((f) => f.role === 'prais:table').map((f) => f.tableId);
    expect(workbook.worksheets.map((s) => s.name).sort()).toEqual([...tableIds].sort());
    const landArea = workbook.getWorksheet('CP-1.T1')!;
    expect(landArea.getRow(1).values).toEqual([undefined, 'year', 'total_land_km2', 'water_km2', 'total_country_km2', 'origin']);
    expect(landArea.getRow(2).values).toEqual([undefined, 2000, 569140, 11230, 580370, 'national']);
    const summary = workbook.getWorksheet('SO1-4.T2')!;
    // No method ticked: the three last cells are empty, so exceljs reads no value for them.
    expect(summary.getRow(2).values).toEqual([undefined, 'baseline', 20000, 500000, 45000.5, 4139.5]);
    const targets = workbook.getWorksheet('SO1-VT.T1')!;
    const subRow = targets.getRows(2, targets.rowCount - 1)!.find((r) => r.getCell(1).value === w.sub.id)!;
    expect(subRow.getCell(3).value).toBe('=Reforest 250 km², "Rift Valley", 2030');
    expect(subRow.getCell(6).value).toBe(250);
  });

  it('generates a Trends.Earth summary from the national data that Trends.Earth import reads back into the same tables', () => {
    const w = reportingWorkspace(tempBackend);
    const { files } = readZip(exportInto(w, 'out').path);
    const summaryBytes = Buffer.from(files['te/KEN_summary.json']!);
    interface GeneratedSummary {
      metadata: { date: string };
      land_condition: Record<string, { period_assessment: { land_cover: { transition_matrix: { definitions: { transitions: unknown[] } } } } }>;
    }
    const summary = JSON.parse(summaryBytes.toString('utf8')) as GeneratedSummary;
    expect(Object.keys(summary)).toEqual(['metadata', 'land_condition', 'affected_population']);
    expect(Object.keys(summary.land_condition)).toEqual(['baseline']);
    expect(Object.keys(summary.land_condition.baseline!)).toEqual(['period_assessment', 'status_assessment', 'change_assessment']);
    expect(summary.metadata.date).toBe('2026-11-02T08:09:10+00:00');
    expect(summary.land_condition.baseline!.period_assessment.land_cover.transition_matrix.definitions.transitions).toHaveLength(49);

    const fresh = tempBackend();
    fresh.ok('workspace.create', { ...KENYA, path: join(fresh.dir, 'fresh.ldnw') });
    const preview = fresh.ok('baseline.previewTrendsEarth', { fileName: 'KEN_summary.json', bytesBase64: summaryBytes.toString('base64') });
    expect(preview.files).toEqual([expect.objectContaining({ kind: 'land-condition', layout: '2025' })]);
    const total = 20_000 + 500_000 + 45_000.5 + 4_139.5;
    expect(preview.tables).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ tableId: 'SO1-1.T7', periodKey: 'baseline', totalKm2: total }),
        expect.objectContaining({ tableId: 'SO1-2.T3', periodKey: 'baseline', totalKm2: total }),
        expect.objectContaining({ tableId: 'SO1-3.T2', periodKey: 'baseline', totalKm2: total }),
        expect.objectContaining({ tableId: 'SO1-4.T2', periodKey: 'baseline', totalKm2: total }),
        expect.objectContaining({ tableId: 'SO1-1.T5', periodKey: 'baseline', totalKm2: 49_000 }),
        expect.objectContaining({ tableId: 'SO1-1.T4', periodKey: null }),
        expect.objectContaining({ tableId: 'SO1-3.T1', periodKey: null }),
      ]),
    );
    const imported = fresh.ok('baseline.importTrendsEarth', { fileName: 'KEN_summary.json', bytesBase64: summaryBytes.toString('base64') }).data;
    expect(imported.socStocks).toEqual([{ year: 2015, classCode: 1, tonnesPerHa: 62.5 }, { year: 2015, classCode: 3, tonnesPerHa: 41 }]);
    expect(imported.landCoverExtent).toHaveLength(14);
  });

  it('exports byte-identical files for the same workspace; only the name, the manifest time and the summary date move', () => {
    const w = reportingWorkspace(tempBackend);
    const first = readZip(exportInto(w, 'a').path);
    vi.setSystemTime(new Date('2026-11-03T10:00:00.000Z'));
    const second = readZip(exportInto(w, 'b').path);
    const hashes = (m: typeof first.manifest) => m.files.map((f) => `${f.path} ${f.sha256}`);
    const moving = 'te/KEN_summary.json';
    expect(hashes(second.manifest).filter((h) => !h.startsWith(moving))).toEqual(hashes(first.manifest).filter((h) => !h.startsWith(moving)));
    const undated = (files: Record<string, Uint8Array>) => text(files[moving]).replace(/"date": "[^"]+"/, '');
    expect(undated(second.files)).toBe(undated(first.files));
    expect(second.manifest.createdUtc).toBe('2026-11-03T10:00:00.000Z');
  });

  it('passes imported Trends.Earth files through byte for byte instead of generating one', () => {
    const w = reportingWorkspace(tempBackend);
    const teBytes = Buffer.from(JSON.stringify(JSON.parse(text(readZip(exportInto(w, 'gen').path).files['te/KEN_summary.json']))));
    w.ok('baseline.importTrendsEarth', { fileName: 'job42_summary.json', bytesBase64: teBytes.toString('base64') });
    const { manifest, files } = readZip(exportInto(w, 'out').path);
    expect(manifest.files.filter((f) => f.path.startsWith('te/'))).toEqual([expect.objectContaining({ path: 'te/job42_summary.json', role: 'te:imported', sha256: sha256(teBytes) })]);
    expect(Buffer.from(files['te/job42_summary.json']!).equals(teBytes)).toBe(true);
  });

  it('refuses a folder it cannot write to with a message at the folder, and leaves no file behind', () => {
    const w = reportingWorkspace(tempBackend);
    const missing = join(w.dir, 'no-such-folder');
    const error = w.fails('reporting.exportPackage', { outDir: missing });
    expect(error).toMatchObject({ code: 'validation', messageKey: 'errors:reporting.package.cannotWrite', details: { fields: [{ path: ['outDir'], params: { path: missing } }] } });
    expect(existsSync(missing)).toBe(false);

    const aFile = join(w.dir, 'a-file');
    writeFileSync(aFile, 'x');
    expect(w.fails('reporting.exportPackage', { outDir: aFile }).messageKey).toBe('errors:reporting.package.cannotWrite');
  });

  it('does not overwrite a package of the same name', () => {
    const w = reportingWorkspace(tempBackend);
    const { path } = exportInto(w, 'out');
    const before = sha256(readZip(path).files['manifest.json']!);
    expect(w.fails('reporting.exportPackage', { outDir: join(w.dir, 'out') })).toMatchObject({ code: 'file_exists', messageKey: 'errors:reporting.package.fileExists' });
    expect(sha256(readZip(path).files['manifest.json']!)).toBe(before);
    expect(readdirSync(join(w.dir, 'out'))).toHaveLength(1);
  });

  it('refuses to export while validation finds errors, saying how many', () => {
    const w = reportingWorkspace(tempBackend);
    // A national target drawn on the map is an error of the checklist (PRAIS disables its area).
    w.ok('maps.setGeometry', { ownerEntity: 'target', ownerId: w.national.id, geometry: square(36.5, -0.5, 0.1) });
    const errors = w.ok('reporting.validate', {}).errors.length;
    expect(errors).toBeGreaterThan(0);
    const outDir = join(w.dir, 'out');
    mkdirSync(outDir);
    expect(w.fails('reporting.exportPackage', { outDir })).toMatchObject({ code: 'validation', messageKey: 'errors:reporting.package.validationErrors', details: { count: errors } });
    expect(readdirSync(outDir)).toEqual([]);
  });
});
