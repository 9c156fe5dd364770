import { unreadableFile } from './file-errors';
import { knownCrs, type KnownCrs } from './reproject';
import { shpjs } from './shpjs';
import type { RawFeature, RawSpatialFile } from './spatial-file';

const MEMBER_EXTENSIONS = ['.shp', '.dbf', '.prj', '.cpg'];
const extensionOf = (name: string) => name.slice(name.lastIndexOf('.')).toLowerCase();

export const isShapefileMember = (name: string): boolean => MEMBER_EXTENSIONS.includes(extensionOf(name));
export const isShapefileLayer = (name: string): boolean => extensionOf(name) === '.shp';

/**
 * A zipped Shapefile, from its unzipped members: every `.shp` in the archive with its `.dbf` (required),
 * `.prj` (reprojected to EPSG:4326) and `.cpg` (the attribute encoding). Layers are read in name order,
 * one after the other.
 */
export function readShapefile(members: Map<string, Uint8Array>, fileName: string): RawSpatialFile {
  const layers = [...members.keys()].filter(isShapefileLayer).sort();
  if (layers.length === 0) throw unreadableFile('errors:maps.import.missingMember', { fileName, member: '*.shp' });
  const crsNames = new Set<string>();
  let reprojected = false;
  const features: RawFeature[] = [];
  for (const shpName of layers) {
    const base = shpName.slice(0, -4);
    const member = (extension: string) => [...members.keys()].find((name) => name.slice(0, -4) === base && extensionOf(name) === extension);
    const dbfName = member('.dbf');
    if (!dbfName) throw unreadableFile('errors:maps.import.missingMember', { fileName, member: `${base}.dbf` });
    const prjName = member('.prj');
    const crs = prjName ? crsOf(members.get(prjName) as Uint8Array, fileName, prjName) : null;
    if (crs?.name) crsNames.add(crs.name);
    if (crs?.toLonLat) reprojected = true;
    const layer = readLayer(members, { shpName, dbfName, prjName, cpgName: member('.cpg') }, fileName);
    if (!crs) assertLonLat(layer, fileName, `${base}.prj`);
    features.push(...layer);
  }
  return { format: 'shapefile', crs: { name: crsNames.size > 0 ? [...crsNames].join(', ') : null, reprojected }, features };
}

function crsOf(prj: Uint8Array, fileName: string, prjName: string): KnownCrs {
  const definition = new TextDecoder().decode(prj).trim();
  const crs = knownCrs(definition);
  if (!crs) throw unreadableFile('errors:maps.import.unknownCrs', { fileName, crs: `${prjName}: ${definition.slice(0, 80)}` });
  return crs;
}

interface LayerMembers {
  shpName: string;
  dbfName: string;
  prjName: string | undefined;
  cpgName: string | undefined;
}

function readLayer(members: Map<string, Uint8Array>, names: LayerMembers, fileName: string): RawFeature[] {
  const shp = shpjs();
  const bytes = (name: string) => Buffer.from(members.get(name) as Uint8Array);
  let geometries;
  try {
    // shpjs reprojects with the .prj text itself (through proj4), which knownCrs has already read.
    geometries = shp.parseShp(bytes(names.shpName), names.prjName ? bytes(names.prjName).toString('utf8') : undefined);
  } catch {
    throw unreadableFile('errors:maps.import.corruptMember', { fileName, member: names.shpName });
  }
  let rows;
  try {
    rows = shp.parseDbf(bytes(names.dbfName), names.cpgName ? bytes(names.cpgName) : (undefined as unknown as Buffer));
  } catch {
    throw unreadableFile('errors:maps.import.corruptMember', { fileName, member: names.dbfName });
  }
  return shp.combine([geometries, rows]).features.map((feature) => ({ properties: feature.properties ?? {}, geometry: feature.geometry }));
}

/**
 * Without a `.prj` the coordinates could be in any system. Degrees are accepted (the usual case for a
 * layer exported as plain WGS 84); anything outside ±180/±90 is refused, naming the missing member.
 */
function assertLonLat(features: RawFeature[], fileName: string, prjName: string): void {
  const outOfRange = (value: unknown): boolean =>
    Array.isArray(value) && (typeof value[0] === 'number' ? Math.abs(value[0]) > 180 || Math.abs(value[1] as number) > 90 : value.some(outOfRange));
  if (features.some((feature) => outOfRange((feature.geometry as { coordinates?: unknown } | null)?.coordinates))) {
    throw unreadableFile('errors:maps.import.noPrj', { fileName, member: prjName });
  }
}
