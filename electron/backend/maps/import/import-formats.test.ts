import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { useTempBackend } from '../../test-support';
import { mapsWorkspace, rectangle, upload } from '../test-fixture';
import { geoPackage, kmz, shapefileZip, sitesKml, toUtm37S, UTM_37S_WKT, WGS84_SRS } from './sample-files';

const tempBackend = useTempBackend();
const scratch = mkdtempSync(join(tmpdir(), 'ldn-maps-files-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const NAIVASHA = rectangle(36.2, -0.9, 36.5, -0.7);
const LAIKIPIA = rectangle(36.6, 0.1, 37.2, 0.6);

describe('maps.previewImport and maps.importGeometry, per format', () => {
  it('reads GeoJSON, lists each feature with its problem, and imports the chosen valid ones as one MultiPolygon', () => {
    const { ok, fails, landTypeId, changeLogCount } = mapsWorkspace(tempBackend);
    const file = upload(
      'zones.geojson',
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', properties: { name: 'Naivasha', class: 'agriculture' }, geometry: { type: 'Polygon', coordinates: [NAIVASHA] } },
          { type: 'Feature', properties: { name: 'Bow-tie' }, geometry: { type: 'Polygon', coordinates: [[[36, -1], [37, 0], [37, -1], [36, 0], [36, -1]]] } },
          { type: 'Feature', properties: { name: 'Road' }, geometry: { type: 'LineString', coordinates: [[36, -1], [37, 0]] } },
          { type: 'Feature', properties: { name: 'Nothing' }, geometry: null },
          { type: 'Feature', properties: { name: 'Laikipia' }, geometry: { type: 'Polygon', coordinates: [LAIKIPIA] } },
        ],
      }),
    );
    const before = changeLogCount();
    const preview = ok('maps.previewImport', { file });
    expect(changeLogCount()).toBe(before);
    expect(preview).toMatchObject({ fileName: 'zones.geojson', format: 'geojson', crs: { name: null, reprojected: false }, attributes: ['name', 'class'] });
    expect(preview.features.map((f) => [f.label, f.geometryType, f.problems.map((p) => p.code)])).toEqual([
      ['Naivasha', 'Polygon', []],
      ['Bow-tie', 'Polygon', ['self_intersecting']],
      ['Road', 'LineString', ['unsupported_type']],
      ['Nothing', null, ['empty']],
      ['Laikipia', 'Polygon', []],
    ]);
    expect(preview.features[2]?.problems[0]).toEqual({ code: 'unsupported_type', messageKey: 'errors:maps.problem.unsupportedType', params: { type: 'LineString' } });
    expect([preview.importableCount, preview.refusedCount]).toEqual([2, 3]);

    const refused = fails('maps.importGeometry', { file, featureIndexes: [0, 1], ownerEntity: 'landtype', ownerId: landTypeId });
    expect(refused.details?.fields).toEqual([{ path: ['featureIndexes', 1], messageKey: 'errors:maps.featureRefused', params: { number: 2 } }]);
    expect(changeLogCount()).toBe(before);

    const imported = ok('maps.importGeometry', { file, featureIndexes: [0, 4], ownerEntity: 'landtype', ownerId: landTypeId });
    expect(imported).toMatchObject({ source: 'imported', sourceFile: 'zones.geojson', geometry: { type: 'MultiPolygon' } });
    const [naivasha, laikipia] = [preview.features[0]?.areaKm2 ?? 0, preview.features[4]?.areaKm2 ?? 0];
    expect(imported.areaKm2).toBeCloseTo(naivasha + laikipia, 6);
  });

  it('reads KML placemarks (polygons and points)', () => {
    const { ok } = mapsWorkspace(tempBackend);
    const preview = ok('maps.previewImport', { file: upload('sites.kml', sitesKml(NAIVASHA)) });
    expect(preview).toMatchObject({ format: 'kml', importableCount: 2, refusedCount: 0 });
    expect(preview.features.map((f) => [f.label, f.geometryType])).toEqual([
      ['Naivasha', 'Polygon'],
      ['Borehole', 'Point'],
    ]);
  });

  it('reads a KMZ as the KML it holds (its doc.kml, or else the first KML at its root) and imports from it', () => {
    const { ok, landTypeId } = mapsWorkspace(tempBackend);
    const kml = ok('maps.previewImport', { file: upload('sites.kml', sitesKml(NAIVASHA)) });
    const icon = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
    // Google Earth's layout: doc.kml at the root, images in files/ (another KML in a folder is not the document).
    const file = upload('sites.kmz', kmz({ 'files/other.kml': '<kml/>', 'doc.kml': sitesKml(NAIVASHA), 'files/icon.png': icon }));
    const preview = ok('maps.previewImport', { file });
    expect(preview).toMatchObject({ fileName: 'sites.kmz', format: 'kmz', crs: kml.crs, importableCount: 2, refusedCount: 0 });
    expect(preview.features).toEqual(kml.features);

    const otherName = ok('maps.previewImport', { file: upload('export.kmz', kmz({ 'Naivasha sites.kml': sitesKml(NAIVASHA) })) });
    expect(otherName.features).toEqual(kml.features);

    const imported = ok('maps.importGeometry', { file, featureIndexes: [0], ownerEntity: 'landtype', ownerId: landTypeId });
    expect(imported).toMatchObject({ source: 'imported', sourceFile: 'sites.kmz' });
    expect(imported.areaKm2).toBeCloseTo(kml.features[0]?.areaKm2 ?? 0, 6);
  });

  it('reads a GPX track walked around a field as its polygon, and an open track as a line it cannot store', () => {
    const { ok } = mapsWorkspace(tempBackend);
    const points = (ring: [number, number][]) => ring.map(([lon, lat]) => `<trkpt lat="${lat}" lon="${lon}"></trkpt>`).join('');
    const gpx = `<?xml version="1.0"?>
<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">
  <trk><name>Field boundary</name><trkseg>${points(NAIVASHA)}</trkseg></trk>
  <trk><name>Transect</name><trkseg>${points(NAIVASHA.slice(0, 3))}</trkseg></trk>
</gpx>`;
    const preview = ok('maps.previewImport', { file: upload('walk.gpx', gpx) });
    expect(preview.features.map((f) => [f.label, f.geometryType, f.problems.map((p) => p.code)])).toEqual([
      ['Field boundary', 'Polygon', []],
      ['Transect', 'LineString', ['unsupported_type']],
    ]);
  });

  it('reads a zipped Shapefile in WGS 84 and the same zones projected in UTM 37S to the same areas', async () => {
    const { ok } = mapsWorkspace(tempBackend);
    const zones = [
      { name: 'Naivasha', ring: NAIVASHA },
      { name: 'Laikipia', ring: LAIKIPIA },
    ];
    const geographic = ok('maps.previewImport', { file: upload('zones.zip', await shapefileZip(zones)) });
    expect(geographic).toMatchObject({ format: 'shapefile', crs: { reprojected: false }, importableCount: 2, attributes: ['name'] });

    const projectedZones = zones.map(({ name, ring }) => ({ name, ring: toUtm37S(ring) }));
    const projected = ok('maps.previewImport', { file: upload('zones-utm.zip', await shapefileZip(projectedZones, UTM_37S_WKT)) });
    expect(projected).toMatchObject({ crs: { name: 'WGS_1984_UTM_Zone_37S', reprojected: true }, importableCount: 2 });
    expect(projected.features.map((f) => f.label)).toEqual(['Naivasha', 'Laikipia']);
    projected.features.forEach((feature, i) => {
      expect(Math.abs((feature.areaKm2 ?? 0) / (geographic.features[i]?.areaKm2 ?? 1) - 1)).toBeLessThan(0.001);
    });
  });

  it('reads a GeoPackage in WGS 84 and one in UTM 37S (from its gpkg_spatial_ref_sys definition)', () => {
    const { ok, landTypeId } = mapsWorkspace(tempBackend);
    const zones = [
      { name: 'Naivasha', ring: NAIVASHA, zoningClass: 'agriculture' },
      { name: 'Laikipia', ring: LAIKIPIA, zoningClass: 'rangeland' },
    ];
    const geographic = ok('maps.previewImport', { file: upload('zones.gpkg', geoPackage(scratch, WGS84_SRS, zones)) });
    expect(geographic).toMatchObject({ format: 'geopackage', crs: { name: 'WGS 84 geodetic', reprojected: false }, attributes: ['name', 'class'], importableCount: 2 });
    expect(geographic.features[1]?.properties).toEqual({ name: 'Laikipia', class: 'rangeland' });

    const utm = { srsId: 32737, name: 'WGS 84 / UTM zone 37S', organization: 'EPSG', code: 32737, definition: UTM_37S_WKT };
    const projectedFile = upload('zones-utm.gpkg', geoPackage(scratch, utm, zones.map((zone) => ({ ...zone, ring: toUtm37S(zone.ring) }))));
    const projected = ok('maps.previewImport', { file: projectedFile });
    expect(projected.crs).toEqual({ name: 'WGS 84 / UTM zone 37S', reprojected: true });
    expect(Math.abs((projected.features[0]?.areaKm2 ?? 0) / (geographic.features[0]?.areaKm2 ?? 1) - 1)).toBeLessThan(0.001);
    const imported = ok('maps.importGeometry', { file: projectedFile, featureIndexes: [1], ownerEntity: 'landtype', ownerId: landTypeId });
    expect(imported.bbox.map((v) => Math.round(v * 1000) / 1000)).toEqual([36.6, 0.1, 37.2, 0.6]);
  });
});
