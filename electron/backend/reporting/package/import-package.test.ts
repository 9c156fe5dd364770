import Database from 'better-sqlite3';
import { zipSync } from 'fflate';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KENYA, useTempBackend } from '../../test-support';
import { teFixture } from '../../baseline/test-fixture';
import type { PackageManifest } from '../../../../shared/reporting/package-schema';
import { sha256 } from './build-package';
import { readZip, reportingWorkspace, text } from './test-fixture';

const tempBackend = useTempBackend();

/** The source workspace's package, written to disk. */
function exported() {
  const source = reportingWorkspace(tempBackend);
  const outDir = join(source.dir, 'out');
  mkdirSync(outDir);
  return { source, ...source.ok('reporting.exportPackage', { outDir }) };
}

function emptyWorkspace() {
  const target = tempBackend();
  target.ok('workspace.create', { ...KENYA, name: 'Restored', countryIso3: 'UGA', landAreaKm2: 200_000, path: join(target.dir, 'restored.ldnw') });
  return target;
}

/** Rewrites a package with `change` applied to its files, keeping the original manifest. */
function tampered(path: string, change: (files: Record<string, Uint8Array>) => void): string {
  const { files } = readZip(path);
  change(files);
  const out = path.replace(/\.zip$/, '.tampered.zip');
  writeFileSync(out, zipSync(files));
  return out;
}

/** Makes the manifest's entry for `file` match its changed bytes, as a forger would. */
function resign(files: Record<string, Uint8Array>, file: string): void {
  const manifest = JSON.parse(text(files['manifest.json'])) as PackageManifest;
  Object.assign(manifest.files.find((f) => f.path === file)!, { sha256: sha256(files[file]!), bytes: files[file]!.length });
  files['manifest.json'] = Buffer.from(JSON.stringify(manifest));
}

describe('reporting.importPackage', () => {
  it('restores a package into an empty workspace, and the restored workspace exports the same data files', () => {
    const { path, manifest } = exported();
    const target = emptyWorkspace();
    const result = target.ok('reporting.importPackage', { path });
    expect(result.restoredRecords).toBeGreaterThan(0);
    expect(result.manifest).toEqual(manifest);

    const restored = target.ok('workspace.get', {});
    expect(restored).toMatchObject({ name: 'Restored', countryIso3: 'KEN', landAreaKm2: KENYA.landAreaKm2 });
    expect(target.ok('targets.list', {}).items).toHaveLength(2);
    // The area of interest now belongs to the receiving workspace.
    const db = new Database(restored.path, { readonly: true });
    const aoi = db.prepare("SELECT owner_id AS ownerId FROM feature_geometry WHERE owner_entity = 'workspace'").all();
    db.close();
    expect(aoi).toEqual([{ ownerId: restored.id }]);

    const outDir = join(target.dir, 'again');
    mkdirSync(outDir);
    const againPath = target.ok('reporting.exportPackage', { outDir }).path;
    const again = readZip(againPath).manifest;
    const hashes = (m: typeof manifest) => Object.fromEntries(m.files.map((f) => [f.path, f.sha256]));
    // The generated Trends.Earth summary carries the export time; every other file is the same to the byte.
    const { 'te/KEN_summary.json': _a, ...first } = hashes(manifest);
    const { 'te/KEN_summary.json': _b, ...second } = hashes(again);
    expect(second).toEqual(first);
    const undated = (p: string) => text(readZip(p).files['te/KEN_summary.json']).replace(/"date": "[^"]+"/, '');
    expect(undated(againPath)).toBe(undated(path));
  });

  it('restores imported Trends.Earth files with their original bytes', () => {
    const source = reportingWorkspace(tempBackend);
    const teBytes = teFixture('land-condition-2025.summary.json');
    source.ok('baseline.importTrendsEarth', { fileName: 'job_summary.json', bytesBase64: teBytes.toString('base64') });
    const outDir = join(source.dir, 'out');
    mkdirSync(outDir);
    const { path } = source.ok('reporting.exportPackage', { outDir });
    const target = emptyWorkspace();
    target.ok('reporting.importPackage', { path });
    const outAgain = join(target.dir, 'again');
    mkdirSync(outAgain);
    const { files } = readZip(target.ok('reporting.exportPackage', { outDir: outAgain }).path);
    expect(Buffer.from(files['te/job_summary.json']!).equals(teBytes)).toBe(true);
  });

  it('refuses a workspace that already holds data, and writes nothing', () => {
    const { source, path } = exported();
    const before = source.ok('workspace.history', {});
    expect(source.fails('reporting.importPackage', { path })).toMatchObject({ code: 'conflict', messageKey: 'errors:reporting.package.workspaceNotEmpty' });
    expect(source.ok('workspace.history', {})).toEqual(before);
  });

  it.each([
    ['a file changed after export', 'hashMismatch', 'prais/CP-1.T1_land_area.csv', (f: Record<string, Uint8Array>) => {
      f['prais/CP-1.T1_land_area.csv'] = Buffer.from('\uFEFFyear,total_land_km2\r\n2015,1\r\n');
    }],
    ['a file missing', 'fileMissing', 'app/workspace.json', (f: Record<string, Uint8Array>) => {
      delete f['app/workspace.json'];
    }],
    ['a file the manifest does not list', 'fileUnexpected', 'prais/extra.csv', (f: Record<string, Uint8Array>) => {
      f['prais/extra.csv'] = Buffer.from('x');
    }],
  ])('refuses a package with %s, naming the file, and leaves the workspace empty', (_what, key, file, change) => {
    const { path } = exported();
    const target = emptyWorkspace();
    const error = target.fails('reporting.importPackage', { path: tampered(path, change) });
    expect(error).toMatchObject({ code: 'validation', messageKey: `errors:reporting.package.${key}`, details: { file } });
    expect(target.ok('targets.list', {}).items).toEqual([]);
    expect(target.ok('workspace.get', {}).countryIso3).toBe('UGA');
  });

  it.each([
    ['naming a table the app does not know', (entities: Record<string, Record<string, unknown>[]>) => {
      entities['change_log'] = [{ id: 'x', field: 'name' }];
    }],
    // Rows of other tables are written before this one fails: they must go too.
    ['with a value the table refuses', (entities: Record<string, Record<string, unknown>[]>) => {
      entities['baseline_land_area']![0]!['landKm2'] = -5;
    }],
    ['with a shape that is not GeoJSON', (entities: Record<string, Record<string, unknown>[]>) => {
      entities['feature_geometry']![1]!['geojson'] = '{"type":"Circle"}';
    }],
  ])('refuses workspace data %s, even with a matching manifest, and writes nothing', (_what, forge) => {
    const { path } = exported();
    const forged = tampered(path, (files) => {
      const snapshot = JSON.parse(text(files['app/workspace.json'])) as { entities: Record<string, Record<string, unknown>[]> };
      forge(snapshot.entities);
      files['app/workspace.json'] = Buffer.from(JSON.stringify(snapshot));
      resign(files, 'app/workspace.json');
    });
    const target = emptyWorkspace();
    const historyBefore = target.ok('workspace.history', {});
    expect(target.fails('reporting.importPackage', { path: forged })).toMatchObject({ code: 'validation', messageKey: 'errors:reporting.package.snapshotInvalid' });
    expect(target.ok('workspace.history', {})).toEqual(historyBefore);
    expect(target.ok('baseline.get', {}).summaries).toEqual([]);
  });

  it('carries each shape once, and computes its area and simplified copy again on restore', () => {
    const { path } = exported();
    const snapshot = JSON.parse(text(readZip(path).files['app/workspace.json'])) as { entities: Record<string, Record<string, unknown>[]> };
    const shapes = snapshot.entities['feature_geometry']!;
    expect(shapes).toHaveLength(2);
    for (const shape of shapes) expect(Object.keys(shape).sort()).toEqual(['geojson', 'id', 'ownerEntity', 'ownerId', 'source', 'sourceFile']);

    const target = emptyWorkspace();
    target.ok('reporting.importPackage', { path });
    const layers = target.ok('maps.layers', { detail: 'simplified' }).items as { ownerEntity: string; areaKm2: number }[];
    // The sub-national target's 0.1° × 0.1° square near the equator: about 11.1 km × 11.1 km.
    expect(layers.find((l) => l.ownerEntity === 'target')!.areaKm2).toBeCloseTo(123.1, 0);
  });

  it('still restores a package whose workspace data carries the derived columns (snapshot version 1)', () => {
    const { path } = exported();
    const older = tampered(path, (files) => {
      const snapshot = JSON.parse(text(files['app/workspace.json'])) as { version: number; entities: Record<string, Record<string, unknown>[]> };
      snapshot.version = 1;
      for (const shape of snapshot.entities['feature_geometry']!) Object.assign(shape, { simplifiedGeojson: shape['geojson'], minLon: 0, minLat: 0, maxLon: 0, maxLat: 0, areaKm2: 999 });
      files['app/workspace.json'] = Buffer.from(JSON.stringify(snapshot));
      resign(files, 'app/workspace.json');
    });
    const target = emptyWorkspace();
    target.ok('reporting.importPackage', { path: older });
    const layers = target.ok('maps.layers', { detail: 'simplified' }).items as { ownerEntity: string; areaKm2: number }[];
    expect(layers.find((l) => l.ownerEntity === 'target')!.areaKm2).toBeCloseTo(123.1, 0);
  });

  it('refuses a file that is not a package', () => {
    const target = emptyWorkspace();
    const error = target.fails('reporting.importPackage', { fileName: 'notes.zip', bytesBase64: Buffer.from('not a zip').toString('base64') });
    expect(error).toMatchObject({ messageKey: 'errors:reporting.package.notAPackage', details: { file: 'notes.zip' } });
  });
});
