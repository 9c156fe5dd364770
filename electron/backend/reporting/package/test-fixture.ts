import { unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import type { PackageManifest } from '../../../../shared/reporting/package-schema';
import { fullMatrix } from '../../baseline/test-fixture';
import { targetsWorkspace } from '../../targets/test-fixture';
import type { useTempBackend } from '../../test-support';

export const square = (lon: number, lat: number, size: number) => ({
  type: 'Polygon' as const,
  coordinates: [[[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]]] as [number, number][][],
});

/**
 * Kenya with national baseline data for the baseline period (land area, the four summaries, extents,
 * change matrix, SOC stocks, one data source), a national target and a located sub-national one, and
 * geometry for the area of interest and the sub-national target.
 */
export function reportingWorkspace(tempBackend: ReturnType<typeof useTempBackend>) {
  const w = targetsWorkspace(tempBackend);
  const source = w.ok('baseline.saveSource', { title: 'Carte nationale de l’occupation des sols 2015 — خريطة', licence: 'CC-BY-4.0' });
  const sourceId = source.id;
  w.ok('baseline.saveLandArea', { rows: [{ year: 2000, landKm2: 569_140, waterKm2: 11_230 }, { year: 2015, landKm2: 569_140, waterKm2: 11_230 }], sourceId });
  const areas = { improvedKm2: 20_000, stableKm2: 500_000, degradedKm2: 45_000.5, noDataKm2: 4_139.5 };
  for (const indicator of ['land_cover', 'productivity', 'soc', 'sdg'] as const) {
    w.ok('baseline.saveSummary', { indicator, periodKey: 'baseline', areas, sourceId });
  }
  const extent = (year: 2000 | 2015) => [1, 2, 3, 4, 5, 6, 7].map((classCode) => ({ year, classCode, areaKm2: 80_000 + classCode }));
  w.ok('baseline.saveLandCoverExtent', { rows: [...extent(2000), ...extent(2015)], sourceId });
  w.ok('baseline.saveLandCoverChange', { periodKey: 'baseline', cells: fullMatrix(1_000), sourceId });
  w.ok('baseline.saveSocStocks', { rows: [{ year: 2015, classCode: 1, tonnesPerHa: 62.5 }, { year: 2015, classCode: 3, tonnesPerHa: 41 }], tier: '1', sourceId });
  const national = w.ok('targets.save', w.national);
  const sub = w.ok('targets.save', { ...w.restoration(250, national.id), text: '=Reforest 250 km², "Rift Valley", 2030' });
  const workspace = w.ok('workspace.get', {});
  w.ok('maps.setGeometry', { ownerEntity: 'workspace', ownerId: workspace.id, geometry: square(36, -1, 1) });
  w.ok('maps.setGeometry', { ownerEntity: 'target', ownerId: sub.id, geometry: square(36.2, -0.8, 0.1) });
  return { ...w, national, sub, sourceId, workspacePath: workspace.path };
}

/** A written package: its manifest and files, read back from the zip on disk. */
export function readZip(path: string): { manifest: PackageManifest; files: Record<string, Uint8Array> } {
  const files = unzipSync(readFileSync(path));
  const manifest = JSON.parse(Buffer.from(files['manifest.json']!).toString('utf8')) as PackageManifest;
  return { manifest, files };
}

export const text = (bytes: Uint8Array | undefined) => Buffer.from(bytes!).toString('utf8');
