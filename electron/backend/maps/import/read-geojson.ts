import { unreadableFile } from './file-errors';
import type { RawFeature, RawSpatialFile } from './spatial-file';

/** RFC 7946 has no `crs` member; the 2008 draft's names that still mean plain longitude/latitude. */
const LON_LAT_CRS = /^(urn:ogc:def:crs:OGC:1\.3:CRS84|urn:ogc:def:crs:OGC::CRS84|urn:ogc:def:crs:EPSG::4326|EPSG:4326|CRS84)$/i;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A FeatureCollection, a Feature or a bare geometry. */
export function readGeoJson(text: string, fileName: string): RawSpatialFile {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    throw unreadableFile('errors:maps.import.invalidJson', { fileName });
  }
  if (!isObject(root) || typeof root.type !== 'string') throw unreadableFile('errors:maps.import.notGeoJson', { fileName });
  const crsName = legacyCrsName(root.crs);
  const crsIsForeign = crsName !== null && !LON_LAT_CRS.test(crsName);
  return { format: 'geojson', crs: { name: crsName, reprojected: false }, features: featuresOf(root, fileName), crsIsForeign };
}

function featuresOf(root: Record<string, unknown>, fileName: string): RawFeature[] {
  if (root.type === 'FeatureCollection') {
    if (!Array.isArray(root.features)) throw unreadableFile('errors:maps.import.notGeoJson', { fileName });
    return root.features.map(asFeature);
  }
  if (root.type === 'Feature') return [asFeature(root)];
  return [{ properties: {}, geometry: root }];
}

function asFeature(feature: unknown): RawFeature {
  if (!isObject(feature)) return { properties: {}, geometry: null };
  return { properties: isObject(feature.properties) ? feature.properties : {}, geometry: feature.geometry ?? null };
}

/** `{ "crs": { "type": "name", "properties": { "name": "urn:ogc:def:crs:EPSG::32737" } } }` → its name. */
function legacyCrsName(crs: unknown): string | null {
  if (!isObject(crs) || !isObject(crs.properties)) return null;
  const { name, href } = crs.properties;
  if (typeof name === 'string') return name;
  return typeof href === 'string' ? href : null;
}
