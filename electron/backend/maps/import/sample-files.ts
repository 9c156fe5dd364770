/**
 * Spatial files for the import tests, written by real writers where one exists (@mapbox/shp-write for
 * Shapefiles, better-sqlite3 with the OGC GeoPackage tables), so reader and writer check each other.
 */
import { zip as shpZip } from '@mapbox/shp-write';
import Database from 'better-sqlite3';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import proj4 from 'proj4';

type Ring = [number, number][];

/** WGS 84 / UTM zone 37S, as ArcGIS writes it into a .prj: the zone of central Kenya. */
export const UTM_37S_WKT =
  'PROJCS["WGS_1984_UTM_Zone_37S",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",10000000.0],PARAMETER["Central_Meridian",39.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';

export const toUtm37S = (ring: Ring): Ring => ring.map(([lon, lat]) => proj4<[number, number]>('EPSG:4326', UTM_37S_WKT, [lon, lat]));

export interface SampleZone {
  name: string;
  ring: Ring;
}

/** A zipped Shapefile of polygon zones written by @mapbox/shp-write; its default .prj is WGS 84. */
export async function shapefileZip(zones: SampleZone[], prj?: string): Promise<Uint8Array> {
  return shpZip<'uint8array'>(
    {
      type: 'FeatureCollection',
      features: zones.map(({ name, ring }) => ({ type: 'Feature', properties: { name }, geometry: { type: 'Polygon', coordinates: [ring] } })),
    },
    { compression: 'DEFLATE', outputType: 'uint8array', types: { polygon: 'zones' }, ...(prj ? { prj } : {}) },
  );
}

/** The same archive with members left out or added (an archive as a careless or hostile tool makes it). */
export function rezip(archive: Uint8Array, change: { drop?: RegExp; add?: Record<string, Uint8Array> }): Uint8Array {
  const members = Object.fromEntries(Object.entries(unzipSync(archive)).filter(([name]) => !change.drop?.test(name)));
  return zipSync({ ...members, ...change.add });
}

/** A KML document as Google Earth saves it: a polygon placemark around `ring` and a borehole inside it. */
export function sitesKml(ring: Ring): string {
  const coordinates = ring.map(([lon, lat]) => `${lon},${lat},0`).join(' ');
  return `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document>
  <Placemark><name>Naivasha</name><Polygon><outerBoundaryIs><LinearRing><coordinates>${coordinates}</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>
  <Placemark><name>Borehole</name><Point><coordinates>36.3,-0.8,0</coordinates></Point></Placemark>
</Document></kml>`;
}

/** A KMZ holding these members (KML text or image bytes), deflated as Google Earth writes it. */
export function kmz(members: Record<string, string | Uint8Array>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(members).map(([name, content]) => [name, typeof content === 'string' ? strToU8(content) : content])));
}

/** ISO WKB of a polygon, little-endian. */
function polygonWkb(rings: Ring[]): Buffer {
  const parts = [Buffer.from([1]), uint32(3), uint32(rings.length)];
  for (const ring of rings) {
    parts.push(uint32(ring.length));
    for (const [x, y] of ring) parts.push(float64(x), float64(y));
  }
  return Buffer.concat(parts);
}
const uint32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
};
const float64 = (n: number) => {
  const b = Buffer.alloc(8);
  b.writeDoubleLE(n);
  return b;
};

/** A GeoPackage geometry blob: "GP", version 0, flags (little-endian, no envelope), srs_id, WKB. */
const gpkgBlob = (srsId: number, rings: Ring[]) => Buffer.concat([Buffer.from([0x47, 0x50, 0, 0b0000_0001]), int32(srsId), polygonWkb(rings)]);
const int32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeInt32LE(n);
  return b;
};

export interface GpkgSrs {
  srsId: number;
  name: string;
  organization: string;
  code: number;
  definition: string;
}

export const WGS84_SRS: GpkgSrs = {
  srsId: 4326,
  name: 'WGS 84 geodetic',
  organization: 'EPSG',
  code: 4326,
  definition:
    'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433],AUTHORITY["EPSG","4326"]]',
};

/** A GeoPackage with one feature table `zones` (fid, geom, name, class) in the given CRS, built with the spec's tables. */
export function geoPackage(dir: string, srs: GpkgSrs, zones: (SampleZone & { zoningClass: string })[]): Buffer {
  const path = join(dir, `zones-${srs.srsId}.gpkg`);
  const db = new Database(path);
  db.pragma("application_id = 0x47504B47");
  db.exec(`
    CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
      organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
    CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE, description TEXT DEFAULT '',
      last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER);
    CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
      srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL, CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name));
    CREATE TABLE zones (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom POLYGON, name TEXT, class TEXT);
  `);
  db.prepare('INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, NULL)').run(srs.name, srs.srsId, srs.organization, srs.code, srs.definition);
  db.prepare("INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES ('zones', 'features', 'zones', ?)").run(srs.srsId);
  db.prepare("INSERT INTO gpkg_geometry_columns VALUES ('zones', 'geom', 'POLYGON', ?, 0, 0)").run(srs.srsId);
  const insert = db.prepare('INSERT INTO zones (geom, name, class) VALUES (?, ?, ?)');
  for (const zone of zones) insert.run(gpkgBlob(srs.srsId, [zone.ring]), zone.name, zone.zoningClass);
  db.close();
  return readFileSync(path);
}
