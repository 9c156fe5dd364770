import { describe, expect, it } from 'vitest';
import { upload } from '../baseline/test-fixture';
import { shapefileZip, toUtm37S, UTM_37S_WKT } from '../maps/import/sample-files';
import { useTempBackend } from '../test-support';
import { planWorkspace, square } from './test-fixture';

const tempBackend = useTempBackend();

/** Three zones of a county plan in Kenya, as a GIS office would export them; the third has a zoning class the app does not know. */
const zonesFile = upload(
  'lakeside-zones.geojson',
  JSON.stringify({
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { NAME: 'Mine extension', ZONE_TYPE: 'Mining', LAND_TYPE: 'F1' }, geometry: square(37.0, 0.0, 0.1) },
      { type: 'Feature', properties: { NAME: 'Grazing reserve', ZONE_TYPE: 'rangeland', LAND_TYPE: 'G1' }, geometry: square(37.2, 0.0, 0.05) },
      { type: 'Feature', properties: { NAME: 'Casino strip', ZONE_TYPE: 'Leisure', LAND_TYPE: 'F1' }, geometry: square(37.4, 0.0, 0.05) },
    ],
  }),
);

describe('zone import', () => {
  it('previews each feature as a zone, with the attributes guessed from their names', () => {
    const w = planWorkspace(tempBackend);
    const before = w.snapshot();
    const { preview, mapping, zones } = w.ok('plans.previewZoneImport', { planId: w.plan.id, file: zonesFile });
    expect(preview).toMatchObject({ fileName: 'lakeside-zones.geojson', format: 'geojson', attributes: ['NAME', 'ZONE_TYPE', 'LAND_TYPE'], importableCount: 3 });
    expect(mapping).toEqual({ nameAttribute: 'NAME', zoningClassAttribute: 'ZONE_TYPE', landTypeAttribute: 'LAND_TYPE' });
    expect(zones.map((z) => [z.index, z.name, z.zoningClass, z.landTypeId, z.problems.map((p) => p.code)])).toEqual([
      [0, 'Mine extension', 'mining', w.forest.id, []],
      [1, 'Grazing reserve', 'rangeland', w.grass.id, []],
      [2, 'Casino strip', null, w.forest.id, ['unknown_zoning_class']],
    ]);
    expect(w.snapshot()).toEqual(before);
  });

  it('imports the chosen features as zones with their outlines, whose area bounds their conversions', () => {
    const w = planWorkspace(tempBackend);
    const mapping = { nameAttribute: 'NAME', zoningClassAttribute: 'ZONE_TYPE', landTypeAttribute: 'LAND_TYPE' };
    expect(w.ok('plans.importZones', { planId: w.plan.id, file: zonesFile, mapping, featureIndexes: [0, 1] })).toEqual({ createdCount: 2 });

    const { zones } = w.ok('plans.get', { id: w.plan.id });
    expect(zones.map((z) => [z.name, z.zoningClass, z.landTypeId])).toEqual([
      ['Grazing reserve', 'rangeland', w.grass.id],
      ['Industrial park', 'urban_development', w.forest.id],
      ['Mine extension', 'mining', w.forest.id],
    ]);
    const mine = zones.find((z) => z.name === 'Mine extension')!;
    // A 0.1° square on the equator is about 11.1 km × 11.1 km.
    expect(mine.areaKm2).toBeGreaterThan(122);
    expect(mine.areaKm2).toBeLessThan(124);
    const listed = w.ok('plans.list', {}).items[0]!;
    expect(listed.zoneCount).toBe(3);
    expect(listed.zonesAreaKm2).toBeCloseTo(mine.areaKm2! + zones[0]!.areaKm2!, 6);

    const zoneKm2 = mine.areaKm2!;
    const first = w.ok('plans.saveConversion', { ...w.conversion, zoneId: mine.id, areaKm2: 100 });
    const before = w.snapshot();
    const refused = w.fails('plans.saveConversion', { ...w.conversion, zoneId: mine.id, areaKm2: zoneKm2 - 99 });
    const [areaError] = refused.details?.fields ?? [];
    expect(areaError).toMatchObject({ path: ['areaKm2'], messageKey: 'errors:plans.conversionsOverZoneArea' });
    expect(areaError?.params?.zoneKm2).toBeCloseTo(zoneKm2, 5);
    expect(areaError?.params?.availableKm2).toBeCloseTo(zoneKm2 - 100, 5);
    // Editing the first conversion counts its own area once.
    w.fails('plans.saveConversion', { ...w.conversion, id: first.id, zoneId: mine.id, areaKm2: zoneKm2 + 1 });
    expect(w.snapshot()).toEqual(before);
    expect(w.ok('plans.saveConversion', { ...w.conversion, id: first.id, zoneId: mine.id, areaKm2: zoneKm2 }).areaKm2).toBe(zoneKm2);
  });

  it('imports nothing when a chosen feature has a problem or does not exist', () => {
    const w = planWorkspace(tempBackend);
    const mapping = { nameAttribute: 'NAME', zoningClassAttribute: 'ZONE_TYPE', landTypeAttribute: 'LAND_TYPE' };
    const before = w.snapshot();
    expect(w.fails('plans.importZones', { planId: w.plan.id, file: zonesFile, mapping, featureIndexes: [0, 2] }).details?.fields).toEqual([
      { path: ['featureIndexes'], messageKey: 'errors:plans.import.rowsHaveProblems', params: { count: 1 } },
    ]);
    expect(w.fails('plans.importZones', { planId: w.plan.id, file: zonesFile, mapping, featureIndexes: [1, 7] }).details?.fields).toEqual([
      { path: ['featureIndexes', 1], messageKey: 'errors:plans.import.unknownFeature', params: { index: 7 } },
    ]);
    expect(w.fails('plans.importZones', { planId: w.plan.id, file: zonesFile, mapping: { ...mapping, nameAttribute: 'nom' }, featureIndexes: [0] }).details?.fields).toEqual([
      { path: ['mapping', 'nameAttribute'], messageKey: 'errors:plans.import.unknownAttribute', params: { attribute: 'nom' } },
    ]);
    // Without a land-type attribute, no zone is refused for its land type.
    const { zones } = w.ok('plans.previewZoneImport', { planId: w.plan.id, file: zonesFile, mapping: { nameAttribute: 'NAME' } });
    expect(zones.map((z) => [z.zoningClass, z.landTypeId, z.problems.length])).toEqual([
      ['other', null, 0],
      ['other', null, 0],
      ['other', null, 0],
    ]);
    expect(w.snapshot()).toEqual(before);
  });

  it('refuses an unreadable file with a message naming it, and a deleted plan', () => {
    const w = planWorkspace(tempBackend);
    const broken = w.fails('plans.previewZoneImport', { planId: w.plan.id, file: upload('zones.geojson', '{"type": "FeatureCollection", "features": [') });
    expect(broken.messageKey).toMatch(/^errors:maps\./);
    w.ok('plans.delete', { id: w.plan.id });
    expect(w.fails('plans.previewZoneImport', { planId: w.plan.id, file: zonesFile }).details?.fields).toEqual([{ path: ['planId'], messageKey: 'errors:plans.planNotFound' }]);
  });

  it('imports zones from a zipped Shapefile in a projected CRS, reprojected to longitude and latitude', async () => {
    const w = planWorkspace(tempBackend);
    const ring = square(37.0, -0.5, 0.1).coordinates[0] as [number, number][];
    const zip = await shapefileZip([{ name: 'Irrigation scheme', ring: toUtm37S(ring) }], UTM_37S_WKT);
    const file = upload('zones.zip', Buffer.from(zip));
    const { preview, mapping } = w.ok('plans.previewZoneImport', { planId: w.plan.id, file });
    expect(preview).toMatchObject({ format: 'shapefile', crs: { reprojected: true } });
    expect(w.ok('plans.importZones', { planId: w.plan.id, file, mapping, featureIndexes: [0] })).toEqual({ createdCount: 1 });
    const imported = w.ok('plans.get', { id: w.plan.id }).zones.find((z) => z.name === 'Irrigation scheme')!;
    expect(imported.zoningClass).toBe('other');
    expect(imported.areaKm2).toBeGreaterThan(122);
    expect(imported.areaKm2).toBeLessThan(124);
  });
});
