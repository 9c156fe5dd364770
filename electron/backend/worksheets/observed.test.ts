import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KENYA, useTempBackend } from '../test-support';

const tempBackend = useTempBackend();
const FIXTURE = join(__dirname, '../../../test/fixtures/trends-earth/counterbalancing.json');

/** A workspace with land type 11 (named nationally) and F1, which no Trends.Earth file covers. */
function workspaceWithLandTypes() {
  const backend = tempBackend();
  backend.ok('workspace.create', KENYA);
  const cropland = backend.ok('landtypes.save', { code: '11', name: 'Cropland, Vertisols (national name)' });
  const forest = backend.ok('landtypes.save', { code: 'F1', name: 'Forest, humid' });
  return { ...backend, cropland, forest };
}

describe('observed balance', () => {
  it('is empty until a counterbalancing summary is imported', () => {
    const { ok } = workspaceWithLandTypes();
    expect(ok('worksheets.observedBalance', {})).toEqual({ items: [] });
  });

  it('gives each land type of the imported file its own gains, losses, net and status, with the file it came from', () => {
    const { ok, cropland } = workspaceWithLandTypes();
    const { imports } = ok('baseline.importTrendsEarth', { path: FIXTURE });
    const grassland = ok('landtypes.list', { includeDeleted: false }).items.find((t) => t.code === '21')!;
    const source = { importId: imports[0]!.id, fileName: 'counterbalancing.json', packageName: null, reportDate: '2026-06-16T11:00:00+00:00', importedAt: imports[0]!.importedAt };

    // 11: 12.5 − 8 = 4.5 ≥ 0 → in balance; 21: 3 − 7.25 = −4.25 → not in balance.
    // 21's deficit is not covered by 11's surplus (4.5 − 4.25 ≥ 0 would be): each land type stands alone.
    // F1 has no observed figures, so it has no entry at all.
    expect(ok('worksheets.observedBalance', {}).items).toEqual([
      { landTypeId: cropland.id, gainsKm2: 12.5, lossesKm2: 8, netKm2: 4.5, neutral: true, source },
      { landTypeId: grassland.id, gainsKm2: 3, lossesKm2: 7.25, netKm2: -4.25, neutral: false, source },
    ]);
  });

  it('takes each land type from the latest file that covered it, and leaves deleted land types out', () => {
    const { ok, dir, cropland } = workspaceWithLandTypes();
    const first = ok('baseline.importTrendsEarth', { path: FIXTURE }).imports[0]!;
    // A later report on land type 21 only: 9 − 7.25 = 1.75 → now in balance.
    const later = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { metadata: Record<string, string>; land_type_results: Record<string, unknown>[] };
    later.metadata['report_date'] = '2027-01-20T09:00:00+00:00';
    later.land_type_results = [{ ...later.land_type_results[1], gains_area_sqkm: 9, delta_ldn: 1.75, ldn_achieved: true }];
    const path = join(dir, 'counterbalancing-2027.json');
    writeFileSync(path, JSON.stringify(later));
    const second = ok('baseline.importTrendsEarth', { path }).imports[0]!;

    const items = ok('worksheets.observedBalance', {}).items;
    expect(items.map((i) => [i.gainsKm2, i.lossesKm2, i.netKm2, i.neutral, i.source.fileName, i.source.reportDate])).toEqual([
      [12.5, 8, 4.5, true, 'counterbalancing.json', '2026-06-16T11:00:00+00:00'],
      [9, 7.25, 1.75, true, 'counterbalancing-2027.json', '2027-01-20T09:00:00+00:00'],
    ]);
    expect(items.map((i) => i.source.importId)).toEqual([first.id, second.id]);

    ok('landtypes.delete', { id: cropland.id });
    expect(ok('worksheets.observedBalance', {}).items.map((i) => i.source.fileName)).toEqual(['counterbalancing-2027.json']);
  });
});
