import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unreadableFile } from './file-errors';
import { geometryOfGpkgBlob } from './gpkg-geometry';
import { knownCrs, reprojectGeometry, type Reprojection } from './reproject';
import type { RawFeature, RawSpatialFile } from './spatial-file';

interface FeatureTable {
  tableName: string;
  columnName: string;
  srsId: number;
  srsName: string | null;
  organization: string | null;
  organizationCoordsysId: number | null;
  definition: string | null;
}

const quoted = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

/**
 * A GeoPackage (OGC 12-128r18): an SQLite file whose feature tables are listed in gpkg_contents and
 * gpkg_geometry_columns, with their CRS in gpkg_spatial_ref_sys. better-sqlite3 opens files only, so the
 * bytes go to a private temporary folder, opened read-only and removed afterwards.
 */
export function readGeoPackage(bytes: Uint8Array, fileName: string): RawSpatialFile {
  const dir = mkdtempSync(join(tmpdir(), 'ldn-gpkg-'));
  const path = join(dir, 'import.gpkg');
  let db: Database.Database | null = null;
  try {
    writeFileSync(path, bytes, { mode: 0o600 });
    try {
      db = new Database(path, { readonly: true, fileMustExist: true });
      return readTables(db, fileName);
    } catch (error) {
      if (error instanceof Database.SqliteError) throw unreadableFile('errors:maps.import.corruptGeoPackage', { fileName });
      throw error;
    }
  } finally {
    db?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function readTables(db: Database.Database, fileName: string): RawSpatialFile {
  const tables = db
    .prepare(
      `SELECT g.table_name AS tableName, g.column_name AS columnName, g.srs_id AS srsId, s.srs_name AS srsName,
              s.organization AS organization, s.organization_coordsys_id AS organizationCoordsysId, s.definition AS definition
         FROM gpkg_geometry_columns g
         JOIN gpkg_contents c ON c.table_name = g.table_name AND c.data_type = 'features'
         LEFT JOIN gpkg_spatial_ref_sys s ON s.srs_id = g.srs_id
        ORDER BY g.table_name`,
    )
    .all() as FeatureTable[];
  const crsNames = new Set<string>();
  let reprojected = false;
  const features: RawFeature[] = [];
  for (const table of tables) {
    const { name, toLonLat } = crsOfTable(table, fileName);
    if (name) crsNames.add(name);
    if (toLonLat) reprojected = true;
    features.push(...readFeatures(db, table, toLonLat));
  }
  return { format: 'geopackage', crs: { name: crsNames.size > 0 ? [...crsNames].join(', ') : null, reprojected }, features };
}

/**
 * EPSG:4326 needs nothing; srs_id 0 is the specification's "undefined geographic" (read as degrees and
 * checked like any other); anything else needs a definition proj4 can read, or the file is refused.
 */
function crsOfTable(table: FeatureTable, fileName: string): { name: string | null; toLonLat: Reprojection | null } {
  const isWgs84 = table.srsId === 4326 || (table.organization?.toUpperCase() === 'EPSG' && table.organizationCoordsysId === 4326);
  if (isWgs84) return { name: table.srsName ?? 'WGS 84', toLonLat: null };
  if (table.srsId === 0) return { name: table.srsName, toLonLat: null };
  const crs = table.definition && table.definition !== 'undefined' ? knownCrs(table.definition) : null;
  if (!crs) throw unreadableFile('errors:maps.import.unknownCrs', { fileName, crs: table.srsName ?? `srs_id ${table.srsId}` });
  return { name: table.srsName ?? crs.name, toLonLat: crs.toLonLat };
}

function readFeatures(db: Database.Database, table: FeatureTable, toLonLat: Reprojection | null): RawFeature[] {
  const rows = db.prepare(`SELECT * FROM ${quoted(table.tableName)}`).all() as Record<string, unknown>[];
  const primaryKeys = new Set(
    (db.prepare(`SELECT name FROM pragma_table_info(?) WHERE pk > 0`).all(table.tableName) as { name: string }[]).map(({ name }) => name),
  );
  return rows.map((row) => {
    const properties = Object.fromEntries(Object.entries(row).filter(([column]) => column !== table.columnName && !primaryKeys.has(column)));
    const blob = row[table.columnName];
    const geometry = blob instanceof Uint8Array ? geometryOfGpkgBlob(blob) : null;
    return { properties, geometry: geometry && toLonLat ? reprojectGeometry(geometry, toLonLat) : geometry };
  });
}
