import { createHash } from 'node:crypto';
import { PACKAGE_SCHEMA_VERSION, PACKAGE_TYPE, type PackageFile, type PackageFileRole, type PackageManifest } from '../../../../shared/reporting/package-schema';
import { writeZip } from '../../files/write-zip';
import { readBaseline } from '../../baseline/repository';
import type { Session } from '../../session';
import { packageLicence, readLicence } from '../licence';
import { workspaceSummary } from '../../workspace/repository';
import { tableToCsv } from './csv';
import { metadataFiles } from './metadata';
import { praisBaselineTables } from './prais-baseline-tables';
import { praisTargetTables } from './prais-target-tables';
import { takeSnapshot } from './snapshot';
import { areaOfInterest, spatialLayers } from './spatial';
import { generateLandConditionSummary } from './te-summary';
import { importedTrendsEarthFiles } from './te-files';
import { tablesToXlsx } from './xlsx-writer';

export const MANIFEST_PATH = 'manifest.json';
export const SNAPSHOT_PATH = 'app/workspace.json';

interface Entry {
  path: string;
  role: PackageFileRole;
  mediaType: string;
  bytes: Uint8Array;
  tableId?: string;
}

export interface BuiltPackage {
  fileName: string;
  manifest: PackageManifest;
  zip: Uint8Array;
}

/**
 * Builds the whole package in memory, synchronously (the command runs inside one SQLite transaction).
 * Everything but `createdUtc` comes from the workspace alone and is written in a fixed order with a fixed
 * zip time, so the same workspace gives byte-identical files; the time appears only in the zip's name,
 * the manifest and the generated Trends.Earth summary's `metadata.date`.
 */
export function buildPackage(session: Session, createdUtc: string, validation: PackageManifest['validation']): BuiltPackage {
  const ws = session.workspace();
  const profile = workspaceSummary(ws);
  const iso3 = profile.countryIso3;
  const entries: Entry[] = [];
  const add = (path: string, role: PackageFileRole, mediaType: string, bytes: Uint8Array | string, tableId?: string) =>
    entries.push({ path, role, mediaType, bytes: typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes, ...(tableId ? { tableId } : {}) });
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

  const aoi = areaOfInterest(ws);
  const imported = importedTrendsEarthFiles(ws);
  for (const file of imported) add(`te/${file.name}`, 'te:imported', file.mediaType, file.bytes);
  if (imported.length === 0) {
    const summary = generateLandConditionSummary({
      data: readBaseline(ws),
      periods: profile.periods,
      areaName: profile.areaName ?? iso3,
      aoi: aoi?.geometry ?? null,
      createdUtc,
      appVersion: session.options.appVersion,
    });
    if (summary) add(`te/${iso3}_summary.json`, 'te:TrendsEarthLandConditionSummary', 'application/json', json(summary));
    if (aoi) add(`te/${iso3}_aoi.geojson`, 'te:aoi', 'application/geo+json', aoi.collection);
  }

  const tables = [...praisBaselineTables(ws), ...praisTargetTables(ws)];
  for (const table of tables) add(`prais/${table.id}_${table.slug}.csv`, 'prais:table', 'text/csv', tableToCsv(table), table.id);
  add(`prais/${iso3}_PRAIS_tables.xlsx`, 'prais:workbook', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', tablesToXlsx(tables));

  for (const layer of spatialLayers(ws)) {
    add(`spatial/${layer.name}.geojson`, 'spatial:full', 'application/geo+json', layer.full);
    add(`spatial/${layer.name}.simplified.geojson`, 'spatial:simplified', 'application/geo+json', layer.simplified);
  }

  const metadata = metadataFiles(session);
  add('metadata/data_sources.json', 'metadata:data_sources', 'application/json', json(metadata.dataSources));
  add('metadata/licence.json', 'metadata:licence', 'application/json', json(metadata.licence));
  add('metadata/consultations.json', 'metadata:consultations', 'application/json', json(metadata.consultations));
  add(SNAPSHOT_PATH, 'app:snapshot', 'application/json', json(takeSnapshot(ws)));
  add('README.txt', 'readme', 'text/plain', README);

  entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const manifest: PackageManifest = {
    packageType: PACKAGE_TYPE,
    packageSchemaVersion: PACKAGE_SCHEMA_VERSION,
    createdUtc,
    app: { name: 'LDN Workbench', version: session.options.appVersion },
    countryIso3: iso3,
    reportingCycle: profile.reportingCycle,
    periods: profile.periods.map((p) => ({ key: p.key, start: p.yearStart, end: p.yearEnd })),
    praisManualRef: 'unccd/Prais4-reporting-manual@6674f5e',
    teSchemasCompat: '>=2.1,<3',
    units: { area: 'km2', socStock: 't/ha' },
    licence: packageLicence(readLicence(session.workspace())),
    files: entries.map((e): PackageFile => ({ path: e.path, sha256: sha256(e.bytes), bytes: e.bytes.length, role: e.role, mediaType: e.mediaType, ...(e.tableId ? { tableId: e.tableId } : {}) })),
    validation,
  };
  const zip = writeZip([[MANIFEST_PATH, Buffer.from(json(manifest), 'utf8')], ...entries.map((e) => [e.path, e.bytes] as const)]);
  return { fileName: `${iso3}_LDN_${profile.reportingCycle}_${compactUtc(createdUtc)}.zip`, manifest, zip };
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** 2026-11-24T05:17:06.123Z → 20261124T051706Z */
const compactUtc = (iso: string) => `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;

const README = [
  'LDN Workbench: PRAIS-compatible package',
  '',
  'manifest.json   every file with its SHA-256, size and role; country, cycle, periods, units, licence, validation.',
  'te/             Trends.Earth files as imported (byte for byte), or a TrendsEarthLandConditionSummary generated',
  '                from the national data with the area of interest, for the "transfer from Trends.Earth" route.',
  'prais/          one CSV per PRAIS 2026 table (UTF-8 with BOM) and the same tables in one workbook, one sheet per table ID.',
  'spatial/        GeoJSON (RFC 7946, EPSG:4326) per kind of record, full and simplified.',
  'metadata/       data sources (Annex II), licence, consultations involvement (counts only).',
  'app/            the workspace data for LDN Workbench (reporting.importPackage); no personal data.',
  '',
  'Areas are in km2, SOC stocks in t/ha.',
  '',
].join('\r\n');
