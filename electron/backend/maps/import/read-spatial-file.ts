import type { z } from 'zod';
import type { importedFileInput } from '../../../../shared/files';
import { MAX_SPATIAL_FILE_BYTES } from '../../../../shared/maps/limits';
import { problem } from '../../../../shared/maps/problems';
import type { AttributeValue, CrsInfo, FeatureProblem, Geometry, SpatialFormat } from '../../../../shared/maps/schema';
import { checkGeometry } from '../../../../shared/maps/validity';
import { readImportedFile } from '../../files/imported-file';
import { isZip } from '../../files/read-zip';
import { unreadableFile } from './file-errors';
import { plainProperties } from './attributes';
import { readGeoJson } from './read-geojson';
import { readGeoPackage } from './read-geopackage';
import { readXml } from './read-xml';
import { readZipArchive } from './read-zip-archive';
import type { RawSpatialFile } from './spatial-file';
import { toGeometry } from './to-geometry';

export interface SpatialFeature {
  index: number;
  properties: Record<string, AttributeValue>;
  /** The geometry as it would be stored (EPSG:4326, cleaned), or null when there is none to store. */
  geometry: Geometry | null;
  geometryType: string | null;
  /** Empty when the feature can be imported. */
  problems: FeatureProblem[];
}

export interface SpatialFile {
  fileName: string;
  format: SpatialFormat;
  crs: CrsInfo;
  features: SpatialFeature[];
}

export interface ReadOptions {
  /** The workspace's area of interest: features entirely outside it are listed as such. */
  areaOfInterest?: Geometry | null;
}

const SQLITE_MAGIC = 'SQLite format 3\0';

/**
 * Reads a GeoJSON, KML, KMZ, GPX, zipped Shapefile or GeoPackage file (told apart by content, not by name)
 * and checks each feature. A file that cannot be read at all is refused with a message naming the file
 * (and the member of an archive); a feature that cannot be stored is listed with its problem.
 * Synchronous: it runs inside the command's transaction.
 */
export function readSpatialFile(file: z.output<typeof importedFileInput>, options: ReadOptions = {}): SpatialFile {
  const { fileName, bytes } = readImportedFile(file, {
    maxBytes: MAX_SPATIAL_FILE_BYTES,
    field: ['file'],
    tooLarge: (maxMb) => unreadableFile('errors:maps.import.tooLarge', { fileName: fileNameOf(file), maxMb }),
  });
  const raw = readByContent(bytes, fileName);
  const features = raw.features.map((feature, index): SpatialFeature => {
    const converted = toGeometry(feature.geometry);
    const properties = plainProperties(feature.properties);
    if (!converted.geometry) return { index, properties, geometry: null, geometryType: converted.geometryType, problems: converted.problems };
    if (raw.crsIsForeign) return { index, properties, geometry: null, geometryType: converted.geometryType, problems: [problem('wrong_crs')] };
    const checked = checkGeometry(converted.geometry, options.areaOfInterest ?? null);
    return { index, properties, geometry: checked.geometry, geometryType: converted.geometryType, problems: checked.problems };
  });
  return { fileName, format: raw.format, crs: raw.crs, features };
}

function readByContent(bytes: Buffer, fileName: string): RawSpatialFile {
  if (isZip(bytes)) return readZipArchive(bytes, fileName);
  if (bytes.subarray(0, SQLITE_MAGIC.length).toString('latin1') === SQLITE_MAGIC) return readGeoPackage(bytes, fileName);
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const start = text.slice(0, 2048).trimStart();
  if (start.startsWith('{')) return readGeoJson(text, fileName);
  if (start.startsWith('<')) {
    const notWellFormed = () => unreadableFile('errors:maps.import.invalidXml', { fileName });
    if (/<kml[\s>]/.test(text.slice(0, 4096))) return readXml(text, 'kml', notWellFormed);
    if (/<gpx[\s>]/.test(text.slice(0, 4096))) return readXml(text, 'gpx', notWellFormed);
  }
  throw unreadableFile('errors:maps.import.unknownFormat', { fileName });
}

const fileNameOf = (file: z.output<typeof importedFileInput>) => ('path' in file ? (file.path.split(/[/\\]/).pop() ?? file.path) : file.fileName);
