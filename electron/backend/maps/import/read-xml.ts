import { gpx, kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import type { AppError } from '../../errors';
import type { RawSpatialFile } from './spatial-file';

/**
 * KML and GPX through @tmcw/togeojson on @xmldom/xmldom's DOM (the backend has no browser DOM). Both are
 * longitude/latitude on WGS 84 by definition, so there is no CRS to read. xmldom resolves no external
 * entities, so an XXE file reads as plain text. `notWellFormed` is the refusal for text that is not XML,
 * naming the file (or the member of an archive).
 */
export function readXml(text: string, format: 'kml' | 'gpx', notWellFormed: () => AppError): RawSpatialFile {
  let document: ReturnType<DOMParser['parseFromString']>;
  try {
    document = new DOMParser({ onError: (level, message) => { if (level !== 'warning') throw new Error(message); } }).parseFromString(text, 'text/xml');
  } catch {
    throw notWellFormed();
  }
  const collection = format === 'kml' ? kml(document) : gpx(document);
  const features = collection.features.map((feature) => ({
    properties: feature.properties ?? {},
    geometry: format === 'gpx' ? closedTrackAsPolygon(feature.geometry) : feature.geometry,
  }));
  return { format, crs: { name: 'WGS 84', reprojected: false }, features };
}

/**
 * A GPX track walked around a field ends where it started: read it as the polygon it outlines.
 * Other tracks stay lines (and are listed as a type we cannot store).
 */
function closedTrackAsPolygon(geometry: unknown): unknown {
  const line = geometry as { type?: string; coordinates?: number[][] } | null;
  if (line?.type !== 'LineString' || !line.coordinates || line.coordinates.length < 4) return geometry;
  const first = line.coordinates[0];
  const last = line.coordinates[line.coordinates.length - 1];
  const closed = first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1];
  return closed ? { type: 'Polygon', coordinates: [line.coordinates] } : geometry;
}
