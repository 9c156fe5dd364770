import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CommandError } from '../../../../shared/command';
import { useTempBackend } from '../../test-support';
import { mapsWorkspace, rectangle, upload } from '../test-fixture';
import { geoPackage, kmz, rezip, shapefileZip, sitesKml, toUtm37S, UTM_37S_WKT } from './sample-files';

const tempBackend = useTempBackend();
const scratch = mkdtempSync(join(tmpdir(), 'ldn-maps-hostile-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const ZONE = { name: 'Naivasha', ring: rectangle(36.2, -0.9, 36.5, -0.7) };

/** Runs a command that must fail, and checks that the workspace's change log did not move. */
function refusedAndUnchanged(w: ReturnType<typeof mapsWorkspace>, file: ReturnType<typeof upload> | { path: string }): CommandError {
  const before = w.changeLogCount();
  const previewError = w.fails('maps.previewImport', { file });
  const importError = w.fails('maps.importGeometry', { file, featureIndexes: [0], ownerEntity: 'landtype', ownerId: w.landTypeId });
  expect(importError).toEqual(previewError);
  expect(w.changeLogCount()).toBe(before);
  return previewError;
}

describe('hostile and broken spatial files', () => {
  it('refuses a corrupt zip, naming the file', () => {
    const w = mapsWorkspace(tempBackend);
    const error = refusedAndUnchanged(w, upload('broken.zip', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 7)])));
    expect(error).toEqual({ code: 'validation', messageKey: 'errors:maps.import.corruptZip', details: { fileName: 'broken.zip' } });
  });

  it('refuses a zip with a path-traversal member, naming the member', async () => {
    const w = mapsWorkspace(tempBackend);
    const archive = rezip(await shapefileZip([ZONE]), { add: { '../../evil.sh': Buffer.from('rm -rf ~') } });
    expect(refusedAndUnchanged(w, upload('zones.zip', archive))).toMatchObject({
      messageKey: 'errors:maps.import.unsafeZipEntry',
      details: { fileName: 'zones.zip', member: '../../evil.sh' },
    });
  });

  it('refuses a Shapefile without its .dbf, naming the missing member', async () => {
    const w = mapsWorkspace(tempBackend);
    const archive = rezip(await shapefileZip([ZONE]), { drop: /\.dbf$/ });
    expect(refusedAndUnchanged(w, upload('zones.zip', archive))).toMatchObject({
      messageKey: 'errors:maps.import.missingMember',
      details: { member: 'zones.dbf' },
    });
  });

  it('refuses a KMZ without a KML document, a corrupt one and one whose KML is damaged, naming the file', () => {
    const w = mapsWorkspace(tempBackend);
    const imagesOnly = kmz({ 'files/icon.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47]), 'files/doc.kml': sitesKml(ZONE.ring) });
    expect(refusedAndUnchanged(w, upload('sites.kmz', imagesOnly))).toEqual({
      code: 'validation',
      messageKey: 'errors:maps.import.missingKml',
      details: { fileName: 'sites.kmz' },
    });
    const truncated = kmz({ 'doc.kml': sitesKml(ZONE.ring) }).subarray(0, 60);
    expect(refusedAndUnchanged(w, upload('cut.kmz', truncated))).toEqual({
      code: 'validation',
      messageKey: 'errors:maps.import.corruptZip',
      details: { fileName: 'cut.kmz' },
    });
    expect(refusedAndUnchanged(w, upload('damaged.kmz', kmz({ 'doc.kml': '<kml><Placemark></kml>' })))).toMatchObject({
      messageKey: 'errors:maps.import.corruptMember',
      details: { fileName: 'damaged.kmz', member: 'doc.kml' },
    });
  });

  it('refuses projected coordinates without a .prj, but reads degrees without one', async () => {
    const w = mapsWorkspace(tempBackend);
    const projected = rezip(await shapefileZip([{ ...ZONE, ring: toUtm37S(ZONE.ring) }], UTM_37S_WKT), { drop: /\.prj$/ });
    expect(refusedAndUnchanged(w, upload('utm.zip', projected))).toMatchObject({
      messageKey: 'errors:maps.import.noPrj',
      details: { fileName: 'utm.zip', member: 'zones.prj' },
    });
    const degrees = rezip(await shapefileZip([ZONE]), { drop: /\.prj$/ });
    expect(w.ok('maps.previewImport', { file: upload('plain.zip', degrees) })).toMatchObject({ crs: { name: null, reprojected: false }, importableCount: 1 });
  });

  it('refuses a CRS it cannot convert, in a .prj and in a GeoPackage', async () => {
    const w = mapsWorkspace(tempBackend);
    const archive = await shapefileZip([ZONE], 'PROJCS["Made up",GEOGCS["Nowhere"],PROJECTION["Not_A_Projection"]]');
    expect(refusedAndUnchanged(w, upload('odd.zip', archive)).messageKey).toBe('errors:maps.import.unknownCrs');
    const gpkg = geoPackage(scratch, { srsId: 990001, name: 'Local grid', organization: 'NONE', code: 990001, definition: 'undefined' }, [{ ...ZONE, zoningClass: 'x' }]);
    expect(refusedAndUnchanged(w, upload('local.gpkg', gpkg))).toMatchObject({
      messageKey: 'errors:maps.import.unknownCrs',
      details: { fileName: 'local.gpkg', crs: 'Local grid' },
    });
  });

  it('lists every feature of a GeoJSON in a legacy projected crs as in the wrong CRS', () => {
    const w = mapsWorkspace(tempBackend);
    const file = upload(
      'utm.geojson',
      JSON.stringify({
        type: 'Feature',
        crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::32737' } },
        properties: {},
        geometry: { type: 'Polygon', coordinates: [toUtm37S(ZONE.ring)] },
      }),
    );
    const preview = w.ok('maps.previewImport', { file });
    expect(preview).toMatchObject({ crs: { name: 'urn:ogc:def:crs:EPSG::32737' }, importableCount: 0, refusedCount: 1 });
    expect(preview.features[0]?.problems.map((p) => p.code)).toEqual(['wrong_crs']);
  });

  it('refuses a 300 MB file before reading it, stating the 200 MB limit', () => {
    const w = mapsWorkspace(tempBackend);
    // A sparse file: 300 MB to the file system, no disk written.
    const path = join(scratch, 'huge.geojson');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 300 * 1024 * 1024);
    closeSync(fd);
    expect(refusedAndUnchanged(w, { path })).toEqual({
      code: 'validation',
      messageKey: 'errors:maps.import.tooLarge',
      details: { fileName: 'huge.geojson', maxMb: 200 },
    });
  });

  it('refuses files that are not what they seem, and a path that leads nowhere', () => {
    const w = mapsWorkspace(tempBackend);
    expect(refusedAndUnchanged(w, upload('zones.geojson', '{"type": "FeatureCollection", "features": [')).messageKey).toBe('errors:maps.import.invalidJson');
    expect(refusedAndUnchanged(w, upload('zones.kml', '<kml><Placemark></kml>')).messageKey).toBe('errors:maps.import.invalidXml');
    expect(refusedAndUnchanged(w, upload('zones.gpkg', Buffer.from('SQLite format 3\0 and then garbage'.padEnd(2048, 'x')))).messageKey).toBe(
      'errors:maps.import.corruptGeoPackage',
    );
    expect(refusedAndUnchanged(w, upload('notes.txt', 'Zone A: somewhere north')).messageKey).toBe('errors:maps.import.unknownFormat');
    expect(refusedAndUnchanged(w, { fileName: 'zones.zip', bytesBase64: 'not base64 at all!' }).details?.fields).toEqual([
      { path: ['file', 'bytesBase64'], messageKey: 'errors:fileNotBase64' },
    ]);
    const missing = refusedAndUnchanged(w, { path: join(scratch, 'nowhere.zip') });
    expect(missing).toMatchObject({ code: 'file_not_found', details: { fields: [{ path: ['file', 'path'], messageKey: 'errors:fileNotFound' }] } });
  });

  it('refuses to import an empty geometry or a feature number the file does not have, and writes nothing', () => {
    const w = mapsWorkspace(tempBackend);
    writeFileSync(join(scratch, 'empty.geojson'), JSON.stringify({ type: 'MultiPolygon', coordinates: [] }));
    const file = { path: join(scratch, 'empty.geojson') };
    expect(w.ok('maps.previewImport', { file }).features[0]?.problems.map((p) => p.code)).toEqual(['empty']);
    const before = w.changeLogCount();
    expect(w.fails('maps.importGeometry', { file, featureIndexes: [0], ownerEntity: 'landtype', ownerId: w.landTypeId }).messageKey).toBe('errors:maps.featureRefused');
    expect(w.fails('maps.importGeometry', { file, featureIndexes: [3], ownerEntity: 'landtype', ownerId: w.landTypeId }).details?.fields).toEqual([
      { path: ['featureIndexes', 0], messageKey: 'errors:maps.featureNotFound', params: { number: 4 } },
    ]);
    expect(w.changeLogCount()).toBe(before);
  });
});
